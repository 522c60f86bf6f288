package io.looplab.trace;

/**
 * Writes small traces by hand, the way the kernel would, for tests that must not depend on
 * the interpreter: threads, a loop, tasks and their steps, handles and timers.
 */
final class FakeRun {
    static final int MAIN = 0;
    static final int LOOP = 1;

    final Trace trace = new Trace();
    private int agent = MAIN;

    FakeRun() {
        trace.setTime(0);
    }

    static long s(double seconds) {
        return Math.round(seconds * 1e9);
    }

    FakeRun at(double seconds) {
        trace.setTime(s(seconds));
        return this;
    }

    FakeRun on(int thread) {
        agent = thread;
        return this;
    }

    FakeRun thread(int id, String name) {
        trace.add(EventKind.THREAD_CREATED, id, id, 0, 0, name);
        return state(id, ThreadState.RUNNABLE, 0, null);
    }

    FakeRun state(int id, ThreadState s, int line, String what) {
        trace.add(EventKind.THREAD_STATE, id, id, s.ordinal(), line, what);
        return this;
    }

    FakeRun gil(int holder) {
        trace.add(EventKind.GIL, agent, holder, 0, 0);
        return this;
    }

    FakeRun loop(int status) {
        trace.add(EventKind.LOOP_CREATED, agent, LOOP, agent, status);
        return this;
    }

    /** create_task: the task and the call_soon of its first step (handle id = task id + 100). */
    FakeRun task(int id, String name, int defLine) {
        trace.add(EventKind.TASK_CREATED, agent, id, LOOP, defLine, name);
        return soon(id + 100, id);
    }

    FakeRun soon(int handle, int task) {
        trace.add(EventKind.HANDLE_SCHEDULED, agent, handle, LOOP, task, null);
        return this;
    }

    FakeRun callback(int handle, String text) {
        trace.add(EventKind.HANDLE_SCHEDULED, agent, handle, LOOP, 0, text);
        return this;
    }

    FakeRun begin(int task, int line, int handle) {
        trace.add(EventKind.STEP_BEGIN, agent, task, line, handle);
        return this;
    }

    FakeRun waits(int task, int line, String why) {
        trace.add(EventKind.STEP_END, agent, task, StepOutcome.WAIT.ordinal(), line, why);
        return this;
    }

    FakeRun done(int task, StepOutcome outcome, String result) {
        trace.add(EventKind.STEP_END, agent, task, outcome.ordinal(), 0,
                outcome == StepOutcome.ERROR ? result.substring(0, result.indexOf(':')) : null);
        trace.add(EventKind.TASK_DONE, agent, task, outcome.ordinal(), 0, result);
        return this;
    }

    FakeRun timer(int handle, double due, String callback) {
        trace.addWithLong(EventKind.TIMER_DUE_AT, agent, handle, LOOP, s(due), callback);
        return this;
    }

    FakeRun timerReady(int handle) {
        trace.add(EventKind.TIMER_READY, agent, handle, LOOP, 0);
        return this;
    }

    FakeRun run(int handle) {
        trace.add(EventKind.HANDLE_RUN, agent, handle, LOOP, 0);
        return this;
    }

    FakeRun cancel(int handle) {
        trace.add(EventKind.HANDLE_CANCELLED, agent, handle, LOOP, 0);
        return this;
    }

    FakeRun print(int line, String text) {
        trace.add(EventKind.PRINT, agent, line, 0, 0, text);
        return this;
    }

    FakeRun add(EventKind kind, int a, int b, int c, String text) {
        trace.add(kind, agent, a, b, c, text);
        return this;
    }

    FakeRun end(int exit) {
        trace.add(EventKind.END, -1, exit, 0, 0);
        return this;
    }

    Timeline timeline() {
        return Timeline.of(trace);
    }
}
