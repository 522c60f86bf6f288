package io.looplab.sim;

import io.looplab.vm.Runtime;

/** The modules whose behaviour depends on the simulated machine (time, asyncio, threading...). */
final class SimModules {
    private SimModules() {
    }

    static void register(Runtime rt, Kernel k, Simulation.Options options, String scenarioPath) {
        rt.registerModule("time", r -> TimeModule.create(k));
        io.looplab.sim.threads.ThreadLibrary.register(rt, k);
        io.looplab.sim.greenlet.GreenletModule.register(rt, k);
        io.looplab.sim.asyncio.AsyncioCore.register(new io.looplab.sim.asyncio.Aio(k, scenarioPath));
    }
}
