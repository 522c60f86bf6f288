package io.looplab.ui;

import io.looplab.ui.examples.ExamplesModel;
import io.looplab.ui.narration.NarrationModel;
import io.looplab.ui.session.RunService;
import io.looplab.ui.session.SessionModel;
import io.looplab.ui.theme.Theme;
import io.looplab.ui.timeline.TimelineModel;
import io.looplab.ui.transport.PlaybackModel;
import io.looplab.ui.transport.Ticker;

/**
 * All of the app's models, wired once: the shell (which file), the session (its runs and
 * lanes), the playback (the cursor), narration, the timeline chart, the examples and the theme.
 */
public final class AppModel {
    private final Theme theme = new Theme();
    private final ShellModel shell;
    private final PlaybackModel playback;
    private final SessionModel session;
    private final NarrationModel narration;
    private final TimelineModel timeline;
    private final ExamplesModel examples = new ExamplesModel();

    public AppModel(ScenarioLoader loader, RecentFiles recent, RunService runner, Ticker ticker) {
        shell = new ShellModel(loader, recent);
        playback = new PlaybackModel(ticker);
        session = new SessionModel(runner, playback);
        narration = new NarrationModel(session, playback);
        timeline = new TimelineModel(session, playback);
        shell.scenarioProperty().addListener((o, was, now) -> session.show(now));
    }

    public Theme theme() {
        return theme;
    }

    public ShellModel shell() {
        return shell;
    }

    public PlaybackModel playback() {
        return playback;
    }

    public SessionModel session() {
        return session;
    }

    public NarrationModel narration() {
        return narration;
    }

    public TimelineModel timeline() {
        return timeline;
    }

    public ExamplesModel examples() {
        return examples;
    }
}
