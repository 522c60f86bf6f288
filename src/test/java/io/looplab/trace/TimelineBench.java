package io.looplab.trace;

import io.looplab.scenario.RunOptions;
import io.looplab.scenario.RunResult;
import io.looplab.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Prints how fast the player's queries are on a big trace (a command, not a timed test):
 * {@code java -cp ... io.looplab.trace.TimelineBench [FILE]}; by default the 100,000-task benchmark.
 */
public final class TimelineBench {
    private TimelineBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "src/main/resources/io/looplab/bench/asyncio_steps.py");
        long t0 = System.nanoTime();
        RunResult run = ScenarioRunner.run(file, RunOptions.DEFAULT);
        long t1 = System.nanoTime();
        Timeline timeline = Timeline.of(run.trace());
        long t2 = System.nanoTime();
        System.out.printf("events %,d  steps %,d  tasks %,d  snapshots %d%n", run.trace().size(), timeline.steps(),
                timeline.summary().tasks(), timeline.snapshotCount());
        System.out.printf("run %.0f ms, timeline built in %.0f ms%n", ms(t1 - t0), ms(t2 - t1));
        report("cold jumps", timeline, jumps(timeline, 20));
        report("random jumps", timeline, jumps(timeline, 200));
        report("step forward", timeline, forward(timeline, 200));
        report("step back", timeline, backward(timeline, 200));
    }

    private static int[] jumps(Timeline t, int n) {
        SplittableRandom random = new SplittableRandom(1);
        int[] steps = new int[n];
        for (int i = 0; i < n; i++) {
            steps[i] = random.nextInt(t.steps() + 1);
        }
        return steps;
    }

    private static int[] forward(Timeline t, int n) {
        int[] steps = new int[n];
        for (int i = 0; i < n; i++) {
            steps[i] = t.steps() / 2 + i;
        }
        return steps;
    }

    private static int[] backward(Timeline t, int n) {
        int[] steps = new int[n];
        for (int i = 0; i < n; i++) {
            steps[i] = t.steps() / 3 - i;
        }
        return steps;
    }

    private static void report(String what, Timeline timeline, int[] steps) {
        double worst = 0;
        double total = 0;
        for (int step : steps) {
            long start = System.nanoTime();
            TraceState s = timeline.stateAt(step);
            s.tasksIn(Column.PENDING, 40);
            s.readyQueue(40);
            double ms = ms(System.nanoTime() - start);
            worst = Math.max(worst, ms);
            total += ms;
        }
        System.out.printf("%-13s mean %6.2f ms  worst %6.2f ms  (%d queries)%n", what, total / steps.length, worst,
                steps.length);
    }

    private static double ms(long ns) {
        return ns / 1e6;
    }
}
