package io.looplab.ui.session;

import io.looplab.scenario.RunOptions;
import io.looplab.scenario.RunResult;
import io.looplab.scenario.ScenarioFile;
import io.looplab.scenario.ScenarioHeader;
import io.looplab.scenario.ScenarioRunner;
import io.looplab.trace.SharedClock;
import io.looplab.trace.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * The slow part of opening a scenario, done away from the FX thread: read its header, run each
 * lane's variant, index each trace. Every run is bounded by {@link #BUDGET}, so this always ends.
 */
public final class Preparation {
    /** The app's instruction budget: a runaway loop stops in a few seconds, the 100k-task benchmark fits. */
    public static final long BUDGET = 200_000_000L;

    private Preparation() {
    }

    /** Runs the given variants (an empty list, or a null entry: the module as __main__). */
    public static Prepared prepare(ScenarioFile file, List<String> variants) {
        ScenarioHeader header = ScenarioHeader.of(file.text(), file.fileName());
        List<String> wanted = variants.isEmpty() ? java.util.Collections.singletonList(null) : variants;
        List<LaneRun> lanes = new ArrayList<>();
        for (String variant : wanted) {
            RunOptions options = RunOptions.DEFAULT.withMaxSteps(BUDGET).withVariant(variant);
            RunResult result = ScenarioRunner.run(file, options);
            lanes.add(new LaneRun(variant, result, Timeline.of(result.trace())));
        }
        SharedClock clock = SharedClock.of(lanes.stream().map(LaneRun::timeline).toList());
        return new Prepared(file, header, List.copyOf(lanes), clock);
    }
}
