package io.looplab.trace;

/**
 * A handle waiting in an event loop: in the ready queue or, with {@code timer} set, in the timer
 * heap due at {@code dueNs}. {@code task} names the task whose step it runs (null: a plain
 * callback, described by {@code callback}); {@code owner} names the task that scheduled it, if
 * any. The orders are the tasks' creation indices (-1: none), which pick their colours.
 */
public record QueuedHandle(int id, int loop, boolean timer, long dueNs, String task, String callback, String owner,
                           int taskOrder, int ownerOrder) {

    /** What a card in the queue says: the task's step, or the callback. */
    public String label() {
        return task != null ? task + " step" : callback;
    }
}
