package io.looplab.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a player shows at one step, frozen: the tasks by column, each loop's ready queue
 * and timers, the handle being run, the threads and the GIL, the output so far, errors, and a
 * sentence for what just happened. Lists are built on request, so a state with 100,000 tasks
 * is cheap until someone asks for all of them.
 */
public final class TraceState {
    private final Timeline timeline;
    private final Replay r;
    private final int step;
    private final long timeNs;

    TraceState(Timeline timeline, Replay r, int step, long timeNs) {
        this.timeline = timeline;
        this.r = r;
        this.step = step;
        this.timeNs = timeNs;
    }

    public int step() {
        return step;
    }

    /** The last event applied (-1 before the first). */
    public int event() {
        return r.event;
    }

    public long timeNs() {
        return timeNs;
    }

    // ---- tasks -------------------------------------------------------------------------

    public int taskCount() {
        return r.taskCount;
    }

    public int count(Column c) {
        return r.columnCount[c.ordinal()];
    }

    /** The task with creation index {@code order}. */
    public TaskCard task(int order) {
        Registry reg = r.reg;
        String name = r.name[order] != null ? r.name[order] : reg.taskName[order];
        return new TaskCard(order, reg.taskId[order], name, CardState.of(r.card[order]), r.detail[order],
                r.line[order], reg.taskDefLine[order] == 0, r.cancelRequested[order]);
    }

    /** The line task {@code order} is on (0: none in the scenario); cheap, for marking 100,000 tasks. */
    public int lineOf(int order) {
        return r.line[order];
    }

    /** The sub-state of task {@code order}; cheap. */
    public CardState stateOf(int order) {
        return CardState.of(r.card[order]);
    }

    /** The first {@code limit} tasks in a column, in creation order. */
    public List<TaskCard> tasksIn(Column c, int limit) {
        List<TaskCard> out = new ArrayList<>();
        for (int t = 0; t < r.taskCount && out.size() < limit; t++) {
            if (CardState.of(r.card[t]).column() == c) {
                out.add(task(t));
            }
        }
        return out;
    }

    public List<TaskCard> tasks() {
        List<TaskCard> out = new ArrayList<>(r.taskCount);
        for (int t = 0; t < r.taskCount; t++) {
            out.add(task(t));
        }
        return out;
    }

    /** The task with a kernel id, or null. */
    public TaskCard taskById(int id) {
        int t = r.reg.task(id);
        return t >= 0 && t < r.taskCount ? task(t) : null;
    }

    // ---- the event loop ----------------------------------------------------------------

    public int readyCount() {
        return r.ready.size();
    }

    /** The first {@code limit} handles of the ready queue, in the order the loop will run them. */
    public List<QueuedHandle> readyQueue(int limit) {
        List<QueuedHandle> out = new ArrayList<>();
        for (int i = 0; i < r.ready.size() && i < limit; i++) {
            out.add(handle(r.ready.get(i), false));
        }
        return out;
    }

    public List<QueuedHandle> readyQueue() {
        return readyQueue(Integer.MAX_VALUE);
    }

    public int timerCount() {
        return r.timers.size();
    }

    /** The first {@code limit} timers, by due time. */
    public List<QueuedHandle> timers(int limit) {
        List<QueuedHandle> out = new ArrayList<>();
        for (int i = 0; i < r.timers.size() && i < limit; i++) {
            out.add(handle(r.timers.handle(i), true));
        }
        return out;
    }

    public List<QueuedHandle> timers() {
        return timers(Integer.MAX_VALUE);
    }

    /** The handle the most recently active loop is running now, or null. */
    public QueuedHandle runningHandle() {
        int l = r.loops.last;
        if (l < 0 || r.loops.handle[l] < 0) {
            return null;
        }
        return handle(r.loops.handle[l], false);
    }

    /** Whether the most recently active loop exists and is running (between run_* start and stop). */
    public boolean loopRunning() {
        return r.loops.last >= 0 && r.loops.status[r.loops.last] == 1;
    }

    public boolean hasLoop() {
        return r.loops.last >= 0;
    }

    /** The task blocking a loop's thread right now, or null. */
    public TaskCard loopBlocker() {
        for (int l = 0; l < r.loops.count; l++) {
            if (r.loops.blocker[l] >= 0) {
                return task(r.loops.blocker[l]);
            }
        }
        return null;
    }

    /** Who blocks the loop: a task's name, "a callback", or null while nothing does. */
    public String loopBlockerName() {
        for (int l = 0; l < r.loops.count; l++) {
            if (r.loops.blocker[l] != -1) {
                return r.loops.blocker[l] >= 0 ? task(r.loops.blocker[l]).name() : "a callback";
            }
        }
        return null;
    }

    /** What blocks the loop (e.g. "time.sleep(1)"), or null. */
    public String loopBlockedBy() {
        for (int l = 0; l < r.loops.count; l++) {
            if (r.loops.blocker[l] != -1) {
                return r.loops.blockText[l] == null ? "a blocking call" : r.loops.blockText[l];
            }
        }
        return null;
    }

    /** The handle with a kernel id as it stands in a queue, or null. */
    QueuedHandle handleById(int id) {
        int h = r.reg.handle(id);
        return h < 0 ? null : handle(h, false);
    }

    String taskName(int id) {
        TaskCard t = taskById(id);
        return t == null ? "task " + id : t.name();
    }

    String threadName(int id) {
        String[] names = r.reg.threadName;
        return id >= 0 && id < names.length && names[id] != null ? names[id] : "thread " + id;
    }

    private QueuedHandle handle(int h, boolean timer) {
        Registry reg = r.reg;
        Event e = timeline.trace().get(reg.handleSeq[h]);
        int task = reg.handleTask[h];
        int owner = reg.handleOwner[h];
        String taskName = task >= 0 ? task(task).name() : null;
        String ownerName = owner >= 0 && owner < r.taskCount ? task(owner).name() : null;
        long due = e.kind() == EventKind.TIMER_DUE_AT ? e.value() : -1;
        return new QueuedHandle(e.a(), e.b(), timer, due, taskName, e.text(), ownerName, task,
                ownerName == null ? -1 : owner);
    }

    // ---- threads -----------------------------------------------------------------------

    public List<ThreadCard> threads() {
        List<ThreadCard> out = new ArrayList<>();
        Registry reg = r.reg;
        for (int a = 0; a < r.threads.count; a++) {
            if (a < reg.threadName.length && reg.threadName[a] != null) {
                Threads th = r.threads;
                out.add(new ThreadCard(a, reg.threadName[a], reg.threadDaemon[a], ThreadState.values()[th.state[a]],
                        th.detail[a], th.line[a], th.gil == a, runsLoop(a), jobCall(th.job[a]), th.greenlet[a]));
            }
        }
        return out;
    }

    private boolean runsLoop(int thread) {
        for (int l = 0; l < r.loops.count; l++) {
            if (r.loops.owner[l] == thread && r.loops.status[l] == 1) {
                return true;
            }
        }
        return false;
    }

    /** The call an executor job runs (null: none), e.g. "crunch_numbers()". */
    String jobCall(int job) {
        return job < 0 ? null : r.reg.jobCall.getOrDefault(job, "job " + job);
    }

    /** How many executor jobs wait for a free worker. */
    public int queuedJobCount() {
        return r.threads.queuedJobs.size();
    }

    /** The first {@code limit} queued executor jobs' calls, in the order workers will take them. */
    public List<String> queuedJobs(int limit) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.threads.queuedJobs.size() && i < limit; i++) {
            out.add(jobCall(r.threads.queuedJobs.get(i)));
        }
        return out;
    }

    /** The thread holding the GIL, -1 if none is reported. */
    public int gilHolder() {
        return r.threads.gil;
    }

    /** The task whose step a thread is running, or null. */
    public TaskCard runningTaskOn(int thread) {
        return thread < r.threads.count && r.threads.runningTask[thread] >= 0 ? task(r.threads.runningTask[thread]) : null;
    }

    // ---- output, errors, the end ---------------------------------------------------------

    /** How many output lines have been printed so far. */
    public int outputCount() {
        return timeline.outputCountAt(r.event);
    }

    /** The lines printed so far. */
    public List<OutputLine> output() {
        return timeline.output().subList(0, outputCount());
    }

    /** The "Type: message" of the uncaught exception or limit reported so far, or null. */
    public String uncaught() {
        return r.uncaught;
    }

    /** Who waits on what, once a deadlock has been reported; else null. */
    public String deadlock() {
        return r.deadlock;
    }

    public boolean ended() {
        return r.exitCode >= 0;
    }

    public int exitCode() {
        return r.exitCode;
    }

    /** The event of this step (null at step 0). */
    public Event lastEvent() {
        return r.event < 0 ? null : timeline.trace().get(r.event);
    }

    /** One sentence for what just happened, e.g. "Task-2 suspends at line 12: sleep until 2.000". */
    public String describe() {
        Event e = lastEvent();
        if (e == null) {
            return "Nothing has happened yet.";
        }
        String text = EventText.created(e, timeline.trace(), this);
        if (text == null) {
            text = EventText.describe(e, this);
        }
        boolean clockMoved = step > 0 && timeline.timeAt(step - 1) != timeNs;
        return clockMoved ? "The clock jumps to " + Trace.stamp(timeNs) + " s. " + text : text;
    }
}
