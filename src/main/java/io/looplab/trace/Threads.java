package io.looplab.trace;

import java.util.Arrays;

/**
 * The threads' part of a {@link Replay}: per OS thread, its state, line and what it waits for,
 * the task whose step it runs, the executor job it works on and the greenlet it is in; who holds
 * the GIL; and the jobs queued in thread pools, waiting for a worker.
 */
final class Threads {
    int count;
    byte[] state = new byte[4];
    int[] line = new int[4];
    String[] detail = new String[4];
    int[] runningTask = {-1, -1, -1, -1}; // the task whose step it runs, -1: none
    int[] job = {-1, -1, -1, -1}; // the executor job it works on, -1: none
    String[] greenlet = new String[4]; // the run function of its current greenlet, null: its main one
    int gil = -1;
    IntList queuedJobs = new IntList(4);

    /** Makes room for thread ids below n. */
    void ensure(int n) {
        if (n > state.length) {
            int size = Math.max(n, state.length * 2);
            int old = state.length;
            state = Arrays.copyOf(state, size);
            line = Arrays.copyOf(line, size);
            detail = Arrays.copyOf(detail, size);
            greenlet = Arrays.copyOf(greenlet, size);
            runningTask = Arrays.copyOf(runningTask, size);
            job = Arrays.copyOf(job, size);
            Arrays.fill(runningTask, old, size, -1);
            Arrays.fill(job, old, size, -1);
        }
        count = Math.max(count, n);
    }

    /** An executor job changed state (EventKind.JOB: a = job, b = JobState, c = the thread). */
    boolean job(Event e) {
        int id = e.a();
        int by = e.c();
        switch (JobState.values()[e.b()]) {
            case QUEUED -> queuedJobs.add(id);
            case RUNNING -> {
                queuedJobs.removeValue(id);
                if (by >= 0) {
                    ensure(by + 1);
                    job[by] = id;
                }
            }
            default -> {
                queuedJobs.removeValue(id);
                for (int a = 0; a < count; a++) {
                    if (job[a] == id) {
                        job[a] = -1;
                    }
                }
            }
        }
        return true;
    }

    /** A thread switched greenlets (EventKind.GREENLET_SWITCH: a = the greenlet now running, 0: main). */
    boolean greenlet(Event e) {
        int a = e.agent();
        if (a < 0) {
            return false;
        }
        ensure(a + 1);
        greenlet[a] = e.a() == 0 ? null : e.text();
        return true;
    }

    Threads copy() {
        Threads c = new Threads();
        c.count = count;
        c.state = state.clone();
        c.line = line.clone();
        c.detail = detail.clone();
        c.runningTask = runningTask.clone();
        c.job = job.clone();
        c.greenlet = greenlet.clone();
        c.gil = gil;
        c.queuedJobs.setAll(queuedJobs.toArray());
        return c;
    }
}
