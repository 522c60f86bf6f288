package io.looplab.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;

/** The open scenario's source, read-only: one row per line, its number in a gutter, in a large monospace font. */
final class SourceView extends ListView<String> {
    SourceView(ShellModel model) {
        super(model.lines());
        getStyleClass().add("source-view");
        setCellFactory(list -> new SourceLineCell(() -> getItems().size()));
        setPlaceholder(new Label());
    }
}
