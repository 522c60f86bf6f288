package io.looplab.trace;

import java.util.Arrays;

/**
 * The rows of a timeline chart: every thread, then every task in creation order, each a run of
 * segments (start event, {@link GanttKind}); a segment lasts until the next one starts, the
 * last one until the end of the trace. Stored as flat arrays so 100,000 rows stay cheap, and
 * searchable by event so a chart draws only what is on screen.
 */
public final class Gantt {
    private final Registry reg;
    private final int threads;
    private final int[] rowStart; // segments of row r: rowStart[r] .. rowStart[r + 1] - 1
    private final int[] segEvent;
    private final byte[] segKind;
    private final int endEvent;

    private Gantt(Registry reg, int[] rowStart, int[] segEvent, byte[] segKind, int endEvent) {
        this.reg = reg;
        this.threads = reg.threads;
        this.rowStart = rowStart;
        this.segEvent = segEvent;
        this.segKind = segKind;
        this.endEvent = endEvent;
    }

    public int rows() {
        return rowStart.length - 1;
    }

    public boolean isThread(int row) {
        return row < threads;
    }

    /** The thread id or the task's creation index of a row (which picks its colour). */
    public int entity(int row) {
        return row < threads ? row : row - threads;
    }

    /** The row of the task with this creation index. */
    public int taskRow(int order) {
        return threads + order;
    }

    public String label(int row) {
        return row < threads ? reg.threadName[row] : reg.finalName(row - threads);
    }

    public boolean internal(int row) {
        return row >= threads && reg.taskDefLine[row - threads] == 0;
    }

    public int segments(int row) {
        return rowStart[row + 1] - rowStart[row];
    }

    public int start(int row, int k) {
        return segEvent[rowStart[row] + k];
    }

    /** Where segment k ends: the next segment's start, or the end of the trace. */
    public int end(int row, int k) {
        return k + 1 < segments(row) ? start(row, k + 1) : endEvent;
    }

    public GanttKind kind(int row, int k) {
        return GanttKind.values()[segKind[rowStart[row] + k]];
    }

    /** The segment in force at event {@code event} (the last one starting at or before it), -1: none yet. */
    public int segmentAt(int row, int event) {
        int lo = rowStart[row];
        int hi = rowStart[row + 1] - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (segEvent[mid] <= event) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? -1 : found - rowStart[row];
    }

    public int endEvent() {
        return endEvent;
    }

    /** Collects segments as the trace is read, then sorts them into rows. */
    static final class Builder {
        private final Registry reg;
        private final IntList key = new IntList(1024);
        private final IntList event = new IntList(1024);
        private byte[] kind = new byte[1024];
        private byte[] lastTask = new byte[16];
        private byte[] lastThread = new byte[4];

        Builder(Registry reg) {
            this.reg = reg;
        }

        void task(int t, CardState s, int seq) {
            if (t >= lastTask.length) {
                lastTask = Arrays.copyOf(lastTask, Math.max(t + 1, lastTask.length * 2));
            }
            int k = GanttKind.of(s).ordinal() + 1;
            if (lastTask[t] != k) {
                lastTask[t] = (byte) k;
                add(2 * t + 1, seq, k - 1);
            }
        }

        void thread(int a, ThreadState s, int seq) {
            if (a >= lastThread.length) {
                lastThread = Arrays.copyOf(lastThread, Math.max(a + 1, lastThread.length * 2));
            }
            int k = GanttKind.of(s).ordinal() + 1;
            if (lastThread[a] != k) {
                lastThread[a] = (byte) k;
                add(2 * a, seq, k - 1);
            }
        }

        private void add(int rowKey, int seq, int k) {
            int n = key.size();
            if (n == kind.length) {
                kind = Arrays.copyOf(kind, n * 2);
            }
            key.add(rowKey);
            event.add(seq);
            kind[n] = (byte) k;
        }

        /** A counting sort by row keeps each row's segments in event order. */
        Gantt finish(int endEvent) {
            int rows = reg.threads + reg.tasks;
            int[] start = new int[rows + 1];
            int n = key.size();
            for (int i = 0; i < n; i++) {
                start[row(key.get(i)) + 1]++;
            }
            for (int r = 0; r < rows; r++) {
                start[r + 1] += start[r];
            }
            int[] fill = Arrays.copyOf(start, rows);
            int[] ev = new int[n];
            byte[] kd = new byte[n];
            for (int i = 0; i < n; i++) {
                int at = fill[row(key.get(i))]++;
                ev[at] = event.get(i);
                kd[at] = kind[i];
            }
            return new Gantt(reg, start, ev, kd, endEvent);
        }

        private int row(int rowKey) {
            return (rowKey & 1) == 0 ? rowKey >> 1 : reg.threads + (rowKey >> 1);
        }
    }
}
