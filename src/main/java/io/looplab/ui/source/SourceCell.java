package io.looplab.ui.source;

import io.looplab.ui.theme.AppFonts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** One source line: number, code, and the chips of the tasks and threads on it; the running line is tinted. */
final class SourceCell extends ListCell<String> {
    private static final String[] LINE_CLASSES = {"line-running", "line-marked", "line-error"};

    private final Supplier<LineMarks> marks;
    private final boolean compact;
    private final Label number = new Label();
    private final Label code = new Label();
    private final HBox chips = new HBox();
    private final StackPane row;
    private String colorClass;

    /** In a compact cell the chips shrink to badges (a task's number), so they hide less code. */
    SourceCell(Supplier<LineMarks> marks, boolean compact) {
        this.marks = marks;
        this.compact = compact;
        getStyleClass().add("source-line");
        number.getStyleClass().addAll("line-number", "code");
        code.getStyleClass().addAll("line-text", "code");
        chips.getStyleClass().add("line-chips");
        code.setMinWidth(Region.USE_PREF_SIZE);
        chips.setMaxWidth(Region.USE_PREF_SIZE);
        HBox text = new HBox(number, code);
        text.getStyleClass().add("line-row");
        // the chips float at the right edge, over long lines rather than widening the view
        row = new StackPane(text, chips);
        StackPane.setAlignment(chips, Pos.CENTER_RIGHT);
        StackPane.setAlignment(text, Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(String line, boolean empty) {
        super.updateItem(line, empty);
        setText(null);
        getStyleClass().removeAll(LINE_CLASSES);
        if (colorClass != null) {
            getStyleClass().remove(colorClass);
            colorClass = null;
        }
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        int n = getIndex() + 1;
        int width = Math.max(2, Integer.toString(getListView().getItems().size()).length());
        number.setText(String.format("%" + width + "d", n));
        code.setText(line);
        if (AppFonts.needsCjk(line) != code.getStyleClass().contains("cjk")) {
            toggleCjk();
        }
        decorate(n, marks.get());
        setGraphic(row);
    }

    private void decorate(int n, LineMarks m) {
        List<Node> nodes = new ArrayList<>();
        for (Marker marker : m.on(n)) {
            Label chip = new Label(compact ? badge(marker.label()) : marker.label());
            if (compact) {
                chip.setTooltip(new javafx.scene.control.Tooltip(marker.label()));
            }
            chip.getStyleClass().addAll("line-chip", "task-color-" + Math.floorMod(marker.color(), 10),
                    marker.running() ? "chip-running" : "chip-waiting", marker.thread() ? "chip-thread" : "chip-task");
            nodes.add(chip);
        }
        if (m.hiddenOn(n) > 0) {
            Label more = new Label(String.format("+%,d", m.hiddenOn(n)));
            more.getStyleClass().add("line-chip-more");
            nodes.add(more);
        }
        if (n == m.errorLine()) {
            Label caret = new Label(m.errorColumn() > 0 ? "\u25B2 col " + m.errorColumn() : "\u26A0 error");
            caret.getStyleClass().add("line-chip-error");
            nodes.add(caret);
            getStyleClass().add("line-error");
        }
        chips.getChildren().setAll(nodes);
        if (n == m.runningLine()) {
            getStyleClass().add("line-running");
            colorClass = "task-color-" + Math.floorMod(m.runningColor(), 10);
            getStyleClass().add(colorClass);
        } else if (!m.on(n).isEmpty()) {
            getStyleClass().add("line-marked");
        }
    }

    /** "Task-12" reads "12"; another name its first two characters. */
    static String badge(String name) {
        if (name.matches("Task-\\d+")) {
            return name.substring("Task-".length());
        }
        return name.length() <= 2 ? name : name.substring(0, 2);
    }

    private void toggleCjk() {
        if (code.getStyleClass().contains("cjk")) {
            code.getStyleClass().remove("cjk");
        } else {
            code.getStyleClass().add("cjk");
        }
    }
}
