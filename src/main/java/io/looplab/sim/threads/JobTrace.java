package io.looplab.sim.threads;

import io.looplab.sim.Agent;
import io.looplab.sim.Kernel;
import io.looplab.trace.EventKind;
import io.looplab.trace.JobState;
import io.looplab.vm.Attributes;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The private module _looplab: the trace hooks LoopLab's concurrent.futures.thread calls, so the
 * thread-pool view sees each job queued, picked up by a worker and finished. They only record
 * events (reprs never run Python code), so tracing cannot change the program.
 */
final class JobTrace {
    private final Kernel kernel;
    private final Map<PyObject, Integer> ids = new IdentityHashMap<>();
    private final Map<Integer, String> calls = new java.util.HashMap<>();

    private JobTrace(Kernel kernel) {
        this.kernel = kernel;
    }

    static PyModule create(Kernel k) {
        JobTrace jobs = new JobTrace(k);
        PyModule m = new PyModule("_looplab");
        m.put("job_queued", PyBuiltinFunction.ofN("job_queued", (a, kw) -> jobs.queued(a[0], a[1], a[2])));
        m.put("job_state", PyBuiltinFunction.ofN("job_state", (a, kw) -> jobs.state(a)));
        m.put("job_wrapped", PyBuiltinFunction.of2("job_wrapped", jobs::wrapped));
        return m;
    }

    /** job_queued(future, fn, args): the submitter put a work item in the pool's queue. */
    private PyObject queued(PyObject future, PyObject fn, PyObject args) {
        int id = ids.size() + 1;
        ids.put(future, id);
        StringBuilder call = new StringBuilder(name(fn)).append('(');
        if (args instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                call.append(i > 0 ? ", " : "").append(Ops.safeRepr(t.get(i)));
            }
        }
        calls.put(id, call.append(')').toString());
        emit(id, JobState.QUEUED, calls.get(id));
        return Py.NONE;
    }

    /** job_state(future, 'running' | 'cancelled' | 'done' | 'failed', value=None): a worker took or finished the job. */
    private PyObject state(PyObject[] a) {
        Integer id = ids.get(a[0]);
        if (id == null) {
            return Py.NONE;
        }
        PyObject value = a.length > 2 ? a[2] : Py.NONE;
        switch (Ops.str(a[1])) {
            case "running" -> emit(id, JobState.RUNNING, null);
            case "cancelled" -> emit(id, JobState.CANCELLED, null);
            case "failed" -> {
                PyBaseException e = (PyBaseException) value;
                String msg = e.message();
                emit(id, JobState.FAILED, e.type().name() + (msg.isEmpty() ? "" : ": " + msg));
            }
            default -> emit(id, JobState.DONE, Ops.safeRepr(value));
        }
        return Py.NONE;
    }

    /** job_wrapped(future, loop_future): asyncio.wrap_future chained a loop future to the job. */
    private PyObject wrapped(PyObject future, PyObject loopFuture) {
        Integer id = ids.get(future);
        if (id != null && loopFuture instanceof io.looplab.sim.asyncio.Future f) {
            f.setLabel("thread-pool job " + id + ": " + calls.get(id));
        }
        return Py.NONE;
    }

    private void emit(int id, JobState s, String text) {
        Agent a = kernel.currentAgent();
        int agent = a == null ? -1 : a.id();
        kernel.trace().add(EventKind.JOB, agent, id, s.ordinal(), agent, text);
    }

    private static String name(PyObject fn) {
        PyObject n = Attributes.lookupOrNull(fn, "__qualname__");
        return n instanceof PyStr s ? s.value : fn.type().name();
    }
}
