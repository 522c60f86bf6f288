package io.looplab.ui;

import io.looplab.scenario.ScenarioFile;
import io.looplab.scenario.ScenarioReadException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Loads scenarios in a {@link Task} on one daemon thread, so a slow disk never freezes the window. */
final class BackgroundLoader implements ScenarioLoader {
    private final Executor executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "looplab-loader");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void load(Path file, Consumer<ScenarioFile> loaded, Consumer<String> failed) {
        Task<ScenarioFile> task = new Task<>() {
            @Override
            protected ScenarioFile call() throws ScenarioReadException {
                return ScenarioFile.read(file);
            }
        };
        task.setOnSucceeded(event -> loaded.accept(task.getValue()));
        task.setOnFailed(event -> failed.accept(describe(task.getException())));
        executor.execute(task);
    }

    private static String describe(Throwable problem) {
        return problem instanceof ScenarioReadException
                ? problem.getMessage()
                : "Unexpected error while reading the file: " + problem;
    }
}
