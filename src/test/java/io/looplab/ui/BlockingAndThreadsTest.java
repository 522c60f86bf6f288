package io.looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.looplab.scenario.RunResult;
import io.looplab.trace.Column;
import io.looplab.trace.EventKind;
import io.looplab.trace.ThreadState;
import io.looplab.trace.Timeline;
import io.looplab.trace.Trace;
import io.looplab.ui.board.BoardModel;
import io.looplab.ui.board.CardText;
import io.looplab.ui.lane.LaneModel;
import io.looplab.ui.loop.LoopModel;
import io.looplab.ui.session.LaneRun;
import io.looplab.ui.threads.ThreadRow;
import io.looplab.ui.threads.ThreadsModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the lane shows for events the asyncio scenarios do not produce yet: a coroutine that
 * blocks the loop (time.sleep inside a task), and threads waiting for the GIL or for a job.
 * The trace is written by hand, the way the kernel reports these (EventKind's operands).
 */
class BlockingAndThreadsTest {
    private static LaneModel lane(Trace t) {
        return new LaneModel(0, new LaneRun(null, new RunResult(t, 0, ""), Timeline.of(t)), List.of("x"), "t.py");
    }

    @Test
    void aCoroutineThatCallsTimeSleepBlocksTheLoopUntilItsThreadRunsAgain() {
        Trace t = new Trace();
        t.setTime(0);
        t.add(EventKind.THREAD_CREATED, 0, 0, 0, 0, "MainThread");
        t.add(EventKind.THREAD_STATE, 0, 0, ThreadState.RUNNING.ordinal(), 0, null);
        t.add(EventKind.LOOP_CREATED, 0, 1, 0, 0);
        t.add(EventKind.LOOP_CREATED, 0, 1, 0, 1);
        t.add(EventKind.TASK_CREATED, 0, 5, 1, 3, "Task-1");
        t.add(EventKind.HANDLE_SCHEDULED, 0, 9, 1, 5);
        t.add(EventKind.STEP_BEGIN, 0, 5, 3, 9);
        t.add(EventKind.LOOP_BLOCKED, 0, 1, 5, 0, "time.sleep(1)");
        t.add(EventKind.THREAD_STATE, 0, 0, ThreadState.SLEEPING.ordinal(), 4, "time.sleep(1)");
        int sleeping = t.size();
        t.setTime(1_000_000_000L);
        t.add(EventKind.THREAD_STATE, 0, 0, ThreadState.RUNNING.ordinal(), 4, null);
        LaneModel lane = lane(t);
        LoopModel loop = new LoopModel(lane);
        BoardModel board = new BoardModel(lane);
        lane.show(lane.timeline().stepOfEvent(sleeping - 1));
        assertEquals("Task-1 blocks the loop in time.sleep(1): nothing else on this loop can run until it returns.",
                loop.blockedProperty().get());
        assertEquals("blocks the loop: time.sleep(1)", CardText.subState(board.cards(Column.RUNNING).get(0)));
        lane.show(lane.timeline().steps());
        assertNull(loop.blockedProperty().get());
        assertEquals("running", CardText.subState(board.cards(Column.RUNNING).get(0)));
    }

    @Test
    void threadsSayWhatTheyWaitForAndWhoHoldsTheGil() {
        Trace t = new Trace();
        t.setTime(0);
        t.add(EventKind.THREAD_CREATED, 0, 0, 0, 0, "MainThread");
        t.add(EventKind.THREAD_STATE, 0, 0, ThreadState.RUNNING.ordinal(), 7, null);
        t.add(EventKind.THREAD_CREATED, 0, 1, 1, 0, "ThreadPoolExecutor-0_0");
        t.add(EventKind.THREAD_STATE, 1, 1, ThreadState.BLOCKED.ordinal(), 0, "work queue (idle)");
        t.add(EventKind.THREAD_CREATED, 0, 2, 0, 0, "cruncher");
        t.add(EventKind.THREAD_STATE, 2, 2, ThreadState.WAITING_GIL.ordinal(), 12, "cpu(0.5)");
        t.add(EventKind.GIL, 0, 0, 0, 0);
        t.add(EventKind.THREAD_STATE, 0, 0, ThreadState.BLOCKED.ordinal(), 9, "join cruncher");
        LaneModel lane = lane(t);
        lane.show(lane.timeline().steps());
        ThreadsModel model = new ThreadsModel(lane);
        List<ThreadRow> rows = model.rows();
        assertEquals(List.of("blocked", "idle", "waiting for the GIL"), rows.stream().map(ThreadRow::state).toList());
        assertEquals(List.of("join cruncher", "work queue (idle)", "cpu(0.5)"), rows.stream().map(ThreadRow::job).toList());
        assertEquals("GIL: MainThread", model.gilProperty().get());
        assertEquals("1 thread", lane.summaryText().split("  ·  ")[1], "only MainThread ran");
    }
}
