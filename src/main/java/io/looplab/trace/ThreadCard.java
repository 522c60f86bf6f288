package io.looplab.trace;

/**
 * One simulated OS thread at one step: its state, the line it is on (as the kernel reports it;
 * may lie outside the scenario file), what it waits for, whether it holds the GIL or runs an
 * event loop, the executor job it works on (its call, or null) and its current greenlet (the
 * greenlet's run function, or null in the thread's main greenlet).
 */
public record ThreadCard(int id, String name, boolean daemon, ThreadState state, String detail, int line,
                         boolean holdsGil, boolean runsLoop, String job, String greenlet) {
}
