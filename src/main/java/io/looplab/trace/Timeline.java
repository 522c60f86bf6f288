package io.looplab.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The queries a player asks of one trace: its steps (the events that change what is shown; the
 * clock's own TIME events and bookkeeping are folded into the next one), the state at any step,
 * time per step, the output, the timeline chart and the summary. Built in one pass; the state
 * at a step is replayed forward from the nearest snapshot, and snapshots are spaced by the size
 * of the state so they cost at most about two ints per event.
 */
public final class Timeline {
    /** Fewest events between two snapshots. */
    static final int MIN_SPACING = 2048;
    /** Finer checkpoints left behind between two snapshots when replaying a jump. */
    static final int CHECKPOINTS = 8;

    private final Trace trace;
    private final Registry reg;
    private final int[] stepEvent; // step k (1-based) is event stepEvent[k - 1]; step 0 is before any event
    private final List<Replay> snapshots;
    private final int[] outputSeq;
    private final List<OutputLine> output;
    private final int[] lineFirstEvent; // line -> first event on it + 1 (0: never)
    private final Gantt gantt;
    private final RunSummary summary;
    private Replay work;
    private final List<Replay> checkpoints = new ArrayList<>();

    private Timeline(TimelineBuilder b) {
        trace = b.trace;
        reg = b.reg;
        stepEvent = b.steps.toArray();
        snapshots = List.copyOf(b.snapshots);
        outputSeq = b.output.toArray();
        output = new OutputView();
        lineFirstEvent = b.lineFirstEvent;
        gantt = b.gantt.finish(trace.size());
        summary = b.summary();
        work = snapshots.get(0).copy();
    }

    /** Reads the whole trace once (for a million events, well under a second). */
    public static Timeline of(Trace trace) {
        TimelineBuilder b = new TimelineBuilder(trace);
        for (Event e : trace) {
            b.accept(e);
        }
        return new Timeline(b.finish());
    }

    public Trace trace() {
        return trace;
    }

    /** The number of steps; the cursor moves over 0 .. steps(), 0 being before anything happened. */
    public int steps() {
        return stepEvent.length;
    }

    /** The last event applied at a step (-1 at step 0). */
    public int eventOf(int step) {
        return step <= 0 ? -1 : stepEvent[Math.min(step, stepEvent.length) - 1];
    }

    /** The first step at which event {@code seq} has happened. */
    public int stepOfEvent(int seq) {
        int lo = 0;
        int hi = stepEvent.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (stepEvent[mid] < seq) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1 > stepEvent.length ? stepEvent.length : lo + 1;
    }

    /** Virtual time at a step, in ns. */
    public long timeAt(int step) {
        return step <= 0 ? 0 : trace.time(eventOf(step));
    }

    public long timeOfEvent(int seq) {
        return seq < 0 ? 0 : trace.time(Math.min(seq, trace.size() - 1));
    }

    /** Virtual time at the end of the run. */
    public long endNs() {
        return trace.size() == 0 ? 0 : trace.time(trace.size() - 1);
    }

    /**
     * When the program last did something: the end, unless the run was stopped by the virtual
     * time limit (a deadlock jumps the clock to the limit), in which case the last activity.
     */
    public long activeEndNs() {
        return summary.activeEndNs();
    }

    /** The last step at or before virtual time {@code ns} (0 if none). */
    public int lastStepAtOrBefore(long ns) {
        return TimeSearch.lastAtOrBefore(steps(), this::timeAt, ns);
    }

    /** The first step at or after virtual time {@code ns} (steps() if none). */
    public int firstStepAtOrAfter(long ns) {
        int at = lastStepAtOrBefore(ns - 1);
        return Math.min(at + 1, steps());
    }

    /**
     * The state at a step. Moving forward a little is cheap; a jump replays from the nearest
     * snapshot, leaving finer checkpoints behind it so that stepping back stays cheap too.
     */
    public synchronized TraceState stateAt(int step) {
        int s = Math.max(0, Math.min(step, steps()));
        int target = eventOf(s);
        boolean back = target < work.event;
        if (back || target - work.event > spacingFor(work)) {
            Replay base = nearest(target);
            if (back || base.event > work.event) {
                work = base.copy();
            }
        }
        replayTo(target, back);
        return new TraceState(this, work.copy(), s, timeAt(s));
    }

    /** Replays forward to an event; going back, it leaves checkpoints for the next step back. */
    private void replayTo(int target, boolean back) {
        if (work.event >= target) {
            return;
        }
        int every = Math.max(MIN_SPACING, spacingFor(work) / CHECKPOINTS);
        boolean keep = back && target - work.event > every;
        Trace.Cursor c = trace.cursor(work.event + 1);
        while (work.event < target) {
            work.apply(c.next());
            if (keep && work.event % every == 0 && work.event < target) {
                checkpoint(work.copy());
            }
        }
    }

    private void checkpoint(Replay r) {
        checkpoints.removeIf(old -> old.event >= r.event);
        checkpoints.add(r);
        if (checkpoints.size() > 4 * CHECKPOINTS) {
            checkpoints.remove(0);
        }
    }

    private static int spacingFor(Replay r) {
        return Math.max(MIN_SPACING, r.weight() / 2);
    }

    /** The latest snapshot or checkpoint at or before an event. */
    private Replay nearest(int event) {
        Replay best = nearestSnapshot(event);
        for (Replay r : checkpoints) {
            if (r.event <= event && r.event > best.event) {
                best = r;
            }
        }
        return best;
    }

    private Replay nearestSnapshot(int event) {
        int lo = 0;
        int hi = snapshots.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (snapshots.get(mid).event <= event) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return snapshots.get(lo);
    }

    /** Everything the program printed, in order (each line decoded when asked for). */
    public List<OutputLine> output() {
        return output;
    }

    /** The printed lines as a list view over the trace: a run that prints millions costs one int each. */
    private final class OutputView extends java.util.AbstractList<OutputLine> implements java.util.RandomAccess {
        @Override
        public OutputLine get(int i) {
            Event e = trace.get(outputSeq[i]);
            return new OutputLine(e.seq(), e.timeNs(), e.text(), e.agent(), e.a(), e.b() == 1);
        }

        @Override
        public int size() {
            return outputSeq.length;
        }
    }

    /** How many output lines exist once event {@code seq} has happened. */
    int outputCountAt(int seq) {
        int lo = 0;
        int hi = outputSeq.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (outputSeq[mid] <= seq) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first step at which some task or thread is on {@code line}, -1 if none ever is. */
    public int firstStepOnLine(int line) {
        int seq = line > 0 && line < lineFirstEvent.length ? lineFirstEvent[line] - 1 : -1;
        return seq < 0 ? -1 : stepOfEvent(seq);
    }

    public Gantt gantt() {
        return gantt;
    }

    public RunSummary summary() {
        return summary;
    }

    /** How many snapshots back the state queries (for the benchmark's report). */
    public int snapshotCount() {
        return snapshots.size();
    }

    Registry registry() {
        return reg;
    }

    /** Collects what a Timeline needs in one pass over the trace. */
    static final class TimelineBuilder {
        final Trace trace;
        final Registry reg = new Registry();
        final Replay replay;
        final IntList steps = new IntList(1024);
        final List<Replay> snapshots = new ArrayList<>();
        final IntList output = new IntList(64);
        int[] lineFirstEvent = new int[64];
        final Gantt.Builder gantt;
        private Event held;
        private int lastSnapshot;
        private int lastRunning = -1;
        private int threadSwitches;
        private int taskSteps;
        private long activeEnd;
        private final java.util.BitSet ran = new java.util.BitSet();

        TimelineBuilder(Trace trace) {
            this.trace = trace;
            this.replay = new Replay(reg);
            this.gantt = new Gantt.Builder(reg);
            snapshots.add(replay.copy());
        }

        void accept(Event e) {
            register(e);
            boolean visible = replay.apply(e);
            chart(e);
            step(e, visible);
            count(e);
            if (e.seq() - lastSnapshot >= spacingFor(replay)) {
                snapshots.add(replay.copy());
                lastSnapshot = e.seq();
            }
        }

        private void register(Event e) {
            switch (e.kind()) {
                case TASK_CREATED -> reg.addTask(e);
                case HANDLE_SCHEDULED -> reg.addHandle(e.a(), e.c() > 0 ? reg.task(e.c()) : -1, e.seq(), owner(e));
                case TIMER_DUE_AT -> reg.addHandle(e.a(), -1, e.seq(), owner(e));
                case THREAD_CREATED -> reg.addThread(e.a(), e.text(), e.b() == 1);
                case LOOP_CREATED -> reg.loop(e.a());
                case TASK_RENAMED -> reg.renamed(e.a(), e.text());
                case JOB -> {
                    if (e.b() == JobState.QUEUED.ordinal() && e.text() != null) {
                        reg.jobCall.put(e.a(), e.text());
                    }
                }
                case PRINT -> output.add(e.seq());
                default -> { }
            }
            int line = switch (e.kind()) {
                case STEP_BEGIN -> e.b();
                case STEP_END, THREAD_STATE -> e.c();
                case PRINT -> e.a();
                default -> 0;
            };
            if (line > 0) {
                if (line >= lineFirstEvent.length) {
                    lineFirstEvent = java.util.Arrays.copyOf(lineFirstEvent, Math.max(line + 1, lineFirstEvent.length * 2));
                }
                if (lineFirstEvent[line] == 0) {
                    lineFirstEvent[line] = e.seq() + 1;
                }
            }
        }

        private int owner(Event e) {
            int a = e.agent();
            return a >= 0 && a < replay.threads.count ? replay.threads.runningTask[a] : -1;
        }

        private void chart(Event e) {
            if (replay.touchedTask >= 0) {
                gantt.task(replay.touchedTask, CardState.of(replay.card[replay.touchedTask]), e.seq());
            }
            if (replay.touchedThread >= 0) {
                gantt.thread(replay.touchedThread, ThreadState.values()[replay.threads.state[replay.touchedThread]], e.seq());
            }
        }

        /** Pairs make one step: a thread made runnable that runs at once; a task created and scheduled; a last step and its result. */
        private void step(Event e, boolean visible) {
            if (!visible) {
                return; // folded into the next step
            }
            if (held != null && takesGilOnTheWay(held, e)) {
                return; // a woken thread takes the GIL and runs: one step
            }
            if (held != null) {
                Event h = held;
                held = null;
                if (completes(h, e)) {
                    steps.add(e.seq());
                    return;
                }
                steps.add(h.seq());
            }
            if (opensPair(e)) {
                held = e;
            } else {
                steps.add(e.seq());
            }
        }

        private static boolean takesGilOnTheWay(Event held, Event e) {
            return held.kind() == EventKind.THREAD_STATE && e.kind() == EventKind.GIL && e.a() == held.a();
        }

        private static boolean opensPair(Event e) {
            return e.kind() == EventKind.THREAD_STATE && e.b() == ThreadState.RUNNABLE.ordinal()
                    || e.kind() == EventKind.STEP_END && e.b() != StepOutcome.WAIT.ordinal()
                    || e.kind() == EventKind.TASK_CREATED;
        }

        private static boolean completes(Event first, Event next) {
            return switch (first.kind()) {
                case THREAD_STATE -> next.kind() == EventKind.THREAD_STATE
                        && next.b() == ThreadState.RUNNING.ordinal() && next.a() == first.a();
                case TASK_CREATED -> next.kind() == EventKind.HANDLE_SCHEDULED && next.c() == first.a();
                default -> next.kind() == EventKind.TASK_DONE && next.a() == first.a();
            };
        }

        private void count(Event e) {
            switch (e.kind()) {
                case TIME, UNCAUGHT, DEADLOCK, END -> { }
                default -> activeEnd = e.timeNs();
            }
            if (e.kind() == EventKind.STEP_BEGIN) {
                taskSteps++;
            } else if (e.kind() == EventKind.THREAD_STATE && e.b() == ThreadState.RUNNING.ordinal()) {
                if (lastRunning >= 0 && lastRunning != e.a()) {
                    threadSwitches++;
                }
                lastRunning = e.a();
                ran.set(e.a());
            }
        }

        TimelineBuilder finish() {
            if (held != null) {
                steps.add(held.seq());
                held = null;
            }
            return this;
        }

        RunSummary summary() {
            long end = trace.size() == 0 ? 0 : trace.time(trace.size() - 1);
            return new RunSummary(end, Math.min(end, activeEnd), ran.cardinality(), threadSwitches, taskSteps, reg.tasks,
                    replay.exitCode, replay.deadlock != null);
        }
    }
}
