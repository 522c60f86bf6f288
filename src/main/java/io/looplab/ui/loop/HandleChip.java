package io.looplab.ui.loop;

import io.looplab.trace.QueuedHandle;
import io.looplab.trace.Trace;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** A handle as a chip: a task's step in the task's colour, a callback in neutral, a timer with its due time. */
final class HandleChip extends Label {
    HandleChip(QueuedHandle h) {
        setText(text(h));
        getStyleClass().add("handle-chip");
        int colour = h.taskOrder() >= 0 ? h.taskOrder() : h.ownerOrder();
        getStyleClass().add(colour >= 0 ? "task-color-" + Math.floorMod(colour, 10) : "no-task");
        getStyleClass().add(h.task() != null ? "task-step" : "callback");
        if (h.callback() != null) {
            setTooltip(new Tooltip(h.callback()));
        }
    }

    /** "Task-2 step"; a timer: "2.000 Task-2"; a callback: "_run_until_complete_cb()". */
    static String text(QueuedHandle h) {
        if (h.timer()) {
            String what = h.task() != null ? h.task() : h.owner() != null ? h.owner() : shortName(h.callback());
            return Trace.stamp(h.dueNs()) + "  " + what;
        }
        if (h.task() != null) {
            return h.task() + " step";
        }
        String cb = shortName(h.callback());
        return h.owner() != null ? cb + " \u2190 " + h.owner() : cb;
    }

    /** "futures._set_result_unless_cancelled()" reads as "_set_result_unless_cancelled()". */
    static String shortName(String callback) {
        if (callback == null) {
            return "callback";
        }
        int paren = callback.indexOf('(');
        int dot = callback.lastIndexOf('.', paren < 0 ? callback.length() : paren);
        return dot < 0 ? callback : callback.substring(dot + 1);
    }
}
