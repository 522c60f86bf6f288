package io.looplab.vm.modules;

import io.looplab.vm.Descriptors;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyException;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyList;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyType;
import io.looplab.vm.Runtime;

/**
 * _enum: the native metaclass EnumType that enum.py's Enum uses. It gives enumeration classes
 * what CPython's EnumType does for the class itself: iteration in definition order, len, in,
 * Color['RED'], __members__ and the {@code <enum 'Color'>} repr. The members are made in Python
 * (enum.py's __init_subclass__), which records them in _member_names_ and _member_map_.
 */
final class EnumModule {
    static final PyType ENUM_TYPE = PyType.builtin("EnumType", PyType.TYPE, null, EnumModule::define);

    private EnumModule() {
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("_enum");
        m.put("EnumType", ENUM_TYPE);
        return m;
    }

    private static void define(PyType t) {
        t.define("__module__", PyStr.of("enum"));
        t.define("__iter__", PyBuiltinFunction.method1("EnumType", "__iter__", cls -> Ops.iter(members(cls))));
        t.define("__reversed__", PyBuiltinFunction.method1("EnumType", "__reversed__", cls -> {
            PyObject[] ms = Ops.toArray(members(cls));
            java.util.Collections.reverse(java.util.Arrays.asList(ms));
            return Ops.iter(PyList.of(ms));
        }));
        t.define("__len__", PyBuiltinFunction.method1("EnumType", "__len__", cls -> PyInt.of(names(cls).length)));
        t.define("__bool__", PyBuiltinFunction.method1("EnumType", "__bool__", cls -> Py.TRUE));
        t.define("__contains__", PyBuiltinFunction.method2("EnumType", "__contains__", EnumModule::contains));
        t.define("__getitem__", PyBuiltinFunction.method2("EnumType", "__getitem__", (cls, name) -> {
            PyObject member = map(cls).get(name);
            if (member == null) {
                throw PyException.key(null, name);
            }
            return member;
        }));
        t.define("__repr__", PyBuiltinFunction.method1("EnumType", "__repr__",
            cls -> PyStr.of("<enum '" + ((PyType) cls).name() + "'>")));
        t.define("__members__", Descriptors.getter("__members__", cls -> map(cls).copy()));
    }

    private static PyObject[] names(PyObject cls) {
        PyObject n = ((PyType) cls).lookup("_member_names_");
        return n == null ? new PyObject[0] : Ops.toArray(n);
    }

    private static PyDict map(PyObject cls) {
        PyObject m = ((PyType) cls).lookup("_member_map_");
        return m instanceof PyDict d ? d : new PyDict();
    }

    /** The canonical members (aliases excluded), in definition order. */
    private static PyList members(PyObject cls) {
        PyDict map = map(cls);
        PyList out = new PyList();
        for (PyObject name : names(cls)) {
            out.append(map.get(name));
        }
        return out;
    }

    /** 3.11: a non-member operand is a TypeError (with a DeprecationWarning CPython prints to stderr). */
    private static PyObject contains(PyObject cls, PyObject member) {
        if (!isEnumMember(member)) {
            throw PyException.type("unsupported operand type(s) for 'in': '" + member.type().name()
                    + "' and 'EnumType'");
        }
        return Py.bool(member.type().isSubtypeOf((PyType) cls) && map(cls).containsKey(memberName(member)));
    }

    private static boolean isEnumMember(PyObject o) {
        return o.type().type() == ENUM_TYPE || o.type().type().isSubtypeOf(ENUM_TYPE);
    }

    private static PyObject memberName(PyObject member) {
        PyDict d = member.dict();
        PyObject name = d == null ? null : d.get("_name_");
        return name == null ? Py.NONE : name;
    }
}
