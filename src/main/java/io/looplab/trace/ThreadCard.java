package io.looplab.trace;

/**
 * One simulated OS thread at one step: its state, the line it is on (as the kernel reports it;
 * may lie outside the scenario file), what it waits for or runs, and whether it holds the GIL.
 */
public record ThreadCard(int id, String name, boolean daemon, ThreadState state, String detail, int line,
                         boolean holdsGil, boolean runsLoop) {
}
