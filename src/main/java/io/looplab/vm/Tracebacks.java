package io.looplab.vm;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** CPython's traceback report, chained exceptions included (what `python3 x.py` prints on stderr). */
public final class Tracebacks {
    private Tracebacks() {
    }

    public static String format(PyBaseException e, Runtime rt) {
        StringBuilder sb = new StringBuilder();
        chain(e, sb, new ArrayList<>());
        return sb.toString();
    }

    private static void chain(PyBaseException e, StringBuilder sb, List<PyBaseException> seen) {
        seen.add(e);
        if (e.cause != null && !seen.contains(e.cause)) {
            chain(e.cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context != null && !e.suppressContext && !seen.contains(e.context)) {
            chain(e.context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        one(e, sb);
    }

    private static void one(PyBaseException e, StringBuilder sb) {
        if (!e.traceback.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            for (int i = e.traceback.size() - 1; i >= 0; i--) {
                PyBaseException.TracebackEntry t = e.traceback.get(i);
                sb.append("  File \"").append(t.fileName()).append("\", line ").append(t.line()).append(", in ")
                        .append(t.function()).append('\n');
                String src = sourceLine(t.fileName(), t.line());
                if (!src.isBlank()) {
                    sb.append("    ").append(src.strip()).append('\n');
                }
            }
        }
        String msg;
        try {
            msg = Ops.str(e);
        } catch (PyException failed) {
            msg = "<exception str() failed>";
        }
        sb.append(typeName(e.type())).append(msg.isEmpty() ? "" : ": " + msg).append('\n');
    }

    private static String sourceLine(String file, int line) {
        try {
            Path p = Path.of(file);
            if (Files.isRegularFile(p)) {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
            }
        } catch (Exception ignored) {
            // no source available: CPython prints the location line only
        }
        return "";
    }

    /** traceback.format_exception_only: the qualname, prefixed by its module unless __main__ or builtins. */
    static String typeName(PyType t) {
        PyObject mod = t.dict().get("__module__");
        String m = mod instanceof PyStr s ? s.value : "builtins";
        return m.equals("__main__") || m.equals("builtins") ? t.qualname() : m + "." + t.qualname();
    }

    /** One line: "Type: message". */
    public static String summary(PyBaseException e) {
        String msg = e.message();
        return e.type().name() + (msg.isEmpty() ? "" : ": " + msg);
    }
}
