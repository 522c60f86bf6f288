package io.looplab.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the lecture library's files are: the scenarios under a folder, and the CPython reference
 * traces beside each one (NAME.expected, NAME.steps, NAME.VARIANT.expected, NAME.VARIANT.steps).
 */
public final class ScenarioFiles {
    /** The helper module behind {@code from looplab import cpu} under plain CPython; not a scenario. */
    public static final String HELPER = "looplab.py";

    private static final int MAX_DEPTH = 6;

    private ScenarioFiles() {
    }

    /** A .py file that is a scenario: not hidden, not private (_x.py), not the looplab helper. */
    public static boolean isScenario(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".py") && !name.startsWith("_") && !name.startsWith(".") && !name.equals(HELPER)
                && Files.isRegularFile(file);
    }

    /** Every scenario under {@code root} (any depth up to 6), sorted by path. */
    public static List<Path> under(Path root) {
        try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
            return files.filter(ScenarioFiles::isScenario).sorted(Comparator.comparing(root::relativize)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference trace of a scenario run as __main__ (variant null) or as VARIANT, printed or with steps. */
    public static Path reference(Path script, String variant, boolean steps) {
        return script.resolveSibling(stem(script) + (variant == null ? "" : "." + variant)
                + (steps ? ".steps" : ".expected"));
    }

    /** The variants named by the reference traces beside {@code script} (NAME.VARIANT.expected or .steps). */
    public static List<String> referencedVariants(Path script) {
        String prefix = stem(script) + ".";
        List<String> out = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(script.toAbsolutePath().getParent())) {
            siblings.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".expected") || n.endsWith(".steps"))
                    .map(n -> n.substring(0, n.lastIndexOf('.')))
                    .filter(n -> n.startsWith(prefix) && n.length() > prefix.length())
                    .map(n -> n.substring(prefix.length())).distinct().sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String stem(Path script) {
        String name = script.getFileName().toString();
        return name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
    }
}
