package io.looplab.vm;

import java.io.ByteArrayOutputStream;

/**
 * str.encode / bytes.decode for the UTF-8, ASCII and Latin-1 codecs (and UTF-16/32 through
 * Java), with CPython's error handlers (strict, ignore, replace, backslashreplace,
 * xmlcharrefreplace, surrogateescape) and its UnicodeError messages.
 */
final class Codecs {
    private Codecs() {
    }

    /** The codec's canonical name as CPython's messages spell it, or null if unknown. */
    static String normalize(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-').replace(' ', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf", "cp65001", "utf-8-sig" -> e.equals("utf-8-sig") ? e : "utf-8";
            case "ascii", "us-ascii", "646", "us" -> "ascii";
            case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100" -> "latin-1";
            case "utf-16", "utf16", "utf-16-le", "utf-16le", "utf-16-be", "utf-16be" -> e.startsWith("utf16") ? "utf-16"
                    : e.replace("16le", "16-le").replace("16be", "16-be");
            case "utf-32", "utf32", "utf-32-le", "utf-32le", "utf-32-be", "utf-32be" -> e.startsWith("utf32") ? "utf-32"
                    : e.replace("32le", "32-le").replace("32be", "32-be");
            default -> null;
        };
    }

    private static String codec(String encoding) {
        String c = normalize(encoding);
        if (c != null) {
            return c;
        }
        if (java.nio.charset.Charset.isSupported(encoding)) {
            throw PyException.unsupported("the '" + encoding + "' codec");
        }
        throw PyException.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
    }

    static byte[] encode(String s, String encoding, String errors) {
        String c = codec(encoding);
        return switch (c) {
            case "ascii" -> encodeLimited(s, 128, c, errors);
            case "latin-1" -> encodeLimited(s, 256, c, errors);
            case "utf-8", "utf-8-sig" -> encodeUtf8(s, c, errors);
            default -> encodeWide(s, c, errors);
        };
    }

    static String decode(byte[] b, String encoding, String errors) {
        String c = codec(encoding);
        return switch (c) {
            case "ascii" -> decodeAscii(b, errors);
            case "latin-1" -> new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            case "utf-8", "utf-8-sig" -> Utf8Decoder.decode(b, c.equals("utf-8-sig"), errors);
            default -> decodeWide(b, c);
        };
    }

    /** ASCII and Latin-1: a run of unencodable characters is reported (or replaced) as one error. */
    private static byte[] encodeLimited(String s, int limit, String codec, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; ) {
            if (cps[i] < limit) {
                out.write(cps[i++]);
                continue;
            }
            int end = i;
            while (end < cps.length && cps[end] >= limit) {
                end++;
            }
            String reason = "ordinal not in range(" + limit + ")";
            writeReplacement(out, cps, i, end, codec, errors, reason, limit);
            i = end;
        }
        return out.toByteArray();
    }

    private static byte[] encodeUtf8(String s, String codec, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        if (codec.equals("utf-8-sig")) {
            out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        }
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; ) {
            if (!Character.isSurrogate((char) cps[i]) || cps[i] > 0xffff) {
                out.writeBytes(new String(Character.toChars(cps[i++])).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                continue;
            }
            int end = i;
            while (end < cps.length && cps[end] <= 0xffff && Character.isSurrogate((char) cps[end])) {
                end++;
            }
            writeReplacement(out, cps, i, end, "utf-8", errors, "surrogates not allowed", 128);
            i = end;
        }
        return out.toByteArray();
    }

    private static void writeReplacement(ByteArrayOutputStream out, int[] cps, int start, int end, String codec,
                                         String errors, String reason, int limit) {
        switch (errors) {
            case "strict" -> throw encodeError(cps, start, end, codec, reason);
            case "ignore" -> {
            }
            case "replace" -> {
                for (int j = start; j < end; j++) {
                    out.write('?');
                }
            }
            case "backslashreplace" -> {
                for (int j = start; j < end; j++) {
                    out.writeBytes(escape(cps[j]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
            }
            case "xmlcharrefreplace" -> {
                for (int j = start; j < end; j++) {
                    out.writeBytes(("&#" + cps[j] + ";").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
            }
            case "surrogateescape" -> {
                for (int j = start; j < end; j++) {
                    if (cps[j] < 0xdc80 || cps[j] > 0xdcff) {
                        throw encodeError(cps, j, j + 1, codec, reason);
                    }
                    out.write(cps[j] - 0xdc00);
                }
            }
            default -> throw PyException.of(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        }
    }

    static String escape(int cp) {
        if (cp <= 0xff) {
            return "\\x" + StrFormatting.hex(cp, 2);
        }
        return cp <= 0xffff ? "\\u" + StrFormatting.hex(cp, 4) : "\\U" + StrFormatting.hex(cp, 8);
    }

    private static PyException encodeError(int[] cps, int start, int end, String codec, String reason) {
        String what = end - start == 1 ? "character '" + escape(cps[start]) + "' in position " + start
                : "characters in position " + start + "-" + (end - 1);
        return PyException.of(ExceptionTypes.UNICODE_ENCODE_ERROR,
                "'" + codec + "' codec can't encode " + what + ": " + reason);
    }

    private static String decodeAscii(byte[] b, String errors) {
        StringBuilder sb = new StringBuilder(b.length);
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            if (c < 128) {
                sb.append((char) c);
            } else {
                Utf8Decoder.handle(sb, b, i, i + 1, "ascii", "ordinal not in range(128)", errors);
            }
        }
        return sb.toString();
    }

    private static byte[] encodeWide(String s, String codec, String errors) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c) && errors.equals("strict")) {
                int pos = s.codePointCount(0, i);
                throw PyException.of(ExceptionTypes.UNICODE_ENCODE_ERROR, "'" + codec + "' codec can't encode character '"
                        + escape(c) + "' in position " + pos + ": surrogates not allowed");
            }
        }
        return s.getBytes(javaCharset(codec));
    }

    private static String decodeWide(byte[] b, String codec) {
        int unit = codec.startsWith("utf-16") ? 2 : 4;
        if (b.length % unit != 0) {
            throw PyException.of(ExceptionTypes.UNICODE_DECODE_ERROR, "'" + codec + "' codec can't decode byte 0x"
                    + StrFormatting.hex(b[b.length - 1] & 0xff, 2) + " in position " + (b.length - 1) + ": truncated data");
        }
        String charset = unit == 2 ? "UTF-16" : "UTF-32";
        int skip = 0;
        String order = codec.endsWith("-be") ? "BE" : "LE";
        if (codec.equals("utf-16") || codec.equals("utf-32")) {
            // the BOM decides the byte order; without one CPython assumes little-endian
            boolean le = b.length >= unit && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe;
            boolean be = b.length >= unit && (unit == 2 ? (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                    : b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff);
            skip = le || be ? unit : 0;
            order = be ? "BE" : "LE";
        }
        return new String(b, skip, b.length - skip, java.nio.charset.Charset.forName(charset + order));
    }

    /** CPython's plain utf-16/utf-32 write a BOM and little-endian units (on the usual hosts). */
    private static java.nio.charset.Charset javaCharset(String codec) {
        return java.nio.charset.Charset.forName(switch (codec) {
            case "utf-16" -> "x-UTF-16LE-BOM";
            case "utf-16-le" -> "UTF-16LE";
            case "utf-16-be" -> "UTF-16BE";
            case "utf-32" -> "X-UTF-32LE-BOM";
            case "utf-32-le" -> "UTF-32LE";
            default -> "UTF-32BE";
        });
    }
}
