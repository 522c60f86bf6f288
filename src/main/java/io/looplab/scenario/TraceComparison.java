package io.looplab.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The oracle's comparison rules (compare.py): lines equal and in order, except that when the
 * expected trace starts with "# threads", each run of lines sharing a timestamp is a multiset,
 * because CPython does not order threads that are ready at the same instant.
 */
public final class TraceComparison {
    /** The first line where two traces differ (1-based, after the "# threads" line); "<missing>" past an end. */
    public record Mismatch(int line, String expected, String actual, boolean sortedByStamp) {
        public String describe() {
            return "line " + line + (sortedByStamp ? " (same-stamp lines sorted)" : "") + ": expected \""
                    + printable(expected) + "\", got \"" + printable(actual) + "\"";
        }

        private static String printable(String s) {
            return s.replace("\t", "\\t");
        }
    }

    private TraceComparison() {
    }

    /** Null when the traces match, else where they first differ. */
    public static Mismatch firstDifference(String expected, String actual) {
        List<String> exp = lines(expected);
        List<String> act = lines(actual);
        boolean threads = !exp.isEmpty() && exp.get(0).equals("# threads");
        if (threads) {
            exp.remove(0);
        }
        if (!act.isEmpty() && act.get(0).equals("# threads")) {
            act.remove(0);
        }
        if (threads) {
            exp = canonical(exp);
            act = canonical(act);
        }
        for (int i = 0; i < Math.max(exp.size(), act.size()); i++) {
            String e = i < exp.size() ? exp.get(i) : "<missing>";
            String a = i < act.size() ? act.get(i) : "<missing>";
            if (!e.equals(a)) {
                return new Mismatch(i + 1, e, a, threads);
            }
        }
        return null;
    }

    private static List<String> lines(String s) {
        List<String> l = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        if (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) {
            l.remove(l.size() - 1);
        }
        return l;
    }

    private static String stamp(String line) {
        int tab = line.indexOf('\t');
        return tab < 0 ? null : line.substring(0, tab);
    }

    /** Each run of lines sharing a stamp, sorted: the multiset's canonical order. */
    private static List<String> canonical(List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String s = stamp(lines.get(i));
            int j = i + 1;
            if (s != null) {
                while (j < lines.size() && s.equals(stamp(lines.get(j)))) {
                    j++;
                }
            }
            List<String> run = new ArrayList<>(lines.subList(i, j));
            run.sort(null);
            out.addAll(run);
            i = j;
        }
        return out;
    }
}
