package io.looplab.ui.session;

import io.looplab.scenario.ScenarioFile;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs scenarios in {@link Task}s on daemon threads. A new run never waits behind an old one
 * (each gets its own thread); an old run is not cancelled, it ends by its budget, and its answer
 * is dropped by the session. So the window never freezes, whatever the scenario does.
 */
public final class BackgroundRunner implements RunService {
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "looplab-run");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void prepare(ScenarioFile file, List<String> variants, Consumer<Prepared> done, Consumer<String> failed) {
        Task<Prepared> task = new Task<>() {
            @Override
            protected Prepared call() {
                return Preparation.prepare(file, variants);
            }
        };
        task.setOnSucceeded(event -> done.accept(task.getValue()));
        task.setOnFailed(event -> failed.accept("LoopLab could not run this scenario: " + task.getException()));
        executor.execute(task);
    }
}
