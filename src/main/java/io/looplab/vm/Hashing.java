package io.looplab.vm;

/**
 * CPython 3.11's hash functions, reproduced bit for bit so that set iteration order matches
 * the oracle (which runs with PYTHONHASHSEED=0: SipHash-1-3 with a zero key over the
 * string's PEP 393 representation; numeric hashes modulo 2**61 - 1; xxHash for tuples).
 */
public final class Hashing {
    public static final long MODULUS = (1L << 61) - 1;
    private static final int BITS = 61;
    private static final long INF = 314159;
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    private Hashing() {
    }

    /** CPython's _Py_HashDouble (NaN hashes by identity in 3.10+; here 0, only order-relevant). */
    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == 0) {
            return 0;
        }
        int e = Math.getExponent(v) + 1;
        double m = Math.scalb(Math.abs(v), -e);
        if (Math.getExponent(v) == Double.MIN_EXPONENT - 1) {
            // subnormal: frexp normalises the mantissa
            long bits = Double.doubleToRawLongBits(Math.abs(v));
            int lz = Long.numberOfLeadingZeros(bits) - 11;
            e = -1021 - lz;
            m = Math.scalb(Math.abs(v), -e);
        }
        int sign = v < 0 ? -1 : 1;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** hash(str) under PYTHONHASHSEED=0. */
    public static long hashString(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int maxChar = 0;
        int n = s.codePointCount(0, s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            maxChar = Math.max(maxChar, cp);
            i += Character.charCount(cp);
        }
        int width = maxChar < 0x100 ? 1 : maxChar < 0x10000 ? 2 : 4;
        byte[] data = new byte[n * width];
        int k = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            for (int b = 0; b < width; b++) {
                data[k++] = (byte) (cp >>> (8 * b));
            }
            i += Character.charCount(cp);
        }
        return hashBytes(data);
    }

    /** hash(bytes) under PYTHONHASHSEED=0. */
    public static long hashBytes(byte[] data) {
        if (data.length == 0) {
            return 0;
        }
        long x = siphash13(data);
        return x == -1 ? -2 : x;
    }

    /** hash(tuple): CPython 3.8+'s xxHash-style combination of the item hashes. */
    public static long hashTuple(long[] itemHashes) {
        long acc = XXPRIME_5;
        for (long lane : itemHashes) {
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += itemHashes.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    private static long siphash13(byte[] in) {
        long b = ((long) in.length) << 56;
        long v0 = 0x736f6d6570736575L;
        long v1 = 0x646f72616e646f6dL;
        long v2 = 0x6c7967656e657261L;
        long v3 = 0x7465646279746573L;
        int off = 0;
        int left = in.length;
        while (left >= 8) {
            long mi = littleEndian(in, off, 8);
            off += 8;
            left -= 8;
            v3 ^= mi;
            long[] v = round(v0, v1, v2, v3);
            v0 = v[0] ^ mi;
            v1 = v[1];
            v2 = v[2];
            v3 = v[3];
        }
        b |= littleEndian(in, off, left);
        v3 ^= b;
        long[] v = round(v0, v1, v2, v3);
        v[0] ^= b;
        v[2] ^= 0xff;
        v = round(v[0], v[1], v[2], v[3]);
        v = round(v[0], v[1], v[2], v[3]);
        v = round(v[0], v[1], v[2], v[3]);
        return (v[0] ^ v[1]) ^ (v[2] ^ v[3]);
    }

    private static long littleEndian(byte[] in, int off, int n) {
        long t = 0;
        for (int i = 0; i < n; i++) {
            t |= (in[off + i] & 0xffL) << (8 * i);
        }
        return t;
    }

    private static long[] round(long v0, long v1, long v2, long v3) {
        v0 += v1;
        v2 += v3;
        v1 = Long.rotateLeft(v1, 13) ^ v0;
        v3 = Long.rotateLeft(v3, 16) ^ v2;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v1;
        v0 += v3;
        v1 = Long.rotateLeft(v1, 17) ^ v2;
        v3 = Long.rotateLeft(v3, 21) ^ v0;
        v2 = Long.rotateLeft(v2, 32);
        return new long[] {v0, v1, v2, v3};
    }
}
