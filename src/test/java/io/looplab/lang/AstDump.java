package io.looplab.lang;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;

/** Test-only printer of AST records in the notation cpython_dump.py produces from CPython's ast. */
final class AstDump {
    private AstDump() {
    }

    static String dump(Object node) {
        StringBuilder sb = new StringBuilder();
        write(node, sb);
        return sb.toString();
    }

    private static void write(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("None");
        } else if (v instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (v instanceof Double d) {
            sb.append("float(").append(d.isInfinite() ? "inf" : new BigDecimal(d).toPlainString()).append(')');
        } else if (v instanceof Number || v instanceof Enum) {
            sb.append(v);
        } else if (v instanceof String s) {
            sb.append(quote(s));
        } else if (v instanceof byte[] b) {
            sb.append("bytes(");
            for (byte x : b) {
                sb.append(String.format("%02x", x & 0xFF));
            }
            sb.append(')');
        } else if (v instanceof List<?> list) {
            writeList(list, sb);
        } else if (v instanceof Record r) {
            writeRecord(r, sb);
        } else {
            throw new IllegalArgumentException(v.getClass().getName());
        }
    }

    private static void writeList(List<?> list, StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            sb.append(i == 0 ? "" : ", ");
            write(list.get(i), sb);
        }
        sb.append(']');
    }

    private static void writeRecord(Record r, StringBuilder sb) {
        sb.append(r.getClass().getSimpleName());
        boolean first = true;
        StringBuilder fields = new StringBuilder();
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            Object v = get(rc, r);
            if (v instanceof Pos p) {
                // CPython's comprehension clauses carry no position to compare against.
                if (!(r instanceof Expr.ForClause)) {
                    sb.append('@').append(p.line()).append(':').append(p.col()).append('-')
                            .append(p.endLine()).append(':').append(p.endCol());
                }
                continue;
            }
            fields.append(first ? "" : ", ");
            first = false;
            write(v, fields);
        }
        sb.append('(').append(fields).append(')');
    }

    private static Object get(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON-style quoting with every non-ASCII UTF-16 unit escaped, as Python's json.dumps does. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> sb.append(c < 0x20 || c > 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
