package io.looplab.trace;

/** A task's sub-state for the board: where it is between steps. */
public enum TaskState {
    /** Created, first step scheduled. */
    READY,
    /** Running a step. */
    RUNNING,
    /** Suspended, waiting for a future or task (c = its id; text = its description). */
    AWAITING,
    /** Suspended in asyncio.sleep until a time (text = the due time). */
    SLEEPING,
    /** Woken and scheduled to run its next step. */
    SCHEDULED,
    /** Finished. */
    DONE
}
