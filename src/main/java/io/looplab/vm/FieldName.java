package io.looplab.vm;

import java.util.function.Function;
import java.util.function.IntFunction;

/** The field name of a str.format replacement field: arg_name ("." attr | "[" key "]")*. */
final class FieldName {
    /** Resolves auto-numbering: (is the name empty, its explicit index or -1) -> the index. */
    interface Numberer {
        int number(boolean empty, int index);
    }

    private FieldName() {
    }

    static PyObject resolve(String name, IntFunction<PyObject> positional, Function<String, PyObject> keyword,
                            Numberer numberer) {
        int i = 0;
        int n = name.length();
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        long index = decimal(first);
        boolean empty = first.isEmpty();
        if (empty || index != -1) {
            index = numberer.number(empty, (int) Math.min(index, Integer.MAX_VALUE));
        }
        PyObject obj = index == -1 ? keyword.apply(first) : positional.apply((int) index);
        while (i < n) {
            char c = name.charAt(i++);
            int start = i;
            if (c == '.') {
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
                checkNotEmpty(start, i);
                obj = Attributes.get(obj, name.substring(start, i));
            } else if (c == '[') {
                i = name.indexOf(']', start);
                if (i < 0) {
                    throw PyException.value("Missing ']' in format string");
                }
                String key = name.substring(start, i++);
                long k = decimal(key);
                checkNotEmpty(start, i - 1);
                obj = Ops.getItem(obj, k == -1 ? PyStr.of(key) : PyInt.of(k));
            } else {
                throw PyException.value("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private static void checkNotEmpty(int start, int end) {
        if (start == end) {
            throw PyException.value("Empty attribute in format string");
        }
    }

    /** The value of an all-decimal-digits string, or -1 (CPython's get_integer). */
    private static long decimal(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int d = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (d < 0) {
                return -1;
            }
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw PyException.value("Too many decimal digits in format string");
            }
            v = v * 10 + d;
        }
        return v;
    }
}
