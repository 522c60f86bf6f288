package io.looplab.trace;

/** The states of a simulated OS thread, as the player shows them. */
public enum ThreadState { RUNNABLE, RUNNING, SLEEPING, BLOCKED, WAITING_GIL, DONE }
