package io.looplab.trace;

import java.util.List;

/**
 * Several timelines on one virtual clock: their steps merged into one sequence of positions in
 * time order (at equal times, the earlier lane's steps first), so that one cursor and one
 * scrubber drive a side-by-side comparison and each lane shows its state at the shared time.
 */
public final class SharedClock {
    private final List<Timeline> lanes;
    private final byte[] laneAt; // position p (1-based) moves lane laneAt[p - 1]
    private final int[][] positionOfStep; // lane -> position of its step k + 1

    private SharedClock(List<Timeline> lanes, byte[] laneAt, int[][] positionOfStep) {
        this.lanes = lanes;
        this.laneAt = laneAt;
        this.positionOfStep = positionOfStep;
    }

    public static SharedClock of(List<Timeline> lanes) {
        if (lanes.isEmpty() || lanes.size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("a shared clock needs 1 to 127 lanes, not " + lanes.size());
        }
        int total = lanes.stream().mapToInt(Timeline::steps).sum();
        byte[] laneAt = new byte[total];
        int[][] positions = new int[lanes.size()][];
        int[] next = new int[lanes.size()];
        for (int l = 0; l < lanes.size(); l++) {
            positions[l] = new int[lanes.get(l).steps()];
        }
        for (int p = 0; p < total; p++) {
            int l = earliest(lanes, next);
            laneAt[p] = (byte) l;
            positions[l][next[l]++] = p + 1;
        }
        return new SharedClock(List.copyOf(lanes), laneAt, positions);
    }

    private static int earliest(List<Timeline> lanes, int[] next) {
        int best = -1;
        long bestTime = Long.MAX_VALUE;
        for (int l = 0; l < lanes.size(); l++) {
            if (next[l] < lanes.get(l).steps()) {
                long t = lanes.get(l).timeAt(next[l] + 1);
                if (t < bestTime) {
                    best = l;
                    bestTime = t;
                }
            }
        }
        return best;
    }

    public List<Timeline> lanes() {
        return lanes;
    }

    /** The number of positions after 0; the cursor moves over 0 .. positions(). */
    public int positions() {
        return laneAt.length;
    }

    /** The lane that moves at a position (-1 at 0). */
    public int laneAt(int position) {
        return position <= 0 ? -1 : laneAt[Math.min(position, laneAt.length) - 1];
    }

    /** A lane's step at a shared position: how many of its steps have happened by then. */
    public int stepOf(int lane, int position) {
        int[] at = positionOfStep[lane];
        int lo = 0;
        int hi = at.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The position at which a lane reaches one of its steps. */
    public int positionOf(int lane, int step) {
        return step <= 0 ? 0 : positionOfStep[lane][Math.min(step, positionOfStep[lane].length) - 1];
    }

    /** The shared virtual time at a position, in ns. */
    public long timeAt(int position) {
        int lane = laneAt(position);
        return lane < 0 ? 0 : lanes.get(lane).timeAt(stepOf(lane, position));
    }

    /** The last position at or before virtual time {@code ns}. */
    public int lastPositionAtOrBefore(long ns) {
        return TimeSearch.lastAtOrBefore(positions(), this::timeAt, ns);
    }

    /** The first position at or after virtual time {@code ns}. */
    public int firstPositionAtOrAfter(long ns) {
        return Math.min(lastPositionAtOrBefore(ns - 1) + 1, positions());
    }

    /** The latest time any lane reaches: where a shared chart's axis ends. */
    public long endNs() {
        return lanes.stream().mapToLong(Timeline::endNs).max().orElse(0);
    }
}
