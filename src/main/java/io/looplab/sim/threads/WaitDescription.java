package io.looplab.sim.threads;

import io.looplab.vm.ExecFrame;
import io.looplab.vm.Fiber;
import io.looplab.vm.Frame;

import java.util.Set;

/**
 * Names what a blocked thread waits for, for the trace: a lock acquire deep inside threading.py
 * is shown as the call that led there ("Thread.join()", "Queue.get()", "Future.result()").
 */
final class WaitDescription {
    /** The library modules whose frames are looked through (their code names the real wait). */
    private static final Set<String> PRIMITIVES = Set.of("<threading>", "<queue>", "<concurrent.futures._base>");
    /** Where a thread's own code begins: the wait is never named after these. */
    private static final Set<String> ENTRY_POINTS = Set.of("Thread.run", "Thread._bootstrap_inner", "Thread._bootstrap");

    private WaitDescription() {
    }

    /** The outermost primitive frame of the run of them on top of f's stack, or fallback when none. */
    static String of(Fiber f, String fallback) {
        Frame outer = null;
        for (ExecFrame e = f == null ? null : f.top(); e != null; e = e.back) {
            if (e instanceof Frame fr) {
                if (!PRIMITIVES.contains(fr.code.fileName) || ENTRY_POINTS.contains(fr.code.qualname)) {
                    break;
                }
                outer = fr;
            }
        }
        if (outer == null) {
            return fallback;
        }
        return outer.code.qualname.equals("_shutdown") ? "exit: joining non-daemon threads (threading._shutdown)"
                : outer.code.qualname + "()";
    }
}
