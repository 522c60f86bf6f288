package io.looplab.trace;

/** How a task step ended, as in the oracle's step trace. */
public enum StepOutcome { WAIT, DONE, CANCELLED, ERROR }
