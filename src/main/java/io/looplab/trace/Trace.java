package io.looplab.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The append-only record of one run: every event the kernel and VM report, in order; an
 * event's sequence number is its index. Events are stored as a compact byte stream (a million
 * task steps must fit in a few tens of megabytes): each operand is a varint delta from the
 * previous event of the same kind, and the deltas restart every {@value #BLOCK} events so any
 * event can be decoded from the nearest block start. Time is recorded only when it changes
 * ({@link EventKind#TIME}); {@link #time(int)} finds it by binary search.
 * One writer (the simulation) appends; readers read below {@link #size()}.
 */
public final class Trace implements Iterable<Event> {
    static final int BLOCK = 64;
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int KINDS = EventKind.values().length;

    static {
        if (KINDS > 32) {
            throw new IllegalStateException("the head byte holds 5 bits of event kind");
        }
    }
    private static final EventKind[] KIND = EventKind.values();
    private static final int RECENT = 1024;
    /** Texts up to this long are looked up among recent ones before being stored again. */
    private static final int SHAREABLE = 96;
    /** A head byte no event has (kinds use the low five bits, flags 0x20 and 0x40). */
    private static final byte SKIP = (byte) 0x80;
    /** Longest encoding of one event: head, agent, three operands and a string number. */
    private static final int MAX_EVENT_BYTES = 1 + 5 * 5;

    private byte[][] chunks = new byte[16][];
    private long length;
    private int[] blockStart = new int[256];
    private long[] blockOffset = new long[256];
    /**
     * Written only by the simulation's thread; readers on other threads see events published
     * through whatever hands them the trace (the app receives it when the run completes).
     */
    private int size;
    private final List<String> strings = new ArrayList<>();
    /** Recently written short texts and their string numbers, by hash (repeated texts are stored once). */
    private final String[] recentText = new String[RECENT];
    private final int[] recentIndex = new int[RECENT];
    private int[] printAt = new int[64];
    private int printCount;
    /** The chunk being written and the write position in it. */
    private byte[] chunk;
    private int chunkPos = CHUNK;
    private long[] longs = new long[64];
    private int longCount;
    private int[] timeAt = new int[64];
    private long[] timeValue = new long[64];
    private int timeCount;
    private long now;
    private final int[] prev = new int[KINDS * 3];
    private int prevAgent = -1;

    /** Appends an event; returns its sequence number. text may be null. */
    public int add(EventKind kind, int agent, int a, int b, int c, String text) {
        int i = size;
        if (chunkPos > CHUNK - MAX_EVENT_BYTES) {
            nextChunk();
        }
        if (i % BLOCK == 0) {
            startBlock(i);
        }
        int k = kind.ordinal();
        boolean hasText = text != null;
        boolean agentChanged = agent != prevAgent;
        int start = chunkPos;
        chunk[chunkPos++] = (byte) (k | (hasText ? 0x20 : 0) | (agentChanged ? 0x40 : 0));
        if (agentChanged) {
            putVarint(agent + 1);
            prevAgent = agent;
        }
        int p = k * 3;
        putVarint(zigzag(a - prev[p]));
        putVarint(zigzag(b - prev[p + 1]));
        putVarint(zigzag(c - prev[p + 2]));
        prev[p] = a;
        prev[p + 1] = b;
        prev[p + 2] = c;
        if (hasText) {
            putVarint(stringIndex(text, text.length() <= SHAREABLE && kind != EventKind.PRINT));
        }
        length += chunkPos - start;
        if (kind == EventKind.PRINT) {
            if (printCount == printAt.length) {
                printAt = Arrays.copyOf(printAt, printCount * 2);
            }
            printAt[printCount++] = i;
        }
        size = i + 1;
        return i;
    }

    public int add(EventKind kind, int agent, int a, int b, int c) {
        return add(kind, agent, a, b, c, null);
    }

    private void startBlock(int i) {
        int n = i / BLOCK;
        if (n == blockStart.length) {
            blockStart = Arrays.copyOf(blockStart, n * 2);
            blockOffset = Arrays.copyOf(blockOffset, n * 2);
        }
        blockStart[n] = i;
        blockOffset[n] = length;
        Arrays.fill(prev, 0);
        prevAgent = -1;
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

    /** Appends an event carrying a long value (a timer's due time); see {@link Event#value()}. */
    public int addWithLong(EventKind kind, int agent, int a, int b, long value, String text) {
        if (longCount == longs.length) {
            longs = Arrays.copyOf(longs, longCount * 2);
        }
        longs[longCount] = value;
        return add(kind, agent, a, b, longCount++, text);
    }

    /**
     * Starts a new chunk: an event never spans two chunks, and a {@link #SKIP} byte tells the
     * reader that the rest of the previous chunk is unused.
     */
    private void nextChunk() {
        if (chunk != null && chunkPos < CHUNK) {
            chunk[chunkPos] = SKIP;
        }
        int n = (int) ((length + CHUNK - 1) >>> CHUNK_BITS);
        if (n >= chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        chunk = new byte[CHUNK];
        chunks[n] = chunk;
        length = (long) n << CHUNK_BITS;
        chunkPos = 0;
    }

    private void putVarint(int v) {
        byte[] ch = chunk;
        int p = chunkPos;
        while ((v & ~0x7F) != 0) {
            ch[p++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        ch[p++] = (byte) v;
        chunkPos = p;
    }

    private static int zigzag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    private byte byteAt(long pos) {
        return chunks[(int) (pos >>> CHUNK_BITS)][(int) (pos & (CHUNK - 1))];
    }

    private int stringIndex(String s, boolean shareable) {
        int slot = s.hashCode() & (RECENT - 1);
        if (shareable && s.equals(recentText[slot])) {
            return recentIndex[slot];
        }
        strings.add(s);
        int k = strings.size() - 1;
        if (shareable) {
            recentText[slot] = s;
            recentIndex[slot] = k;
        }
        return k;
    }

    /** How many PRINT events there are; {@link #printEvent(int)} gives the n-th one's sequence number. */
    public int printCount() {
        return printCount;
    }

    public int printEvent(int n) {
        return printAt[n];
    }

    public int size() {
        return size;
    }

    public long now() {
        return now;
    }

    /** Bytes used by the encoded events (for the benchmark's memory report). */
    public long encodedBytes() {
        return length;
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

    /** The index in timeAt of the last TIME event before event i, or -1. */
    private int lastTimeBefore(int i) {
        int lo = 0;
        int hi = timeCount - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (timeAt[mid] < i) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Event i, decoded. For reading many events in order, iterate (or use {@link #cursor(int)}). */
    public Event get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        Cursor c = cursor(i);
        return c.next();
    }

    public EventKind kind(int i) {
        return get(i).kind();
    }

    public String text(int i) {
        return get(i).text();
    }

    /** A reader positioned at event i; its next() returns event i, i+1, ... */
    public Cursor cursor(int i) {
        Cursor c = new Cursor(i / BLOCK);
        while (c.index < i) {
            c.next();
        }
        return c;
    }

    @Override
    public Iterator<Event> iterator() {
        return cursor(0);
    }

    /** Sequential decoder of the event stream. */
    public final class Cursor implements Iterator<Event> {
        private int index;
        private long pos;
        private final int[] last = new int[KINDS * 3];
        private int agent = -1;
        private int timeIdx = -1;

        private Cursor(int block) {
            index = block * BLOCK;
            pos = index < size ? blockOffset[block] : length;
            timeIdx = lastTimeBefore(index);
        }

        @Override
        public boolean hasNext() {
            return index < size;
        }

        @Override
        public Event next() {
            if (index >= size) {
                throw new NoSuchElementException();
            }
            if (index % BLOCK == 0) {
                Arrays.fill(last, 0);
                agent = -1;
            }
            if (byteAt(pos) == SKIP) {
                pos = ((pos >>> CHUNK_BITS) + 1) << CHUNK_BITS;
            }
            int head = byteAt(pos++) & 0xFF;
            int k = head & 0x1F;
            if ((head & 0x40) != 0) {
                agent = varint() - 1;
            }
            int p = k * 3;
            int a = last[p] + unzigzag(varint());
            int b = last[p + 1] + unzigzag(varint());
            int c = last[p + 2] + unzigzag(varint());
            last[p] = a;
            last[p + 1] = b;
            last[p + 2] = c;
            String text = (head & 0x20) != 0 ? strings.get(varint()) : null;
            while (timeIdx + 1 < timeCount && timeAt[timeIdx + 1] <= index) {
                timeIdx++;
            }
            long t = timeIdx < 0 ? 0 : timeValue[timeIdx];
            EventKind kind = KIND[k];
            long value = kind == EventKind.TIMER_DUE_AT ? longs[c] : 0;
            return new Event(index++, t, kind, agent, a, b, c, text, value);
        }

        private int varint() {
            int v = 0;
            int shift = 0;
            while (true) {
                int x = byteAt(pos++);
                v |= (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
                shift += 7;
            }
        }

        private int unzigzag(int v) {
            return (v >>> 1) ^ -(v & 1);
        }
    }

    /** Formats integer nanoseconds as the oracle does: S.mmm, rounded half up on the integer ns. */
    public static String stamp(long ns) {
        long ms = (ns + 500_000) / 1_000_000;
        return ms / 1000 + "." + String.format("%03d", ms % 1000);
    }
}
