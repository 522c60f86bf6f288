package io.looplab.vm.modules;

import io.looplab.vm.Py;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyType;

/** An instance of random.Random (or a subclass): its own Mersenne Twister and gauss() spare. */
final class PyRandom extends PyObject {
    private final PyType type;
    private final PyDict dict = new PyDict();
    final MersenneTwister mt = new MersenneTwister();
    /** gauss() makes values in pairs; the second waits here (CPython's gauss_next). */
    PyObject gaussNext = Py.NONE;

    PyRandom(PyType type) {
        this.type = type;
        mt.seed(java.math.BigInteger.ZERO);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        return dict;
    }
}
