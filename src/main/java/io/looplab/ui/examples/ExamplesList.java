package io.looplab.ui.examples;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The welcome screen's list of examples: each title a link that opens it. */
public final class ExamplesList extends VBox {
    /** Links shown; the menu has them all. */
    static final int LIMIT = 12;

    public ExamplesList(ExamplesModel model, Consumer<Path> open) {
        getStyleClass().add("examples-list");
        Label title = new Label("Examples");
        title.getStyleClass().add("examples-list-title");
        FlowPane links = new FlowPane();
        links.getStyleClass().add("examples-links");
        Runnable fill = () -> {
            links.getChildren().clear();
            model.examples().stream().limit(LIMIT).forEach(e -> {
                Hyperlink link = new Hyperlink(e.title());
                link.getStyleClass().add("example-link");
                link.setOnAction(event -> open.accept(e.file()));
                links.getChildren().add(link);
            });
        };
        model.examples().addListener((ListChangeListener<Example>) c -> fill.run());
        fill.run();
        getChildren().addAll(title, links);
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.examples()));
    }
}
