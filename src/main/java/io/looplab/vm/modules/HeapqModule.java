package io.looplab.vm.modules;

import io.looplab.lang.CmpOperator;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyList;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.Runtime;
import io.looplab.vm.SourceModules;

/**
 * heapq: the list primitives are native (CPython's Modules/_heapqmodule.c, same sifts and the
 * same "<" comparisons, so equal elements end up exactly where CPython puts them); merge,
 * nlargest and nsmallest are Python (heapq.py), as in CPython.
 */
final class HeapqModule {
    private HeapqModule() {
    }

    static PyModule heapq(Runtime rt) {
        return SourceModules.loadResource(rt, "heapq", HeapqModule.class, "heapq.py");
    }

    static PyModule nativeHalf() {
        PyModule m = new PyModule("_heapq");
        m.put("heappush", PyBuiltinFunction.of2("heappush", (h, item) -> {
            PyList heap = list("heappush", false, h);
            heap.append(item);
            siftDown(heap, 0, heap.size() - 1, false);
            return Py.NONE;
        }));
        m.put("heappop", PyBuiltinFunction.of1("heappop", h -> pop(list("heappop", true, h), false)));
        m.put("heapreplace", PyBuiltinFunction.of2("heapreplace", (h, item) -> replace(list("heapreplace",
                false, h), item, false)));
        m.put("heappushpop", PyBuiltinFunction.of2("heappushpop", (h, item) -> pushPop(list("heappushpop",
                false, h), item)));
        m.put("heapify", PyBuiltinFunction.of1("heapify", h -> heapify(list("heapify", true, h), false)));
        m.put("_heappop_max", PyBuiltinFunction.of1("_heappop_max", h -> pop(list("_heappop_max", true, h), true)));
        m.put("_heapreplace_max", PyBuiltinFunction.of2("_heapreplace_max", (h,
                item) -> replace(list("_heapreplace_max", false, h), item, true)));
        m.put("_heapify_max", PyBuiltinFunction.of1("_heapify_max", h -> heapify(list("_heapify_max", true, h), true)));
        return m;
    }

    /** Argument Clinic's subclass_of check: "heappush() argument 1 must be list, not tuple". */
    private static PyList list(String fn, boolean only, PyObject heap) {
        if (!(heap instanceof PyList l)) {
            String which = only ? "argument" : "argument 1";
            throw PyException.type(fn + "() " + which + " must be list, not " + heap.type().name());
        }
        return l;
    }

    /** a < b for a min-heap; b < a for a max-heap (the max variants only ever use "<"). */
    private static boolean before(PyObject a, PyObject b, boolean max) {
        return max ? Ops.compareBool(CmpOperator.LT, b, a) : Ops.compareBool(CmpOperator.LT, a, b);
    }

    private static void checkSize(PyList heap, int size) {
        if (heap.size() != size) {
            throw PyException.runtime("list changed size during iteration");
        }
    }

    /** Moves the item at pos up towards startpos while it sorts before its parent. */
    private static void siftDown(PyList heap, int startpos, int pos, boolean max) {
        int size = heap.size();
        PyObject newitem = heap.get(pos);
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            PyObject parent = heap.get(parentpos);
            boolean lt = before(newitem, parent, max);
            checkSize(heap, size);
            if (!lt) {
                break;
            }
            heap.set(pos, heap.get(parentpos));
            heap.set(parentpos, newitem);
            pos = parentpos;
        }
    }

    /** Bubbles the smaller child up to a leaf, then sifts the original item back into place. */
    private static void siftUp(PyList heap, int pos, boolean max) {
        int endpos = heap.size();
        int startpos = pos;
        int limit = endpos >> 1;
        while (pos < limit) {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos) {
                boolean lt = before(heap.get(childpos), heap.get(childpos + 1), max);
                checkSize(heap, endpos);
                if (!lt) {
                    childpos++;
                }
            }
            PyObject child = heap.get(childpos);
            heap.set(childpos, heap.get(pos));
            heap.set(pos, child);
            pos = childpos;
        }
        siftDown(heap, startpos, pos, max);
    }

    private static PyObject pop(PyList heap, boolean max) {
        int n = heap.size();
        if (n == 0) {
            throw PyException.index("index out of range");
        }
        PyObject last = heap.remove(n - 1);
        if (n == 1) {
            return last;
        }
        PyObject result = heap.get(0);
        heap.set(0, last);
        siftUp(heap, 0, max);
        return result;
    }

    private static PyObject replace(PyList heap, PyObject item, boolean max) {
        if (heap.size() == 0) {
            throw PyException.index("index out of range");
        }
        PyObject result = heap.get(0);
        heap.set(0, item);
        siftUp(heap, 0, max);
        return result;
    }

    private static PyObject pushPop(PyList heap, PyObject item) {
        if (heap.size() == 0 || !Ops.compareBool(CmpOperator.LT, heap.get(0), item)) {
            return item;
        }
        if (heap.size() == 0) {
            throw PyException.index("index out of range");
        }
        PyObject result = heap.get(0);
        heap.set(0, item);
        siftUp(heap, 0, false);
        return result;
    }

    /**
     * Bottom-up heapify. CPython visits nodes in a cache-friendly order above 2500 items, but
     * every order that sifts children before parents yields this same layout.
     */
    private static PyObject heapify(PyList heap, boolean max) {
        for (int i = (heap.size() >> 1) - 1; i >= 0; i--) {
            siftUp(heap, i, max);
        }
        return Py.NONE;
    }
}
