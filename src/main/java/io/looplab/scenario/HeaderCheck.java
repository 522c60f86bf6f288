package io.looplab.scenario;

import io.looplab.lang.Module;
import io.looplab.lang.Parser;
import io.looplab.lang.PythonSyntaxError;
import io.looplab.lang.Stmt;
import io.looplab.lang.UnsupportedSyntax;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a scenario's header holds together: a title, variants that are top-level callables, a
 * Compare pair drawn from the variants, narration on real code lines, and a CPython reference
 * trace for the program and for each variant. The golden test and {@code looplab check} share it.
 */
public final class HeaderCheck {
    private HeaderCheck() {
    }

    /** What is wrong with the header of {@code scenario}, one sentence each; empty when nothing is. */
    public static List<String> problems(ScenarioFile scenario) {
        Module module;
        try {
            module = Parser.parse(scenario.text(), scenario.fileName());
        } catch (PythonSyntaxError | UnsupportedSyntax e) {
            return List.of("the file does not parse: " + e.getMessage());
        }
        String doc = ScenarioHeader.docstring(module);
        if (doc == null || ScenarioHeader.parse(doc).title().isEmpty()) {
            return List.of("no title: the file must start with a docstring whose first line is the title");
        }
        ScenarioHeader header = ScenarioHeader.parse(doc);
        List<String> out = new ArrayList<>();
        checkVariants(header, callables(module), out);
        checkNarration(header, scenario.lines(), module.body().get(0).pos().endLine(), out);
        checkReferences(header, scenario.path(), out);
        return out;
    }

    private static Set<String> callables(Module module) {
        Set<String> names = new LinkedHashSet<>();
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.FunctionDef f) {
                names.add(f.name());
            } else if (s instanceof Stmt.ClassDef c) {
                names.add(c.name());
            }
        }
        return names;
    }

    private static void checkVariants(ScenarioHeader h, Set<String> callables, List<String> out) {
        for (String v : h.variants()) {
            if (!callables.contains(v)) {
                out.add("variant " + v + " is not a top-level function of the file");
            }
        }
        if (!h.compare().isEmpty() && h.compare().size() != 2) {
            out.add("Compare must name two variants, not " + h.compare().size());
        }
        for (String c : h.compare()) {
            if (!h.variants().contains(c)) {
                out.add("Compare names " + c + ", which is not one of the Variants");
            }
        }
    }

    private static void checkNarration(ScenarioHeader h, List<String> lines, int headerEnd, List<String> out) {
        for (ScenarioHeader.Caption c : h.narration()) {
            if (c.step() >= 0) {
                continue;
            }
            String where = "narration L" + c.line();
            if (c.line() < 1 || c.line() > lines.size()) {
                out.add(where + " points past the file (" + lines.size() + " lines)");
            } else if (c.line() <= headerEnd) {
                out.add(where + " points into the header docstring");
            } else if (lines.get(c.line() - 1).isBlank()) {
                out.add(where + " points at a blank line");
            } else if (lines.get(c.line() - 1).strip().startsWith("#")) {
                out.add(where + " points at a comment line");
            }
        }
    }

    private static void checkReferences(ScenarioHeader h, Path script, List<String> out) {
        String how = " is missing (make it with /usr/bin/python3 vrun.py";
        if (!Files.isRegularFile(ScenarioFiles.reference(script, null, false))) {
            out.add(name(script, null) + how + " " + script.getFileName() + ")");
        }
        for (String v : h.variants()) {
            if (!Files.isRegularFile(ScenarioFiles.reference(script, v, false))) {
                out.add(name(script, v) + how + " --variant " + v + " " + script.getFileName() + ")");
            }
        }
        for (String v : ScenarioFiles.referencedVariants(script)) {
            if (!h.variants().contains(v)) {
                out.add("there are reference traces of variant " + v + ", which is not one of the Variants");
            }
        }
    }

    private static String name(Path script, String variant) {
        return ScenarioFiles.reference(script, variant, false).getFileName().toString();
    }
}
