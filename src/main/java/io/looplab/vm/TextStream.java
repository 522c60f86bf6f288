package io.looplab.vm;

/** sys.stdout / sys.stderr: a text stream whose writes go to the runtime's output sink. */
public final class TextStream extends PyObject {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyType.OBJECT, null, t -> {
        t.define("write", PyBuiltinFunction.method2("TextIOWrapper", "write", (s, text) -> {
            if (!(text instanceof PyStr str)) {
                throw PyException.type("write() argument must be str, not " + text.type().name());
            }
            ((TextStream) s).out.write(str.value);
            return PyInt.of(str.length());
        }));
        t.define("flush", PyBuiltinFunction.method1("TextIOWrapper", "flush", s -> Py.NONE));
        t.define("isatty", PyBuiltinFunction.method1("TextIOWrapper", "isatty", s -> Py.FALSE));
        t.define("writable", PyBuiltinFunction.method1("TextIOWrapper", "writable", s -> Py.TRUE));
        t.define("encoding", Descriptors.getter("encoding", s -> PyStr.of("utf-8")));
        t.define("name", Descriptors.getter("name", s -> PyStr.of(((TextStream) s).name)));
    });

    final String name;
    final Runtime.Output out;

    public TextStream(String name, Runtime.Output out) {
        this.name = name;
        this.out = out;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public void write(String s) {
        out.write(s);
    }
}
