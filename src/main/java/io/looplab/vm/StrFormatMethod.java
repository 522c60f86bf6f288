package io.looplab.vm;

/**
 * str.format and str.format_map, as CPython's Objects/stringlib/unicode_format.h: literal text
 * with {{ }} escapes, replacement fields {name.attr[key]!conv:spec} whose spec may itself hold
 * fields (two levels deep), and one auto-numbering state shared by the whole call. Fields are
 * evaluated as they are met, so an error in a field wins over a later syntax error.
 */
final class StrFormatMethod {
    private enum Numbering { INIT, AUTO, MANUAL }

    private final PyTuple args;
    private final PyObject kwargs;
    private Numbering numbering = Numbering.INIT;
    private int nextAuto;

    private StrFormatMethod(PyTuple args, PyObject kwargs) {
        this.args = args;
        this.kwargs = kwargs;
    }

    /** str.format(*args, **kwargs): kwargs may be null. */
    static String format(String fmt, PyTuple args, PyDict kwargs) {
        return new StrFormatMethod(args, kwargs).build(fmt, 2);
    }

    /** str.format_map(mapping): positional fields are an error. */
    static String formatMap(String fmt, PyObject mapping) {
        return new StrFormatMethod(null, mapping).build(fmt, 2);
    }

    private String build(String fmt, int depth) {
        if (depth <= 0) {
            throw PyException.value("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int pos = 0;
        int n = fmt.length();
        while (pos < n) {
            int brace = nextBrace(fmt, pos);
            if (brace < 0) {
                out.append(fmt, pos, n);
                break;
            }
            char c = fmt.charAt(brace);
            boolean atEnd = brace + 1 >= n;
            if (c == '}' && (atEnd || fmt.charAt(brace + 1) != '}')) {
                throw PyException.value("Single '}' encountered in format string");
            }
            if (atEnd) {
                throw PyException.value("Single '{' encountered in format string");
            }
            if (fmt.charAt(brace + 1) == c) {
                out.append(fmt, pos, brace + 1);
                pos = brace + 2;
                continue;
            }
            out.append(fmt, pos, brace);
            pos = field(fmt, brace + 1, out, depth);
        }
        return out.toString();
    }

    private static int nextBrace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '}') {
                return i;
            }
        }
        return -1;
    }

    /** Parses and renders one field starting after its '{'; returns the index after its '}'. */
    private int field(String fmt, int start, StringBuilder out, int depth) {
        int i = nameEnd(fmt, start);
        String name = fmt.substring(start, i - 1);
        char c = fmt.charAt(i - 1);
        if (c == '}') {
            render(name, 0, "", false, out, depth);
            return i;
        }
        int conversion = 0;
        if (c == '!') {
            if (i >= fmt.length()) {
                throw PyException.value("end of string while looking for conversion specifier");
            }
            conversion = fmt.codePointAt(i);
            i += Character.charCount(conversion);
            if (i < fmt.length()) {
                char after = fmt.charAt(i++);
                if (after == '}') {
                    render(name, conversion, "", false, out, depth);
                    return i;
                }
                if (after != ':') {
                    throw PyException.value("expected ':' after conversion specifier");
                }
            }
        }
        int end = specEnd(fmt, i);
        String spec = fmt.substring(i, end);
        render(name, conversion, spec, spec.indexOf('{') >= 0, out, depth);
        return end + 1;
    }

    /** The index just after the field name's terminator ('}', ':' or '!'); '[...]' may hold them. */
    private static int nameEnd(String fmt, int i) {
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c == '{') {
                throw PyException.value("unexpected '{' in field name");
            }
            if (c == '[') {
                while (i < n && fmt.charAt(i) != ']') {
                    i++;
                }
            } else if (c == '}' || c == ':' || c == '!') {
                return i;
            }
        }
        throw PyException.value("expected '}' before end of string");
    }

    /** The index of the '}' that closes a format spec starting at i (nested braces counted). */
    private static int specEnd(String fmt, int i) {
        int count = 1;
        for (; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '{') {
                count++;
            } else if (c == '}' && --count == 0) {
                return i;
            }
        }
        throw PyException.value("unmatched '{' in format spec");
    }

    private void render(String name, int conversion, String spec, boolean nested, StringBuilder out, int depth) {
        PyObject v = FieldName.resolve(name, this::positional, this::keyword, this::autoNumber);
        if (conversion != 0) {
            v = PyStr.of(convert(v, conversion));
        }
        if (nested) {
            spec = build(spec, depth - 1);
        }
        out.append(StrFormatting.format(v, spec));
    }

    private static String convert(PyObject v, int conversion) {
        return switch (conversion) {
            case 'r' -> Ops.repr(v);
            case 's' -> Ops.str(v);
            case 'a' -> StrFormatting.ascii(Ops.repr(v));
            default -> throw PyException.value("Unknown conversion specifier "
                    + (conversion > 32 && conversion < 127 ? String.valueOf((char) conversion)
                    : "\\x" + Integer.toHexString(conversion)));
        };
    }

    /** field_name_split's numbering rule: all fields auto-numbered, or none. */
    private int autoNumber(boolean empty, int index) {
        if (numbering == Numbering.INIT) {
            numbering = empty ? Numbering.AUTO : Numbering.MANUAL;
        }
        if (numbering == Numbering.MANUAL && empty) {
            throw PyException.value("cannot switch from manual field specification to automatic field numbering");
        }
        if (numbering == Numbering.AUTO && !empty) {
            throw PyException.value("cannot switch from automatic field numbering to manual field specification");
        }
        return empty ? nextAuto++ : index;
    }

    private PyObject positional(int index) {
        if (args == null) {
            throw PyException.value("Format string contains positional fields");
        }
        if (index >= args.size()) {
            throw PyException.index("Replacement index " + index + " out of range for positional args tuple");
        }
        return args.get(index);
    }

    private PyObject keyword(String key) {
        if (kwargs == null) {
            throw PyException.key(null, PyStr.of(key));
        }
        return Ops.getItem(kwargs, PyStr.of(key));
    }
}
