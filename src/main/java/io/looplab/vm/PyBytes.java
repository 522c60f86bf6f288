package io.looplab.vm;

import java.util.Arrays;

/** Python's immutable bytes. */
public final class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT, null, BytesMethods::define);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    public final byte[] value;

    public PyBytes(byte[] value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b && Arrays.equals(b.value, value);
    }
}
