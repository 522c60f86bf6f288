package io.looplab.vm;

/**
 * A Python value. Every value the interpreter touches is a PyObject; its Python type is
 * {@link #type()}. Protocol operations (arithmetic, attributes, calls) live in {@link Ops},
 * which takes fast paths for the builtin types and falls back to dunder lookup.
 */
public abstract class PyObject {
    public abstract PyType type();

    /** The instance attribute dictionary, or null for objects without one. */
    public PyDict dict() {
        return null;
    }

    /** Java's hashCode/equals follow Python's hash/== so PyObjects can key Java maps. */
    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public String toString() {
        return Ops.repr(this);
    }
}
