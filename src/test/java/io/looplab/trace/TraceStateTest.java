package io.looplab.trace;

import static io.looplab.trace.FakeRun.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The state queries on hand-written traces: each test is a tiny run and what the player must show. */
class TraceStateTest {
    private static FakeRun started() {
        return new FakeRun().thread(MAIN, "MainThread").state(MAIN, ThreadState.RUNNING, 0, null).loop(0).loop(1);
    }

    private static TraceState end(FakeRun run) {
        Timeline t = run.timeline();
        return t.stateAt(t.steps());
    }

    @Test
    void timersAreListedByDueTimeThenBySchedulingOrder() {
        FakeRun run = started().task(1, "A", 5).begin(1, 5, 101)
                .timer(10, 3.0, "late()").timer(11, 1.0, "early()").timer(12, 1.0, "early_too()")
                .waits(1, 6, "awaiting Future-9");
        TraceState s = end(run);
        assertEquals(List.of("early()", "early_too()", "late()"), s.timers().stream().map(QueuedHandle::callback).toList());
        assertEquals(List.of("A", "A", "A"), s.timers().stream().map(QueuedHandle::owner).toList());
        assertEquals("A", s.task(0).name());
        assertEquals(CardState.AWAITING, s.task(0).state());
        assertEquals("awaiting Future-9", s.task(0).detail());
    }

    @Test
    void aDueTimerMovesToTheEndOfTheReadyQueueAndACancelledHandleLeaves() {
        FakeRun run = started().task(1, "A", 5).callback(50, "cb()").timer(51, 0.5, "tick()")
                .callback(52, "other()").cancel(52).at(0.5).timerReady(51);
        TraceState s = end(run);
        assertEquals(List.of("A step", "cb()", "tick()"), s.readyQueue().stream().map(QueuedHandle::label).toList());
        assertEquals(0, s.timerCount());
        assertEquals(500_000_000L, s.timeNs());
    }

    @Test
    void cancellingAHandleThatAlreadyRanIsNotAStep() {
        Timeline t = started().task(1, "A", 5).begin(1, 5, 101).cancel(101).waits(1, 6, "ready").timeline();
        long cancels = java.util.stream.IntStream.rangeClosed(1, t.steps())
                .filter(k -> t.trace().get(t.eventOf(k)).kind() == EventKind.HANDLE_CANCELLED).count();
        assertEquals(0, cancels);
    }

    @Test
    void aTaskThatYieldsIsReadyAgainAndOneThatFailsShowsItsException() {
        FakeRun run = started().task(1, "A", 5).task(2, "B", 9).begin(1, 5, 101).waits(1, 6, "ready").soon(201, 1)
                .begin(2, 9, 102).done(2, StepOutcome.ERROR, "ValueError: 'boom'");
        TraceState s = end(run);
        assertEquals(CardState.READY, s.task(0).state());
        assertNull(s.task(0).detail());
        assertEquals(CardState.FAILED, s.task(1).state());
        assertEquals(Column.DONE, s.task(1).column());
        assertEquals("ValueError: 'boom'", s.task(1).detail());
        assertEquals("B failed with ValueError: 'boom'.", s.describe());
    }

    @Test
    void cancelIsShownAsRequestedUntilTheTaskEnds() {
        Timeline t = started().task(1, "A", 5).begin(1, 5, 101).waits(1, 6, "sleep until 9.000")
                .add(EventKind.TASK_STATE, 1, TaskState.SCHEDULED.ordinal(), 0, "cancel requested")
                .soon(201, 1).begin(1, 6, 201).done(1, StepOutcome.CANCELLED, "cancelled").timeline();
        int requested = t.stepOfEvent(findKind(t, EventKind.TASK_STATE));
        assertTrue(t.stateAt(requested).task(0).cancelRequested());
        assertEquals(CardState.SLEEPING, t.stateAt(requested).task(0).state());
        TraceState s = t.stateAt(t.steps());
        assertEquals(CardState.CANCELLED, s.task(0).state());
        assertFalse(s.task(0).cancelRequested());
    }

    @Test
    void aCallbackThatBlocksTheLoopIsFlaggedUntilItsThreadRunsAgain() {
        FakeRun run = started().task(1, "A", 5).begin(1, 5, 101)
                .add(EventKind.LOOP_BLOCKED, FakeRun.LOOP, 1, 0, "time.sleep(1)")
                .state(MAIN, ThreadState.SLEEPING, 7, "time.sleep(1)");
        Timeline t = run.at(1).state(MAIN, ThreadState.RUNNABLE, 7, null).state(MAIN, ThreadState.RUNNING, 7, null)
                .waits(1, 8, "ready").timeline();
        TraceState blocked = t.stateAt(t.stepOfEvent(findKind(t, EventKind.LOOP_BLOCKED)));
        assertEquals("A", blocked.loopBlocker().name());
        assertEquals("time.sleep(1)", blocked.loopBlockedBy());
        assertEquals(CardState.BLOCKED, blocked.task(0).state());
        assertEquals(Column.RUNNING, blocked.task(0).column());
        TraceState sleeping = t.stateAt(blocked.step() + 1);
        assertEquals("A", sleeping.loopBlocker().name(), "still blocked while the thread sleeps");
        TraceState after = t.stateAt(sleeping.step() + 1);
        assertNull(after.loopBlocker());
        assertEquals(CardState.RUNNING, after.task(0).state());
    }

    @Test
    void threadsShowTheirStateWhatTheyWaitForAndTheGil() {
        FakeRun run = started().gil(MAIN).thread(1, "worker-1").state(1, ThreadState.RUNNING, 12, null).gil(1)
                .state(MAIN, ThreadState.BLOCKED, 20, "join worker-1")
                .state(1, ThreadState.WAITING_GIL, 13, null);
        List<ThreadCard> threads = end(run).threads();
        assertEquals(2, threads.size());
        ThreadCard main = threads.get(0);
        assertEquals(ThreadState.BLOCKED, main.state());
        assertEquals("join worker-1", main.detail());
        assertFalse(main.holdsGil());
        ThreadCard worker = threads.get(1);
        assertEquals(ThreadState.WAITING_GIL, worker.state());
        assertTrue(worker.holdsGil());
        assertEquals(13, worker.line());
    }

    @Test
    void theSummaryCountsThreadsThatRanAndTheirSwitches() {
        FakeRun run = started().thread(1, "T1").state(1, ThreadState.RUNNING, 3, null)
                .state(1, ThreadState.SLEEPING, 3, "sleep").state(MAIN, ThreadState.RUNNING, 9, null)
                .thread(2, "never-ran").at(1.5).end(0);
        RunSummary sum = run.timeline().summary();
        assertEquals(2, sum.threadsUsed());
        assertEquals(2, sum.threadSwitches());
        assertEquals(1_500_000_000L, sum.endNs());
        assertEquals(0, sum.exitCode());
    }

    @Test
    void errorsAndTheEndAreReportedWhenReached() {
        FakeRun run = started().print(3, "partial").add(EventKind.DEADLOCK, 0, 0, 0, "MainThread waits for Lock-1")
                .add(EventKind.UNCAUGHT, -1, 0, 0, "Timeout: virtual time limit").end(3);
        Timeline t = run.timeline();
        TraceState beforeDeadlock = t.stateAt(t.stepOfEvent(findKind(t, EventKind.PRINT)));
        assertNull(beforeDeadlock.deadlock());
        TraceState s = t.stateAt(t.steps());
        assertEquals("MainThread waits for Lock-1", s.deadlock());
        assertEquals("Timeout: virtual time limit", s.uncaught());
        assertEquals(3, s.exitCode());
        assertEquals(1, s.outputCount());
    }

    @Test
    void aPrintMovesThePrintingTasksLine() {
        FakeRun run = started().task(1, "A", 5).begin(1, 5, 101).print(7, "hi");
        TraceState s = end(run);
        assertEquals(7, s.task(0).line());
        assertEquals("A prints \u201chi\u201d.", s.describe());
        assertEquals("A", s.runningTaskOn(MAIN).name());
        assertEquals("A step", s.runningHandle().label());
    }

    private static int findKind(Timeline t, EventKind kind) {
        for (Event e : t.trace()) {
            if (e.kind() == kind) {
                return e.seq();
            }
        }
        throw new AssertionError("no " + kind);
    }
}
