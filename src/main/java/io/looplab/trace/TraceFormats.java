package io.looplab.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a trace in the oracle's formats: plain stdout, the stamped trace
 * ("S.mmm<TAB>text" ... "# end") and the step trace (stamped, with "@ NAME run|wait..." lines).
 */
public final class TraceFormats {
    private TraceFormats() {
    }

    /** What the program printed, as python3 would show it. */
    public static String plain(Trace t) {
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < t.printCount(); n++) {
            Event e = t.get(t.printEvent(n));
            sb.append(e.text());
            if (e.b() == 0) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The stamped trace; with steps, asyncio task steps are interleaved as in vrun.py --steps. */
    public static void stamped(Trace t, boolean steps, Appendable out) {
        try {
            if (threadsRan(t)) {
                out.append("# threads\n");
            }
            Map<Integer, String> names = new HashMap<>();
            for (Event e : t) {
                String line = line(e, steps, names);
                if (line != null) {
                    out.append(Trace.stamp(e.timeNs())).append('\t').append(escape(line)).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String stamped(Trace t, boolean steps) {
        StringBuilder sb = new StringBuilder();
        stamped(t, steps, sb);
        return sb.toString();
    }

    private static String line(Event e, boolean steps, Map<Integer, String> names) {
        switch (e.kind()) {
            case PRINT:
                return e.text();
            case UNCAUGHT:
                return "!" + e.text();
            case END:
                return "# end";
            case TASK_CREATED:
            case TASK_RENAMED:
                names.put(e.a(), e.text());
                return null;
            case STEP_BEGIN:
                return steps ? "@ " + names.get(e.a()) + " run " + pos(e.b()) : null;
            case STEP_END:
                return steps ? "@ " + names.get(e.a()) + " " + outcome(e) : null;
            default:
                return null;
        }
    }

    private static String outcome(Event e) {
        return switch (StepOutcome.values()[e.b()]) {
            case WAIT -> "wait " + pos(e.c());
            case DONE -> "done";
            case CANCELLED -> "cancelled";
            case ERROR -> "error " + e.text();
        };
    }

    private static String pos(int line) {
        return line <= 0 ? "-" : "L" + line;
    }

    /** The oracle's "# threads" header: more than one thread ran Python code. */
    static boolean threadsRan(Trace t) {
        int ran = 0;
        boolean[] seen = new boolean[64];
        for (Event e : t) {
            if (e.kind() == EventKind.THREAD_STATE && e.b() == ThreadState.RUNNING.ordinal()) {
                int a = e.a();
                if (a >= seen.length) {
                    seen = java.util.Arrays.copyOf(seen, a * 2);
                }
                if (!seen[a]) {
                    seen[a] = true;
                    ran++;
                }
            }
        }
        return ran > 1;
    }

    /** Control characters as \xNN, like the oracle (U+0000-U+001F, U+007F-U+009F). */
    public static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                if (sb == null) {
                    sb = new StringBuilder(s.substring(0, i));
                }
                sb.append(String.format("\\x%02x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
