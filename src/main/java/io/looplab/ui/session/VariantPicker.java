package io.looplab.ui.session;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;

/** Picks the lanes: the variant on the left, whether a second runs beside it, and which. */
public final class VariantPicker extends HBox {
    private boolean updating;

    public VariantPicker(SessionModel model) {
        getStyleClass().add("variant-picker");
        ComboBox<String> left = new ComboBox<>(model.variants());
        ComboBox<String> right = new ComboBox<>(model.variants());
        left.getStyleClass().add("variant-left");
        right.getStyleClass().add("variant-right");
        left.setFocusTraversable(false);
        right.setFocusTraversable(false);
        ToggleButton compare = new ToggleButton("side by side");
        compare.getStyleClass().add("compare-toggle");
        compare.setFocusTraversable(false);
        Label vs = new Label("vs");
        vs.getStyleClass().add("variant-vs");
        Runnable sync = () -> {
            updating = true;
            left.setValue(model.leftProperty().get());
            right.setValue(model.rightProperty().get());
            compare.setSelected(model.compareProperty().get());
            right.setDisable(!model.compareProperty().get());
            compare.setDisable(model.variants().size() < 2);
            updating = false;
        };
        model.leftProperty().addListener((o, was, now) -> sync.run());
        model.rightProperty().addListener((o, was, now) -> sync.run());
        model.compareProperty().addListener((o, was, now) -> sync.run());
        model.variants().addListener((ListChangeListener<String>) c -> sync.run());
        left.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                model.choose(now, right.getValue());
            }
        });
        right.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                model.choose(left.getValue(), now);
            }
        });
        compare.setOnAction(e -> model.setCompare(compare.isSelected()));
        getChildren().addAll(new Label("variant"), left, compare, vs, right);
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.variants()));
        managedProperty().bind(visibleProperty());
        sync.run();
    }
}
