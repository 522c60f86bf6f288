package io.looplab.sim;

import io.looplab.vm.Descriptors;
import io.looplab.vm.Ops;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** time.struct_time: a 9-tuple with named fields. */
final class StructTime {
    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
        "tm_yday", "tm_isdst"};
    static final PyType TYPE = PyType.builtin("struct_time", PyTuple.TYPE, null, t -> {
        for (int i = 0; i < FIELDS.length; i++) {
            int k = i;
            t.define(FIELDS[i], Descriptors.getter(FIELDS[i], o -> ((PyTuple) o).get(k)));
        }
        t.define("__repr__", PyBuiltinFunction.method1("struct_time", "__repr__", o -> {
            StringBuilder sb = new StringBuilder("time.struct_time(");
            for (int i = 0; i < FIELDS.length; i++) {
                sb.append(i > 0 ? ", " : "").append(FIELDS[i]).append('=').append(Ops.repr(((PyTuple) o).get(i)));
            }
            return io.looplab.vm.PyStr.of(sb.append(')').toString());
        }));
    });

    private StructTime() {
    }

    static PyObject of(ZonedDateTime t) {
        PyObject[] v = {PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()), PyInt.of(t.getDayOfMonth()),
            PyInt.of(t.getHour()), PyInt.of(t.getMinute()), PyInt.of(t.getSecond()),
            PyInt.of(t.getDayOfWeek().getValue() - 1), PyInt.of(t.getDayOfYear()), PyInt.of(0)};
        return PyTuple.ofType(TYPE, v);
    }

    static ZonedDateTime toDate(PyObject o) {
        PyObject[] v = Ops.toArray(o);
        return ZonedDateTime.of((int) Ops.index(v[0]), (int) Ops.index(v[1]), (int) Ops.index(v[2]),
                (int) Ops.index(v[3]), (int) Ops.index(v[4]), (int) Ops.index(v[5]), 0, ZoneOffset.UTC);
    }
}
