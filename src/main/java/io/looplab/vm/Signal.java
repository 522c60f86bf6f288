package io.looplab.vm;

/**
 * A native's non-value answer: {@link Control} (push a frame) or {@link Suspension} (suspend the
 * fiber). One base class, so the interpreter needs one type check after a native call.
 */
public abstract class Signal extends PyObject {
}
