package io.looplab.scenario;

import io.looplab.trace.TraceFormats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a scenario as __main__ and as each variant of its header, exactly as {@code looplab run
 * --stamped} (and {@code --steps}) would, and compares every run with the CPython reference
 * traces beside the file, by the oracle's rules ({@link TraceComparison}).
 */
public final class ScenarioCheck {
    /** One reference trace checked: which run, which file, and the first difference (null: it matches). */
    public record Outcome(String variant, boolean steps, Path reference, TraceComparison.Mismatch mismatch) {
        public boolean ok() {
            return mismatch == null;
        }

        /** "(main)" or "--variant NAME", with " --steps" for a step trace. */
        public String run() {
            return (variant == null ? "(main)" : "--variant " + variant) + (steps ? " --steps" : "");
        }
    }

    /** A checked scenario: its header problems and one outcome per reference trace found. */
    public record Report(Path script, List<String> headerProblems, List<Outcome> outcomes) {
        public boolean ok() {
            return headerProblems.isEmpty() && outcomes.stream().allMatch(Outcome::ok);
        }
    }

    private ScenarioCheck() {
    }

    public static Report check(Path script, RunOptions options) throws ScenarioReadException {
        ScenarioFile file = ScenarioFile.read(script);
        List<String> problems = HeaderCheck.problems(file);
        List<String> runs = new ArrayList<>();
        runs.add(null);
        runs.addAll(ScenarioHeader.of(file.text(), file.fileName()).variants());
        List<Outcome> outcomes = new ArrayList<>();
        for (String variant : runs) {
            outcomes.addAll(compare(file, variant, options));
        }
        return new Report(script, problems, outcomes);
    }

    private static List<Outcome> compare(ScenarioFile file, String variant, RunOptions options)
            throws ScenarioReadException {
        List<Outcome> out = new ArrayList<>();
        RunResult result = null;
        for (boolean steps : new boolean[] {false, true}) {
            Path ref = ScenarioFiles.reference(file.path(), variant, steps);
            if (!Files.isRegularFile(ref)) {
                continue;
            }
            if (result == null) {
                result = ScenarioRunner.run(file, options.withVariant(variant));
            }
            String actual = TraceFormats.stamped(result.trace(), steps);
            out.add(new Outcome(variant, steps, ref, TraceComparison.firstDifference(read(ref), actual)));
        }
        return out;
    }

    private static String read(Path ref) throws ScenarioReadException {
        try {
            return Files.readString(ref, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioReadException(ref + " cannot be read: " + e.getMessage());
        }
    }
}
