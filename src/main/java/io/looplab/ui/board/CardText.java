package io.looplab.ui.board;

import io.looplab.trace.TaskCard;

/** The words on a task card: its sub-state as a lecturer would say it. */
public final class CardText {
    private CardText() {
    }

    /** E.g. "sleeping until 2.000", "awaiting Task-2", "done → 'Return value'", "failed: ValueError: boom". */
    public static String subState(TaskCard card) {
        String d = card.detail();
        return switch (card.state()) {
            case READY -> "ready";
            case SLEEPING -> d != null && d.startsWith("sleep ") ? "sleeping " + d.substring("sleep ".length())
                    : "sleeping";
            case AWAITING -> d == null ? "awaiting" : d.startsWith("awaiting") ? d : "awaiting " + d;
            case RUNNING -> "running";
            case BLOCKED -> "blocks the loop: " + (d == null ? "a blocking call" : d);
            case DONE -> "done \u2192 " + (d == null ? "None" : d);
            case CANCELLED -> "cancelled";
            case FAILED -> "failed: " + (d == null ? "an exception" : d);
        };
    }

    /** "line 12", or "asyncio's own code" for a task with no frame in the scenario. */
    public static String where(TaskCard card) {
        if (card.column() == io.looplab.trace.Column.DONE) {
            return "";
        }
        return card.line() > 0 ? "line " + card.line() : card.internal() ? "asyncio's own code" : "";
    }
}
