package io.looplab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JVM's startup cache for LoopLab's own classes (application class-data sharing): made once
 * per jar by a training run that loads what a scenario run loads, then mapped by every later JVM.
 * It plays the part that CPython's cached bytecode (__pycache__, frozen modules) plays for
 * {@code python3}: work done at the first start is not redone at the next.
 */
final class ClassDataArchive {
    private ClassDataArchive() {
    }

    /** Where the archive for this jar lives: keyed by the jar's size and modification time. */
    static Path location(Path jar) throws IOException {
        String home = System.getenv("XDG_CACHE_HOME");
        Path cache = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".cache");
        String key = String.format(Locale.ROOT, "%x-%x", Files.size(jar), Files.getLastModifiedTime(jar).toMillis());
        return cache.resolve("looplab").resolve("looplab-" + key + ".jsa");
    }

    /**
     * The archive for this jar, made by running {@code training} first if it does not exist yet;
     * null when this JVM cannot make one (the benchmark then runs without it).
     */
    static Path ensure(String java, List<String> jvmOptions, Path jar, Path training)
            throws IOException, InterruptedException {
        Path archive = location(jar);
        if (Files.isRegularFile(archive)) {
            return archive;
        }
        Files.createDirectories(archive.getParent());
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(), "run", training.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        int exit = p.waitFor();
        return exit == 0 && Files.isRegularFile(archive) ? archive : null;
    }
}
