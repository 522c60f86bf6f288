package io.looplab.ui;

import io.looplab.scenario.ScenarioFile;
import io.looplab.scenario.ScenarioReadException;
import io.looplab.ui.session.RunService;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * The app's models without a window, for view-model tests: files are read and run at once on
 * the calling thread, frames come from a {@link ManualTicker}, recent files go to a throwaway node.
 */
final class Lab implements AutoCloseable {
    /** Reads the file at once, on the calling thread. */
    static final ScenarioLoader NOW = (file, loaded, failed) -> {
        try {
            loaded.accept(ScenarioFile.read(file));
        } catch (ScenarioReadException e) {
            failed.accept(e.getMessage());
        }
    };

    final ManualTicker ticker = new ManualTicker();
    final Preferences preferences = TestPreferences.create();
    final AppModel app = new AppModel(NOW, new RecentFiles(preferences), RunService.NOW, ticker);

    static Path scenario(String name) {
        return Path.of(System.getProperty("looplab.scenarios", "scenarios"), name);
    }

    Lab open(Path file) {
        app.shell().open(file);
        return this;
    }

    @Override
    public void close() throws Exception {
        TestPreferences.remove(preferences);
    }
}
