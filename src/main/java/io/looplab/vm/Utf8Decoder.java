package io.looplab.vm;

/**
 * UTF-8 decoding with CPython's error ranges and reasons ("invalid start byte", "invalid
 * continuation byte", "unexpected end of data"), and the decode-side error handlers.
 */
final class Utf8Decoder {
    private Utf8Decoder() {
    }

    static String decode(byte[] b, boolean sig, String errors) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = sig && b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need = c < 0xc2 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : c < 0xf5 ? 3 : 0;
            if (need == 0) {
                i = handle(sb, b, i, i + 1, "utf-8", "invalid start byte", errors);
                continue;
            }
            int j = i + 1;
            int cp = c & (0x3f >> need);
            while (j <= i + need) {
                if (j >= b.length) {
                    return finish(sb, b, i, errors);
                }
                int d = b[j] & 0xff;
                if (!continuation(c, j - i, d)) {
                    break;
                }
                cp = cp << 6 | (d & 0x3f);
                j++;
            }
            if (j <= i + need) {
                i = handle(sb, b, i, j, "utf-8", "invalid continuation byte", errors);
                continue;
            }
            sb.appendCodePoint(cp);
            i = j;
        }
        return sb.toString();
    }

    /** A truncated sequence at the end of the input. */
    private static String finish(StringBuilder sb, byte[] b, int start, String errors) {
        handle(sb, b, start, b.length, "utf-8", "unexpected end of data", errors);
        return sb.toString();
    }

    /** Valid second bytes exclude overlong forms, surrogates and values beyond U+10FFFF. */
    private static boolean continuation(int lead, int index, int d) {
        if (index == 1) {
            return switch (lead) {
                case 0xe0 -> d >= 0xa0 && d <= 0xbf;
                case 0xed -> d >= 0x80 && d <= 0x9f;
                case 0xf0 -> d >= 0x90 && d <= 0xbf;
                case 0xf4 -> d >= 0x80 && d <= 0x8f;
                default -> d >= 0x80 && d <= 0xbf;
            };
        }
        return d >= 0x80 && d <= 0xbf;
    }

    /** Applies the error handler to bytes [start, end); returns where decoding resumes. */
    static int handle(StringBuilder sb, byte[] b, int start, int end, String codec, String reason, String errors) {
        switch (errors) {
            case "strict" -> {
                String where = end - start == 1
                        ? "byte 0x" + StrFormatting.hex(b[start] & 0xff, 2) + " in position " + start
                        : "bytes in position " + start + "-" + (end - 1);
                throw PyException.of(ExceptionTypes.UNICODE_DECODE_ERROR,
                        "'" + codec + "' codec can't decode " + where + ": " + reason);
            }
            case "ignore" -> {
            }
            case "replace" -> sb.append('\ufffd');
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) {
                    sb.append("\\x").append(StrFormatting.hex(b[i] & 0xff, 2));
                }
            }
            case "surrogateescape" -> {
                for (int i = start; i < end; i++) {
                    sb.append((char) (0xdc00 + (b[i] & 0xff)));
                }
            }
            default -> throw PyException.of(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        }
        return end;
    }
}
