package io.looplab.ui.transport;

import io.looplab.trace.SharedClock;
import io.looplab.trace.Trace;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;

/**
 * The cursor over a run, and the only thing that moves it: the position on the shared clock
 * (0 .. length), whether it plays, and how fast (steps per second, from slow enough to narrate
 * to fast enough for 100,000 tasks). Views bind to it; keys and buttons call its commands.
 */
public final class PlaybackModel {
    /** Speeds in steps per second; + and − move along this list. */
    public static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0, 60.0, 125.0, 250.0,
            500.0, 1_000.0, 2_500.0, 5_000.0, 10_000.0, 25_000.0, 50_000.0, 100_000.0, 250_000.0);
    static final int DEFAULT_SPEED = 2;
    /** How long a card takes to move between columns at slow speeds. */
    public static final Duration MOTION = Duration.millis(320);

    private final Ticker ticker;
    private final ReadOnlyObjectWrapper<SharedClock> clock = new ReadOnlyObjectWrapper<>(this, "clock");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyIntegerWrapper length = new ReadOnlyIntegerWrapper(this, "length");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyIntegerWrapper speedIndex = new ReadOnlyIntegerWrapper(this, "speedIndex", DEFAULT_SPEED);
    private final ReadOnlyLongWrapper timeNs = new ReadOnlyLongWrapper(this, "timeNs");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText", "t = 0.000 s");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText", "step 0 / 0");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText");
    private final ObjectProperty<Duration> motion = new SimpleObjectProperty<>(this, "motion", MOTION);
    private final ReadOnlyObjectWrapper<Duration> cardMotion = new ReadOnlyObjectWrapper<>(this, "cardMotion", MOTION);
    private long lastFrame = -1;
    private double owed;

    public PlaybackModel(Ticker ticker) {
        this.ticker = ticker;
        speedIndex.addListener((o, was, now) -> updateSpeed());
        motion.addListener((o, was, now) -> updateSpeed());
        updateSpeed();
    }

    // ---- read-only state ------------------------------------------------------------------

    public ReadOnlyObjectProperty<SharedClock> clockProperty() {
        return clock.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public int position() {
        return position.get();
    }

    public ReadOnlyIntegerProperty lengthProperty() {
        return length.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty speedIndexProperty() {
        return speedIndex.getReadOnlyProperty();
    }

    public double speed() {
        return SPEEDS.get(speedIndex.get());
    }

    public ReadOnlyLongProperty timeNsProperty() {
        return timeNs.getReadOnlyProperty();
    }

    /** "t = 1.200 s". */
    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    /** "step 14 / 38". */
    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    /** "2 steps/s". */
    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    /** The longest a card animation may take; tests set it to zero. */
    public ObjectProperty<Duration> motionProperty() {
        return motion;
    }

    /** How long card animations take now: shorter than a step, zero when playing fast. */
    public ReadOnlyObjectProperty<Duration> cardMotionProperty() {
        return cardMotion.getReadOnlyProperty();
    }

    // ---- commands -------------------------------------------------------------------------

    /** Shows a new run; a reload of the same scenario keeps the position where it still exists. */
    public void load(SharedClock newClock, boolean keepPosition) {
        pause();
        int keep = keepPosition ? position.get() : 0;
        clock.set(newClock);
        length.set(newClock == null ? 0 : newClock.positions());
        moveTo(Math.min(keep, length.get()), true);
        // the clock changed, so even an unchanged position means a new time and new lanes
    }

    public void play() {
        if (clock.get() == null || playing.get()) {
            return;
        }
        if (position.get() >= length.get()) {
            moveTo(0, false);
        }
        playing.set(true);
        lastFrame = -1;
        owed = 0;
        ticker.start(this::frame);
    }

    public void pause() {
        if (playing.get()) {
            ticker.stop();
            playing.set(false);
        }
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void stepForward() {
        pause();
        seek(position.get() + 1);
    }

    public void stepBack() {
        pause();
        seek(position.get() - 1);
    }

    public void toStart() {
        pause();
        seek(0);
    }

    public void toEnd() {
        pause();
        seek(length.get());
    }

    /** Moves to a position (clamped); playback continues if it was playing. */
    public void seek(int target) {
        moveTo(Math.max(0, Math.min(target, length.get())), false);
    }

    /** Moves to the last position at or before a virtual time. */
    public void seekTime(long ns) {
        if (clock.get() != null) {
            seek(clock.get().lastPositionAtOrBefore(ns));
        }
    }

    public void faster() {
        setSpeedIndex(speedIndex.get() + 1);
    }

    public void slower() {
        setSpeedIndex(speedIndex.get() - 1);
    }

    public void setSpeedIndex(int index) {
        speedIndex.set(Math.max(0, Math.min(SPEEDS.size() - 1, index)));
    }

    // ---- internals ------------------------------------------------------------------------

    /** Advances by however many steps the elapsed time is worth at the current speed. */
    void frame(long nowNs) {
        if (lastFrame >= 0) {
            owed += Math.min(0.25, (nowNs - lastFrame) / 1e9) * speed();
        } else {
            owed = Math.max(owed, 1);
        }
        lastFrame = nowNs;
        int steps = (int) owed;
        if (steps > 0) {
            owed -= steps;
            moveTo(Math.min(length.get(), position.get() + steps), false);
        }
        if (position.get() >= length.get()) {
            pause();
        }
    }

    private void moveTo(int target, boolean force) {
        if (target == position.get() && !force) {
            return;
        }
        SharedClock c = clock.get();
        long t = c == null ? 0 : c.timeAt(target);
        timeNs.set(t);
        clockText.set("t = " + Trace.stamp(t) + " s");
        stepText.set("step " + target + " / " + length.get());
        position.set(target);
    }

    private void updateSpeed() {
        double s = speed();
        speedText.set((s < 1 ? "½" : s >= 1000 ? String.format("%,.0f", s) : String.format("%.0f", s))
                + (s <= 1 ? " step/s" : " steps/s"));
        double perStep = 1000 / s;
        Duration limit = motion.get();
        cardMotion.set(perStep < 60 ? Duration.ZERO : Duration.millis(Math.min(limit.toMillis(), perStep * 0.8)));
    }
}
