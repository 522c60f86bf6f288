package io.looplab.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only record of one run: every event the kernel and VM report, in order. Stored
 * column-wise in chunks of primitive arrays (a million task steps must fit in a few tens of
 * megabytes); an event's sequence number is its index. Time is recorded only when it changes
 * ({@link EventKind#TIME}); {@link #time(int)} finds it by binary search.
 * One writer (the simulation) appends; readers may read any index below {@link #size()}.
 */
public final class Trace {
    private static final int BITS = 14;
    private static final int CHUNK = 1 << BITS;
    private static final int MASK = CHUNK - 1;

    private int[][] head = new int[16][];
    private int[][] colA = new int[16][];
    private int[][] colB = new int[16][];
    private int[][] colC = new int[16][];
    private int[][] colText = new int[16][];
    private volatile int size;
    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> interned = new HashMap<>();
    private long[] longs = new long[64];
    private int longCount;
    private int[] timeAt = new int[64];
    private long[] timeValue = new long[64];
    private int timeCount;
    private long now;

    /** Appends an event; returns its sequence number. text may be null. */
    public int add(EventKind kind, int agent, int a, int b, int c, String text) {
        int i = size;
        int chunk = i >>> BITS;
        if (chunk >= head.length) {
            grow();
        }
        if (head[chunk] == null) {
            head[chunk] = new int[CHUNK];
            colA[chunk] = new int[CHUNK];
            colB[chunk] = new int[CHUNK];
            colC[chunk] = new int[CHUNK];
            colText[chunk] = new int[CHUNK];
        }
        int j = i & MASK;
        head[chunk][j] = kind.ordinal() | (agent + 1) << 8;
        colA[chunk][j] = a;
        colB[chunk][j] = b;
        colC[chunk][j] = c;
        colText[chunk][j] = text == null ? -1 : stringIndex(text, kind != EventKind.PRINT);
        size = i + 1;
        return i;
    }

    public int add(EventKind kind, int agent, int a, int b, int c) {
        return add(kind, agent, a, b, c, null);
    }

    /** Moves virtual time forward (records a TIME event when it changes). */
    public void setTime(long ns) {
        if (ns == now && timeCount > 0) {
            return;
        }
        now = ns;
        int i = add(EventKind.TIME, -1, 0, 0, 0);
        if (timeCount == timeAt.length) {
            timeAt = Arrays.copyOf(timeAt, timeCount * 2);
            timeValue = Arrays.copyOf(timeValue, timeCount * 2);
        }
        timeAt[timeCount] = i;
        timeValue[timeCount] = ns;
        timeCount++;
    }

    /** Appends an event carrying a long value (a timer's due time); see {@link #longValue(int)}. */
    public int addWithLong(EventKind kind, int agent, int a, int b, long value, String text) {
        if (longCount == longs.length) {
            longs = Arrays.copyOf(longs, longCount * 2);
        }
        longs[longCount] = value;
        return add(kind, agent, a, b, longCount++, text);
    }

    private void grow() {
        int n = head.length * 2;
        head = Arrays.copyOf(head, n);
        colA = Arrays.copyOf(colA, n);
        colB = Arrays.copyOf(colB, n);
        colC = Arrays.copyOf(colC, n);
        colText = Arrays.copyOf(colText, n);
    }

    private int stringIndex(String s, boolean intern) {
        if (intern) {
            Integer k = interned.get(s);
            if (k != null) {
                return k;
            }
        }
        strings.add(s);
        int k = strings.size() - 1;
        if (intern) {
            interned.put(s, k);
        }
        return k;
    }

    public int size() {
        return size;
    }

    public long now() {
        return now;
    }

    public EventKind kind(int i) {
        return EventKind.values()[head[i >>> BITS][i & MASK] & 0xFF];
    }

    /** The agent (OS thread) the event belongs to, or -1. */
    public int agent(int i) {
        return (head[i >>> BITS][i & MASK] >>> 8) - 1;
    }

    public int a(int i) {
        return colA[i >>> BITS][i & MASK];
    }

    public int b(int i) {
        return colB[i >>> BITS][i & MASK];
    }

    public int c(int i) {
        return colC[i >>> BITS][i & MASK];
    }

    /** The event's text, or null. */
    public String text(int i) {
        int k = colText[i >>> BITS][i & MASK];
        return k < 0 ? null : strings.get(k);
    }

    /** The long carried by an event added with {@link #addWithLong}. */
    public long longValue(int i) {
        return longs[c(i)];
    }

    /** Virtual time (ns) at event i. */
    public long time(int i) {
        int lo = 0;
        int hi = timeCount - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (timeAt[mid] <= i) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? 0 : timeValue[found];
    }

    /** The first event at or after virtual time t (for seeking by time). */
    public int firstEventAt(long t) {
        for (int k = 0; k < timeCount; k++) {
            if (timeValue[k] >= t) {
                return timeAt[k];
            }
        }
        return size;
    }

    /** A materialised view of event i. */
    public Event get(int i) {
        EventKind k = kind(i);
        long value = k == EventKind.TIMER_DUE_AT ? longValue(i) : 0;
        return new Event(i, time(i), k, agent(i), a(i), b(i), c(i), text(i), value);
    }

    /** Formats integer nanoseconds as the oracle does: S.mmm, rounded half up on the integer ns. */
    public static String stamp(long ns) {
        long ms = (ns + 500_000) / 1_000_000;
        return ms / 1000 + "." + String.format("%03d", ms % 1000);
    }
}
