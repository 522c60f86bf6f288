package io.looplab.trace;

import java.util.Arrays;

/** A growable int array that can also serve as a FIFO queue (a moving head), without boxing. */
final class IntList {
    private int[] items;
    private int head;
    private int tail;

    IntList(int capacity) {
        items = new int[Math.max(4, capacity)];
    }

    IntList() {
        this(16);
    }

    int size() {
        return tail - head;
    }

    int get(int i) {
        return items[head + i];
    }

    void set(int i, int v) {
        items[head + i] = v;
    }

    void add(int v) {
        if (tail == items.length) {
            grow();
        }
        items[tail++] = v;
    }

    /** Inserts at position i (0 = head), shifting later items. */
    void insert(int i, int v) {
        if (tail == items.length) {
            grow();
        }
        System.arraycopy(items, head + i, items, head + i + 1, tail - head - i);
        items[head + i] = v;
        tail++;
    }

    /** Removes the first occurrence of v; returns whether it was there. The head is the cheap case. */
    boolean removeValue(int v) {
        for (int i = head; i < tail; i++) {
            if (items[i] == v) {
                if (i == head) {
                    head++;
                } else {
                    System.arraycopy(items, i + 1, items, i, tail - i - 1);
                    tail--;
                }
                return true;
            }
        }
        return false;
    }

    void clear() {
        head = 0;
        tail = 0;
    }

    int[] toArray() {
        return Arrays.copyOfRange(items, head, tail);
    }

    void setAll(int[] values) {
        items = values.length < 4 ? Arrays.copyOf(values, 4) : values.clone();
        head = 0;
        tail = values.length;
    }

    private void grow() {
        int n = size();
        if (head > 0 && n < items.length / 2) {
            System.arraycopy(items, head, items, 0, n);
        } else {
            items = Arrays.copyOfRange(items, head, head + Math.max(8, items.length * 2));
        }
        head = 0;
        tail = n;
    }
}
