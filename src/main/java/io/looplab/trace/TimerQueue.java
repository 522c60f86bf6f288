package io.looplab.trace;

import java.util.Arrays;

/**
 * The timer heap as the player shows it: handles sorted by due time, ties by scheduling order
 * (dense handle indices grow with it). CPython's heap order for exact ties from one shared
 * clock reading is not modelled here; only the display order is.
 */
final class TimerQueue {
    private long[] due;
    private int[] handle;
    private int size;

    TimerQueue(int capacity) {
        due = new long[Math.max(4, capacity)];
        handle = new int[due.length];
    }

    int size() {
        return size;
    }

    int handle(int i) {
        return handle[i];
    }

    long due(int i) {
        return due[i];
    }

    void add(long when, int h) {
        if (size == due.length) {
            due = Arrays.copyOf(due, size * 2);
            handle = Arrays.copyOf(handle, size * 2);
        }
        int at = size;
        while (at > 0 && (due[at - 1] > when || (due[at - 1] == when && handle[at - 1] > h))) {
            at--;
        }
        System.arraycopy(due, at, due, at + 1, size - at);
        System.arraycopy(handle, at, handle, at + 1, size - at);
        due[at] = when;
        handle[at] = h;
        size++;
    }

    boolean remove(int h) {
        for (int i = 0; i < size; i++) {
            if (handle[i] == h) {
                System.arraycopy(due, i + 1, due, i, size - i - 1);
                System.arraycopy(handle, i + 1, handle, i, size - i - 1);
                size--;
                return true;
            }
        }
        return false;
    }

    TimerQueue copy() {
        TimerQueue q = new TimerQueue(size);
        System.arraycopy(due, 0, q.due, 0, size);
        System.arraycopy(handle, 0, q.handle, 0, size);
        q.size = size;
        return q;
    }
}
