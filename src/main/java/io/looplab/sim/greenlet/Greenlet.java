package io.looplab.sim.greenlet;

import io.looplab.sim.Agent;
import io.looplab.vm.Fiber;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyType;

/**
 * A greenlet: a separate fiber of one simulated thread. Switching to it swaps the thread's
 * fiber without letting any other thread run (a greenlet switch does not release the GIL).
 * The thread's own fiber is its main greenlet, which is never dead.
 */
final class Greenlet extends PyObject {
    /** Not started, running or suspended in a switch, finished. */
    enum State { NEW, ACTIVE, DEAD }

    private final PyType type;
    private PyDict dict;
    /** The id shown in the trace (0 for every thread's main greenlet). */
    final int id;
    /** A per-run creation number: hash and repr (CPython uses the address). */
    final long serial;
    final Agent agent;
    /** What the trace calls it: its run function's name, fixed when it starts. */
    String label;
    PyObject run;
    Greenlet parent;
    Fiber fiber;
    State state = State.NEW;

    Greenlet(PyType type, int id, Agent agent) {
        this.type = type;
        this.id = id;
        this.agent = agent;
        this.serial = io.looplab.vm.Runtime.active().newId();
    }

    /** The main greenlet of a thread: its root fiber, already running. */
    static Greenlet main(Agent agent) {
        Greenlet g = new Greenlet(GreenletType.TYPE, 0, agent);
        g.fiber = agent.fiber();
        g.state = State.ACTIVE;
        g.label = "main";
        return g;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    boolean isMain() {
        return id == 0;
    }

    boolean dead() {
        return state == State.DEAD;
    }

    /** Where a switch to this greenlet really goes: a dead greenlet passes it on to its parent. */
    Greenlet live() {
        Greenlet g = this;
        while (g.dead() && g.parent != null) {
            g = g.parent;
        }
        return g;
    }
}
