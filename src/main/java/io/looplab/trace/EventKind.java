package io.looplab.trace;

/**
 * What happened. The meaning of an event's three int operands (a, b, c) and its text depends on
 * the kind; each constant documents them. Ids are small ints allocated by the kernel: agents
 * (OS threads), tasks, futures, handles, loops.
 */
public enum EventKind {
    /** Virtual time moved forward: a = unused; the new time is the event's time. */
    TIME,
    /** A completed line of stdout: a = source line, b = 1 if the run ended before its newline; text = the line. */
    PRINT,
    /** An OS thread was created: a = agent id, b = 1 if daemon; text = its name. */
    THREAD_CREATED,
    /** A thread's state changed: a = agent id, b = {@link ThreadState} ordinal, c = line; text = what it waits for. */
    THREAD_STATE,
    /** The GIL changed hands: a = agent id now holding it (-1: nobody). */
    GIL,
    /**
     * A thread switched greenlets (greenlet.switch, a greenlet finishing, throw): a = greenlet
     * id now running (0: the thread's main greenlet), b = the one it left; text = the new one's
     * run function ("main" for a main greenlet). The thread itself keeps the GIL.
     */
    GREENLET_SWITCH,
    /** An event loop was created: a = loop id, b = agent id that runs it. */
    LOOP_CREATED,
    /** A task was created: a = task id, b = loop id, c = line of its coroutine's def; text = its name. */
    TASK_CREATED,
    /** A task was renamed (set_name): a = task id; text = the new name. */
    TASK_RENAMED,
    /** A task step begins: a = task id, b = line POS (0 = '-', in no scenario frame). */
    STEP_BEGIN,
    /**
     * A task step ended: a = task id, b = {@link StepOutcome} ordinal, c = line POS for WAIT (0 = '-');
     * text = what it now waits for (WAIT), or the exception type name (ERROR).
     */
    STEP_END,
    /** A task's sub-state changed: a = task id, b = {@link TaskState} ordinal, c = future/handle id; text = detail. */
    TASK_STATE,
    /** A task finished: a = task id, b = {@link StepOutcome} ordinal (DONE/CANCELLED/ERROR); text = result repr or "Type: message". */
    TASK_DONE,
    /**
     * A handle joined a loop's ready queue (call_soon): a = handle id, b = loop id, c = the task
     * whose step it is (0: a plain callback); text = the callback's description (null for a step).
     */
    HANDLE_SCHEDULED,
    /**
     * A timer joined a loop's heap (call_later/call_at, sleep): a = handle id, b = loop id; the
     * event's time is when it was scheduled, {@link Event#value()} its due time; text = callback.
     */
    TIMER_DUE_AT,
    /** A handle was cancelled: a = handle id. */
    HANDLE_CANCELLED,
    /** A timer became due and moved to the ready queue: a = handle id. */
    TIMER_READY,
    /** The loop runs a handle: a = handle id, b = loop id. */
    HANDLE_RUN,
    /** A future (not a task) completed: a = future id, b = 1 cancelled / 2 finished; text = its label, if any. */
    FUTURE_DONE,
    /** A done-callback was added to a future or task: a = future id; text = the callback's description. */
    CALLBACK_ADDED,
    /**
     * An executor job (a ThreadPoolExecutor work item and its concurrent.futures.Future) changed
     * state: a = job id, b = {@link JobState} ordinal, c = agent id of the thread that caused it
     * (the submitter for QUEUED, the pool worker otherwise); text = the call for QUEUED, the
     * result's repr for DONE, "Type: message" for FAILED.
     */
    JOB,
    /**
     * The loop's thread blocked inside a callback or task step (time.sleep, cpu(), a lock,
     * Future.result() inside a task): the whole loop is frozen. a = loop id, b = task id (0: a
     * plain callback); text = what the thread waits for.
     */
    LOOP_BLOCKED,
    /**
     * The run reports an exception or limit at top level (the oracle's "!Type: message" line):
     * a = agent id; text = "Type: message".
     */
    UNCAUGHT,
    /** The run could never finish: text = who waits on what, one per line. */
    DEADLOCK,
    /** The program ended: a = exit code (0 finished, 1 exception, 3 limit). */
    END
}
