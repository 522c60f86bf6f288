package io.looplab.scenario;

import io.looplab.lang.Expr;
import io.looplab.lang.Module;
import io.looplab.lang.Parser;
import io.looplab.lang.PythonSyntaxError;
import io.looplab.lang.Stmt;
import io.looplab.lang.UnsupportedSyntax;

import java.util.ArrayList;
import java.util.List;

/**
 * What a scenario says about itself, in its module docstring (so the file stays plain Python):
 *
 * <pre>
 * """Title on the first line
 *
 * One paragraph of summary (any number of lines).
 *
 * Variants: threads_main, async_main, sequential_main
 * Compare: threads_main, async_main
 * Narration:
 *   L12: a caption shown when playback reaches line 12
 *   @40: a caption shown at step 40
 * """
 * </pre>
 *
 * Every part but the title is optional. Variants are top-level callables run with --variant;
 * Compare names the pair shown side by side by default. Narration entries are bookmarks a
 * presenter jumps to with the number keys, in the order written.
 */
public record ScenarioHeader(String title, String summary, List<String> variants, List<String> compare,
                             List<Caption> narration) {

    /** A caption tied to a source line (line > 0) or to a trace step (step >= 0). */
    public record Caption(int line, int step, String text) {
    }

    public static final ScenarioHeader NONE = new ScenarioHeader("", "", List.of(), List.of(), List.of());

    /** Reads the header of a scenario's source; a file that does not parse has only its file name as title. */
    public static ScenarioHeader of(String source, String fileName) {
        String doc;
        try {
            doc = docstring(Parser.parse(source, fileName));
        } catch (PythonSyntaxError | UnsupportedSyntax e) {
            doc = null;
        }
        return doc == null ? new ScenarioHeader(fileName, "", List.of(), List.of(), List.of()) : parse(doc);
    }

    static String docstring(Module m) {
        if (!m.body().isEmpty() && m.body().get(0) instanceof Stmt.ExprStmt s
                && s.value() instanceof Expr.Constant c && c.value() instanceof String text) {
            return text;
        }
        return null;
    }

    /** Parses the docstring text (see the class comment). */
    public static ScenarioHeader parse(String doc) {
        String[] lines = doc.strip().split("\n", -1);
        String title = lines.length == 0 ? "" : lines[0].strip();
        StringBuilder summary = new StringBuilder();
        List<String> variants = List.of();
        List<String> compare = List.of();
        List<Caption> narration = new ArrayList<>();
        boolean inNarration = false;
        for (int i = 1; i < lines.length; i++) {
            String raw = lines[i];
            String line = raw.strip();
            if (line.startsWith("Variants:")) {
                variants = names(line.substring("Variants:".length()));
                inNarration = false;
            } else if (line.startsWith("Compare:")) {
                compare = names(line.substring("Compare:".length()));
                inNarration = false;
            } else if (line.equals("Narration:")) {
                inNarration = true;
            } else if (inNarration && !line.isEmpty()) {
                Caption c = caption(line);
                if (c != null) {
                    narration.add(c);
                } else if (!narration.isEmpty()) {
                    Caption last = narration.remove(narration.size() - 1);
                    narration.add(new Caption(last.line(), last.step(), last.text() + " " + line));
                }
            } else if (!inNarration) {
                summary.append(line.isEmpty() ? "\n" : (summary.length() == 0 || summary.charAt(summary.length() - 1) == '\n'
                        ? line : " " + line));
            }
        }
        return new ScenarioHeader(title, summary.toString().strip(), variants, compare, List.copyOf(narration));
    }

    private static List<String> names(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return List.copyOf(out);
    }

    private static Caption caption(String line) {
        int colon = line.indexOf(':');
        if (colon < 2) {
            return null;
        }
        String key = line.substring(0, colon).strip();
        String text = line.substring(colon + 1).strip();
        try {
            if (key.startsWith("L")) {
                return new Caption(Integer.parseInt(key.substring(1)), -1, text);
            }
            if (key.startsWith("@")) {
                return new Caption(0, Integer.parseInt(key.substring(1)), text);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }
}
