package io.looplab.trace;

/** A task's sub-state as the board shows it on its card; each belongs to one {@link Column}. */
public enum CardState {
    /** In the ready queue: its next step is scheduled. */
    READY(Column.PENDING),
    /** Suspended in asyncio.sleep until a due time. */
    SLEEPING(Column.PENDING),
    /** Suspended, awaiting a future or another task. */
    AWAITING(Column.PENDING),
    /** Running a step. */
    RUNNING(Column.RUNNING),
    /** Running a step that blocks the whole loop (time.sleep or cpu() inside a coroutine). */
    BLOCKED(Column.RUNNING),
    /** Returned a result. */
    DONE(Column.DONE),
    /** Ended by cancellation. */
    CANCELLED(Column.DONE),
    /** Ended with an exception. */
    FAILED(Column.DONE);

    private static final CardState[] ALL = values();

    private final Column column;

    CardState(Column column) {
        this.column = column;
    }

    public Column column() {
        return column;
    }

    static CardState of(int ordinal) {
        return ALL[ordinal];
    }
}
