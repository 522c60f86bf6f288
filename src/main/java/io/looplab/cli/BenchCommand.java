package io.looplab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code looplab bench [cpu|asyncio|all] [--runs N] [--jvm-options "..."] [--no-cds]}: runs the
 * bundled workloads under CPython and under LoopLab (a fresh {@code java -jar} per run, startup
 * included), in the same session, and prints time and peak memory for both and their ratios.
 * LoopLab's JVMs map a class-data archive made once per jar ({@link ClassDataArchive}) unless
 * --no-cds says not to.
 */
final class BenchCommand implements Command {
    /** A bundled workload and the targets its issue set. */
    private record Workload(String name, String resource, double timeTarget, double memoryTarget) {
    }

    private static final List<Workload> WORKLOADS = List.of(
            new Workload("cpu", "cpu_bound.py", 1.0, Double.NaN),
            new Workload("asyncio", "asyncio_steps.py", 0.5, 1.0));

    /** The JVM options LoopLab is measured with unless --jvm-options says otherwise (see README). */
    static final String DEFAULT_JVM_OPTIONS = "-XX:+UseSerialGC -Xmn32m";

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String which = "all";
        int runs = 1;
        String jvmOptions = DEFAULT_JVM_OPTIONS;
        boolean cds = true;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--runs" -> runs = Integer.parseInt(args.get(++i));
                    case "--jvm-options" -> jvmOptions = args.get(++i);
                    case "--no-cds" -> cds = false;
                    default -> which = args.get(i);
                }
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            err.println("looplab bench: usage: bench [cpu|asyncio|all] [--runs N] [--jvm-options \"...\"] [--no-cds]");
            return ExitCode.USAGE;
        }
        String chosen = which;
        if (runs < 1 || !(chosen.equals("all") || WORKLOADS.stream().anyMatch(w -> w.name.equals(chosen)))) {
            err.println("looplab bench: usage: bench [cpu|asyncio|all] [--runs N] [--jvm-options \"...\"] [--no-cds]");
            return ExitCode.USAGE;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("looplab-bench");
            Path measure = extract(dir, "measure.py");
            String python = BenchTools.python();
            Path jar = jarPath();
            List<String> options = new ArrayList<>(jvmOptions.isBlank() ? List.of() : List.of(jvmOptions.trim().split("\\s+")));
            if (cds) {
                Path archive = ClassDataArchive.ensure(BenchTools.java(), options, jar, extract(dir, "training.py"));
                if (archive != null) {
                    options.add("-XX:SharedArchiveFile=" + archive);
                }
            }
            out.printf(Locale.ROOT, "LoopLab benchmark: CPython = %s, LoopLab = java %s -jar %s%n", python,
                    String.join(" ", options), jar);
            out.println("(each figure: the best of " + runs + " run(s); time is wall clock including startup)");
            boolean allMet = true;
            for (Workload w : WORKLOADS) {
                if (!which.equals("all") && !which.equals(w.name)) {
                    continue;
                }
                Path script = extract(dir, w.resource);
                List<String> py = List.of(python, measure.toString(), python, script.toString());
                List<String> ll = new ArrayList<>(List.of(python, measure.toString(), BenchTools.java()));
                ll.addAll(options);
                ll.addAll(List.of("-jar", jar.toString(), "run", script.toString()));
                BenchTools.Result c = BenchTools.best(py, runs);
                BenchTools.Result l = BenchTools.best(ll, runs);
                allMet &= report(out, w, c, l);
            }
            out.println(allMet ? "all targets met" : "some targets not met (see README, Performance)");
            return ExitCode.FINISHED;
        } catch (IOException | InterruptedException | URISyntaxException e) {
            err.println("looplab bench: " + e.getMessage());
            return ExitCode.USAGE;
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Removes the extracted workloads (a flat folder). */
    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }

    private static boolean report(PrintStream out, Workload w, BenchTools.Result c, BenchTools.Result l) {
        if (!c.stdout().strip().equals(l.stdout().strip())) {
            out.println(w.name + ": OUTPUT DIFFERS\n  CPython: " + c.stdout().strip() + "\n  LoopLab: " + l.stdout().strip()
                    + (l.stderr().isBlank() ? "" : "\n  " + l.stderr().strip()));
            return false;
        }
        double tr = l.seconds() / c.seconds();
        double mr = (double) l.maxRssKb() / c.maxRssKb();
        out.printf(Locale.ROOT, "%-8s CPython %6.2f s %7.1f MB | LoopLab %6.2f s %7.1f MB | time x%.2f (target <= %.1f)"
                        + " memory x%.2f%s%n", w.name, c.seconds(), c.maxRssKb() / 1024.0, l.seconds(), l.maxRssKb() / 1024.0,
                tr, w.timeTarget, mr, Double.isNaN(w.memoryTarget) ? "" : String.format(Locale.ROOT, " (target <= %.1f)",
                        w.memoryTarget));
        out.println("         output: " + c.stdout().strip());
        return tr <= w.timeTarget && (Double.isNaN(w.memoryTarget) || mr <= w.memoryTarget);
    }

    private static Path extract(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = BenchCommand.class.getResourceAsStream("/io/looplab/bench/" + name)) {
            if (in == null) {
                throw new IOException("missing bundled workload " + name);
            }
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    private static Path jarPath() throws URISyntaxException, IOException {
        Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!p.toString().endsWith(".jar")) {
            Path jar = Path.of("target", "looplab.jar");
            if (!Files.exists(jar)) {
                throw new IOException("bench runs the packaged jar: build it first (mvn -B package -DskipTests)");
            }
            return jar.toAbsolutePath();
        }
        return p;
    }
}
