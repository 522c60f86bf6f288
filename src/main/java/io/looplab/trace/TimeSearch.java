package io.looplab.trace;

import java.util.function.IntToLongFunction;

/** Binary search over positions whose virtual time never decreases (steps of a timeline, a shared clock). */
final class TimeSearch {
    private TimeSearch() {
    }

    /** The last position in 1..last whose time is at most {@code ns}, or 0 if none. */
    static int lastAtOrBefore(int last, IntToLongFunction timeAt, long ns) {
        int lo = 1;
        int hi = last;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (timeAt.applyAsLong(mid) <= ns) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
