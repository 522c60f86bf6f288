package io.looplab.vm;

/** Attribute access (CPython's PyObject_GenericGetAttr / SetAttr and type_getattro) and descriptors. */
public final class Attributes {
    private Attributes() {
    }

    /** getattr with an interned name from a code object (no key allocation on the hot path). */
    static PyObject get(PyObject o, PyStr name) {
        if (o instanceof PyModule m) {
            PyObject v = m.dict().get(name);
            if (v != null) {
                return v;
            }
        } else if (o instanceof PyInstance inst) {
            PyType type = inst.type();
            PyObject d = type.lookup(name.value);
            if (d == null || !isDataDescriptor(d)) {
                PyObject v = inst.dict().get(name);
                if (v != null) {
                    return v;
                }
                if (d != null) {
                    return bind(d, o, type);
                }
            }
        }
        return get(o, name.value);
    }

    static void set(PyObject o, PyStr name, PyObject value) {
        if (o instanceof PyInstance inst && inst.type().lookup(name.value) == null
                && inst.type().lookup("__setattr__") == ObjectMethods.SETATTR) {
            inst.dict().put(name, value);
            return;
        }
        set(o, name.value, value);
    }

    static int loadMethod(PyObject[] regs, int sp, PyStr name) {
        PyObject obj = regs[sp - 1];
        if (obj instanceof PyModule m) {
            PyObject v = m.dict().get(name);
            if (v != null) {
                regs[sp - 1] = v;
                regs[sp] = null;
                return sp + 1;
            }
        }
        return loadMethod(regs, sp, name.value);
    }

    public static PyObject get(PyObject o, String name) {
        PyObject v = lookupOrNull(o, name);
        if (v == null) {
            throw missing(o, name);
        }
        return v;
    }

    static PyException missing(PyObject o, String name) {
        if (o instanceof PyType t) {
            return PyException.attribute("type object '" + t.name() + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyModule m) {
            return PyException.attribute("module '" + m.name + "' has no attribute '" + name + "'");
        }
        return PyException.attribute("'" + o.type().name() + "' object has no attribute '" + name + "'");
    }

    /** getattr without raising AttributeError for a missing name (null instead). */
    public static PyObject lookupOrNull(PyObject o, String name) {
        if (o instanceof PyType t) {
            return typeAttr(t, name);
        }
        if (o instanceof PySuper s) {
            PyObject v = s.lookup(name);
            if (v != null) {
                return v;
            }
        }
        if (o instanceof PyModule m) {
            PyObject v = m.get(name);
            if (v != null) {
                return v;
            }
        }
        PyType type = o.type();
        PyObject d = type.lookup(name);
        if (d != null && isDataDescriptor(d)) {
            return bind(d, o, type);
        }
        PyDict dict = o.dict();
        if (dict != null) {
            PyObject v = dict.get(name);
            if (v != null) {
                return v;
            }
        }
        if (d != null) {
            return bind(d, o, type);
        }
        PyObject ga = type.lookup("__getattr__");
        if (ga != null) {
            try {
                return Ops.callBound(ga, o, PyStr.of(name));
            } catch (PyException e) {
                if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    return null;
                }
                throw e;
            }
        }
        return null;
    }

    static boolean isDataDescriptor(PyObject d) {
        if (d instanceof Descriptors.Property || d instanceof Descriptors.GetSet) {
            return true;
        }
        if (d instanceof PyInstance) {
            PyType t = d.type();
            return t.lookup("__set__") != null || t.lookup("__delete__") != null;
        }
        return false;
    }

    /** The descriptor protocol: what a class attribute d evaluates to when reached through self. */
    public static PyObject bind(PyObject d, PyObject self, PyType type) {
        if (d instanceof PyFunction) {
            return new PyBoundMethod(d, self);
        }
        if (d instanceof PyBuiltinFunction b) {
            if (b.isMethod) {
                return b.bind(self);
            }
            if (b.isClassMethod) {
                return b.bind(type);
            }
            return b;
        }
        if (d instanceof Descriptors.GetSet g) {
            return g.getter.get(self);
        }
        if (d instanceof Descriptors.Property p) {
            if (p.fget == null || p.fget == Py.NONE) {
                throw PyException.attribute("property of '" + type.name() + "' object has no getter");
            }
            return Ops.call(p.fget, self);
        }
        if (d instanceof Descriptors.ClassMethod cm) {
            return new PyBoundMethod(cm.func, type);
        }
        if (d instanceof Descriptors.StaticMethod sm) {
            return sm.func;
        }
        if (!(d instanceof PyType)) {
            // user descriptors, and native ones such as functools' lru_cache wrapper
            PyObject get = d.type().lookup("__get__");
            if (get != null) {
                return Ops.callBound(get, d, self, type);
            }
        }
        return d;
    }

    private static PyObject typeAttr(PyType t, String name) {
        PyType metatype = t.type();
        PyObject meta = metatype.lookup(name);
        if (meta != null && isDataDescriptor(meta)) {
            return bind(meta, t, metatype);
        }
        PyObject v = t.lookup(name);
        if (v != null) {
            if (v instanceof Descriptors.ClassMethod cm) {
                return new PyBoundMethod(cm.func, t);
            }
            if (v instanceof Descriptors.StaticMethod sm) {
                return sm.func;
            }
            if (v instanceof PyBuiltinFunction b && b.isClassMethod) {
                return b.bind(t);
            }
            if (v instanceof Descriptors.GetSet) {
                return v;
            }
            if (v instanceof PyInstance) {
                PyObject get = v.type().lookup("__get__");
                if (get != null) {
                    return Ops.callBound(get, v, Py.NONE, t);
                }
            }
            return v;
        }
        if (meta != null) {
            return bind(meta, t, metatype);
        }
        return null;
    }

    public static void set(PyObject o, String name, PyObject value) {
        if (o instanceof PyType t) {
            t.setAttr(name, value);
            return;
        }
        PyType type = o.type();
        PyObject d = type.lookup(name);
        if (d instanceof Descriptors.Property p) {
            if (p.fset == null || p.fset == Py.NONE) {
                throw PyException.attribute("can't set attribute '" + name + "'");
            }
            Ops.call(p.fset, o, value);
            return;
        }
        if (d instanceof Descriptors.GetSet g) {
            if (g.setter == null) {
                throw PyException.attribute("attribute '" + name + "' of '" + type.name() + "' objects is not writable");
            }
            g.setter.set(o, value);
            return;
        }
        if (d instanceof PyInstance && d.type().lookup("__set__") != null) {
            Ops.callBound(d.type().lookup("__set__"), d, o, value);
            return;
        }
        PyObject sa = type.isBuiltin() ? null : type.lookup("__setattr__");
        if (sa instanceof PyFunction) {
            Ops.callBound(sa, o, PyStr.of(name), value);
            return;
        }
        genericSet(o, name, value);
    }

    /** object.__setattr__: store in the instance dict. */
    static void genericSet(PyObject o, String name, PyObject value) {
        PyDict dict = o.dict();
        if (dict == null) {
            throw PyException.attribute("'" + o.type().name() + "' object has no attribute '" + name + "'");
        }
        dict.put(name, value);
    }

    public static void delete(PyObject o, String name) {
        if (o instanceof PyType t) {
            t.delAttr(name);
            return;
        }
        PyObject d = o.type().lookup(name);
        if (d instanceof Descriptors.Property p && p.fdel != null && p.fdel != Py.NONE) {
            Ops.call(p.fdel, o);
            return;
        }
        PyObject da = o.type().isBuiltin() ? null : o.type().lookup("__delattr__");
        if (da instanceof PyFunction) {
            Ops.callBound(da, o, PyStr.of(name));
            return;
        }
        PyDict dict = o.dict();
        if (dict == null || dict.remove(PyStr.of(name)) == null) {
            throw missing(o, name);
        }
    }

    /**
     * LOAD_METHOD: replaces TOS (obj) with [method, obj] when the attribute is a plain function
     * of its type (no bound-method object is made), else with [value, NULL]. Returns the new sp.
     */
    static int loadMethod(PyObject[] regs, int sp, String name) {
        PyObject obj = regs[sp - 1];
        if (!(obj instanceof PyType) && !(obj instanceof PyModule) && !(obj instanceof PySuper)) {
            PyObject d = obj.type().lookup(name);
            if (d instanceof PyFunction || d instanceof PyBuiltinFunction b && b.isMethod) {
                PyDict dict = obj.dict();
                if (dict == null || dict.size() == 0 || dict.get(name) == null) {
                    regs[sp - 1] = d;
                    regs[sp] = obj;
                    return sp + 1;
                }
            }
        }
        regs[sp - 1] = get(obj, name);
        regs[sp] = null;
        return sp + 1;
    }
}
