package io.looplab.trace;

/** The three columns of the task board. */
public enum Column { PENDING, RUNNING, DONE }
