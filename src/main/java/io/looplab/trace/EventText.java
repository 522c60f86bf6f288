package io.looplab.trace;

/** Says in one plain sentence what an event did, for the caption under the transport. */
final class EventText {
    private EventText() {
    }

    static String describe(Event e, TraceState s) {
        return switch (e.kind()) {
            case TIME -> "The clock moves to " + Trace.stamp(e.timeNs()) + " s.";
            case PRINT -> who(e, s) + " prints \u201c" + e.text() + "\u201d.";
            case THREAD_CREATED -> "Thread " + e.text() + " is created" + (e.b() == 1 ? " (daemon)." : ".");
            case THREAD_STATE -> thread(e, s);
            case GIL -> e.a() < 0 ? "Nobody holds the GIL." : s.threadName(e.a()) + " takes the GIL.";
            case GREENLET_SWITCH -> s.threadName(e.agent()) + " switches to greenlet "
                    + (e.a() == 0 ? "main" : e.text()) + ".";
            case JOB -> job(e, s);
            case LOOP_CREATED -> switch (e.c()) {
                case 0 -> "An event loop is created on " + s.threadName(e.b()) + ".";
                case 1 -> "The event loop starts running.";
                default -> "The event loop stops.";
            };
            case TASK_CREATED -> e.text() + " is created; it is pending until its first step runs.";
            case TASK_RENAMED -> "A task is renamed " + e.text() + ".";
            case STEP_BEGIN -> s.taskName(e.a()) + " runs" + at(" from line ", e.b()) + ".";
            case STEP_END -> stepEnd(e, s);
            case TASK_STATE -> e.text() != null && e.text().startsWith("cancel")
                    ? s.taskName(e.a()) + ".cancel(): CancelledError will be raised at its await."
                    : s.taskName(e.a()) + ": " + e.text() + ".";
            case TASK_DONE -> taskDone(e, s);
            case HANDLE_SCHEDULED -> "call_soon: " + handle(e.a(), s) + " joins the ready queue.";
            case TIMER_DUE_AT -> "A timer due at " + Trace.stamp(e.value()) + " joins the heap"
                    + owner(e.a(), s) + ".";
            case HANDLE_CANCELLED -> "Handle " + handle(e.a(), s) + " is cancelled.";
            case TIMER_READY -> "A timer is due: " + handle(e.a(), s) + " moves to the ready queue.";
            case HANDLE_RUN -> "The loop runs " + handle(e.a(), s) + ".";
            case FUTURE_DONE -> "A future completes: " + (e.text() == null ? "Future-" + e.a() : e.text()) + ".";
            case CALLBACK_ADDED -> "A done callback is added: " + e.text() + ".";
            case LOOP_BLOCKED -> (e.b() > 0 ? s.taskName(e.b()) : "A callback") + " blocks the loop's thread ("
                    + (e.text() == null ? "a blocking call" : e.text()) + "): nothing else can run.";
            case UNCAUGHT -> (e.text().startsWith("Timeout") ? "Stopped: " : "Uncaught: ") + e.text();
            case DEADLOCK -> "Deadlock: nothing can ever run again.";
            case END -> "The program ends (exit code " + e.a() + ").";
        };
    }

    /** A task created and scheduled in one step reads as one sentence; null if e is not that. */
    static String created(Event e, Trace trace, TraceState s) {
        if (e.kind() != EventKind.HANDLE_SCHEDULED || e.c() <= 0 || e.seq() == 0) {
            return null;
        }
        Event before = trace.get(e.seq() - 1);
        if (before.kind() != EventKind.TASK_CREATED || before.a() != e.c()) {
            return null;
        }
        return before.text() + " is created: pending, its first step joins the ready queue.";
    }

    private static String job(Event e, TraceState s) {
        String call = s.jobCall(e.a());
        return switch (JobState.values()[e.b()]) {
            case QUEUED -> "Job " + call + " is submitted to the pool.";
            case RUNNING -> s.threadName(e.c()) + " runs job " + call + ".";
            case DONE -> "Job " + call + " is done: " + e.text() + ".";
            case FAILED -> "Job " + call + " failed with " + e.text() + ".";
            case CANCELLED -> "Job " + call + " is cancelled.";
        };
    }

    private static String who(Event e, TraceState s) {
        TaskCard t = e.agent() >= 0 ? s.runningTaskOn(e.agent()) : null;
        return t != null ? t.name() : e.agent() >= 0 ? s.threadName(e.agent()) : "The program";
    }

    private static String thread(Event e, TraceState s) {
        String name = s.threadName(e.a());
        String what = e.text() == null ? "" : ": " + e.text();
        return switch (ThreadState.values()[e.b()]) {
            case RUNNABLE -> name + " is ready to run" + what + ".";
            case RUNNING -> name + " runs.";
            case SLEEPING -> name + " sleeps" + what + ".";
            case BLOCKED -> name + " waits" + what + ".";
            case WAITING_GIL -> name + " waits for the GIL" + what + ".";
            case DONE -> name + " finishes.";
        };
    }

    private static String stepEnd(Event e, TraceState s) {
        String name = s.taskName(e.a());
        return switch (StepOutcome.values()[e.b()]) {
            case WAIT -> e.text() == null || e.text().equals("ready")
                    ? name + " yields" + at(" at line ", e.c()) + " and is ready again."
                    : name + " suspends" + at(" at line ", e.c()) + ": " + e.text() + ".";
            case DONE -> name + " returns.";
            case CANCELLED -> name + " is cancelled.";
            case ERROR -> name + " raises " + e.text() + ".";
        };
    }

    private static String taskDone(Event e, TraceState s) {
        String name = s.taskName(e.a());
        return switch (StepOutcome.values()[e.b()]) {
            case CANCELLED -> name + " is cancelled: it is done.";
            case ERROR -> name + " failed with " + e.text() + ".";
            default -> name + " is done; its result is " + e.text() + ".";
        };
    }

    private static String handle(int id, TraceState s) {
        QueuedHandle h = s.handleById(id);
        if (h == null) {
            return "handle " + id;
        }
        return h.task() != null ? h.task() + "'s step" : h.callback() + (h.owner() == null ? "" : " (" + h.owner() + "'s)");
    }

    private static String owner(int id, TraceState s) {
        QueuedHandle h = s.handleById(id);
        return h == null || h.owner() == null ? "" : " (set by " + h.owner() + ")";
    }

    private static String at(String prefix, int line) {
        return line > 0 ? prefix + line : " (in asyncio's own code)";
    }
}
