package io.looplab.trace;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The trace as JSON Lines: one object per event with its sequence number, virtual time (ns and
 * as the oracle prints it), kind, thread, and the kind's operands under readable names.
 */
public final class JsonLines {
    private JsonLines() {
    }

    public static void write(Trace t, Appendable out) {
        try {
            for (int i = 0; i < t.size(); i++) {
                out.append(line(t, i)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String line(Trace t, int i) {
        EventKind k = t.kind(i);
        StringBuilder sb = new StringBuilder(96);
        sb.append("{\"seq\":").append(i).append(",\"t_ns\":").append(t.time(i)).append(",\"t\":\"")
                .append(Trace.stamp(t.time(i))).append("\",\"kind\":\"").append(k).append('"');
        if (t.agent(i) >= 0) {
            sb.append(",\"thread\":").append(t.agent(i));
        }
        fields(sb, t, i, k);
        return sb.append('}').toString();
    }

    private static void fields(StringBuilder sb, Trace t, int i, EventKind k) {
        String text = t.text(i);
        switch (k) {
            case PRINT -> num(sb, "line", t.a(i)).bool(sb, "partial", t.b(i) == 1).str(sb, "text", text);
            case THREAD_CREATED -> num(sb, "id", t.a(i)).bool(sb, "daemon", t.b(i) == 1).str(sb, "name", text);
            case THREAD_STATE -> num(sb, "id", t.a(i)).str(sb, "state", ThreadState.values()[t.b(i)].name())
                    .num(sb, "line", t.c(i)).str(sb, "detail", text);
            case GIL -> num(sb, "holder", t.a(i));
            case LOOP_CREATED -> num(sb, "loop", t.a(i)).num(sb, "owner", t.b(i))
                    .str(sb, "event", t.c(i) == 0 ? "created" : t.c(i) == 1 ? "running" : "stopped");
            case TASK_CREATED -> num(sb, "task", t.a(i)).num(sb, "loop", t.b(i)).num(sb, "def_line", t.c(i))
                    .str(sb, "name", text);
            case TASK_RENAMED -> num(sb, "task", t.a(i)).str(sb, "name", text);
            case STEP_BEGIN -> num(sb, "task", t.a(i)).num(sb, "line", t.b(i)).num(sb, "handle", t.c(i));
            case STEP_END -> num(sb, "task", t.a(i)).str(sb, "outcome", StepOutcome.values()[t.b(i)].name())
                    .num(sb, "line", t.c(i)).str(sb, "detail", text);
            case TASK_STATE -> num(sb, "task", t.a(i)).str(sb, "state", TaskState.values()[t.b(i)].name())
                    .num(sb, "ref", t.c(i)).str(sb, "detail", text);
            case TASK_DONE -> num(sb, "task", t.a(i)).str(sb, "outcome", StepOutcome.values()[t.b(i)].name())
                    .str(sb, "result", text);
            case HANDLE_SCHEDULED -> num(sb, "handle", t.a(i)).num(sb, "loop", t.b(i)).num(sb, "task", t.c(i))
                    .str(sb, "callback", text);
            case TIMER_DUE_AT -> num(sb, "handle", t.a(i)).num(sb, "loop", t.b(i))
                    .num(sb, "due_ns", t.longValue(i)).str(sb, "callback", text);
            case HANDLE_CANCELLED, HANDLE_RUN, TIMER_READY -> num(sb, "handle", t.a(i)).num(sb, "loop", t.b(i));
            case FUTURE_DONE -> num(sb, "future", t.a(i)).str(sb, "state",
                    t.b(i) == 1 ? "cancelled" : "finished").str(sb, "label", text);
            case CALLBACK_ADDED -> num(sb, "future", t.a(i)).str(sb, "callback", text);
            case LOOP_BLOCKED -> num(sb, "loop", t.a(i)).num(sb, "task", t.b(i)).str(sb, "detail", text);
            case UNCAUGHT, DEADLOCK -> str(sb, "text", text);
            case END -> num(sb, "exit", t.a(i));
            case TIME -> { }
        }
    }

    private static Fields num(StringBuilder sb, String name, long v) {
        sb.append(",\"").append(name).append("\":").append(v);
        return Fields.INSTANCE;
    }

    private static Fields str(StringBuilder sb, String name, String v) {
        return Fields.INSTANCE.str(sb, name, v);
    }

    /** Chains field writers. */
    private static final class Fields {
        static final Fields INSTANCE = new Fields();

        Fields num(StringBuilder sb, String name, long v) {
            return JsonLines.num(sb, name, v);
        }

        Fields bool(StringBuilder sb, String name, boolean v) {
            sb.append(",\"").append(name).append("\":").append(v);
            return this;
        }

        Fields str(StringBuilder sb, String name, String v) {
            if (v != null) {
                sb.append(",\"").append(name).append("\":");
                quote(sb, v);
            }
            return this;
        }
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
