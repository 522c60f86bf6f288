package io.looplab.vm;

import java.math.BigInteger;

/** int.to_bytes and the int.from_bytes class method. */
final class IntBytes {
    private IntBytes() {
    }

    /** int.to_bytes(length=1, byteorder='big', *, signed=False). */
    static PyObject toBytes(PyObject[] a, String[] k) {
        PyObject[] p = parse("to_bytes", a, k, "length", "byteorder");
        BigInteger v = IntMethods.self(a[0]).toBig();
        long length = p[0] == null ? 1 : MethodArgs.index(p[0]);
        boolean little = littleEndian(p[1]);
        boolean signed = p[2] != null && Ops.isTrue(p[2]);
        if (length < 0) {
            throw PyException.value("length argument must be non-negative");
        }
        if (!signed && v.signum() < 0) {
            throw PyException.overflow("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8) {
            throw PyException.overflow("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte[] two = v.toByteArray();
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int src = two.length - 1 - i;
            byte b = src >= 0 ? two[src] : fill;
            out[little ? i : out.length - 1 - i] = b;
        }
        return new PyBytes(out);
    }

    /** int.from_bytes(bytes, byteorder='big', *, signed=False); arg 0 is the class. */
    static PyObject fromBytes(PyObject[] a, String[] k) {
        PyObject[] p = parse("from_bytes", a, k, "bytes", "byteorder");
        if (p[0] == null) {
            throw PyException.type("from_bytes() missing required argument 'bytes' (pos 1)");
        }
        byte[] data = BytesMethods.toBytes(p[0]);
        boolean little = littleEndian(p[1]);
        boolean signed = p[2] != null && Ops.isTrue(p[2]);
        byte[] big = new byte[data.length + 1];
        for (int i = 0; i < data.length; i++) {
            big[i + 1] = data[little ? data.length - 1 - i : i];
        }
        BigInteger v = new BigInteger(big);
        if (signed && data.length > 0 && (big[1] & 0x80) != 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(data.length * 8));
        }
        return PyInt.of(v);
    }

    /** Two optional positional-or-keyword parameters and the keyword-only 'signed'. */
    private static PyObject[] parse(String name, PyObject[] a, String[] k, String first, String second) {
        int nkw = k == null ? 0 : k.length;
        PyObject signed = null;
        String[] rest = nkw == 0 ? null : new String[nkw];
        int m = 0;
        PyObject[] args = a;
        for (int i = 0; i < nkw; i++) {
            if (k[i].equals("signed")) {
                signed = a[a.length - nkw + i];
            } else {
                rest[m++] = k[i];
            }
        }
        if (signed != null) {
            args = new PyObject[a.length - 1];
            int j = 0;
            for (int i = 0; i < a.length; i++) {
                if (i < a.length - nkw || !k[i - (a.length - nkw)].equals("signed")) {
                    args[j++] = a[i];
                }
            }
            rest = java.util.Arrays.copyOf(rest, m);
        }
        int positional = args.length - 1 - (rest == null ? 0 : rest.length);
        if (positional > 2) {
            throw PyException.type(name + "() takes at most 2 positional arguments (" + positional + " given)");
        }
        PyObject[] two = MethodArgs.keywords(name, args, rest, first, second);
        return new PyObject[] {two[0], two[1], signed};
    }

    private static boolean littleEndian(PyObject order) {
        if (order == null) {
            return false;
        }
        if (!(order instanceof PyStr s)) {
            throw PyException.type("argument 'byteorder' must be str, not " + order.type().name());
        }
        if (s.value.equals("little")) {
            return true;
        }
        if (s.value.equals("big")) {
            return false;
        }
        throw PyException.value("byteorder must be either 'little' or 'big'");
    }
}
