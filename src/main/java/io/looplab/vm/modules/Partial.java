package io.looplab.vm.modules;

import io.looplab.vm.Descriptors;
import io.looplab.vm.Ops;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyException;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * functools.partial (CPython's Modules/_functoolsmodule.c): func with some positional and
 * keyword arguments fixed. Calling it is a {@link TailCall}, so the function can block.
 */
final class Partial extends PyObject {
    static final PyType TYPE = NativeTypes.type("functools", "partial", PyType.OBJECT, Partial::new, t -> {
        NativeTypes.constructor(t, Partial::create);
        t.define("__call__", PyBuiltinFunction.methodN("partial", "__call__", Partial::call));
        t.define("func", Descriptors.getter("func", p -> ((Partial) p).func));
        t.define("args", Descriptors.getter("args", p -> PyTuple.of(((Partial) p).args.clone())));
        t.define("keywords", Descriptors.getter("keywords", p -> ((Partial) p).keywords));
        NativeTypes.repr(t, p -> ((Partial) p).repr());
    });

    private final PyType type;
    private PyDict dict;
    private PyObject func;
    private PyObject[] args;
    private PyDict keywords;

    private Partial(PyType type) {
        this.type = type;
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

    /** partial(func, *args, **keywords); a plain partial of a partial is flattened, as partial_new does. */
    private static PyObject create(PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        if (a.length - nkw < 2) {
            throw PyException.type("type 'partial' takes at least one argument");
        }
        PyObject func = a[1];
        PyObject[] head = new PyObject[0];
        PyDict kw = new PyDict();
        if (func instanceof Partial inner && (inner.dict == null || inner.dict.size() == 0)) {
            head = inner.args;
            kw = inner.keywords.copy();
            func = inner.func;
        }
        if (!NativeTypes.isCallable(func)) {
            throw PyException.type("the first argument must be callable");
        }
        Partial p = (Partial) ((PyType) a[0]).allocate();
        p.func = func;
        int npos = a.length - 2 - nkw;
        p.args = new PyObject[head.length + npos];
        System.arraycopy(head, 0, p.args, 0, head.length);
        System.arraycopy(a, 2, p.args, head.length, npos);
        for (int i = 0; i < nkw; i++) {
            kw.put(PyStr.of(k[i]), a[a.length - nkw + i]);
        }
        p.keywords = kw;
        return p;
    }

    /** partial_call: the stored positionals first; call-time keywords override stored ones. */
    private static PyObject call(PyObject[] a, String[] k) {
        Partial p = (Partial) a[0];
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - 1 - nkw;
        PyDict kw = p.keywords;
        if (nkw > 0) {
            kw = kw.copy();
            for (int i = 0; i < nkw; i++) {
                kw.put(PyStr.of(k[i]), a[a.length - nkw + i]);
            }
        }
        List<PyObject> values = new ArrayList<>(List.of(p.args));
        values.addAll(List.of(a).subList(1, 1 + npos));
        String[] names = new String[kw.size()];
        int i = 0;
        for (Map.Entry<PyObject, PyObject> e : kw.entries()) {
            names[i++] = Ops.str(e.getKey());
            values.add(e.getValue());
        }
        return TailCall.of(p.func, values.toArray(new PyObject[0]), names.length == 0 ? null : names, null);
    }

    /** functools.partial(<func>, 1, key=2); a subclass shows its own name, a cycle shows "...". */
    private String repr() {
        return ReprGuard.guard(this, "...", () -> {
            StringBuilder sb = new StringBuilder(type == TYPE ? "functools.partial" : type.name());
            sb.append('(').append(Ops.repr(func));
            for (PyObject arg : args) {
                sb.append(", ").append(Ops.repr(arg));
            }
            for (Map.Entry<PyObject, PyObject> e : keywords.entries()) {
                sb.append(", ").append(Ops.str(e.getKey())).append('=').append(Ops.repr(e.getValue()));
            }
            return sb.append(')').toString();
        });
    }
}
