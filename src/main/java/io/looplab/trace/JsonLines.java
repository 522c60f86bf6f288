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
            for (Event e : t) {
                out.append(line(e)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String line(Event e) {
        EventKind k = e.kind();
        StringBuilder sb = new StringBuilder(96);
        sb.append("{\"seq\":").append(e.seq()).append(",\"t_ns\":").append(e.timeNs()).append(",\"t\":\"")
                .append(Trace.stamp(e.timeNs())).append("\",\"kind\":\"").append(k).append('"');
        if (e.agent() >= 0) {
            sb.append(",\"thread\":").append(e.agent());
        }
        fields(sb, e, k);
        return sb.append('}').toString();
    }

    private static void fields(StringBuilder sb, Event ev, EventKind k) {
        String text = ev.text();
        switch (k) {
            case PRINT -> num(sb, "line", ev.a()).bool(sb, "partial", ev.b() == 1).str(sb, "text", text);
            case THREAD_CREATED -> num(sb, "id", ev.a()).bool(sb, "daemon", ev.b() == 1).str(sb, "name", text);
            case THREAD_STATE -> num(sb, "id", ev.a()).str(sb, "state", ThreadState.values()[ev.b()].name())
                    .num(sb, "line", ev.c()).str(sb, "detail", text);
            case GIL -> num(sb, "holder", ev.a());
            case GREENLET_SWITCH -> num(sb, "greenlet", ev.a()).num(sb, "from", ev.b()).str(sb, "run", text);
            case LOOP_CREATED -> num(sb, "loop", ev.a()).num(sb, "owner", ev.b())
                    .str(sb, "event", ev.c() == 0 ? "created" : ev.c() == 1 ? "running" : "stopped");
            case TASK_CREATED -> num(sb, "task", ev.a()).num(sb, "loop", ev.b()).num(sb, "def_line", ev.c())
                    .str(sb, "name", text);
            case TASK_RENAMED -> num(sb, "task", ev.a()).str(sb, "name", text);
            case STEP_BEGIN -> num(sb, "task", ev.a()).num(sb, "line", ev.b()).num(sb, "handle", ev.c());
            case STEP_END -> num(sb, "task", ev.a()).str(sb, "outcome", StepOutcome.values()[ev.b()].name())
                    .num(sb, "line", ev.c()).str(sb, "detail", text);
            case TASK_STATE -> num(sb, "task", ev.a()).str(sb, "state", TaskState.values()[ev.b()].name())
                    .num(sb, "ref", ev.c()).str(sb, "detail", text);
            case TASK_DONE -> num(sb, "task", ev.a()).str(sb, "outcome", StepOutcome.values()[ev.b()].name())
                    .str(sb, "result", text);
            case HANDLE_SCHEDULED -> num(sb, "handle", ev.a()).num(sb, "loop", ev.b()).num(sb, "task", ev.c())
                    .str(sb, "callback", text);
            case TIMER_DUE_AT -> num(sb, "handle", ev.a()).num(sb, "loop", ev.b())
                    .num(sb, "due_ns", ev.value()).str(sb, "callback", text);
            case HANDLE_CANCELLED, HANDLE_RUN, TIMER_READY -> num(sb, "handle", ev.a()).num(sb, "loop", ev.b());
            case FUTURE_DONE -> num(sb, "future", ev.a()).str(sb, "state",
                    ev.b() == 1 ? "cancelled" : "finished").str(sb, "label", text);
            case CALLBACK_ADDED -> num(sb, "future", ev.a()).str(sb, "callback", text);
            case JOB -> num(sb, "job", ev.a()).str(sb, "state", JobState.values()[ev.b()].name())
                    .num(sb, "by", ev.c()).str(sb, "detail", text);
            case LOOP_BLOCKED -> num(sb, "loop", ev.a()).num(sb, "task", ev.b()).str(sb, "detail", text);
            case UNCAUGHT, DEADLOCK -> str(sb, "text", text);
            case END -> num(sb, "exit", ev.a());
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
