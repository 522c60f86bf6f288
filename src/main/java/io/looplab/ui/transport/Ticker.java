package io.looplab.ui.transport;

import java.util.function.LongConsumer;

/** A source of animation frames (nanosecond timestamps): the screen's pulse in the app, a hand-driven one in tests. */
public interface Ticker {
    void start(LongConsumer frame);

    void stop();
}
