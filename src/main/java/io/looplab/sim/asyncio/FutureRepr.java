package io.looplab.sim.asyncio;

import io.looplab.vm.Frame;
import io.looplab.vm.Ops;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyGenerator;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyList;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;

import java.util.ArrayList;
import java.util.List;

/** repr() of futures and tasks as asyncio's base_futures/base_tasks write it (results shortened by reprlib). */
final class FutureRepr {
    private FutureRepr() {
    }

    static String of(Future f) {
        List<String> info = new ArrayList<>();
        info.add(f.stateName().toLowerCase());
        if (f.state == Future.FINISHED) {
            info.add(f.exception != null ? "exception=" + Ops.repr(f.exception) : "result=" + reprlib(f.result, 1));
        }
        if (!f.callbacks.isEmpty()) {
            info.add(callbacks(f));
        }
        if (f instanceof Task t) {
            if (t.numCancelsRequested > 0 && !t.done()) {
                info.set(0, "cancelling");
            }
            info.add(1, "name=" + Ops.repr(PyStr.of(t.name)));
            info.add(2, "coro=<" + coroutine(t.coro) + ">");
            if (t.futWaiter != null) {
                info.add(3, "wait_for=" + Ops.repr(t.futWaiter));
            }
        }
        return "<" + f.type().name() + " " + String.join(" ", info) + ">";
    }

    private static String callbacks(Future f) {
        List<String> cbs = new ArrayList<>();
        for (Future.DoneCallback cb : f.callbacks) {
            cbs.add(cb.callable() != null ? Callbacks.format(cb.callable(), new PyObject[0])
                    : cb.internal() != null ? cb.internal().describe() : "Task.task_wakeup()");
        }
        String s = cbs.size() <= 2 ? String.join(", ", cbs)
                : cbs.get(0) + ", <" + (cbs.size() - 2) + " more>, " + cbs.get(cbs.size() - 1);
        return "cb=[" + s + "]";
    }

    /** coroutines._format_coroutine: "f() running at FILE:LINE" or "f() done, defined at FILE:LINE". */
    static String coroutine(PyObject coro) {
        if (!(coro instanceof PyGenerator g)) {
            return Ops.repr(coro);
        }
        Frame fr = g.frame;
        String name = g.qualname + "()";
        if (g.isFinished()) {
            return name + " done, defined at " + fr.code.fileName + ":" + fr.code.firstLine;
        }
        int line = g.state() == PyGenerator.State.CREATED ? fr.code.firstLine : fr.suspendedLine();
        return name + " running at " + fr.code.fileName + ":" + line;
    }

    /** reprlib.repr with its default limits. */
    static String reprlib(PyObject o, int level) {
        if (o instanceof PyStr s) {
            String r = Ops.repr(s);
            if (s.length() > 30) {
                r = Ops.repr(s.slice(0, 13)) + "..." + Ops.repr(s.slice(s.length() - 14, s.length()));
            }
            return r;
        }
        if (o instanceof PyInt) {
            String r = Ops.repr(o);
            return r.length() > 40 ? r.substring(0, 18) + "..." + r.substring(r.length() - 19) : r;
        }
        if (level > 6 && (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict)) {
            return o instanceof PyList ? "[...]" : o instanceof PyTuple ? "(...)" : "{...}";
        }
        if (o instanceof PyList l) {
            return "[" + items(l.toArray(), 6, level) + "]";
        }
        if (o instanceof PyTuple t) {
            return "(" + items(t.items, 6, level) + (t.size() == 1 ? ",)" : ")");
        }
        String r = Ops.repr(o);
        return r.length() > 30 ? r.substring(0, 13) + "..." + r.substring(r.length() - 14) : r;
    }

    private static String items(PyObject[] items, int max, int level) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(items.length, max); i++) {
            sb.append(i > 0 ? ", " : "").append(reprlib(items[i], level + 1));
        }
        if (items.length > max) {
            sb.append(", ...");
        }
        return sb.toString();
    }
}
