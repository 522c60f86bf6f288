package io.looplab.ui.session;

import io.looplab.scenario.ScenarioFile;
import java.util.List;
import java.util.function.Consumer;

/** Prepares a scenario away from the caller and answers with exactly one of two callbacks on the FX thread. */
@FunctionalInterface
public interface RunService {
    void prepare(ScenarioFile file, List<String> variants, Consumer<Prepared> done, Consumer<String> failed);

    /** Prepares at once on the calling thread (view-model tests). */
    RunService NOW = (file, variants, done, failed) -> {
        try {
            done.accept(Preparation.prepare(file, variants));
        } catch (RuntimeException e) {
            failed.accept(e.toString());
        }
    };
}
