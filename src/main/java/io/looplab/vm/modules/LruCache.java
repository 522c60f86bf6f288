package io.looplab.vm.modules;

import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBoundMethod;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyInstance;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * functools._lru_cache_wrapper (CPython's C implementation): the key rules of
 * lru_cache_make_key, hit/miss counting, and for a bounded cache the oldest-first eviction and
 * the "added during the call" check that recursive functions exercise. A miss is a
 * {@link TailCall}, so the cached function may block.
 */
final class LruCache extends PyObject {
    private static final String OWNER = "_lru_cache_wrapper";
    /** Separates positional from keyword arguments in a key (CPython's kwd_mark). */
    private static final PyObject KWD_MARK = new PyInstance(PyType.OBJECT);

    static final PyType TYPE = NativeTypes.type("functools", OWNER, PyType.OBJECT, null, t -> {
        NativeTypes.constructor(t, (a, k) -> {
            NativeTypes.noKeywords(OWNER, k);
            NativeTypes.checkPositional(OWNER, a.length - 1, 4, 4);
            return new LruCache(a[1], a[2], Ops.isTrue(a[3]), a[4]);
        });
        t.define("__call__", PyBuiltinFunction.methodN(OWNER, "__call__", (a, k) -> ((LruCache) a[0]).call(a, k)));
        t.define("__get__", PyBuiltinFunction.method3(OWNER, "__get__",
                (self, obj, type) -> obj == Py.NONE ? self : new PyBoundMethod(self, obj)));
        t.define("cache_info", PyBuiltinFunction.method1(OWNER, "cache_info", self -> ((LruCache) self).info()));
        t.define("cache_clear", PyBuiltinFunction.method1(OWNER, "cache_clear", self -> {
            ((LruCache) self).clear();
            return Py.NONE;
        }));
        t.define("__copy__", PyBuiltinFunction.method1(OWNER, "__copy__", self -> self));
        t.define("__deepcopy__", PyBuiltinFunction.method2(OWNER, "__deepcopy__", (self, memo) -> self));
    });

    private final PyObject func;
    /** -1 for unbounded (maxsize=None), 0 for no caching at all. */
    private final long maxsize;
    private final boolean typed;
    private final PyObject infoType;
    private final PyDict dict = new PyDict();
    /** Oldest first; a hit moves its entry to the end. */
    private final LinkedHashMap<PyObject, PyObject> cache = new LinkedHashMap<>();
    private long hits;
    private long misses;

    private LruCache(PyObject func, PyObject maxsize, boolean typed, PyObject infoType) {
        this.func = func;
        this.maxsize = maxsize == Py.NONE ? -1 : Math.max(0, Ops.index(maxsize));
        this.typed = typed;
        this.infoType = infoType;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    private PyObject call(PyObject[] a, String[] k) {
        PyObject[] args = NativeTypes.dropFirst(a);
        if (maxsize == 0) {
            misses++;
            return TailCall.of(func, args, k, null);
        }
        PyObject key = makeKey(args, k);
        Ops.hash(key);
        PyObject hit = cache.get(key);
        if (hit != null) {
            hits++;
            if (maxsize > 0) {
                cache.remove(key);
                cache.put(key, hit);
            }
            return hit;
        }
        misses++;
        return TailCall.of(func, args, k, result -> store(key, result));
    }

    /** lru_cache_make_key: one exact int or str argument is its own key; else a flat tuple. */
    private PyObject makeKey(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (!typed && nkw == 0) {
            if (npos == 1 && (args[0].type() == PyInt.TYPE || args[0].type() == PyStr.TYPE)) {
                return args[0];
            }
            return PyTuple.of(args.clone());
        }
        PyObject[] key = new PyObject[npos + (nkw > 0 ? 2 * nkw + 1 : 0) + (typed ? args.length : 0)];
        int at = 0;
        for (int i = 0; i < npos; i++) {
            key[at++] = args[i];
        }
        if (nkw > 0) {
            key[at++] = KWD_MARK;
            for (int i = 0; i < nkw; i++) {
                key[at++] = PyStr.of(kwnames[i]);
                key[at++] = args[npos + i];
            }
        }
        if (typed) {
            for (PyObject arg : args) {
                key[at++] = arg.type();
            }
        }
        return PyTuple.of(key);
    }

    /** After a miss: a key that a recursive call already added stays; a full cache drops its oldest. */
    private PyObject store(PyObject key, PyObject result) {
        if (maxsize < 0) {
            cache.put(key, result);
            return result;
        }
        if (cache.containsKey(key)) {
            return result;
        }
        if (cache.size() >= maxsize && !cache.isEmpty()) {
            Iterator<Map.Entry<PyObject, PyObject>> oldest = cache.entrySet().iterator();
            oldest.next();
            oldest.remove();
        }
        cache.put(key, result);
        return result;
    }

    private PyObject info() {
        PyObject max = maxsize < 0 ? Py.NONE : PyInt.of(maxsize);
        return Ops.call(infoType, PyInt.of(hits), PyInt.of(misses), max, PyInt.of(cache.size()));
    }

    private void clear() {
        cache.clear();
        hits = 0;
        misses = 0;
    }
}
