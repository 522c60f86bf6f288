package io.looplab.sim;

import io.looplab.trace.EventKind;
import io.looplab.trace.ThreadState;
import io.looplab.trace.Trace;
import io.looplab.vm.BudgetExceeded;
import io.looplab.vm.Fiber;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyObject;
import io.looplab.vm.Runtime;
import io.looplab.vm.Suspension;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The simulated machine: one virtual clock, the threads, and the only place where time
 * advances ({@link #advance()}: pop the earliest deadline, set now, wake its thread). Threads
 * run one at a time until they block (SimPy's step, asyncio's _run_once one level down).
 */
public final class Kernel {
    public static final long NS = 1_000_000_000L;
    /** The oracle's guard: nothing may happen after 10,000 virtual seconds. */
    public static final long VIRTUAL_LIMIT = 10_000 * NS;

    final Runtime rt;
    final Trace trace;
    private long now;
    private long readings;
    private long uniq;
    private final ArrayDeque<Agent> runq = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    final List<Agent> agents = new ArrayList<>();
    private Agent current;
    private Agent main;
    private int exitCode = -1;
    private boolean mainDone;
    private int mainExit;
    final KernelOutput output;

    public Kernel(Runtime rt, Trace trace) {
        this.rt = rt;
        this.trace = trace;
        this.output = new KernelOutput(this, trace);
        rt.stdout = output;
        trace.setTime(0);
    }

    public long now() {
        return now;
    }

    /** A fresh clock-reading number (the oracle orders equal deadlines by when they were computed). */
    public long newReading() {
        return ++readings;
    }

    /** time.time() and friends: a reading of the virtual clock, in seconds. */
    public io.looplab.vm.ClockReading clockReading() {
        return new io.looplab.vm.ClockReading(now, newReading());
    }

    public Agent currentAgent() {
        return current;
    }

    public Trace trace() {
        return trace;
    }

    public Runtime runtime() {
        return rt;
    }

    /** Creates a thread whose fiber is ready to run; it is not runnable until {@link #makeRunnable}. */
    Agent newAgent(String name, boolean daemon, Fiber fiber) {
        Agent a = new Agent(agents.size(), name, daemon, fiber);
        agents.add(a);
        trace.add(EventKind.THREAD_CREATED, a.id, a.id, daemon ? 1 : 0, 0, name);
        return a;
    }

    /** Runs the main fiber (and whatever it starts) to the end; returns the exit code (0, 1 or 3). */
    public int runMain(Fiber mainFiber) {
        main = newAgent("MainThread", false, mainFiber);
        makeRunnable(main);
        try {
            while (exitCode < 0 && !(mainDone && nonDaemonsDone())) {
                Agent a = runq.pollFirst();
                if (a == null) {
                    if (!advance()) {
                        break;
                    }
                    continue;
                }
                execute(a);
            }
        } catch (BudgetExceeded e) {
            limit("Timeout: step budget of " + e.steps + " exhausted (line " + e.line + " was running)", 3);
        } catch (RuntimeException | StackOverflowError | ExceptionInInitializerError e) {
            // a bug in LoopLab, not in the program: report it in the trace, never as a Java crash
            output.flush();
            rt.stderr.write("LoopLab internal error: " + e + "\n");
            trace.add(EventKind.UNCAUGHT, -1, -1, 0, 0, "SystemError: LoopLab internal error: " + e);
            exitCode = 1;
        }
        if (exitCode < 0) {
            exitCode = mainExit;
        }
        output.flush();
        trace.add(EventKind.END, -1, exitCode, 0, 0);
        return exitCode;
    }

    private void execute(Agent a) {
        current = a;
        setState(a, ThreadState.RUNNING, "");
        if (a.suspended) {
            a.suspended = false;
            if (a.resumeError != null) {
                a.fiber.resumeThrow(a.resumeError);
            } else {
                a.fiber.resume(a.resumeValue != null ? a.resumeValue : io.looplab.vm.Py.NONE);
            }
            a.resumeValue = null;
            a.resumeError = null;
        }
        Fiber.Stop stop = io.looplab.vm.Interpreter.run(a.fiber);
        switch (stop) {
            case SUSPENDED -> {
                Suspension s = a.fiber.suspension;
                if (!(s instanceof SimSuspension ss)) {
                    throw new IllegalStateException("unknown suspension " + s);
                }
                a.suspended = true;
                ss.block(this, a);
            }
            case FINISHED, RAISED -> finished(a, stop == Fiber.Stop.RAISED ? a.fiber.error : null);
            case YIELDED -> throw new IllegalStateException("a thread's bottom frame yielded");
        }
        current = null;
    }

    private void finished(Agent a, PyBaseException error) {
        setState(a, ThreadState.DONE, "");
        if (a == main) {
            mainFinished(error);
        }
    }

    /** CPython: the traceback and "!Type" line at once, then threading._shutdown() joins non-daemon threads. */
    private void mainFinished(PyBaseException error) {
        if (error != null && !error.isInstance(io.looplab.vm.ExceptionTypes.SYSTEM_EXIT)) {
            output.flush();
            rt.stderr.write(io.looplab.vm.Tracebacks.format(error, rt));
            String msg = error.message();
            trace.add(EventKind.UNCAUGHT, main.id, main.id, 0, 0, error.type().name() + (msg.isEmpty() ? "" : ": " + msg));
            mainExit = 1;
        }
        mainDone = true;
    }

    private boolean nonDaemonsDone() {
        for (Agent a : agents) {
            if (!a.daemon && a.isAlive()) {
                return false;
            }
        }
        return true;
    }

    /** Blocks a thread until the deadline (due, reading) or until {@link #wake}. */
    public void block(Agent a, long due, long reading, String what) {
        blockUntil(a, due, reading, what);
    }

    /** Blocks a thread until another thread wakes it. */
    public void blockIndefinitely(Agent a, String what) {
        a.token++;
        a.timedOut = false;
        setState(a, ThreadState.BLOCKED, what);
    }

    /** Makes a blocked thread runnable (a wake-up from another thread); no effect on a running one. */
    public void wake(Agent a) {
        if (a.state == ThreadState.SLEEPING || a.state == ThreadState.BLOCKED) {
            makeRunnable(a);
        }
    }

    /** Blocks a (already off the CPU) until woken by another thread or by the deadline. */
    void blockUntil(Agent a, long due, long reading, String what) {
        a.token++;
        a.timedOut = false;
        setState(a, ThreadState.SLEEPING, what);
        timers.add(new Timer(due, reading, ++uniq, a, a.token));
    }

    void makeRunnable(Agent a) {
        a.token++;
        a.readyAt = now;
        setState(a, ThreadState.RUNNABLE, "");
        runq.addLast(a);
    }

    /** Moves time to the earliest deadline and wakes every thread due then. False when nothing can happen. */
    private boolean advance() {
        dropStale();
        Timer t = timers.peek();
        if (t == null) {
            deadlock();
            return false;
        }
        if (t.due() > VIRTUAL_LIMIT) {
            limit("Timeout: virtual time limit", 3);
            return false;
        }
        if (t.due() > now) {
            now = t.due();
            trace.setTime(now);
        }
        while ((t = timers.peek()) != null && t.due() <= now) {
            timers.poll();
            Agent a = t.agent();
            if (a.token == t.token() && a.state != ThreadState.RUNNABLE && a.state != ThreadState.DONE) {
                a.timedOut = true;
                makeRunnable(a);
            }
        }
        return true;
    }

    private void dropStale() {
        Timer t;
        while ((t = timers.peek()) != null && (t.agent().token != t.token() || t.agent().state == ThreadState.DONE)) {
            timers.poll();
        }
    }

    /** Nothing runnable and no deadline: the oracle reports it as hitting the virtual time limit. */
    private void deadlock() {
        StringBuilder who = new StringBuilder();
        for (Agent a : agents) {
            if (a.isAlive()) {
                who.append(a.name).append(" waits for ").append(a.waitingFor.isEmpty() ? "nothing" : a.waitingFor)
                        .append('\n');
            }
        }
        trace.add(EventKind.DEADLOCK, -1, 0, 0, 0, who.toString().strip());
        limit("Timeout: virtual time limit", 3);
    }

    private void limit(String text, int code) {
        output.flush();
        if (text.startsWith("Timeout: virtual")) {
            now = VIRTUAL_LIMIT;
            trace.setTime(now);
        }
        trace.add(EventKind.UNCAUGHT, -1, -1, 0, 0, text);
        exitCode = code;
    }

    private void setState(Agent a, ThreadState s, String what) {
        a.state = s;
        a.waitingFor = what;
        Fiber f = a.fiber;
        trace.add(EventKind.THREAD_STATE, a.id, a.id, s.ordinal(), f == null ? 0 : f.currentLine(), what.isEmpty() ? null : what);
    }
}
