package io.looplab.ui.examples;

import io.looplab.scenario.ScenarioFile;
import io.looplab.scenario.ScenarioFiles;
import io.looplab.scenario.ScenarioHeader;
import io.looplab.scenario.ScenarioReadException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the lecture library (scenarios/) and lists it: the folder given by -Dlooplab.scenarios,
 * else next to the jar (or the jar's folder's parent, for target/looplab.jar), else in the
 * working directory; read in place, never bundled, so edits show up at once.
 */
public final class ScenarioLibrary {
    /** The system property naming the library's folder. */
    public static final String PROPERTY = "looplab.scenarios";

    private ScenarioLibrary() {
    }

    public static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        String given = System.getProperty(PROPERTY);
        if (given != null) {
            candidates.add(Path.of(given));
        }
        codeLocation().ifPresent(code -> {
            Path dir = code.getParent(); // the jar's folder, or target/ for target/classes
            if (dir != null) {
                candidates.add(dir.resolve("scenarios"));
                if (dir.getParent() != null) {
                    candidates.add(dir.getParent().resolve("scenarios"));
                }
            }
        });
        candidates.add(Path.of("scenarios").toAbsolutePath());
        return candidates.stream().filter(Files::isDirectory).findFirst().map(p -> p.toAbsolutePath().normalize());
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = ScenarioLibrary.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every scenario under a folder (any depth), by folder then file name, each titled by its header. */
    public static List<Example> scan(Path root) {
        List<Example> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 6)) {
            files.filter(ScenarioFiles::isScenario).sorted(Comparator.comparing(root::relativize))
                    .forEach(file -> out.add(example(root, file)));
        } catch (IOException | java.io.UncheckedIOException e) {
            return out;
        }
        return out;
    }

    private static Example example(Path root, Path file) {
        Path folder = root.relativize(file).getParent();
        String group = folder == null ? "" : folder.toString().replace('\\', '/');
        String title;
        try {
            ScenarioFile f = ScenarioFile.read(file);
            title = ScenarioHeader.of(f.text(), f.fileName()).title();
        } catch (ScenarioReadException e) {
            title = file.getFileName().toString();
        }
        return new Example(file, title.isBlank() ? file.getFileName().toString() : title, group);
    }
}
