package io.looplab.sim.greenlet;

import io.looplab.vm.Args;
import io.looplab.vm.Descriptors;
import io.looplab.vm.ExceptionTypes;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyType;

import java.util.Arrays;

/** The greenlet.greenlet class (subclassable: a subclass may define run). */
final class GreenletType {
    static final PyType TYPE = PyType.builtin("greenlet", PyType.OBJECT, GreenletType::allocate, GreenletType::define);

    private GreenletType() {
    }

    /** greenlet's tp_new: the parent is the creating greenlet, even if __init__ is overridden. */
    private static PyObject allocate(PyType t) {
        Greenlets gs = Greenlets.active();
        Greenlet g = new Greenlet(t, gs.newId(), gs.agent());
        g.parent = gs.current();
        return g;
    }

    private static Greenlet g(PyObject o) {
        return (Greenlet) o;
    }

    private static void define(PyType t) {
        t.define("__module__", PyStr.of("greenlet"));
        t.define("__init__", PyBuiltinFunction.methodN("greenlet", "__init__", GreenletType::init));
        t.define("switch", PyBuiltinFunction.methodN("greenlet", "switch", (a, k) -> {
            Greenlets gs = Greenlets.active();
            return Switching.deliver(gs, gs.current(), g(a[0]), Arrays.copyOfRange(a, 1, a.length), k, null);
        }));
        t.define("throw", PyBuiltinFunction.methodN("greenlet", "throw", GreenletType::throwIn));
        t.define("dead", Descriptors.getter("dead", o -> Py.bool(g(o).dead())));
        t.define("__bool__", PyBuiltinFunction.method1("greenlet", "__bool__",
                o -> Py.bool(g(o).state == Greenlet.State.ACTIVE)));
        t.define("parent", Descriptors.getSet("parent", o -> g(o).parent == null ? Py.NONE : g(o).parent,
                GreenletType::setParent));
        t.define("run", Descriptors.getSet("run", GreenletType::run, GreenletType::setRun));
        // LoopLab does not expose a suspended greenlet's frame (greenlet itself gives None when not started)
        t.define("gr_frame", Descriptors.getter("gr_frame", o -> Py.NONE));
        t.define("getcurrent", new Descriptors.StaticMethod(GreenletModule.GETCURRENT));
        t.define("__hash__", PyBuiltinFunction.method1("greenlet", "__hash__", o -> PyInt.of(g(o).serial)));
        t.define("__repr__", PyBuiltinFunction.method1("greenlet", "__repr__", o -> PyStr.of(repr(g(o)))));
    }

    /** greenlet(run=None, parent=None): the parent defaults to the creating greenlet. */
    private static PyObject init(PyObject[] a, String[] k) {
        Greenlet self = g(a[0]);
        Args p = new Args("greenlet", Arrays.copyOfRange(a, 1, a.length), k, "run", "parent");
        PyObject run = p.get(0, Py.NONE);
        if (run != Py.NONE) {
            self.run = run;
        }
        PyObject parent = p.get(1, Py.NONE);
        if (parent != Py.NONE) {
            setParent(self, parent);
        }
        return Py.NONE;
    }

    /** throw(typ=GreenletExit, val=None, tb=None): switch to the greenlet and raise there at once. */
    private static PyObject throwIn(PyObject[] a, String[] k) {
        Args p = new Args("throw", Arrays.copyOfRange(a, 1, a.length), k, "typ", "val", "tb");
        PyBaseException e = exception(p.get(0, Greenlets.GREENLET_EXIT), p.get(1, Py.NONE));
        Greenlets gs = Greenlets.active();
        return Switching.deliver(gs, gs.current(), g(a[0]), new PyObject[0], null, e);
    }

    /** The exception to throw: an instance, or the class called with val (unless val is already one). */
    private static PyBaseException exception(PyObject typ, PyObject val) {
        if (typ instanceof PyBaseException e) {
            if (val != Py.NONE) {
                throw PyException.type("instance exception may not have a separate value");
            }
            return e;
        }
        if (!(typ instanceof PyType t) || !t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw PyException.type("exceptions must be classes, or instances, not " + typ.type().name());
        }
        if (val instanceof PyBaseException e && e.type().isSubtypeOf(t)) {
            return e;
        }
        PyObject made = val == Py.NONE ? Ops.call(t) : Ops.call(t, val);
        return (PyBaseException) made;
    }

    private static void setParent(PyObject self, PyObject parent) {
        if (!(parent instanceof Greenlet p)) {
            throw PyException.type("GreenletChecker: Expected any type of greenlet, not " + parent.type().name());
        }
        for (Greenlet q = p; q != null; q = q.parent) {
            if (q == self) {
                throw PyException.value("cyclic parent chain");
            }
        }
        if (p.agent != g(self).agent) {
            throw PyException.value("parent cannot be on a different thread");
        }
        g(self).parent = p;
    }

    private static PyObject run(PyObject self) {
        if (g(self).run == null) {
            throw PyException.attribute("run");
        }
        return g(self).run;
    }

    private static void setRun(PyObject self, PyObject run) {
        if (g(self).state != Greenlet.State.NEW) {
            throw PyException.attribute("run cannot be set after the start of the greenlet");
        }
        g(self).run = run;
    }

    /** The run function's name, for the trace (read before the greenlet starts). */
    static String describe(Greenlet g) {
        if (g.label == null) {
            PyObject run = g.run;
            if (run == null && g.type().lookup("run") instanceof io.looplab.vm.PyFunction f) {
                run = f;
            }
            PyObject name = run == null ? null : io.looplab.vm.Attributes.lookupOrNull(run, "__qualname__");
            g.label = name instanceof PyStr s ? s.value : "greenlet-" + g.id;
        }
        return g.label;
    }

    private static String repr(Greenlet g) {
        String state = g.isMain() ? " current active started main" : g.dead() ? " dead"
                : g.state == Greenlet.State.NEW ? " pending" : " active started";
        return "<" + g.type().qualname() + " object at 0x" + Long.toHexString(0x7f0000000000L + g.serial * 16)
                + " (otid=0x" + Long.toHexString(0x7f0000000000L + g.agent.id()) + ")" + state + ">";
    }
}
