package io.looplab.trace;

import java.util.Arrays;

/**
 * The mutable state of a run at one event, rebuilt by applying events in order: every task's
 * card, the ready queue and timer heap, each loop's running handle and blocker, every thread.
 * {@link Timeline} keeps copies of it as snapshots and replays forward from the nearest one.
 */
final class Replay {
    private static final int RUNNING = ThreadState.RUNNING.ordinal();

    final Registry reg;
    int event = -1;

    int taskCount;
    byte[] card = new byte[16];
    int[] line = new int[16];
    String[] detail = new String[16];
    String[] name = new String[16]; // null: the name it was created with
    boolean[] cancelRequested = new boolean[16];
    int[] columnCount = new int[Column.values().length];

    Threads threads = new Threads();

    Loops loops = new Loops();

    IntList ready = new IntList();
    TimerQueue timers = new TimerQueue(16);

    String uncaught;
    String deadlock;
    int exitCode = -1;

    /** The task and thread the last event changed (for the Gantt chart), -1: none. */
    int touchedTask = -1;
    int touchedThread = -1;

    Replay(Registry reg) {
        this.reg = reg;
    }

    /** Applies the next event; returns whether it changes anything the player shows. */
    boolean apply(Event e) {
        event = e.seq();
        touchedTask = -1;
        touchedThread = -1;
        return switch (e.kind()) {
            case TIME, CALLBACK_ADDED, FUTURE_DONE -> false;
            case PRINT -> printed(e);
            case THREAD_CREATED -> threadCreated(e);
            case THREAD_STATE -> threadState(e);
            case GIL -> gilMoved(e);
            case GREENLET_SWITCH -> threads.greenlet(e);
            case JOB -> threads.job(e);
            case LOOP_CREATED -> loopChanged(e);
            case TASK_CREATED -> taskCreated(e);
            case TASK_RENAMED -> renamed(e);
            case STEP_BEGIN -> stepBegin(e);
            case STEP_END -> stepEnd(e);
            case TASK_STATE -> taskState(e);
            case TASK_DONE -> taskDone(e);
            case HANDLE_SCHEDULED -> scheduled(e);
            case TIMER_DUE_AT -> timerScheduled(e);
            case HANDLE_CANCELLED -> cancelled(e);
            case TIMER_READY -> timerReady(e);
            case HANDLE_RUN -> handleRun(e);
            case LOOP_BLOCKED -> loopBlocked(e);
            case UNCAUGHT -> setUncaught(e);
            case DEADLOCK -> setDeadlock(e);
            case END -> ended(e);
        };
    }

    // ---- threads and loops -------------------------------------------------------------

    private boolean threadCreated(Event e) {
        int a = e.a();
        threads.ensure(a + 1);
        threads.state[a] = (byte) ThreadState.RUNNABLE.ordinal();
        touchedThread = a;
        return true;
    }

    private boolean threadState(Event e) {
        int a = e.a();
        threads.ensure(a + 1);
        boolean wasRunning = threads.state[a] == RUNNING;
        threads.state[a] = (byte) e.b();
        threads.line[a] = e.c();
        threads.detail[a] = e.text();
        touchedThread = a;
        loopsOf(a, e.b() == RUNNING, wasRunning, e.text());
        return true;
    }

    /**
     * A loop's idle thread has no running handle. A blocked loop's thread shows the blocking
     * call as a state with a detail (sleeping, blocked, or running cpu() work); when it runs
     * again with nothing to report, the blocking call has returned.
     */
    private void loopsOf(int thread, boolean running, boolean wasRunning, String detail) {
        for (int l = 0; l < loops.count; l++) {
            if (loops.owner[l] != thread) {
                continue;
            }
            boolean blocked = loops.blocker[l] != -1;
            if (!running && wasRunning && !blocked) {
                loops.handle[l] = -1;
            }
            if (blocked && (!running || detail != null)) {
                loops.blockerLeftRunning[l] = true;
            } else if (blocked && loops.blockerLeftRunning[l]) {
                unblock(l);
            }
        }
    }

    /**
     * Taking the GIL is a step of its own only when there is more than one thread to take it;
     * a release is folded into the next step (the thread that let go has just said why).
     */
    private boolean gilMoved(Event e) {
        threads.gil = e.a();
        return threads.count > 1 && e.a() >= 0;
    }

    private boolean loopChanged(Event e) {
        int l = reg.loop(e.a());
        loops.ensure(l + 1);
        loops.status[l] = (byte) e.c();
        loops.owner[l] = e.b();
        if (e.c() != 1) {
            loops.handle[l] = -1;
        }
        loops.last = l;
        return true;
    }

    private boolean loopBlocked(Event e) {
        int l = reg.loop(e.a());
        loops.ensure(l + 1);
        int t = reg.task(e.b());
        loops.blocker[l] = t >= 0 ? t : Loops.CALLBACK;
        loops.blockText[l] = e.text();
        loops.blockerLeftRunning[l] = false;
        if (t >= 0 && CardState.of(card[t]) == CardState.RUNNING) {
            setCard(t, CardState.BLOCKED);
            detail[t] = e.text();
        }
        touchedTask = t;
        return true;
    }

    private void unblock(int l) {
        int t = loops.blocker[l];
        loops.blocker[l] = -1;
        loops.blockText[l] = null;
        loops.blockerLeftRunning[l] = false;
        if (t >= 0 && CardState.of(card[t]) == CardState.BLOCKED) {
            setCard(t, CardState.RUNNING);
            detail[t] = null;
            touchedTask = t;
        }
    }

    // ---- tasks -------------------------------------------------------------------------

    private boolean taskCreated(Event e) {
        int t = reg.task(e.a());
        ensureTasks(t + 1);
        taskCount = t + 1;
        card[t] = (byte) CardState.READY.ordinal();
        columnCount[Column.PENDING.ordinal()]++;
        line[t] = e.c();
        touchedTask = t;
        return true;
    }

    private boolean renamed(Event e) {
        int t = reg.task(e.a());
        if (t >= 0) {
            name[t] = e.text();
        }
        return t >= 0;
    }

    private boolean stepBegin(Event e) {
        int t = reg.task(e.a());
        int h = reg.handle(e.c());
        if (h >= 0) {
            ready.removeValue(h);
        }
        setCard(t, CardState.RUNNING);
        detail[t] = null;
        line[t] = e.b();
        if (e.agent() >= 0) {
            threads.ensure(e.agent() + 1);
            threads.runningTask[e.agent()] = t;
        }
        loops.running(reg.taskLoop[t], h);
        touchedTask = t;
        return true;
    }

    private boolean stepEnd(Event e) {
        int t = reg.task(e.a());
        StepOutcome outcome = StepOutcome.values()[e.b()];
        if (outcome == StepOutcome.WAIT) {
            String why = e.text() == null ? "ready" : e.text();
            setCard(t, why.equals("ready") ? CardState.READY
                    : why.startsWith("sleep until") ? CardState.SLEEPING : CardState.AWAITING);
            detail[t] = why.equals("ready") ? null : why;
            line[t] = e.c();
        } else {
            finish(t, outcome, e.text());
        }
        endStep(t, e.agent());
        return true;
    }

    private void endStep(int t, int agent) {
        if (agent >= 0 && agent < threads.count && threads.runningTask[agent] == t) {
            threads.runningTask[agent] = -1;
        }
        int l = reg.taskLoop[t];
        loops.ensure(l + 1);
        loops.handle[l] = -1;
        if (loops.blocker[l] == t) {
            unblock(l);
        }
        touchedTask = t;
    }

    private void finish(int t, StepOutcome outcome, String text) {
        setCard(t, switch (outcome) {
            case CANCELLED -> CardState.CANCELLED;
            case ERROR -> CardState.FAILED;
            default -> CardState.DONE;
        });
        detail[t] = text;
        line[t] = 0;
        cancelRequested[t] = false;
    }

    private boolean taskState(Event e) {
        int t = reg.task(e.a());
        if (t < 0) {
            return false;
        }
        touchedTask = t;
        if (e.text() != null && e.text().startsWith("cancel")) {
            cancelRequested[t] = true;
            return true;
        }
        if (CardState.of(card[t]).column() != Column.PENDING) {
            return false;
        }
        TaskState s = TaskState.values()[e.b()];
        setCard(t, s == TaskState.SLEEPING ? CardState.SLEEPING
                : s == TaskState.AWAITING ? CardState.AWAITING : CardState.READY);
        detail[t] = e.text();
        return true;
    }

    private boolean taskDone(Event e) {
        int t = reg.task(e.a());
        finish(t, StepOutcome.values()[e.b()], e.text());
        endStep(t, e.agent());
        return true;
    }

    private void setCard(int t, CardState s) {
        columnCount[CardState.of(card[t]).column().ordinal()]--;
        card[t] = (byte) s.ordinal();
        columnCount[s.column().ordinal()]++;
    }

    // ---- the ready queue and the timer heap ----------------------------------------------

    private boolean scheduled(Event e) {
        int task = e.c() > 0 ? reg.task(e.c()) : -1;
        int h = reg.handle(e.a());
        ready.add(h);
        if (task >= 0 && CardState.of(card[task]).column() == Column.PENDING) {
            setCard(task, CardState.READY);
            detail[task] = null;
            touchedTask = task;
        }
        return true;
    }

    private boolean timerScheduled(Event e) {
        timers.add(e.value(), reg.handle(e.a()));
        return true;
    }

    private boolean cancelled(Event e) {
        int h = reg.handle(e.a());
        return h >= 0 && (ready.removeValue(h) || timers.remove(h));
    }

    private boolean timerReady(Event e) {
        int h = reg.handle(e.a());
        timers.remove(h);
        ready.add(h);
        return true;
    }

    private boolean handleRun(Event e) {
        int h = reg.handle(e.a());
        ready.removeValue(h);
        loops.running(reg.loop(e.b()), h);
        return true;
    }

    // ---- output and the end ------------------------------------------------------------

    /** The printing task's (or thread's) line moves to the print call. */
    private boolean printed(Event e) {
        int a = e.agent();
        if (e.a() > 0 && a >= 0 && a < threads.count) {
            int t = threads.runningTask[a];
            if (t >= 0) {
                line[t] = e.a();
                touchedTask = t;
            } else {
                threads.line[a] = e.a();
            }
        }
        return true;
    }

    private boolean setUncaught(Event e) {
        if (uncaught == null) {
            uncaught = e.text();
        }
        return true;
    }

    private boolean setDeadlock(Event e) {
        deadlock = e.text();
        return true;
    }

    private boolean ended(Event e) {
        exitCode = e.a();
        loops.stopAll();
        return true;
    }

    // ---- copies and growth -------------------------------------------------------------

    /** How big this state is, in array slots: what a snapshot of it costs. */
    int weight() {
        return taskCount + ready.size() + timers.size() + threads.count + loops.count + 64;
    }

    Replay copy() {
        Replay r = new Replay(reg);
        r.event = event;
        r.taskCount = taskCount;
        r.card = Arrays.copyOf(card, Math.max(1, taskCount));
        r.line = Arrays.copyOf(line, Math.max(1, taskCount));
        r.detail = Arrays.copyOf(detail, Math.max(1, taskCount));
        r.name = Arrays.copyOf(name, Math.max(1, taskCount));
        r.cancelRequested = Arrays.copyOf(cancelRequested, Math.max(1, taskCount));
        r.columnCount = columnCount.clone();
        r.threads = threads.copy();
        r.loops = loops.copy();
        r.ready.setAll(ready.toArray());
        r.timers = timers.copy();
        r.uncaught = uncaught;
        r.deadlock = deadlock;
        r.exitCode = exitCode;
        return r;
    }

    private void ensureTasks(int n) {
        if (n > card.length) {
            int size = Math.max(n, card.length * 2);
            card = Arrays.copyOf(card, size);
            line = Arrays.copyOf(line, size);
            detail = Arrays.copyOf(detail, size);
            name = Arrays.copyOf(name, size);
            cancelRequested = Arrays.copyOf(cancelRequested, size);
        }
    }
}
