package io.looplab.ui;

import io.looplab.ui.transport.Ticker;
import java.util.function.LongConsumer;

/** A ticker driven by the test: {@link #frame(long)} delivers one frame at a given time. */
public final class ManualTicker implements Ticker {
    private LongConsumer frame;

    @Override
    public void start(LongConsumer onFrame) {
        frame = onFrame;
    }

    @Override
    public void stop() {
        frame = null;
    }

    public boolean running() {
        return frame != null;
    }

    public void frame(long nanos) {
        if (frame != null) {
            frame.accept(nanos);
        }
    }
}
