package io.looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals("Task-1 blocks the loop (time.sleep(1)): nothing else can run", loop.blockedProperty().get());
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

    @Test
    void aCpuBoundCoroutineFreezesTheLoopWhileTheOffloadedOneLetsItTick() throws Exception {
        try (Lab lab = new Lab().open(Lab.scenario("08-cpu-bound/cpu_coroutine.py"))) {
            List<LaneModel> lanes = lab.app.session().lanes();
            assertEquals(List.of("frozen", "offloaded"), lanes.stream().map(LaneModel::title).toList());
            LaneModel frozen = lanes.get(0);
            LoopModel loop = new LoopModel(frozen);
            int blocked = firstStep(frozen, EventKind.LOOP_BLOCKED);
            frozen.show(blocked);
            assertEquals("Task-1 blocks the loop (cpu() work, 0.300 s left): nothing else can run",
                    loop.blockedProperty().get());
            frozen.show(frozen.timeline().lastStepAtOrBefore(299_999_999L));
            assertEquals("Task-1 blocks the loop (cpu() work, 0.300 s left): nothing else can run",
                    loop.blockedProperty().get(), "still frozen just before 0.300");
            frozen.show(frozen.timeline().lastStepAtOrBefore(300_000_000L));
            assertNull(loop.blockedProperty().get(), "the cpu() work is over at 0.300");
            LoopModel other = new LoopModel(lanes.get(1));
            boolean cpuBlocksTheLoop = false;
            for (int step = 0; step <= lanes.get(1).timeline().steps(); step++) {
                lanes.get(1).show(step);
                String warning = other.blockedProperty().get();
                cpuBlocksTheLoop |= warning != null && warning.contains("cpu()");
            }
            assertFalse(cpuBlocksTheLoop, "offloaded, the cpu() work runs on a pool thread");
        }
    }

    @Test
    void aTwoWorkerPoolQueuesTheOtherJobs() throws Exception {
        try (Lab lab = new Lab().open(Lab.scenario("07-executors/executor_jobs.py"))) {
            lab.app.session().choose("two_workers", "default_pool");
            LaneModel pool = lab.app.session().lanes().get(0);
            ThreadsModel threads = new ThreadsModel(pool);
            int queued = -1;
            for (int step = 1; step <= pool.timeline().steps() && queued < 0; step++) {
                pool.show(step);
                if (threads.queuedProperty().get().startsWith("download('c.gif', 0.8)")) {
                    queued = step;
                }
            }
            assertTrue(queued > 0, "c.gif waits for one of the two workers");
            assertTrue(threads.rows().stream().anyMatch(r -> r.job().startsWith("job download('a.gif', 1.0)")),
                    threads.rows().toString());
        }
    }

    private static int firstStep(LaneModel lane, EventKind kind) {
        for (io.looplab.trace.Event e : lane.timeline().trace()) {
            if (e.kind() == kind) {
                return lane.timeline().stepOfEvent(e.seq());
            }
        }
        throw new AssertionError("no " + kind);
    }
}
