package io.looplab.ui.threads;

import io.looplab.trace.TaskCard;
import io.looplab.trace.ThreadCard;
import io.looplab.trace.ThreadState;

/** One line of the threads pane: the thread, its state in words, and what it is doing or waiting for. */
public record ThreadRow(ThreadCard thread, String state, String job) {

    static ThreadRow of(ThreadCard t, TaskCard task) {
        return new ThreadRow(t, stateText(t), job(t, task));
    }

    /** "running", "ready to run", "sleeping", "blocked", "waiting for the GIL", "finished". */
    static String stateText(ThreadCard t) {
        return switch (t.state()) {
            case RUNNABLE -> "ready to run";
            case RUNNING -> "running";
            case SLEEPING -> "sleeping";
            case BLOCKED -> idle(t) ? "idle" : "blocked";
            case WAITING_GIL -> "waiting for the GIL";
            case DONE -> "finished";
        };
    }

    /** An executor worker waiting for work is idle, not blocked on the program's behalf. */
    private static boolean idle(ThreadCard t) {
        String d = t.detail() == null ? "" : t.detail().toLowerCase();
        return d.contains("work queue") || d.contains("idle") || d.contains("next job");
    }

    /** What the thread does or waits for: the loop's task, the executor job, the greenlet, and its wait. */
    private static String job(ThreadCard t, TaskCard task) {
        if (t.state() == ThreadState.DONE) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (task != null) {
            sb.append("event loop \u25B6 ").append(task.name()).append(task.line() > 0 ? " (line " + task.line() + ")" : "");
        } else if (t.job() != null) {
            sb.append("job ").append(t.job());
        } else if (t.runsLoop() && t.detail() == null) {
            sb.append("event loop");
        }
        if (t.greenlet() != null) {
            sb.append(sb.length() > 0 ? " · " : "").append("greenlet ").append(t.greenlet());
        }
        if (t.detail() != null) {
            sb.append(sb.length() > 0 ? ": " : "").append(t.detail());
        }
        return sb.toString();
    }
}
