package io.looplab.ui;

import java.util.function.IntSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** One source line in the {@link SourceView}: its right-aligned number, then its text. */
final class SourceLineCell extends ListCell<String> {
    private final IntSupplier lineCount;
    private final Label number = new Label();
    private final Label text = new Label();
    private final HBox row = new HBox(number, text);

    SourceLineCell(IntSupplier lineCount) {
        this.lineCount = lineCount;
        getStyleClass().add("source-line");
        number.getStyleClass().add("line-number");
        text.getStyleClass().add("line-text");
        HBox.setHgrow(text, Priority.ALWAYS);
    }

    @Override
    protected void updateItem(String line, boolean empty) {
        super.updateItem(line, empty);
        setText(null);
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        // The font is monospace, so padding to the widest number keeps the gutter straight.
        int width = Math.max(2, Integer.toString(lineCount.getAsInt()).length());
        number.setText(String.format("%" + width + "d", getIndex() + 1));
        text.setText(line);
        setGraphic(row);
    }
}
