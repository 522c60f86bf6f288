package io.looplab.vm.modules;

import io.looplab.vm.Args;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyBytes;
import io.looplab.vm.PyException;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;
import io.looplab.vm.Runtime;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The random module: CPython 3.11's Random class bit for bit (Lib/random.py over _random's
 * MT19937). The module-level functions are methods bound to one hidden instance which, as in
 * the oracle (vrun.py calls random.seed(0) at start-up), begins seeded with 0.
 */
final class RandomModule {
    static final PyType RANDOM = PyType.builtin("Random", PyType.OBJECT, PyRandom::new, RandomModule::define);

    private static final String[] EXPORTED = {"seed", "random", "uniform", "triangular", "randint", "choice",
        "randrange", "sample", "shuffle", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate",
        "gammavariate", "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate",
        "getrandbits", "choices", "randbytes"};

    private RandomModule() {
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("random");
        PyRandom inst = (PyRandom) RANDOM.allocate();
        m.put("Random", RANDOM);
        m.put("_inst", inst);
        for (String name : EXPORTED) {
            m.put(name, ((PyBuiltinFunction) RANDOM.lookup(name)).bind(inst));
        }
        m.put("SystemRandom", PyBuiltinFunction.ofN("SystemRandom", (a, k) -> {
            throw PyException.unsupported("random.SystemRandom (LoopLab runs are deterministic)");
        }));
        return m;
    }

    private static void define(PyType t) {
        t.define("__init__", PyBuiltinFunction.methodN("Random", "__init__", (a, k) -> {
            if (a.length > 2) {
                throw PyException.type("Random() requires 0 or 1 argument");
            }
            seed(self(a[0]), a.length > 1 ? a[1] : Py.NONE, 2);
            return Py.NONE;
        }));
        t.define("seed", PyBuiltinFunction.methodN("Random", "seed", (a, k) -> {
            Args p = new Args("seed", a, k, "self", "a", "version");
            seed(self(a[0]), p.get(1, Py.NONE), (int) Ops.index(p.get(2, PyInt.of(2))));
            return Py.NONE;
        }));
        t.define("random", PyBuiltinFunction.method1("Random", "random", s -> new PyFloat(self(s).mt.random())));
        t.define("getrandbits", PyBuiltinFunction.method2("Random", "getrandbits",
            (s, k) -> getrandbits(self(s), k)));
        t.define("randbytes", PyBuiltinFunction.method2("Random", "randbytes", (s, n) -> randbytes(self(s), n)));
        t.define("getstate", PyBuiltinFunction.method1("Random", "getstate", s -> getstate(self(s))));
        t.define("setstate", PyBuiltinFunction.method2("Random", "setstate", (s, st) -> {
            setstate(self(s), st);
            return Py.NONE;
        }));
        t.define("VERSION", PyInt.of(3));
        RandomIntegers.define(t);
        RandomSampling.define(t);
        RandomDistributions.define(t);
    }

    static PyRandom self(PyObject o) {
        if (!(o instanceof PyRandom r)) {
            throw PyException.type("descriptor requires a 'random.Random' object but received '"
                    + o.type().name() + "'");
        }
        return r;
    }

    /** Random.seed: ints by absolute value, str/bytes through sha512 (version 2), others by hash. */
    static void seed(PyRandom r, PyObject a, int version) {
        r.gaussNext = Py.NONE;
        if (a == Py.NONE) {
            // CPython reads os.urandom here; a simulation must be reproducible, so None means 0
            r.mt.seed(BigInteger.ZERO);
        } else if (a instanceof PyInt i) {
            r.mt.seed(i.toBig().abs());
        } else if (a instanceof PyFloat) {
            r.mt.seed(BigInteger.valueOf(Ops.hash(a)).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)));
        } else if (a instanceof PyStr || a instanceof PyBytes) {
            byte[] bytes = a instanceof PyStr s ? s.value.getBytes(StandardCharsets.UTF_8) : ((PyBytes) a).value;
            r.mt.seed(version == 1 ? legacySeed(a, bytes) : sha512Seed(bytes));
        } else {
            throw PyException.type("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
    }

    /** Version 2: int.from_bytes(a + sha512(a).digest()), big-endian. */
    private static BigInteger sha512Seed(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(bytes);
            byte[] all = new byte[bytes.length + digest.length];
            System.arraycopy(bytes, 0, all, 0, bytes.length);
            System.arraycopy(digest, 0, all, bytes.length, digest.length);
            return new BigInteger(1, all);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Version 1 (Python 2's string hash), over the code points of the str or the latin-1 bytes. */
    private static BigInteger legacySeed(PyObject a, byte[] bytes) {
        int[] cps = a instanceof PyStr s ? s.value.codePoints().toArray() : new int[bytes.length];
        if (a instanceof PyBytes) {
            for (int i = 0; i < bytes.length; i++) {
                cps[i] = bytes[i] & 0xFF;
            }
        }
        long x = cps.length == 0 ? 0 : (long) cps[0] << 7;
        for (int c : cps) {
            x = (1000003 * x) ^ c;
        }
        x ^= cps.length;
        return new BigInteger(Long.toUnsignedString(x));
    }

    static PyObject getrandbits(PyRandom r, PyObject kObj) {
        long k = Ops.index(kObj);
        if (k < 0) {
            throw PyException.value("number of bits must be non-negative");
        }
        if (k > Integer.MAX_VALUE) {
            throw PyException.overflow("Python int too large to convert to C int");
        }
        return k < 64 ? PyInt.of(r.mt.bitsLong((int) k)) : PyInt.of(r.mt.bitsBig((int) k));
    }

    private static PyObject randbytes(PyRandom r, PyObject nObj) {
        long n = Ops.index(nObj);
        if (n < 0) {
            throw PyException.value("negative argument not allowed");
        }
        byte[] out = new byte[(int) n];
        if (n > 0) {
            byte[] be = r.mt.bitsBig((int) n * 8).toByteArray();
            for (int i = 0; i < n && i < be.length; i++) {
                out[i] = be[be.length - 1 - i];
            }
        }
        return new PyBytes(out);
    }

    private static PyObject getstate(PyRandom r) {
        PyObject[] words = new PyObject[MersenneTwister.N + 1];
        for (int i = 0; i < MersenneTwister.N; i++) {
            words[i] = PyInt.of(r.mt.mt[i] & 0xffffffffL);
        }
        words[MersenneTwister.N] = PyInt.of(r.mt.index);
        return PyTuple.of(PyInt.of(3), PyTuple.of(words), r.gaussNext);
    }

    private static void setstate(PyRandom r, PyObject state) {
        PyObject[] parts = Ops.toArray(state);
        long version = Ops.index(parts[0]);
        if (version != 3 && version != 2) {
            throw PyException.value("state with version " + version + " passed to Random.setstate() of version 3");
        }
        if (!(parts[1] instanceof PyTuple words)) {
            throw PyException.type("state vector must be a tuple");
        }
        if (words.size() != MersenneTwister.N + 1) {
            throw PyException.value("state vector is the wrong size");
        }
        long index = Ops.index(words.get(MersenneTwister.N));
        if (index < 0 || index > MersenneTwister.N) {
            throw PyException.value("invalid state");
        }
        for (int i = 0; i < MersenneTwister.N; i++) {
            r.mt.mt[i] = (int) ((PyInt) words.get(i)).longValue();
        }
        r.mt.index = (int) index;
        r.gaussNext = parts[2];
    }
}
