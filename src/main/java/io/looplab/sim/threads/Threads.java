package io.looplab.sim.threads;

import io.looplab.sim.Agent;
import io.looplab.sim.Kernel;
import io.looplab.vm.Runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The _thread state of one simulation: each thread's sentinel locks and how many threads it started. */
final class Threads {
    final Kernel kernel;
    private final Map<Agent, List<SimLock>> sentinels = new IdentityHashMap<>();
    private int running;
    private int started;
    long stackSize;

    private Threads(Kernel kernel) {
        this.kernel = kernel;
    }

    static Threads of(Kernel k) {
        Runtime rt = k.runtime();
        return (Threads) rt.extensions.computeIfAbsent(Threads.class, c -> new Threads(k));
    }

    /** The state of the simulation running on this Java thread (the _thread module made it). */
    static Threads active() {
        return (Threads) Runtime.active().extensions.get(Threads.class);
    }

    Agent current() {
        return kernel.currentAgent();
    }

    /** _thread.get_ident(): a small number per simulated thread (CPython's are addresses, never stable). */
    static long ident(Agent a) {
        return a.id() + 1L;
    }

    /** _set_sentinel(): a lock the kernel releases when the calling thread ends (Thread.join waits on it). */
    SimLock newSentinel() {
        SimLock l = new SimLock(this);
        sentinels.computeIfAbsent(current(), a -> new ArrayList<>()).add(l);
        return l;
    }

    /** The end of a thread started by start_new_thread: release its sentinels, as vrun's runner does. */
    void threadEnded(Agent a) {
        running--;
        List<SimLock> held = sentinels.remove(a);
        if (held != null) {
            for (SimLock l : held) {
                if (l.locked()) {
                    l.release();
                }
            }
        }
    }

    /** Counts a new thread; returns its number (the oracle names raw threads thread-N). */
    int threadStarted() {
        running++;
        return ++started;
    }

    /** _thread._count(): threads started by start_new_thread that have not ended. */
    int count() {
        return running;
    }
}
