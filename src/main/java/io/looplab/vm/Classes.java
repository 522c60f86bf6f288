package io.looplab.vm;

/**
 * Calling a class (object.__new__ then __init__, whose frame is pushed like any call) and
 * creating one (the __build_class__ builtin that runs a class body).
 */
final class Classes {
    private Classes() {
    }

    /** t(*args) from the interpreter: returns the instance, or null after pushing __init__'s frame. */
    static PyObject call(Fiber fb, Frame f, PyType t, PyObject[] args, int base, int nargs, String[] kw,
                         int resultAt) {
        if (t == PyType.TYPE && nargs == 1 && kw == null) {
            return args[base].type();
        }
        PyObject[] a = new PyObject[nargs];
        System.arraycopy(args, base, a, 0, nargs);
        PyObject inst = construct(t, a, kw);
        if (!inst.type().isSubtypeOf(t)) {
            return inst;
        }
        PyObject init = t.lookup("__init__");
        if (init instanceof PyFunction fn) {
            PyObject r = Calls.callFunction(fb, f, fn, inst, a, 0, a.length, kw, resultAt, ExecFrame.INIT, inst);
            if (r != null) {
                throw PyException.type("__init__() should return None, not 'generator'");
            }
            return null;
        }
        initNative(init, inst, a, kw);
        return inst;
    }

    /** t(*args) from Java code: __init__ runs nested. */
    static PyObject callFromJava(PyType t, PyObject[] args, String[] kw) {
        if (t == PyType.TYPE && args.length == 1 && kw == null) {
            return args[0].type();
        }
        PyObject inst = construct(t, args, kw);
        if (!inst.type().isSubtypeOf(t)) {
            return inst;
        }
        PyObject init = t.lookup("__init__");
        if (init instanceof PyFunction) {
            PyObject r = Ops.call(init, Calls.prepend(inst, args), kw);
            if (r != Py.NONE) {
                throw PyException.type("__init__() should return None, not '" + r.type().name() + "'");
            }
            return inst;
        }
        initNative(init, inst, args, kw);
        return inst;
    }

    private static void initNative(PyObject init, PyObject inst, PyObject[] args, String[] kw) {
        if (init == ObjectMethods.INIT) {
            if ((args.length > 0 || kw != null && kw.length > 0) && inst.type().lookup("__new__") == ObjectMethods.NEW) {
                throw PyException.type(inst.type().name() + "() takes no arguments");
            }
            return;
        }
        Ops.call(init, Calls.prepend(inst, args), kw);
    }

    /** __new__: object.__new__ allocates; a builtin or user __new__ is called with the class first. */
    private static PyObject construct(PyType t, PyObject[] args, String[] kw) {
        if (t.type() != PyType.TYPE) {
            checkAbstract(t);
        }
        PyObject nw = t.lookup("__new__");
        if (nw == ObjectMethods.NEW || nw == null) {
            return t.allocate();
        }
        PyObject fn = nw instanceof Descriptors.StaticMethod sm ? sm.func : nw;
        return Ops.call(fn, Calls.prepend(t, args), kw);
    }

    /** object.__new__'s refusal of a class that still has abstract methods (abc.ABCMeta sets them). */
    private static void checkAbstract(PyType t) {
        if (!(t.lookup("__abstractmethods__") instanceof PySet s) || s.size() == 0) {
            return;
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        for (PyObject n : s.toArray()) {
            names.add(Ops.str(n));
        }
        java.util.Collections.sort(names);
        throw PyException.type("Can't instantiate abstract class " + t.name() + " with abstract method"
                + (names.size() > 1 ? "s " : " ") + String.join(", ", names));
    }

    /** __build_class__(body, name, *bases, metaclass=None, **kw). */
    static PyObject buildClass(PyObject[] args, String[] kw) {
        if (args.length < 2 || !(args[0] instanceof PyFunction body)) {
            throw PyException.type("__build_class__: func must be a function");
        }
        String name = Ops.str(args[1]);
        int nkw = kw == null ? 0 : kw.length;
        PyType[] bases = new PyType[args.length - 2 - nkw];
        for (int i = 0; i < bases.length; i++) {
            if (!(args[2 + i] instanceof PyType b)) {
                throw PyException.type("bases must be types");
            }
            bases[i] = b;
        }
        for (int i = 0; i < nkw; i++) {
            PyObject v = args[args.length - nkw + i];
            if (!kw[i].equals("metaclass") || !(v instanceof PyType m && m.isBuiltin() && m.isSubtypeOf(PyType.TYPE))) {
                throw PyException.unsupported("class keyword '" + kw[i] + "=" + Ops.repr(v) + "'");
            }
        }
        PyDict ns = new PyDict();
        runBody(body, ns);
        String qualname = ns.get("__qualname__") instanceof PyStr q ? q.value : name;
        ns.remove(PyStr.of("__qualname__"));
        PyObject cell = ns.remove(PyStr.of("__classcell__"));
        PyType cls = PyType.create(name, qualname, bases, ns);
        for (int i = 0; i < nkw; i++) {
            cls.setMetaclass((PyType) args[args.length - nkw + i]);
        }
        if (cell instanceof PyCell c) {
            c.value = cls;
        }
        setNames(cls, ns);
        initSubclass(cls);
        initByMetaclass(cls, args[1], bases, ns);
        return cls;
    }

    /** A native metaclass's __init__(cls, name, bases, ns) runs after the class is made, as type_call does. */
    private static void initByMetaclass(PyType cls, PyObject name, PyType[] bases, PyDict ns) {
        if (cls.type() == PyType.TYPE) {
            return;
        }
        PyObject init = cls.type().lookup("__init__");
        if (init != null && init != ObjectMethods.INIT) {
            Ops.callBound(init, cls, name, PyTuple.of(java.util.Arrays.copyOf(bases, bases.length, PyObject[].class)), ns);
        }
    }

    private static void runBody(PyFunction body, PyDict ns) {
        Runtime rt = Runtime.active();
        Frame frame = Calls.newFrame(rt, body, null, new PyObject[0], 0, 0, null);
        frame.locals = ns;
        rt.runFrameNested(frame);
    }

    /** type.__new__ calls __set_name__(owner, name) on every attribute that defines it (PEP 487). */
    private static void setNames(PyType cls, PyDict ns) {
        for (var e : ns.entries()) {
            PyObject m = e.getValue().type().lookup("__set_name__");
            if (m != null) {
                Ops.callBound(m, e.getValue(), cls, e.getKey());
            }
        }
    }

    private static void initSubclass(PyType cls) {
        for (int i = 1; i < cls.mro().length; i++) {
            PyObject m = cls.mro()[i].dict().get("__init_subclass__");
            if (m != null) {
                PyObject fn = m instanceof Descriptors.ClassMethod cm ? cm.func : m;
                Ops.call(fn, cls);
                return;
            }
        }
    }
}
