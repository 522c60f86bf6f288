package io.looplab.vm;

import static io.looplab.vm.Opcode.*;

/**
 * The less frequent instructions, kept out of the dispatch loop so that it stays small enough
 * for the JIT. Each works on the frame's saved sp/pc; it may push a frame (then fb.top changes).
 */
final class Slow {
    private Slow() {
    }

    static Fiber.Stop execute(Fiber fb, Frame f, int op, int arg) {
        PyObject[] regs = f.regs;
        switch (op) {
            case CALL_FUNCTION_EX:
                return callEx(fb, f, arg);
            case MAKE_FUNCTION:
                makeFunction(fb, f, arg);
                return null;
            case LOAD_BUILD_CLASS:
                push(f, fb.runtime.builtins.get("__build_class__"));
                return null;
            case GET_YIELD_FROM_ITER:
                regs[f.sp - 1] = yieldFromIter(regs[f.sp - 1]);
                return null;
            case GET_AWAITABLE:
                regs[f.sp - 1] = Awaiting.awaitable(regs[f.sp - 1], arg);
                return null;
            case GET_AITER:
                regs[f.sp - 1] = Awaiting.aiter(regs[f.sp - 1]);
                return null;
            case GET_ANEXT:
                push(f, Awaiting.anext(regs[f.sp - 1]));
                return null;
            case END_ASYNC_FOR:
                return endAsyncFor(fb, f);
            case BEFORE_WITH:
                return beforeWith(fb, f, false);
            case BEFORE_ASYNC_WITH:
                return beforeWith(fb, f, true);
            case WITH_EXCEPT_START:
                return withExceptStart(fb, f);
            case PUSH_EXC_INFO: {
                PyObject exc = regs[f.sp - 1];
                regs[f.sp - 1] = fb.handled == null ? Py.NONE : fb.handled;
                push(f, exc);
                fb.handled = (PyBaseException) exc;
                return null;
            }
            case POP_EXCEPT: {
                PyObject prev = pop(f);
                fb.handled = prev == Py.NONE ? null : (PyBaseException) prev;
                return null;
            }
            case CHECK_EXC_MATCH: {
                PyObject type = pop(f);
                push(f, Py.bool(Exceptions.matches((PyBaseException) regs[f.sp - 1], type)));
                return null;
            }
            case UNPACK_SEQUENCE:
                Unpack.sequence(f, arg);
                return null;
            case UNPACK_EX:
                Unpack.extended(f, arg & 0xFFF, arg >> 12);
                return null;
            case IMPORT_NAME: {
                PyObject fromlist = pop(f);
                PyObject level = pop(f);
                push(f, Imports.importName(fb.runtime, f.code.names[arg].value, fromlist, (int) Ops.index(level),
                        f.globals));
                return null;
            }
            case IMPORT_FROM:
                push(f, Imports.importFrom(fb.runtime, regs[f.sp - 1], f.code.names[arg].value));
                return null;
            case IMPORT_STAR:
                Imports.importStar(pop(f), f.locals != null ? f.locals : f.globals);
                return null;
            case LOAD_ASSERTION_ERROR:
                push(f, ExceptionTypes.ASSERTION_ERROR);
                return null;
            case PUSH_NULL:
                push(f, null);
                return null;
            case UNSUPPORTED:
                throw PyException.unsupported(Ops.str(f.code.consts[arg]));
            case SETUP_ANNOTATIONS:
                if (f.locals != null && f.locals.get("__annotations__") == null) {
                    f.locals.put("__annotations__", new PyDict());
                }
                return null;
            default:
                throw new IllegalStateException("not a slow opcode: " + Opcode.name(op));
        }
    }

    static void push(Frame f, PyObject v) {
        f.regs[f.sp++] = v;
    }

    static PyObject pop(Frame f) {
        PyObject v = f.regs[--f.sp];
        f.regs[f.sp] = null;
        return v;
    }

    private static Fiber.Stop callEx(Fiber fb, Frame f, int flags) {
        PyObject kwargs = (flags & 1) != 0 ? pop(f) : null;
        PyObject args = pop(f);
        PyObject callee = pop(f);
        PyObject[] positional = Ops.toArray(args);
        String[] kw = null;
        PyObject[] all = positional;
        if (kwargs != null && ((PyDict) kwargs).size() > 0) {
            PyDict d = (PyDict) kwargs;
            kw = new String[d.size()];
            all = new PyObject[positional.length + kw.length];
            System.arraycopy(positional, 0, all, 0, positional.length);
            int i = 0;
            for (var e : d.entries()) {
                if (!(e.getKey() instanceof PyStr s)) {
                    throw PyException.type("keywords must be strings");
                }
                kw[i] = s.value;
                all[positional.length + i++] = e.getValue();
            }
        }
        return deliver(fb, f, Calls.callGeneric(fb, f, callee, all, kw, f.sp));
    }

    /** Puts a call's outcome on f's stack: a value, a pushed frame (null), or a Signal. */
    static Fiber.Stop deliver(Fiber fb, Frame f, PyObject r) {
        if (r == null) {
            return null;
        }
        if (r instanceof Signal s) {
            return Calls.signal(fb, f, s);
        }
        push(f, r);
        return null;
    }

    private static void makeFunction(Fiber fb, Frame f, int flags) {
        Code code = (Code) pop(f);
        PyCell[] closure = null;
        if ((flags & 4) != 0) {
            PyObject[] cells = ((PyTuple) pop(f)).items;
            closure = new PyCell[cells.length];
            for (int i = 0; i < cells.length; i++) {
                closure[i] = (PyCell) cells[i];
            }
        }
        PyDict kwDefaults = (flags & 2) != 0 ? (PyDict) pop(f) : null;
        PyObject[] defaults = (flags & 1) != 0 ? ((PyTuple) pop(f)).items : null;
        PyFunction fn = new PyFunction(fb.runtime, code, f.globals, defaults, kwDefaults, closure);
        fn.doc = code.doc;
        push(f, fn);
    }

    private static PyObject yieldFromIter(PyObject o) {
        if (o instanceof PyGenerator g) {
            if (g.isCoroutine()) {
                throw PyException.type("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return g;
        }
        return Ops.iter(o);
    }

    private static Fiber.Stop endAsyncFor(Fiber fb, Frame f) {
        PyBaseException exc = (PyBaseException) pop(f);
        if (exc.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION)) {
            pop(f);
            return null;
        }
        return Unwind.raise(fb, f, exc, true);
    }

    private static Fiber.Stop beforeWith(Fiber fb, Frame f, boolean async) {
        PyObject mgr = pop(f);
        String enterName = async ? "__aenter__" : "__enter__";
        String exitName = async ? "__aexit__" : "__exit__";
        PyObject enter = mgr.type().lookup(enterName);
        PyObject exit = mgr.type().lookup(exitName);
        if (enter == null || exit == null) {
            throw PyException.type("'" + mgr.type().name() + "' object does not support the "
                    + (async ? "asynchronous " : "") + "context manager protocol");
        }
        push(f, Attributes.bind(exit, mgr, mgr.type()));
        PyObject bound = Attributes.bind(enter, mgr, mgr.type());
        return deliver(fb, f, Calls.callGeneric(fb, f, bound, new PyObject[0], null, f.sp));
    }

    /** Stack: exit, prev, exc -> exit, prev, exc, exit(type, exc, None). */
    private static Fiber.Stop withExceptStart(Fiber fb, Frame f) {
        PyBaseException exc = (PyBaseException) f.regs[f.sp - 1];
        PyObject exit = f.regs[f.sp - 3];
        PyObject[] args = {exc.type(), exc, Py.NONE};
        return deliver(fb, f, Calls.callGeneric(fb, f, exit, args, null, f.sp));
    }
}
