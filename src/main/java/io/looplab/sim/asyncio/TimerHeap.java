package io.looplab.sim.asyncio;

import java.util.ArrayList;
import java.util.List;

/**
 * The loop's `_scheduled` list kept with Python's heapq algorithm (push, pop, heapify), so that
 * exact ties come out in the same order as in CPython.
 */
final class TimerHeap {
    private final ArrayList<TimerHandle> heap = new ArrayList<>();

    int size() {
        return heap.size();
    }

    boolean isEmpty() {
        return heap.isEmpty();
    }

    TimerHandle peek() {
        return heap.get(0);
    }

    void push(TimerHandle t) {
        heap.add(t);
        siftDown(0, heap.size() - 1);
    }

    TimerHandle pop() {
        TimerHandle last = heap.remove(heap.size() - 1);
        if (heap.isEmpty()) {
            return last;
        }
        TimerHandle top = heap.get(0);
        heap.set(0, last);
        siftUp(0);
        return top;
    }

    /** Keeps the handles not cancelled, in heap order, then heapify (the loop's periodic cleanup). */
    void removeCancelled() {
        List<TimerHandle> keep = new ArrayList<>();
        for (TimerHandle t : heap) {
            if (t.cancelled) {
                t.scheduled = false;
            } else {
                keep.add(t);
            }
        }
        heap.clear();
        heap.addAll(keep);
        for (int i = heap.size() / 2 - 1; i >= 0; i--) {
            siftUp(i);
        }
    }

    void clear() {
        heap.clear();
    }

    List<TimerHandle> view() {
        return heap;
    }

    private void siftDown(int start, int pos) {
        TimerHandle item = heap.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            TimerHandle parent = heap.get(parentPos);
            if (item.lessThan(parent)) {
                heap.set(pos, parent);
                pos = parentPos;
                continue;
            }
            break;
        }
        heap.set(pos, item);
    }

    private void siftUp(int pos) {
        int end = heap.size();
        int start = pos;
        TimerHandle item = heap.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !heap.get(child).lessThan(heap.get(right))) {
                child = right;
            }
            heap.set(pos, heap.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        heap.set(pos, item);
        siftDown(start, pos);
    }
}
