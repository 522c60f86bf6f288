package io.looplab.ui.session;

import io.looplab.scenario.RunResult;
import io.looplab.trace.Timeline;

/** One finished run of a scenario: the variant (null: run as __main__), its result and its timeline. */
public record LaneRun(String variant, RunResult result, Timeline timeline) {
}
