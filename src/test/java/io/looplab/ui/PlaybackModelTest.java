package io.looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looplab.ui.transport.PlaybackModel;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cursor, without JavaFX running: stepping, jumping, speed, and playing frame by frame. */
class PlaybackModelTest {
    private Lab lab;
    private PlaybackModel playback;

    @BeforeEach
    void open() {
        lab = new Lab().open(Lab.scenario("02-event-loop/two_tasks.py"));
        playback = lab.app.playback();
    }

    @AfterEach
    void close() throws Exception {
        lab.close();
    }

    @Test
    void startsAtStepZeroAtTimeZero() {
        assertEquals(0, playback.position());
        assertTrue(playback.lengthProperty().get() > 40);
        assertEquals("t = 0.000 s", playback.clockTextProperty().get());
        assertEquals("step 0 / " + playback.lengthProperty().get(), playback.stepTextProperty().get());
    }

    @Test
    void stepsForwardAndBackWithinTheRun() {
        playback.stepBack();
        assertEquals(0, playback.position());
        playback.stepForward();
        playback.stepForward();
        assertEquals(2, playback.position());
        playback.stepBack();
        assertEquals(1, playback.position());
        playback.toEnd();
        assertEquals(playback.lengthProperty().get(), playback.position());
        assertEquals("t = 2.000 s", playback.clockTextProperty().get());
        playback.stepForward();
        assertEquals(playback.lengthProperty().get(), playback.position());
        playback.toStart();
        assertEquals(0, playback.position());
    }

    @Test
    void seeksByTimeToTheLastStepAtOrBeforeIt() {
        playback.seekTime(1_000_000_000L);
        assertEquals("t = 0.000 s", playback.clockTextProperty().get());
        playback.stepForward();
        assertEquals("t = 2.000 s", playback.clockTextProperty().get(), "the next step is when the timers fire");
    }

    @Test
    void playsAsManyStepsAsTheElapsedTimeIsWorth() {
        assertEquals(2.0, playback.speed());
        playback.play();
        assertTrue(lab.ticker.running());
        lab.ticker.frame(0);
        assertEquals(1, playback.position(), "the first frame moves at once");
        lab.ticker.frame(250_000_000L);
        assertEquals(1, playback.position(), "half a step owed");
        lab.ticker.frame(500_000_000L);
        assertEquals(2, playback.position());
        playback.pause();
        assertFalse(lab.ticker.running());
        assertFalse(playback.playingProperty().get());
    }

    @Test
    void playbackStopsAtTheEndAndPlayStartsOverFromThere() {
        playback.setSpeedIndex(PlaybackModel.SPEEDS.size() - 1);
        playback.play();
        lab.ticker.frame(0);
        lab.ticker.frame(100_000_000L);
        assertEquals(playback.lengthProperty().get(), playback.position());
        assertFalse(playback.playingProperty().get());
        playback.play();
        assertEquals(0, playback.position());
    }

    @Test
    void speedGoesUpAndDownAListAndCardsStopMovingWhenFast() {
        playback.slower();
        playback.slower();
        playback.slower();
        assertEquals(0.5, playback.speed());
        assertEquals("\u00bd step/s", playback.speedTextProperty().get());
        assertEquals(PlaybackModel.MOTION, playback.cardMotionProperty().get());
        for (int i = 0; i < 30; i++) {
            playback.faster();
        }
        assertEquals(250_000.0, playback.speed());
        assertEquals("250,000 steps/s", playback.speedTextProperty().get());
        assertEquals(Duration.ZERO, playback.cardMotionProperty().get());
        playback.setSpeedIndex(0);
        playback.motionProperty().set(Duration.ZERO);
        assertEquals(Duration.ZERO, playback.cardMotionProperty().get(), "tests turn animation off");
    }
}
