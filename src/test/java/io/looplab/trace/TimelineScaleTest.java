package io.looplab.trace;

import static io.looplab.trace.FakeRun.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 100,000 tasks, each yielding three times (about 1.3 million events): states reached by random
 * jumps, by stepping back and by stepping forward must equal the state replayed from the start.
 * Timing figures come from {@link TimelineBench}, not from here.
 */
class TimelineScaleTest {
    private static final int TASKS = 100_000;
    private static final int YIELDS = 3;
    private static Timeline timeline;

    @BeforeAll
    static void build() {
        FakeRun run = new FakeRun().thread(MAIN, "MainThread").state(MAIN, ThreadState.RUNNING, 0, null).loop(0).loop(1);
        run.task(1, "main", 10).begin(1, 10, 101);
        for (int i = 0; i < TASKS; i++) {
            run.task(1000 + i, "Task-" + (i + 2), 4);
        }
        run.waits(1, 12, "awaiting gather");
        int handle = 1_000_000;
        int[] queued = new int[TASKS];
        for (int round = 0; round <= YIELDS; round++) {
            for (int i = 0; i < TASKS; i++) {
                int task = 1000 + i;
                run.begin(task, 4, round == 0 ? task + 100 : queued[i]);
                if (round < YIELDS) {
                    queued[i] = handle;
                    run.waits(task, 5, "ready").soon(handle++, task);
                } else {
                    run.done(task, StepOutcome.DONE, Integer.toString(i));
                }
            }
        }
        timeline = run.end(0).timeline();
    }

    @Test
    void theTraceIsAsBigAsIntended() {
        assertTrue(timeline.trace().size() > 1_200_000, "events: " + timeline.trace().size());
        assertEquals(TASKS + 1, timeline.summary().tasks());
        assertTrue(timeline.snapshotCount() > 3, "snapshots: " + timeline.snapshotCount());
    }

    @Test
    void randomJumpsAgreeWithAReplayFromTheStart() {
        SplittableRandom random = new SplittableRandom(7);
        int[] steps = random.ints(40, 0, timeline.steps() + 1).toArray();
        String[] jumped = new String[steps.length];
        for (int i = 0; i < steps.length; i++) {
            jumped[i] = digest(timeline.stateAt(steps[i]));
        }
        String[] replayed = replayFromStart(steps);
        for (int i = 0; i < steps.length; i++) {
            assertEquals(replayed[i], jumped[i], "step " + steps[i]);
        }
    }

    @Test
    void steppingBackAndForwardAgreeWithAReplayFromTheStart() {
        int middle = timeline.steps() / 2;
        int[] steps = new int[60];
        for (int i = 0; i < 30; i++) {
            steps[i] = middle - i;
            steps[30 + i] = middle + 40_000 + i;
        }
        String[] moved = new String[steps.length];
        for (int i = 0; i < steps.length; i++) {
            moved[i] = digest(timeline.stateAt(steps[i]));
        }
        String[] replayed = replayFromStart(steps);
        for (int i = 0; i < steps.length; i++) {
            assertEquals(replayed[i], moved[i], "step " + steps[i]);
        }
    }

    @Test
    void halfwayThroughTheFirstRoundTheColumnsAddUp() {
        int seq = -1;
        int begun = 0;
        for (Event e : timeline.trace()) {
            if (e.kind() == EventKind.STEP_BEGIN && e.a() >= 1000 && ++begun == TASKS / 2) {
                seq = e.seq();
                break;
            }
        }
        TraceState s = timeline.stateAt(timeline.stepOfEvent(seq));
        assertEquals(1, s.count(Column.RUNNING));
        assertEquals(TASKS, s.count(Column.PENDING));
        assertEquals(TASKS - 1, s.readyCount(), "every other worker's step is queued");
        assertEquals("Task-" + (TASKS / 2 + 1), s.tasksIn(Column.RUNNING, 1).get(0).name());
    }

    /** States at the given steps, computed by one forward replay with no snapshots. */
    private static String[] replayFromStart(int[] steps) {
        int[] order = java.util.stream.IntStream.range(0, steps.length).boxed()
                .sorted((x, y) -> Integer.compare(steps[x], steps[y])).mapToInt(Integer::intValue).toArray();
        String[] out = new String[steps.length];
        Replay r = new Replay(timeline.registry());
        Trace.Cursor c = timeline.trace().cursor(0);
        for (int k : order) {
            int target = timeline.eventOf(steps[k]);
            while (r.event < target) {
                r.apply(c.next());
            }
            out[k] = digest(new TraceState(timeline, r.copy(), steps[k], timeline.timeAt(steps[k])));
        }
        return out;
    }

    private static String digest(TraceState s) {
        int[] counts = Arrays.stream(Column.values()).mapToInt(s::count).toArray();
        return Arrays.toString(counts) + s.tasksIn(Column.PENDING, 20) + s.tasksIn(Column.RUNNING, 5)
                + s.tasksIn(Column.DONE, 20) + s.readyCount() + s.readyQueue(20) + s.runningHandle() + s.outputCount()
                + s.task(s.taskCount() - 1);
    }
}
