package io.looplab.ui.transport;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/** Frames from JavaFX's pulse, one per screen refresh. */
public final class FxTicker implements Ticker {
    private AnimationTimer timer;

    @Override
    public void start(LongConsumer frame) {
        stop();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame.accept(now);
            }
        };
        timer.start();
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }
}
