package io.looplab.sim;

import io.looplab.vm.Runtime;

/** The modules whose behaviour depends on the simulated machine (time, asyncio, threading...). */
final class SimModules {
    private SimModules() {
    }

    static void register(Runtime rt, Kernel k, Simulation.Options options) {
        rt.registerModule("time", r -> TimeModule.create(k));
    }
}
