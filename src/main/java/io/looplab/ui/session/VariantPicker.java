package io.looplab.ui.session;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;

/** Pickers for the lanes: a toggle for side by side, and a variant chooser each lane puts in its header. */
public final class VariantPicker {
    private VariantPicker() {
    }

    /** "Compare": runs a second variant beside the first; enabled when the header names two or more. */
    public static ToggleButton compareToggle(SessionModel model) {
        ToggleButton compare = new ToggleButton("\u21C6 side by side");
        compare.getStyleClass().add("compare-toggle");
        compare.setFocusTraversable(false);
        compare.setMinWidth(Region.USE_PREF_SIZE);
        Runnable sync = () -> {
            compare.setSelected(model.compareProperty().get());
            compare.setDisable(model.variants().size() < 2);
        };
        model.compareProperty().addListener((o, was, now) -> sync.run());
        model.variants().addListener((ListChangeListener<String>) c -> sync.run());
        compare.setOnAction(e -> model.setCompare(compare.isSelected()));
        compare.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.variants()).greaterThan(1));
        compare.managedProperty().bind(compare.visibleProperty());
        sync.run();
        return compare;
    }

    /** The variant of lane 0 (left) or 1 (right), picked from the header's variants. */
    public static ComboBox<String> forLane(SessionModel model, int lane, String current) {
        ComboBox<String> box = new ComboBox<>(model.variants());
        box.getStyleClass().add("lane-variant");
        box.setFocusTraversable(false);
        box.setValue(current);
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(current)) {
                if (lane == 0) {
                    model.choose(now, model.rightProperty().get());
                } else {
                    model.choose(model.leftProperty().get(), now);
                }
            }
        });
        return box;
    }
}
