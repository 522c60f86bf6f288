package io.looplab.ui.loop;

import io.looplab.trace.QueuedHandle;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** A handle as a chip: a task's step in the task's colour, a callback in neutral, a timer with its due time. */
final class HandleChip extends Label {
    HandleChip(QueuedHandle h) {
        setText(HandleText.of(h));
        getStyleClass().add("handle-chip");
        int colour = h.taskOrder() >= 0 ? h.taskOrder() : h.ownerOrder();
        getStyleClass().add(colour >= 0 ? "task-color-" + Math.floorMod(colour, 10) : "no-task");
        getStyleClass().add(h.task() != null ? "task-step" : "callback");
        if (h.callback() != null) {
            setTooltip(new Tooltip(h.callback()));
        }
    }
}
