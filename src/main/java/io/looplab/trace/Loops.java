package io.looplab.trace;

import java.util.Arrays;

/**
 * The event loops' part of a {@link Replay}: per loop, its state (LOOP_CREATED's c: 0 created,
 * 1 running, 2 stopped), the thread that runs it, the handle it is running and the task
 * blocking its thread, if any; and which loop was active last.
 */
final class Loops {
    int count;
    byte[] status = new byte[2];
    int[] owner = new int[2];
    int[] handle = {-1, -1}; // the handle being run, -1: none
    int[] blocker = {-1, -1}; // the task blocking the loop's thread, -1: none, CALLBACK: a plain callback
    String[] blockText = new String[2];
    boolean[] blockerLeftRunning = new boolean[2]; // the blocked thread is in its blocking call
    int last = -1;

    /** The blocker of a loop frozen by a plain callback rather than a task's step. */
    static final int CALLBACK = -2;

    /** Makes room for loop indices below n. */
    void ensure(int n) {
        if (n > status.length) {
            int size = Math.max(n, status.length * 2);
            int old = status.length;
            status = Arrays.copyOf(status, size);
            owner = Arrays.copyOf(owner, size);
            handle = Arrays.copyOf(handle, size);
            blocker = Arrays.copyOf(blocker, size);
            blockText = Arrays.copyOf(blockText, size);
            blockerLeftRunning = Arrays.copyOf(blockerLeftRunning, size);
            Arrays.fill(handle, old, size, -1);
            Arrays.fill(blocker, old, size, -1);
        }
        count = Math.max(count, n);
    }

    /** Marks loop l active and running handle h (-1: none). */
    void running(int l, int h) {
        ensure(l + 1);
        handle[l] = h;
        last = l;
    }

    /** Forgets what every loop was running (the program ended). */
    void stopAll() {
        Arrays.fill(handle, -1);
    }

    Loops copy() {
        Loops c = new Loops();
        c.count = count;
        c.status = status.clone();
        c.owner = owner.clone();
        c.handle = handle.clone();
        c.blocker = blocker.clone();
        c.blockText = blockText.clone();
        c.blockerLeftRunning = blockerLeftRunning.clone();
        c.last = last;
        return c;
    }
}
