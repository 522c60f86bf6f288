package io.looplab.ui.transport;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The transport: start, back, play/pause, forward, end; speed; the virtual clock and the step
 * counter; the scrubber over every step. Buttons never take the focus, so the keys always
 * reach the playback.
 */
public final class TransportBar extends HBox {
    private boolean updating;

    public TransportBar(PlaybackModel model) {
        getStyleClass().add("transport");
        Button start = button("icon-start", "Jump to the start (Home)", model::toStart);
        Button back = button("icon-back", "Step back (\u2190, Page Up)", model::stepBack);
        Button play = button("icon-play", "Play / pause (Space)", model::togglePlay);
        play.getStyleClass().add("play-button");
        model.playingProperty().addListener((o, was, now) -> icon(play, now ? "icon-pause" : "icon-play"));
        Button forward = button("icon-forward", "Step forward (\u2192, Page Down)", model::stepForward);
        Button end = button("icon-end", "Jump to the end (End)", model::toEnd);
        HBox buttons = new HBox(start, back, play, forward, end);
        buttons.getStyleClass().add("transport-buttons");

        Label clock = new Label();
        clock.getStyleClass().addAll("clock", "code");
        clock.textProperty().bind(model.clockTextProperty());
        Label step = new Label();
        step.getStyleClass().addAll("step-counter", "code");
        step.textProperty().bind(model.stepTextProperty());
        clock.setMinWidth(Region.USE_PREF_SIZE);
        step.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(buttons, speed(model), clock, step, scrubber(model));
        disableProperty().bind(model.clockProperty().isNull());
    }

    private HBox speed(PlaybackModel model) {
        Button slower = button("icon-minus", "Slower (\u2212)", model::slower);
        Button faster = button("icon-plus", "Faster (+)", model::faster);
        Slider slider = new Slider(0, PlaybackModel.SPEEDS.size() - 1, model.speedIndexProperty().get());
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setFocusTraversable(false);
        slider.getStyleClass().add("speed-slider");
        slider.valueProperty().addListener((o, was, now) -> model.setSpeedIndex((int) Math.round(now.doubleValue())));
        model.speedIndexProperty().addListener((o, was, now) -> slider.setValue(now.intValue()));
        Label text = new Label();
        text.getStyleClass().add("speed-text");
        text.textProperty().bind(model.speedTextProperty());
        text.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(slower, slider, faster, text);
        box.getStyleClass().add("speed");
        return box;
    }

    private Slider scrubber(PlaybackModel model) {
        Slider s = new Slider(0, 1, 0);
        s.getStyleClass().add("scrubber");
        s.setFocusTraversable(false);
        HBox.setHgrow(s, Priority.ALWAYS);
        s.setMaxWidth(Double.MAX_VALUE);
        s.maxProperty().bind(Bindings.max(1, model.lengthProperty()));
        model.positionProperty().addListener((o, was, now) -> {
            updating = true;
            s.setValue(now.intValue());
            updating = false;
        });
        s.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                model.seek((int) Math.round(now.doubleValue()));
            }
        });
        return s;
    }

    private static Button button(String icon, String tip, Runnable action) {
        Button b = new Button();
        icon(b, icon);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("transport-button");
        return b;
    }

    private static void icon(Button b, String icon) {
        Region shape = new Region();
        shape.getStyleClass().addAll("icon", icon);
        b.setGraphic(shape);
        b.setUserData(icon);
    }
}
