package io.looplab.ui.session;

import io.looplab.scenario.ScenarioFile;
import io.looplab.scenario.ScenarioHeader;
import io.looplab.trace.SharedClock;
import java.util.List;

/** A scenario ready to play: its file and header, one run per lane, and the clock that merges them. */
public record Prepared(ScenarioFile file, ScenarioHeader header, List<LaneRun> lanes, SharedClock clock) {
}
