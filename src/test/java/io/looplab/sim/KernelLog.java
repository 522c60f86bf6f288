package io.looplab.sim;

import io.looplab.lang.Parser;
import io.looplab.trace.Event;
import io.looplab.trace.EventKind;
import io.looplab.trace.JobState;
import io.looplab.trace.ThreadState;
import io.looplab.trace.Trace;
import io.looplab.vm.Code;
import io.looplab.vm.compiler.Compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Test helper in SimPy's style: runs a tiny scenario on a fresh simulated machine and renders
 * its trace as "time what" lines (prints, thread states, GIL holders, greenlet switches, jobs).
 */
final class KernelLog {
    private static final Path FILE = Path.of("/looplab-test/kernel_test.py");

    private KernelLog() {
    }

    static Trace run(String source) {
        Code code = Compiler.compile(Parser.parse(source, FILE.toString()));
        return Simulation.run(code, FILE, Simulation.Options.DEFAULT).trace();
    }

    /** Every event the log shows, as "t.ttt text". */
    static List<String> log(String source) {
        return log(source, line -> true);
    }

    /** The lines of the log that keep says to keep. */
    static List<String> log(String source, Predicate<String> keep) {
        Map<Integer, String> names = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Event e : run(source)) {
            if (e.kind() == EventKind.THREAD_CREATED) {
                names.put(e.a(), e.text());
            }
            String text = describe(e, names);
            if (text != null) {
                String line = Trace.stamp(e.timeNs()) + " " + text;
                if (keep.test(line)) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    private static String describe(Event e, Map<Integer, String> names) {
        return switch (e.kind()) {
            case PRINT -> "print " + e.text();
            case THREAD_STATE -> names.get(e.a()) + " " + ThreadState.values()[e.b()]
                    + (e.text() == null ? "" : " (" + e.text() + ")");
            case GIL -> "gil " + (e.a() < 0 ? "-" : names.get(e.a()));
            case GREENLET_SWITCH -> "greenlet " + e.b() + "->" + e.a() + " " + e.text();
            case JOB -> "job " + e.a() + " " + JobState.values()[e.b()] + " by " + names.get(e.c())
                    + (e.text() == null ? "" : " " + e.text());
            case UNCAUGHT -> "!" + e.text();
            case LOOP_BLOCKED -> "loop blocked (" + e.text() + ")";
            case DEADLOCK -> "deadlock: " + e.text();
            case END -> "end " + e.a();
            default -> null;
        };
    }
}
