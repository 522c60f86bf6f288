package io.looplab.trace;

/** The life of an executor job, as the thread-pool view shows it (see {@link EventKind#JOB}). */
public enum JobState { QUEUED, RUNNING, DONE, FAILED, CANCELLED }
