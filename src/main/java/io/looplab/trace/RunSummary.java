package io.looplab.trace;

/**
 * The figures a lane shows for a whole run: virtual time taken, OS threads that ran code,
 * thread switches (the running thread changed), task steps (each a switch of the loop to a
 * task), tasks created, and the exit code (-1 if the trace has no END).
 */
public record RunSummary(long endNs, int threadsUsed, int threadSwitches, int taskSteps, int tasks, int exitCode) {

    /** Context switches of either kind: what "switches" means on the lane's summary. */
    public int switches() {
        return threadSwitches + taskSteps;
    }
}
