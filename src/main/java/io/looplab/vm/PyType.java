package io.looplab.vm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A Python class: builtin ({@code int}, {@code list}, exception types) or defined by a
 * {@code class} statement. Attribute lookup walks the C3 MRO; results are cached per type and
 * invalidated by a global epoch that any class-attribute write bumps.
 */
public final class PyType extends PyObject {
    /** How instances of a type (and its subclasses) are laid out in Java. */
    public interface Allocator extends Function<PyType, PyObject> {
    }

    private static int epoch;

    public static final PyType TYPE = new PyType("type", new PyType[0], null, TypeMethods::define);
    public static final PyType OBJECT = new PyType("object", new PyType[0], PyInstance::new, ObjectMethods::define);

    static {
        TYPE.bases = new PyType[] {OBJECT};
    }

    private final String name;
    private String qualname;
    private PyType[] bases;
    private PyType[] mro;
    /** Created on first use: making a PyDict needs dict's type, which needs object's, which is made here. */
    private PyDict dict;
    private final boolean builtin;
    private final Allocator allocator;
    private Consumer<PyType> populate;
    private final Map<String, PyObject> cache = new HashMap<>();
    /** type(cls) when it is a native metaclass (enum's EnumType, abc's ABCMeta); null means type. */
    private PyType meta;
    private int cacheEpoch = -1;

    private PyType(String name, PyType[] bases, Allocator allocator, Consumer<PyType> populate) {
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.builtin = true;
        this.allocator = allocator;
        this.populate = populate;
    }

    private PyType(String name, String qualname, PyType[] bases, PyDict ns) {
        this.name = name;
        this.qualname = qualname;
        this.bases = bases;
        this.builtin = false;
        this.allocator = solidBase(bases).allocator;
        this.mro = computeMro();
        for (PyType b : bases) {
            // the most derived metaclass among the bases wins (CPython's _PyType_CalculateMetaclass)
            if (b.meta != null && (meta == null || b.meta.isSubtypeOf(meta))) {
                meta = b.meta;
            }
        }
        PyDict dict = ownDict();
        for (Map.Entry<PyObject, PyObject> e : ns.entries()) {
            dict.put(e.getKey(), e.getValue());
        }
        if (dict.get("__eq__") != null && dict.get("__hash__") == null) {
            // a class that defines __eq__ but not __hash__ is unhashable (type_new does the same)
            dict.put("__hash__", Py.NONE);
        }
        bumpEpoch();
    }

    /** A builtin type; populate fills its dict with native methods on first use. */
    public static PyType builtin(String name, PyType base, Allocator allocator, Consumer<PyType> populate) {
        return new PyType(name, new PyType[] {base}, allocator, populate);
    }

    /** A builtin type with several bases (ExceptionGroup is a BaseExceptionGroup and an Exception). */
    public static PyType builtin(String name, PyType[] bases, Allocator allocator, Consumer<PyType> populate) {
        return new PyType(name, bases, allocator, populate);
    }

    /** The type created by a {@code class} statement. */
    public static PyType create(String name, String qualname, PyType[] bases, PyDict ns) {
        for (PyType b : bases) {
            if (b.allocator == null) {
                throw PyException.type("type '" + b.name + "' is not an acceptable base type");
            }
        }
        return new PyType(name, qualname, bases.length == 0 ? new PyType[] {OBJECT} : bases, ns);
    }

    @Override
    public PyType type() {
        return meta != null ? meta : TYPE;
    }

    /** Makes a native metaclass (a builtin subtype of type) this class's type. */
    public void setMetaclass(PyType m) {
        if (!m.builtin || !m.isSubtypeOf(TYPE)) {
            throw PyException.unsupported("metaclass " + m.name);
        }
        meta = m == TYPE ? null : m;
        bumpEpoch();
    }

    @Override
    public PyDict dict() {
        ensurePopulated();
        return ownDict();
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /**
     * Whether instances get a __dict__: yes unless every class statement in the MRO set
     * __slots__ without '__dict__' (CPython adds the dict slot in the first class that lacks them).
     */
    public boolean instancesHaveDict() {
        for (PyType t : mro()) {
            if (t.builtin) {
                continue;
            }
            PyObject slots = t.dict.get("__slots__");
            if (slots == null || slots instanceof PyStr s && s.value.equals("__dict__")
                    || !(slots instanceof PyStr) && Items.contains(slots, PyStr.of("__dict__"))) {
                return true;
            }
        }
        return false;
    }

    public PyType[] bases() {
        if (bases.length == 1 && bases[0] == null) {
            // dict's type is made while PyType initialises (every type owns a PyDict), before OBJECT exists
            bases = new PyType[] {OBJECT};
        }
        return bases;
    }

    public PyType[] mro() {
        if (mro == null) {
            mro = computeMro();
        }
        return mro;
    }

    /** Creates a bare instance of this type (object.__new__). */
    public PyObject allocate() {
        if (allocator == null) {
            throw PyException.type("cannot create '" + name + "' instances");
        }
        return allocator.apply(this);
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyType t : mro()) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The attribute named {@code name} found along the MRO, or null. */
    public PyObject lookup(String name) {
        if (cacheEpoch != epoch) {
            cache.clear();
            cacheEpoch = epoch;
        }
        PyObject hit = cache.get(name);
        if (hit != null) {
            return hit == Py.MISSING ? null : hit;
        }
        PyObject found = lookupUncached(name);
        cache.put(name, found == null ? Py.MISSING : found);
        return found;
    }

    private PyObject lookupUncached(String name) {
        PyStr key = PyStr.of(name);
        for (PyType t : mro()) {
            t.ensurePopulated();
        }
        for (PyType t : mro()) {
            PyObject v = t.ownDict().get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Sets a class attribute ({@code Cls.x = v}); builtin types are immutable. */
    public void setAttr(String attr, PyObject value) {
        if (builtin) {
            throw PyException.type("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        ownDict().put(PyStr.of(attr), value);
        bumpEpoch();
    }

    public void delAttr(String attr) {
        if (builtin || ownDict().remove(PyStr.of(attr)) == null) {
            throw PyException.attribute("type object '" + name + "' has no attribute '" + attr + "'");
        }
        bumpEpoch();
    }

    public void setQualname(String q) {
        this.qualname = q;
    }

    /** Registers a native attribute while a builtin type is being populated. */
    public void define(String attr, PyObject value) {
        ownDict().put(PyStr.of(attr), value);
    }

    private PyDict ownDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    private static void bumpEpoch() {
        epoch++;
    }

    private void ensurePopulated() {
        Consumer<PyType> p = populate;
        if (p != null) {
            populate = null;
            p.accept(this);
            bumpEpoch();
        }
    }

    private static PyType solidBase(PyType[] bases) {
        PyType best = OBJECT;
        for (PyType b : bases) {
            PyType s = solidOf(b);
            if (best.isSubtypeOf(s)) {
                continue;
            }
            if (!s.isSubtypeOf(best)) {
                throw PyException.type("multiple bases have instance lay-out conflict");
            }
            best = s;
        }
        return best;
    }

    /** The nearest builtin ancestor that introduced this type's instance layout (CPython's solid_base). */
    private static PyType solidOf(PyType t) {
        while (true) {
            if (!t.builtin) {
                return solidBase(t.bases());
            }
            if (t.bases().length == 1 && t.bases[0].allocator == t.allocator) {
                t = t.bases[0];
            } else {
                return t;
            }
        }
    }

    private PyType[] computeMro() {
        List<PyType> result = new ArrayList<>();
        result.add(this);
        PyType[] bs = bases();
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bs) {
            seqs.add(new ArrayList<>(List.of(b.mro())));
        }
        seqs.add(new ArrayList<>(List.of(bs)));
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType next = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                if (seqs.stream().noneMatch(o -> o.indexOf(head) > 0)) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                throw PyException.type("Cannot create a consistent method resolution order (MRO)");
            }
            result.add(next);
            for (List<PyType> s : seqs) {
                if (s.get(0) == next) {
                    s.remove(0);
                }
            }
        }
    }
}
