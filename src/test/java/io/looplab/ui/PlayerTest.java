package io.looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looplab.ui.timeline.GanttCanvas;
import io.looplab.ui.timeline.TimelineModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Playing scenarios/02-event-loop/two_tasks.py in the real window, headless: keys step and jump, the scrubber
 * and the timeline seek, and at chosen steps the board, the ready queue, the timers, the console
 * and the clock show what asyncio's semantics say (create_task only schedules; a task runs to its
 * first await; both tasks sleep 2 s at the same time, so the output is 1 1 2 2).
 */
class PlayerTest extends FxRobot {
    private static final String PREFERENCES = TestPreferences.createPath();
    private static LoopLabApp app;

    @BeforeAll
    static void startTheApp() throws Exception {
        System.setProperty(LoopLabApp.PREFERENCES_PROPERTY, PREFERENCES);
        FxToolkit.registerPrimaryStage();
        app = (LoopLabApp) FxToolkit.setupApplication(LoopLabApp.class, Lab.scenario("02-event-loop/two_tasks.py").toString());
        FxToolkit.setupFixture(() -> app.app().playback().motionProperty().set(Duration.ZERO));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.app().session().lanes().isEmpty()
                && !app.app().session().runningProperty().get());
    }

    @AfterAll
    static void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        TestPreferences.remove(Preferences.userRoot().node(PREFERENCES));
        System.clearProperty(LoopLabApp.PREFERENCES_PROPERTY);
    }

    @BeforeEach
    void fromTheStart() {
        type(KeyCode.HOME);
        assertEquals("step 0 / " + length(), text(".step-counter"));
    }

    private static int length() {
        return app.app().playback().lengthProperty().get();
    }

    private String text(String query) {
        return lookup(query).queryLabeled().getText();
    }

    /** Presses → until the caption says what just happened is {@code sentence}. */
    private void stepUntil(String sentence) {
        for (int i = 0; i < length(); i++) {
            type(KeyCode.RIGHT);
            if (text(".happened").equals(sentence)) {
                return;
            }
        }
        throw new AssertionError("never happened: " + sentence);
    }

    private List<String> cards(String column) {
        Pane box = lookup(".column-" + column + " .column-cards").queryAs(Pane.class);
        return box.getChildren().stream().map(card -> label(card, ".card-name") + ": " + label(card, ".card-state"))
                .toList();
    }

    private static String label(Node parent, String query) {
        return ((Label) parent.lookup(query)).getText();
    }

    private List<String> chips(String queue) {
        Pane flow = lookup("." + queue).queryAs(Pane.class);
        return flow.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private List<String> console() {
        ListView<io.looplab.trace.OutputLine> list = lookup(".console-lines").queryListView();
        return list.getItems().stream().map(l -> l.stamp() + " " + l.text()).toList();
    }

    @Test
    void afterTask2PrintsItsFirstOneItSleepsUntilTwoInPending() {
        stepUntil("Task-2 suspends at line 19: sleep until 2.000.");
        assertEquals(List.of("Task-1: awaiting Task-2", "Task-2: sleeping until 2.000", "Task-3: ready"),
                cards("pending"));
        assertEquals(List.of(), cards("running"));
        assertEquals(List.of(), cards("done"));
        assertEquals("Pending  3", text(".column-pending .column-title"));
        assertEquals(List.of("Task-3 step"), chips("ready-queue"));
        assertEquals(List.of("2.000  Task-2"), chips("timer-heap"));
        assertEquals(List.of("0.000 main Begin", "0.000 main End", "0.000 1"), console());
        assertEquals("t = 0.000 s", text(".clock"));
    }

    @Test
    void stepBackReturnsToTask2StillRunning() {
        stepUntil("Task-2 suspends at line 19: sleep until 2.000.");
        type(KeyCode.LEFT);
        assertEquals("A timer due at 2.000 joins the heap (set by Task-2).", text(".happened"));
        assertEquals(List.of("Task-2: running"), cards("running"));
        assertEquals(List.of("Task-1: awaiting Task-2", "Task-3: ready"), cards("pending"));
        assertEquals(List.of("2.000  Task-2"), chips("timer-heap"));
        type(KeyCode.PAGE_UP);
        assertEquals("Task-2 prints \u201c1\u201d.", text(".happened"));
        assertEquals(List.of("Task-3 step"), chips("ready-queue"));
        assertEquals(List.of("none"), chips("timer-heap"));
        assertEquals(List.of("0.000 main Begin", "0.000 main End", "0.000 1"), console());
    }

    @Test
    void theEndShowsOneOneTwoTwoAtTwoSeconds() {
        type(KeyCode.END);
        assertEquals("t = 2.000 s", text(".clock"));
        assertEquals("step " + length() + " / " + length(), text(".step-counter"));
        assertEquals(5, cards("done").size());
        assertEquals("Task-2: done \u2192 'Return value'", cards("done").get(1));
        assertEquals(List.of("0.000 main Begin", "0.000 main End", "0.000 1", "0.000 1", "2.000 2", "2.000 2",
                "2.000 Return value Return value"), console());
        assertEquals("The program ends (exit code 0).", text(".happened"));
    }

    @Test
    void atTwoSecondsTheTimersFireBeforeTheTasksRun() {
        stepUntil("The clock jumps to 2.000 s. MainThread runs.");
        assertEquals("t = 2.000 s", text(".clock"));
        assertEquals(List.of("2.000  Task-2", "2.000  Task-3"), chips("timer-heap"));
        type(KeyCode.PAGE_DOWN);
        type(KeyCode.PAGE_DOWN);
        assertEquals(List.of("_set_result_unless_cancelled() \u2190 Task-2", "_set_result_unless_cancelled() \u2190 Task-3"),
                chips("ready-queue"), "due timers move to the ready queue; their callbacks run before the tasks wake");
        assertEquals(List.of("none"), chips("timer-heap"));
    }

    @Test
    void theScrubberSeeksAcrossTheWholeRun() {
        Node thumb = lookup(".scrubber .thumb").query();
        Bounds track = lookup(".scrubber .track").query().localToScreen(lookup(".scrubber .track").query()
                .getBoundsInLocal());
        drag(thumb).moveTo(new Point2D(track.getMaxX() + 20, track.getCenterY())).release(javafx.scene.input.MouseButton.PRIMARY);
        assertEquals("step " + length() + " / " + length(), text(".step-counter"));
        assertEquals(5, cards("done").size());
        drag(thumb).moveTo(new Point2D(track.getMinX() + 0.5 * track.getWidth(), track.getCenterY()))
                .release(javafx.scene.input.MouseButton.PRIMARY);
        int at = app.app().playback().position();
        assertTrue(at > 5 && at < length() - 5, "the middle of the run: " + at);
        assertEquals("step " + at + " / " + length(), text(".step-counter"));
        assertEquals(app.app().session().lanes().get(0).state().count(io.looplab.trace.Column.DONE), cards("done").size());
        drag(thumb).moveTo(new Point2D(track.getMinX() - 20, track.getCenterY())).release(javafx.scene.input.MouseButton.PRIMARY);
        assertEquals("step 0 / " + length(), text(".step-counter"));
        assertEquals(List.of(), console());
    }

    @Test
    void clickingTheTimelineSeeksToThatVirtualTime() {
        interact(() -> app.app().timeline().setAxis(TimelineModel.Axis.TIME));
        GanttCanvas chart = lookup(".gantt").queryAs(GanttCanvas.class);
        Bounds b = chart.localToScreen(chart.getBoundsInLocal());
        clickOn(new Point2D(b.getMinX() + chart.screenX(1_000_000_000L), b.getMinY() + 60));
        assertEquals("t = 0.000 s", text(".clock"));
        assertEquals("MainThread sleeps: event loop waiting for its next timer at 2.000.", text(".happened"));
        clickOn(new Point2D(b.getMinX() + chart.screenX(2_000_000_000L) - 2, b.getMinY() + 60));
        assertEquals("t = 2.000 s", text(".clock"));
        assertEquals("The clock jumps to 2.000 s. MainThread runs.", text(".happened"));
    }

    @Test
    void spacePlaysToTheEnd() throws Exception {
        for (int i = 0; i < 12; i++) {
            type(KeyCode.PLUS);
        }
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.app().playback().playingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("step " + length() + " / " + length(), text(".step-counter"));
        assertFalse(app.app().playback().playingProperty().get());
        for (int i = 0; i < 12; i++) {
            type(KeyCode.MINUS);
        }
        assertEquals("2 steps/s", text(".speed-text"));
    }

    @Test
    void theRunningLineIsTintedInItsTasksColour() {
        stepUntil("Task-3 prints \u201c1\u201d.");
        Node line = lookup(".source-line.line-running").query();
        assertEquals("18", ((Label) line.lookup(".line-number")).getText().strip());
        assertTrue(line.getStyleClass().contains("task-color-2"), "Task-3 is the third task: colour 2");
        assertEquals("Task-3", ((Label) line.lookup(".line-chip")).getText());
    }
}
