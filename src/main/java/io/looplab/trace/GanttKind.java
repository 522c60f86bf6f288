package io.looplab.trace;

/** What a task or thread is doing over a stretch of a timeline row. */
public enum GanttKind {
    /** Could run: its step is in the ready queue, or the thread is runnable. */
    READY,
    RUNNING,
    /** Awaiting a future or task; for a thread, blocked on a lock, event, queue or join. */
    WAITING,
    SLEEPING,
    /** Holds the loop's thread in a blocking call, so nothing else on the loop runs. */
    BLOCKED,
    /** A thread that could run but waits for the GIL. */
    GIL,
    DONE,
    CANCELLED,
    FAILED;

    static GanttKind of(CardState s) {
        return switch (s) {
            case READY -> READY;
            case SLEEPING -> SLEEPING;
            case AWAITING -> WAITING;
            case RUNNING -> RUNNING;
            case BLOCKED -> BLOCKED;
            case DONE -> DONE;
            case CANCELLED -> CANCELLED;
            case FAILED -> FAILED;
        };
    }

    static GanttKind of(ThreadState s) {
        return switch (s) {
            case RUNNABLE -> READY;
            case RUNNING -> RUNNING;
            case SLEEPING -> SLEEPING;
            case BLOCKED -> WAITING;
            case WAITING_GIL -> GIL;
            case DONE -> DONE;
        };
    }

    /** Whether the row has ended (nothing more to draw but the end mark). */
    public boolean ended() {
        return this == DONE || this == CANCELLED || this == FAILED;
    }
}
