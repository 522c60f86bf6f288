package io.looplab.sim.greenlet;

import io.looplab.sim.Agent;
import io.looplab.sim.Kernel;
import io.looplab.trace.EventKind;
import io.looplab.vm.ExceptionTypes;
import io.looplab.vm.PyException;
import io.looplab.vm.PyType;
import io.looplab.vm.Runtime;

import java.util.IdentityHashMap;
import java.util.Map;

/** The greenlet state of one simulation: each thread's main greenlet, the ids, the trace. */
final class Greenlets {
    static final PyType ERROR = ExceptionTypes.define("error", "greenlet", ExceptionTypes.EXCEPTION);
    static final PyType GREENLET_EXIT = ExceptionTypes.define("GreenletExit", "greenlet", ExceptionTypes.BASE_EXCEPTION);

    final Kernel kernel;
    private final Map<Agent, Greenlet> mains = new IdentityHashMap<>();
    private int ids;

    private Greenlets(Kernel kernel) {
        this.kernel = kernel;
    }

    static Greenlets of(Kernel k) {
        return (Greenlets) k.runtime().extensions.computeIfAbsent(Greenlets.class, c -> new Greenlets(k));
    }

    static Greenlets active() {
        return (Greenlets) Runtime.active().extensions.get(Greenlets.class);
    }

    Agent agent() {
        return kernel.currentAgent();
    }

    /** getcurrent(): the greenlet whose fiber the calling thread runs (its main one at first). */
    Greenlet current() {
        Agent a = agent();
        if (a.fiber().owner instanceof Greenlet g) {
            return g;
        }
        return mains.computeIfAbsent(a, Greenlet::main);
    }

    int newId() {
        return ++ids;
    }

    /** Switching is only possible between greenlets of the calling thread, as in greenlet. */
    void checkSameThread(Greenlet target) {
        if (target.agent != agent()) {
            throw PyException.of(ERROR, "cannot switch to a different thread");
        }
    }

    /** The trace shows which greenlet a thread runs: a = greenlet id (0: the thread's main one), b = previous. */
    void switched(Greenlet from, Greenlet to) {
        kernel.trace().add(EventKind.GREENLET_SWITCH, to.agent.id(), to.id, from.id, 0,
                GreenletType.describe(to));
    }
}
