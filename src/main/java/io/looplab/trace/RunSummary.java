package io.looplab.trace;

/**
 * The figures a lane shows for a whole run: virtual time at the end and at the last activity
 * (they differ when a deadlock made the clock jump to its limit), OS threads that ran code,
 * thread switches (the running thread changed), task steps (each a switch of the loop to a
 * task), tasks created, the exit code (-1 if the trace has no END) and whether it deadlocked.
 */
public record RunSummary(long endNs, long activeEndNs, int threadsUsed, int threadSwitches, int taskSteps, int tasks,
                         int exitCode, boolean deadlocked) {

    /** Context switches of either kind: what "switches" means on the lane's summary. */
    public int switches() {
        return threadSwitches + taskSteps;
    }
}
