package io.looplab.ui;

import io.looplab.scenario.ScenarioFile;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads a scenario file away from the caller and reports back with exactly one of two callbacks. */
@FunctionalInterface
public interface ScenarioLoader {
    /** Starts loading {@code file}; {@code loaded} or {@code failed} (a message to show) follows on the FX thread. */
    void load(Path file, Consumer<ScenarioFile> loaded, Consumer<String> failed);
}
