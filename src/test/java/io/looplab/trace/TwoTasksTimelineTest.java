package io.looplab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looplab.scenario.RunOptions;
import io.looplab.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The player's view of scenarios/02-event-loop/two_tasks.py, step by step. Expectations come from asyncio's
 * semantics (create_task only schedules; a task runs until its await; both sleeps overlap), and
 * steps are found by what happens in them, not by number, so kernel bookkeeping may change.
 */
class TwoTasksTimelineTest {
    private static Timeline timeline;

    @BeforeAll
    static void run() throws Exception {
        Path file = Path.of(System.getProperty("looplab.scenarios", "scenarios"), "02-event-loop", "two_tasks.py");
        timeline = Timeline.of(ScenarioRunner.run(file, RunOptions.DEFAULT).trace());
    }

    /** The first step at which an event matching {@code what} has happened. */
    private static TraceState after(Predicate<Event> what) {
        for (Event e : timeline.trace()) {
            if (what.test(e)) {
                return timeline.stateAt(timeline.stepOfEvent(e.seq()));
            }
        }
        throw new AssertionError("no such event");
    }

    private static Predicate<Event> stepEnd(String task, int nth) {
        int[] seen = {0};
        return e -> e.kind() == EventKind.STEP_END && isTask(e.a(), task) && ++seen[0] == nth;
    }

    private static boolean isTask(int id, String name) {
        TraceState end = timeline.stateAt(timeline.steps());
        return end.taskById(id) != null && end.taskById(id).name().equals(name);
    }

    private static String board(TraceState s, Column c) {
        StringBuilder sb = new StringBuilder();
        for (TaskCard t : s.tasksIn(c, 100)) {
            sb.append(sb.length() == 0 ? "" : ", ").append(t.name()).append(' ').append(t.state().name().toLowerCase());
            if (t.detail() != null) {
                sb.append(" (").append(t.detail()).append(')');
            }
        }
        return sb.toString();
    }

    private static List<String> ready(TraceState s) {
        return s.readyQueue().stream().map(QueuedHandle::label).toList();
    }

    private static List<String> output(TraceState s) {
        return s.output().stream().map(l -> l.stamp() + " " + l.text()).toList();
    }

    @Test
    void beforeTheFirstStepNothingExists() {
        TraceState s = timeline.stateAt(0);
        assertEquals(0, s.taskCount());
        assertEquals(List.of(), s.threads());
        assertEquals(0, s.outputCount());
        assertEquals(0, s.timeNs());
        assertEquals("Nothing has happened yet.", s.describe());
    }

    @Test
    void mainAwaitsTask1AfterCreatingBothTasks() {
        TraceState s = after(stepEnd("Task-1", 1));
        assertEquals("Task-1 awaiting (awaiting Task-2), Task-2 ready, Task-3 ready", board(s, Column.PENDING));
        assertEquals("", board(s, Column.RUNNING));
        assertEquals(List.of("Task-2 step", "Task-3 step"), ready(s));
        assertEquals(List.of("0.000 main Begin", "0.000 main End"), output(s));
        assertEquals(29, s.task(0).line());
        assertNull(s.runningHandle());
    }

    @Test
    void task2PrintsOneThenSleepsUntilTwo() {
        TraceState s = after(stepEnd("Task-2", 1));
        assertEquals("Task-1 awaiting (awaiting Task-2), Task-2 sleeping (sleep until 2.000), Task-3 ready",
                board(s, Column.PENDING));
        assertEquals(List.of("Task-3 step"), ready(s));
        assertEquals(1, s.timerCount());
        QueuedHandle timer = s.timers().get(0);
        assertEquals(2_000_000_000L, timer.dueNs());
        assertEquals("Task-2", timer.owner());
        assertEquals(List.of("0.000 main Begin", "0.000 main End", "0.000 1"), output(s));
        assertEquals(19, s.task(1).line());
        assertEquals("Task-2 suspends at line 19: sleep until 2.000.", s.describe());
    }

    @Test
    void bothTasksSleepAtTheSameTime() {
        TraceState s = after(stepEnd("Task-3", 1));
        assertEquals(3, s.count(Column.PENDING));
        assertEquals(List.of(), ready(s));
        assertEquals(List.of("Task-2", "Task-3"), s.timers().stream().map(QueuedHandle::owner).toList());
        assertEquals(List.of("0.000 main Begin", "0.000 main End", "0.000 1", "0.000 1"), output(s));
        assertEquals(0, s.timeNs());
    }

    @Test
    void atTwoSecondsTheTimersFireAndTask2FinishesFirst() {
        TraceState s = after(e -> e.timeNs() == 2_000_000_000L && e.kind() != EventKind.TIME);
        assertEquals(2_000_000_000L, s.timeNs());
        assertTrue(s.describe().startsWith("The clock jumps to 2.000 s."), s.describe());
        TraceState done = after(e -> e.kind() == EventKind.TASK_DONE && isTask(e.a(), "Task-2"));
        assertEquals("Task-2 done ('Return value')", board(done, Column.DONE));
        assertEquals("Task-1 ready, Task-3 ready", board(done, Column.PENDING));
        assertEquals(List.of("Task-3 step", "Task-1 step"), ready(done));
        assertEquals("0.000 1", output(done).get(3));
        assertEquals("2.000 2", output(done).get(4));
    }

    @Test
    void theEndShowsEveryTaskDoneAndTheFullOutput() {
        TraceState s = timeline.stateAt(timeline.steps());
        assertEquals(5, s.count(Column.DONE));
        assertEquals("None", s.task(0).detail());
        assertTrue(s.task(3).internal(), "asyncio.run's shutdown task runs no scenario code");
        assertEquals(List.of("0.000 main Begin", "0.000 main End", "0.000 1", "0.000 1", "2.000 2", "2.000 2",
                "2.000 Return value Return value"), output(s));
        assertTrue(s.ended());
        assertEquals(0, s.exitCode());
        assertEquals(new RunSummary(2_000_000_000L, 2_000_000_000L, 1, 0, 8, 5, 0, false), timeline.summary());
    }

    @Test
    void steppingBackGivesTheSameStateAsSteppingForward() {
        int n = timeline.steps();
        String[] forward = new String[n + 1];
        for (int i = 0; i <= n; i++) {
            forward[i] = digest(timeline.stateAt(i));
        }
        for (int i = n; i >= 0; i--) {
            assertEquals(forward[i], digest(timeline.stateAt(i)), "step " + i);
        }
    }

    @Test
    void linesAreReachedWhenATaskIsOnThem() {
        assertEquals(timeline.stepOfEvent(firstPrint("main Begin")), timeline.firstStepOnLine(25));
        assertEquals(-1, timeline.firstStepOnLine(3), "the docstring is never run");
    }

    private static int firstPrint(String text) {
        for (Event e : timeline.trace()) {
            if (e.kind() == EventKind.PRINT && e.text().equals(text)) {
                return e.seq();
            }
        }
        return -1;
    }

    static String digest(TraceState s) {
        return s.tasks() + "|" + s.readyQueue() + "|" + s.timers() + "|" + s.threads() + "|" + s.outputCount()
                + "|" + s.runningHandle() + "|" + s.timeNs() + "|" + s.loopBlocker();
    }
}
