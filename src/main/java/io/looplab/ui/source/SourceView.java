package io.looplab.ui.source;

import javafx.collections.FXCollections;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The scenario's source, read-only, in a large monospace font, with every task's line marked
 * and the running line tinted in its task's colour; it scrolls to keep the running line in view.
 */
public final class SourceView extends ListView<String> {
    private final SourceModel model;

    public SourceView(SourceModel model, boolean compact) {
        super(FXCollections.observableArrayList(model.lines()));
        this.model = model;
        getStyleClass().add("source-view");
        setCellFactory(list -> new SourceCell(model::marks, compact));
        setPlaceholder(new Label());
        setFocusTraversable(false);
        setMinWidth(60); // long lines scroll; they must not widen the lane
        model.marksProperty().addListener((o, was, now) -> {
            refresh();
            int focus = now.runningLine() > 0 ? now.runningLine() : now.errorLine();
            if (focus > 0 && (was == null || focus != (was.runningLine() > 0 ? was.runningLine() : was.errorLine()))) {
                layout();
                reveal(focus);
            }
        });
    }

    /** Scrolls only if the line is out of view, leaving a little context above it. */
    private void reveal(int line) {
        VirtualFlow<?> flow = (VirtualFlow<?>) lookup(".virtual-flow");
        int context = 3;
        if (flow != null) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first != null && last != null) {
                if (line - 1 > first.getIndex() && line - 1 < last.getIndex()) {
                    return;
                }
                context = Math.min(3, (last.getIndex() - first.getIndex()) / 3);
            }
        }
        scrollTo(Math.max(0, line - 1 - context));
    }

    public SourceModel model() {
        return model;
    }
}
