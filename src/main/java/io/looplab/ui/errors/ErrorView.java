package io.looplab.ui.errors;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A lane's error card: what went wrong in large type, where, and the report (traceback, caret, waits). */
public final class ErrorView extends VBox {
    private final Label title = new Label();
    private final Label message = new Label();
    private final Label details = new Label();

    public ErrorView(ErrorModel model) {
        getStyleClass().add("lane-error");
        title.getStyleClass().add("lane-error-title");
        message.getStyleClass().add("lane-error-message");
        details.getStyleClass().addAll("lane-error-details", "code");
        title.setWrapText(true);
        message.setWrapText(true);
        ScrollPane report = new ScrollPane(details);
        report.getStyleClass().add("lane-error-scroll");
        report.setFitToWidth(true);
        report.setMaxHeight(Region.USE_PREF_SIZE);
        report.maxHeightProperty().bind(details.heightProperty().add(4).map(h -> Math.min(h.doubleValue(),
                details.getFont().getSize() * 8.5)));
        report.visibleProperty().bind(details.visibleProperty());
        report.managedProperty().bind(details.managedProperty());
        getChildren().addAll(title, message, report);
        model.reportProperty().addListener((o, was, now) -> show(now));
        show(model.report());
    }

    private void show(ErrorReport r) {
        setVisible(r != null);
        setManaged(r != null);
        if (r == null) {
            return;
        }
        getStyleClass().removeIf(c -> c.startsWith("error-kind-"));
        getStyleClass().add("error-kind-" + r.kind().name().toLowerCase());
        title.setText(r.title());
        message.setText(r.message());
        message.setVisible(!r.message().isEmpty());
        message.setManaged(!r.message().isEmpty());
        String text = r.details() == null ? "" : r.details().strip();
        details.setText(text);
        details.setVisible(!text.isEmpty());
        details.setManaged(!text.isEmpty());
    }
}
