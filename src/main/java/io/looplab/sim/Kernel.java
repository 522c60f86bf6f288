package io.looplab.sim;

import io.looplab.trace.EventKind;
import io.looplab.trace.ThreadState;
import io.looplab.trace.Trace;
import io.looplab.vm.BudgetExceeded;
import io.looplab.vm.ExecFrame;
import io.looplab.vm.Fiber;
import io.looplab.vm.Frame;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.Runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The simulated machine: one virtual clock, the threads, and the only places where time
 * advances: {@link #advance()} (every thread is blocked: pop the earliest deadline, set now,
 * wake its threads) and {@link Gil#burn} (a thread holds the GIL doing CPU work). Threads run one
 * at a time, FIFO, until they block (SimPy's step, asyncio's _run_once one level down), as the
 * oracle's baton scheduler (vrun.py _Sched) runs them.
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
    final ArrayDeque<Agent> runq = new ArrayDeque<>();
    final PriorityQueue<Timer> timers = new PriorityQueue<>();
    final List<Agent> agents = new ArrayList<>();
    Agent current;
    private Agent main;
    final Gil gil = new Gil(this);
    private int exitCode = -1;
    private boolean mainDone;
    private int mainExit;
    private String scenarioFile;
    final KernelOutput output;
    private final List<WaitListener> waitListeners = new ArrayList<>();

    /** Told whenever a thread suspends in a wait, before the wait is registered. */
    public interface WaitListener {
        void waiting(Agent a, SimSuspension s);
    }

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

    /** The asyncio layer listens, to show a loop frozen by a blocking call inside a task. */
    public void addWaitListener(WaitListener l) {
        waitListeners.add(l);
    }

    /** Thread states report the line of the innermost frame of this file (the scenario's own code). */
    void setScenarioFile(String path) {
        scenarioFile = path;
    }

    /** Creates a thread whose fiber is ready to run; it is not runnable until {@link #makeRunnable}. */
    Agent newAgent(String name, boolean daemon, Fiber fiber) {
        Agent a = new Agent(agents.size(), name, daemon, fiber);
        agents.add(a);
        trace.add(EventKind.THREAD_CREATED, a.id, a.id, daemon ? 1 : 0, 0, name);
        return a;
    }

    /** _thread.start_new_thread: a new thread, queued behind the runnable ones (the caller keeps running). */
    public Agent spawn(String name, boolean daemon, Fiber fiber) {
        Agent a = newAgent(name, daemon, fiber);
        makeRunnable(a);
        return a;
    }

    /**
     * Runs the main fiber (and whatever it starts) to the end; returns the exit code (0, 1 or 3).
     * The run ends when the main thread's fiber does: like CPython, the main thread itself joins
     * non-daemon threads (threading._shutdown, see {@link ProcessExit}); the others are abandoned.
     */
    public int runMain(Fiber mainFiber) {
        main = newAgent("MainThread", false, mainFiber);
        makeRunnable(main);
        try {
            while (exitCode < 0 && !mainDone) {
                Agent a = runq.pollFirst();
                if (a == null) {
                    gil.handTo(null);
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

    /** The thread takes the CPU: it retries its wait if that wait says so, else runs on. */
    private void execute(Agent a) {
        current = a;
        gil.handTo(a);
        setState(a, ThreadState.RUNNING, "");
        if (a.suspended && !a.waitingOn.wakeUp(this, a)) {
            a.waitingOn.block(this, a);
        }
        if (a.state == ThreadState.RUNNING) {
            run(a);
        }
        current = null;
    }

    /** Runs a's fiber until it blocks or ends; a wait that leaves a running lets it go on at once. */
    private void run(Agent a) {
        while (true) {
            if (a.suspended) {
                resume(a);
            }
            Fiber.Stop stop = io.looplab.vm.Interpreter.run(a.fiber);
            switch (stop) {
                case SUSPENDED -> {
                    if (!(a.fiber.suspension instanceof SimSuspension ss)) {
                        throw new IllegalStateException("unknown suspension " + a.fiber.suspension);
                    }
                    a.suspended = true;
                    a.waitingOn = ss;
                    ss.arm(this);
                    for (WaitListener l : waitListeners) {
                        l.waiting(a, ss);
                    }
                    ss.block(this, a);
                    if (a.state != ThreadState.RUNNING) {
                        return;
                    }
                }
                case FINISHED, RAISED -> {
                    finished(a, stop == Fiber.Stop.RAISED ? a.fiber.error : null);
                    return;
                }
                case YIELDED -> throw new IllegalStateException("a thread's bottom frame yielded");
            }
        }
    }

    private void resume(Agent a) {
        a.suspended = false;
        a.waitingOn = null;
        if (a.resumeError != null) {
            a.fiber.resumeThrow(a.resumeError);
        } else {
            a.fiber.resume(a.resumeValue != null ? a.resumeValue : io.looplab.vm.Py.NONE);
        }
        a.resumeValue = null;
        a.resumeError = null;
    }

    private void finished(Agent a, PyBaseException error) {
        setState(a, ThreadState.DONE, "");
        if (a == main) {
            if (error != null) {
                reportUncaught(error);
            }
            mainDone = true;
        }
    }

    /**
     * An exception reached the top of the main thread: CPython prints the traceback and the
     * oracle writes the "!Type: message" line at once, before threads are joined.
     */
    void reportUncaught(PyBaseException error) {
        if (error.isInstance(io.looplab.vm.ExceptionTypes.SYSTEM_EXIT)) {
            return;
        }
        output.flush();
        rt.stderr.write(io.looplab.vm.Tracebacks.format(error, rt));
        String msg = error.message();
        trace.add(EventKind.UNCAUGHT, main.id, main.id, 0, 0, error.type().name() + (msg.isEmpty() ? "" : ": " + msg));
        mainExit = 1;
    }

    /** time.sleep: blocks a thread until the deadline (due, reading) or until {@link #wake}. */
    public void block(Agent a, long due, long reading, String what) {
        blockUntil(a, due, reading, ThreadState.SLEEPING, what);
    }

    /** A wait with a timeout (lock.acquire(timeout=...)): blocked on something, but only until due. */
    public void blockWithTimeout(Agent a, long due, long reading, String what) {
        blockUntil(a, due, reading, ThreadState.BLOCKED, what);
    }

    /** Blocks a thread until another thread wakes it. */
    public void blockIndefinitely(Agent a, String what) {
        a.token++;
        setState(a, ThreadState.BLOCKED, what);
    }

    /** Makes a blocked thread runnable (a wake-up from another thread); no effect on a running one. */
    public void wake(Agent a) {
        if (a.state == ThreadState.SLEEPING || a.state == ThreadState.BLOCKED) {
            makeRunnable(a);
        }
    }

    private void blockUntil(Agent a, long due, long reading, ThreadState state, String what) {
        a.token++;
        setState(a, state, what);
        timers.add(new Timer(due, reading, ++uniq, a, a.token));
    }

    void makeRunnable(Agent a) {
        queue(a, now, ThreadState.RUNNABLE, "");
    }

    void queue(Agent a, long readyAt, ThreadState state, String what) {
        a.token++;
        a.readyAt = readyAt;
        setState(a, state, what);
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
            setNow(t.due());
        }
        while ((t = timers.peek()) != null && t.due() <= now) {
            timers.poll();
            Agent a = t.agent();
            if (a.token == t.token() && a.state != ThreadState.RUNNABLE && a.state != ThreadState.DONE) {
                makeRunnable(a);
            }
        }
        return true;
    }

    void dropStale() {
        Timer t;
        while ((t = timers.peek()) != null && (t.agent().token != t.token() || t.agent().state == ThreadState.DONE)) {
            timers.poll();
        }
    }

    void setNow(long t) {
        now = t;
        trace.setTime(t);
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
            setNow(VIRTUAL_LIMIT);
        }
        trace.add(EventKind.UNCAUGHT, -1, -1, 0, 0, text);
        exitCode = code;
    }

    void setState(Agent a, ThreadState s, String what) {
        a.state = s;
        a.waitingFor = what;
        trace.add(EventKind.THREAD_STATE, a.id, a.id, s.ordinal(), userLine(a.fiber), what.isEmpty() ? null : what);
    }

    /** The line of the innermost frame running scenario code (threading.py's frames are skipped). */
    private int userLine(Fiber f) {
        if (f == null) {
            return 0;
        }
        if (scenarioFile != null) {
            for (ExecFrame e = f.top(); e != null; e = e.back) {
                if (e instanceof Frame fr && fr.code.fileName.equals(scenarioFile)) {
                    return fr.line();
                }
            }
        }
        return f.currentLine();
    }
}
