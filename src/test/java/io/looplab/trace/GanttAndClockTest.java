package io.looplab.trace;

import static io.looplab.trace.FakeRun.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline chart's rows and the shared clock of a side-by-side comparison. */
class GanttAndClockTest {
    /** Two tasks: A sleeps 2 s, B awaits A; then both finish. */
    private static Timeline twoTasks() {
        return new FakeRun().thread(MAIN, "MainThread").state(MAIN, ThreadState.RUNNING, 0, null).loop(0).loop(1)
                .task(1, "A", 3).task(2, "B", 8)
                .begin(1, 3, 101).timer(50, 2, "wake()").waits(1, 4, "sleep until 2.000")
                .begin(2, 8, 102).waits(2, 9, "awaiting A")
                .state(MAIN, ThreadState.SLEEPING, 0, "next timer")
                .at(2).state(MAIN, ThreadState.RUNNABLE, 0, null).state(MAIN, ThreadState.RUNNING, 0, null)
                .timerReady(50).run(50).soon(103, 1).begin(1, 4, 103).soon(104, 2).done(1, StepOutcome.DONE, "1")
                .begin(2, 9, 104).done(2, StepOutcome.DONE, "2")
                .state(MAIN, ThreadState.DONE, 0, null).end(0).timeline();
    }

    private static List<GanttKind> kinds(Gantt g, int row) {
        List<GanttKind> out = new ArrayList<>();
        for (int k = 0; k < g.segments(row); k++) {
            out.add(g.kind(row, k));
        }
        return out;
    }

    @Test
    void rowsListThreadsFirstThenTasksInCreationOrder() {
        Gantt g = twoTasks().gantt();
        assertEquals(3, g.rows());
        assertEquals(List.of("MainThread", "A", "B"), List.of(g.label(0), g.label(1), g.label(2)));
        assertTrue(g.isThread(0));
        assertFalse(g.isThread(1));
        assertEquals(1, g.entity(2));
        assertEquals(2, g.taskRow(1));
    }

    @Test
    void eachRowIsARunOfWhatItWasDoing() {
        Timeline t = twoTasks();
        Gantt g = t.gantt();
        assertEquals(List.of(GanttKind.READY, GanttKind.RUNNING, GanttKind.SLEEPING, GanttKind.READY,
                GanttKind.RUNNING, GanttKind.DONE), kinds(g, 1));
        assertEquals(List.of(GanttKind.READY, GanttKind.RUNNING, GanttKind.WAITING, GanttKind.READY,
                GanttKind.RUNNING, GanttKind.DONE), kinds(g, 2));
        assertEquals(List.of(GanttKind.READY, GanttKind.RUNNING, GanttKind.SLEEPING, GanttKind.READY,
                GanttKind.RUNNING, GanttKind.DONE), kinds(g, 0));
        assertEquals(0, t.timeOfEvent(g.start(1, 2)), "A starts sleeping at 0");
        assertEquals(2_000_000_000L, t.timeOfEvent(g.end(1, 2)), "and stops at 2");
        assertEquals(t.trace().size(), g.end(1, 5));
    }

    @Test
    void theSegmentInForceIsFoundByEvent() {
        Timeline t = twoTasks();
        Gantt g = t.gantt();
        int sleeping = g.start(1, 2);
        assertEquals(2, g.segmentAt(1, sleeping));
        assertEquals(2, g.segmentAt(1, sleeping + 3));
        assertEquals(-1, g.segmentAt(2, 0), "B does not exist yet at event 0");
    }

    @Test
    void timeQueriesFindTheStepsAroundAnInstant() {
        Timeline t = twoTasks();
        int last0 = t.lastStepAtOrBefore(1_000_000_000L);
        assertEquals(0, t.timeAt(last0));
        assertEquals(2_000_000_000L, t.timeAt(last0 + 1));
        assertEquals(last0 + 1, t.firstStepAtOrAfter(1_000_000_000L));
        assertEquals(2_000_000_000L, t.endNs());
    }

    @Test
    void aSharedClockMergesTwoLanesInTimeOrder() {
        Timeline slow = twoTasks();
        Timeline quick = new FakeRun().thread(MAIN, "MainThread").print(1, "a").at(1).print(2, "b").end(0).timeline();
        SharedClock clock = SharedClock.of(List.of(slow, quick));
        assertEquals(slow.steps() + quick.steps(), clock.positions());
        for (int p = 1; p <= clock.positions(); p++) {
            assertTrue(clock.timeAt(p - 1) <= clock.timeAt(p), "time never goes back at " + p);
        }
        int oneSecond = clock.firstPositionAtOrAfter(1_000_000_000L);
        assertEquals(1, clock.laneAt(oneSecond), "only the quick lane has a step at 1 s");
        assertEquals(quick.lastStepAtOrBefore(0) + 1, clock.stepOf(1, oneSecond));
        assertEquals(slow.lastStepAtOrBefore(999_999_999L), clock.stepOf(0, oneSecond));
        assertEquals(oneSecond, clock.positionOf(1, clock.stepOf(1, oneSecond)));
        assertEquals(slow.steps(), clock.stepOf(0, clock.positions()));
        assertEquals(quick.steps(), clock.stepOf(1, clock.positions()));
        assertEquals(2_000_000_000L, clock.endNs());
    }

    @Test
    void atEqualTimesTheFirstLaneMovesFirst() {
        Timeline a = new FakeRun().thread(MAIN, "A").end(0).timeline();
        Timeline b = new FakeRun().thread(MAIN, "B").end(0).timeline();
        SharedClock clock = SharedClock.of(List.of(a, b));
        assertEquals(0, clock.laneAt(1));
        assertEquals(1, clock.laneAt(a.steps() + 1));
    }
}
