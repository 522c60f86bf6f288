package io.looplab.sim.threads;

import io.looplab.sim.Kernel;
import io.looplab.vm.PyModule;
import io.looplab.vm.Runtime;
import io.looplab.vm.SourceModules;

/**
 * Registers the thread modules of a simulation: the native _thread and looplab (cpu), and
 * CPython's own threading, queue and concurrent.futures, shipped as Python resources.
 */
public final class ThreadLibrary {
    private ThreadLibrary() {
    }

    public static void register(Runtime rt, Kernel k) {
        rt.registerModule("_thread", r -> ThreadModule.create(k));
        rt.registerModule("_looplab", r -> JobTrace.create(k));
        rt.registerModule("looplab", LooplabModule::create);
        source(rt, "threading", "threading.py");
        source(rt, "queue", "queue.py");
        rt.registerModule("concurrent", r -> new PyModule("concurrent"));
        source(rt, "concurrent.futures", "concurrent/futures/__init__.py");
        source(rt, "concurrent.futures._base", "concurrent/futures/_base.py");
        source(rt, "concurrent.futures.thread", "concurrent/futures/thread.py");
    }

    private static void source(Runtime rt, String name, String resource) {
        rt.registerModule(name, r -> SourceModules.loadResource(r, name, ThreadLibrary.class, resource));
    }
}
