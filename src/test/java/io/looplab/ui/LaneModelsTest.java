package io.looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looplab.trace.Column;
import io.looplab.trace.Event;
import io.looplab.trace.EventKind;
import io.looplab.trace.OutputLine;
import io.looplab.trace.TaskCard;
import io.looplab.ui.board.BoardModel;
import io.looplab.ui.board.CardText;
import io.looplab.ui.console.ConsoleModel;
import io.looplab.ui.errors.ErrorModel;
import io.looplab.ui.lane.LaneModel;
import io.looplab.ui.loop.HandleText;
import io.looplab.ui.loop.LoopModel;
import io.looplab.ui.source.Marker;
import io.looplab.ui.source.SourceModel;
import io.looplab.ui.threads.ThreadRow;
import io.looplab.ui.threads.ThreadsModel;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lane's view models on scenarios/02-event-loop/two_tasks.py, without JavaFX running: what the board,
 * the loop, the threads, the console and the source say at moments picked by what happens
 * (asyncio semantics: create_task only schedules; each task runs to its await; sleeps overlap).
 */
class LaneModelsTest {
    private Lab lab;
    private LaneModel lane;
    private BoardModel board;
    private LoopModel loop;
    private ConsoleModel console;
    private ThreadsModel threads;
    private SourceModel source;

    @BeforeEach
    void open() {
        lab = new Lab().open(Lab.scenario("02-event-loop/two_tasks.py"));
        lane = lab.app.session().lanes().get(0);
        board = new BoardModel(lane);
        loop = new LoopModel(lane);
        console = new ConsoleModel(lane);
        threads = new ThreadsModel(lane);
        source = new SourceModel(lane, new ErrorModel(lane));
    }

    @AfterEach
    void close() throws Exception {
        lab.close();
    }

    /** Moves the playback to the step at which the n-th event matching {@code what} has happened. */
    private void goTo(Predicate<Event> what, int nth) {
        int seen = 0;
        for (Event e : lane.timeline().trace()) {
            if (what.test(e) && ++seen == nth) {
                lab.app.playback().seek(lane.timeline().stepOfEvent(e.seq()));
                return;
            }
        }
        throw new AssertionError("no such event");
    }

    private static Predicate<Event> kind(EventKind k) {
        return e -> e.kind() == k;
    }

    private List<String> column(Column c) {
        return board.cards(c).stream().map(t -> t.name() + ": " + CardText.subState(t)).toList();
    }

    private List<String> output() {
        return console.lines().stream().map(l -> l.stamp() + " " + l.text()).toList();
    }

    @Test
    void afterTask2PrintsItsFirstOneAndWaitsItSleepsUntilTwo() {
        goTo(kind(EventKind.STEP_END), 2);
        assertEquals(List.of("Task-1: awaiting Task-2", "Task-2: sleeping until 2.000", "Task-3: ready"),
                column(Column.PENDING));
        assertEquals(List.of(), column(Column.RUNNING));
        assertEquals(3, board.countProperty(Column.PENDING).get());
        assertEquals(List.of("Task-3 step"), loop.ready().stream().map(HandleText::of).toList());
        assertEquals(List.of("2.000  Task-2"), loop.timers().stream().map(HandleText::of).toList());
        assertNull(loop.runningProperty().get());
        assertEquals(List.of("0.000 main Begin", "0.000 main End", "0.000 1"), output());
        assertEquals(List.of(new Marker("Task-2", 1, false, false)), source.marks().on(19));
        assertEquals(List.of(new Marker("Task-1", 0, false, false)), source.marks().on(29));
        assertEquals(0, source.marks().runningLine());
    }

    @Test
    void whileTask3RunsItsLineIsHighlightedAndItsStepIsTheRunningHandle() {
        goTo(e -> e.kind() == EventKind.PRINT && e.text().equals("1"), 2);
        assertEquals(List.of("Task-3: running"), column(Column.RUNNING));
        assertEquals(18, source.marks().runningLine());
        assertEquals(2, source.marks().runningColor(), "Task-3 is the third task");
        assertEquals("Task-3 step", HandleText.of(loop.runningProperty().get()));
        assertEquals("running", loop.statusProperty().get());
        ThreadRow main = threads.rows().get(0);
        assertEquals("running", main.state());
        assertEquals("event loop \u25B6 Task-3 (line 18)", main.job());
    }

    @Test
    void whileBothSleepTheLoopIsIdleUntilItsNextTimer() {
        goTo(kind(EventKind.STEP_END), 3);
        lab.app.playback().stepForward();
        assertEquals("idle: waiting for its next timer at 2.000", loop.statusProperty().get());
        assertEquals("sleeping", threads.rows().get(0).state());
        assertEquals("t = 0.000 s", lab.app.playback().clockTextProperty().get());
    }

    @Test
    void atTheEndEveryTaskIsDoneWithItsResult() {
        lab.app.playback().toEnd();
        List<TaskCard> done = board.cards(Column.DONE);
        assertEquals(5, done.size());
        assertEquals("done \u2192 'Return value'", CardText.subState(done.get(1)));
        assertEquals("done \u2192 None", CardText.subState(done.get(0)));
        assertEquals(List.of("0.000 main Begin", "0.000 main End", "0.000 1", "0.000 1", "2.000 2", "2.000 2",
                "2.000 Return value Return value"), output());
        assertEquals("finished", threads.rows().get(0).state());
        assertTrue(source.marks().markers().isEmpty());
    }

    @Test
    void steppingBackTrimsTheConsole() {
        lab.app.playback().toEnd();
        goTo(e -> e.kind() == EventKind.PRINT && e.text().equals("2"), 1);
        assertEquals(5, console.lines().size());
        assertEquals("2", console.lines().get(4).text());
        lab.app.playback().toStart();
        assertEquals(List.<OutputLine>of(), console.lines());
        assertEquals(0, board.totalProperty().get());
    }
}
