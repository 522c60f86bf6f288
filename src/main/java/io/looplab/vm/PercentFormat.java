package io.looplab.vm;

/** printf-style formatting: '%s %d %5.2f %r %x %%' % args. */
final class PercentFormat {
    private PercentFormat() {
    }

    static String format(String fmt, PyObject args) {
        PyObject[] values = args instanceof PyTuple t ? t.items : new PyObject[] {args};
        PyDict mapping = args instanceof PyDict d ? d : null;
        StringBuilder sb = new StringBuilder();
        int ai = 0;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (i >= fmt.length()) {
                throw PyException.value("incomplete format");
            }
            PyObject value = null;
            if (fmt.charAt(i) == '(' && mapping != null) {
                int close = fmt.indexOf(')', i);
                value = Ops.getItem(mapping, PyStr.of(fmt.substring(i + 1, close)));
                i = close + 1;
            }
            int start = i;
            while (i < fmt.length() && "-+ #0123456789.*".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            String flags = fmt.substring(start, i);
            char conv = fmt.charAt(i++);
            if (conv == '%') {
                sb.append('%');
                continue;
            }
            if (value == null) {
                if (ai >= values.length) {
                    throw PyException.type("not enough arguments for format string");
                }
                value = values[ai++];
            }
            sb.append(convert(flags, conv, value));
        }
        if (mapping == null && ai < values.length) {
            throw PyException.type("not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    private static String convert(String flags, char conv, PyObject v) {
        String align = flags.contains("-") ? "<" : "";
        String rest = flags.replace("-", "");
        String zero = "";
        if (rest.startsWith("0")) {
            zero = "0";
            rest = rest.substring(1);
        }
        switch (conv) {
            case 's':
                return StrFormatting.format(PyStr.of(Ops.str(v)), (align.isEmpty() ? ">" : align) + rest);
            case 'r':
                return StrFormatting.format(PyStr.of(Ops.repr(v)), (align.isEmpty() ? ">" : align) + rest);
            case 'd':
            case 'i':
            case 'u':
                return StrFormatting.format(IntMethods.toInt(v), align + zero + rest + "d");
            case 'f':
            case 'F':
            case 'e':
            case 'E':
            case 'g':
            case 'G':
                return StrFormatting.format(new PyFloat(Ops.toDouble(v)), align + zero + rest + conv);
            case 'x':
            case 'X':
            case 'o':
                return StrFormatting.format(IntMethods.toInt(v), align + zero + rest + conv);
            case 'c':
                return v instanceof PyStr s ? s.value : new String(Character.toChars((int) Ops.index(v)));
            default:
                throw PyException.value("unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv)
                        + ")");
        }
    }
}
