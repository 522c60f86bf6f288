package io.looplab.ui.errors;

import io.looplab.scenario.RunResult;
import io.looplab.trace.RunSummary;
import io.looplab.trace.Timeline;
import io.looplab.trace.TraceState;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong in a run, read from its trace and its stderr: a syntax error (with line and
 * column from the caret), an uncaught exception (with the traceback's last line in the
 * scenario), the step budget or time limit, or a deadlock (who waits on what).
 */
public record ErrorReport(Kind kind, String title, String message, String details, int line, int column) {

    /** The kinds of trouble, in the order they are checked. */
    public enum Kind { SYNTAX, EXCEPTION, LIMIT, DEADLOCK }

    private static final Pattern FILE_LINE = Pattern.compile("File \"([^\"]*)\", line (\\d+)");

    /** The report for a run at a state; null while nothing has gone wrong yet. */
    public static ErrorReport of(RunResult result, Timeline timeline, TraceState s, List<String> source) {
        RunSummary sum = timeline.summary();
        if (sum.threadsUsed() == 0 && result.exitCode() != 0) {
            return syntax(result, source);
        }
        if (s.deadlock() != null) {
            return new ErrorReport(Kind.DEADLOCK, "Deadlock: nothing can ever run again",
                    "Every thread and task waits, and no timer is due. CPython would hang here.", s.deadlock(), 0, 0);
        }
        String uncaught = s.uncaught();
        if (uncaught == null) {
            return null;
        }
        if (uncaught.startsWith("Timeout:")) {
            return new ErrorReport(Kind.LIMIT, "Stopped: " + uncaught.substring("Timeout:".length()).strip(),
                    "LoopLab bounds every run so that a program that never ends cannot freeze the lecture.",
                    result.stderr(), budgetLine(uncaught), 0);
        }
        return new ErrorReport(Kind.EXCEPTION, "Uncaught " + uncaught, where(result.stderr()), result.stderr(),
                lastLine(result.stderr()), 0);
    }

    private static ErrorReport syntax(RunResult result, List<String> source) {
        String err = result.stderr();
        String[] lines = err.strip().split("\n");
        String title = lines.length == 0 ? "The scenario cannot run" : lines[lines.length - 1];
        int line = lastLine(err);
        int column = caretColumn(lines, line, source);
        String where = line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") : "";
        return new ErrorReport(Kind.SYNTAX, title, where, err, line, column);
    }

    /** CPython prints the offending line stripped, then a caret under the column. */
    private static int caretColumn(String[] lines, int line, List<String> source) {
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            if (l.strip().matches("\\^+~*|~*\\^+~*") && line > 0 && line <= source.size()) {
                String original = source.get(line - 1);
                int shown = lines[i - 1].length() - lines[i - 1].stripLeading().length();
                int leading = original.length() - original.stripLeading().length();
                return l.indexOf('^') - shown + leading + 1;
            }
        }
        return 0;
    }

    /** The innermost "File ..., line N" of a traceback. */
    static int lastLine(String stderr) {
        Matcher m = FILE_LINE.matcher(stderr == null ? "" : stderr);
        int line = 0;
        while (m.find()) {
            line = Integer.parseInt(m.group(2));
        }
        return line;
    }

    private static String where(String stderr) {
        int line = lastLine(stderr);
        return line > 0 ? "raised at line " + line : "";
    }

    private static int budgetLine(String text) {
        Matcher m = Pattern.compile("line (\\d+)").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
