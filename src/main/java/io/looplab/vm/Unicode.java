package io.looplab.vm;

import java.util.Locale;

/**
 * Unicode character classes and case mappings as Python defines them (Objects/unicodectype.c):
 * isspace, isdigit, isnumeric, isprintable, line breaks, and full case mappings including
 * titlecase and casefold. Java's tables (Unicode 13) stand in for CPython 3.11's (Unicode 14).
 */
public final class Unicode {
    /** CJK ideographs that Unihan gives a numeric value (so str.isnumeric() is True for them). */
    private static final String CJK_NUMERALS = "〇一二三四五六七八九十百千万亿億兆零壱壹弌弍弎貳贰参參叁叄肆伍陆陸柒漆捌玖拾佰仟萬卄卅廿皕";

    /** Code points whose full titlecase is not derived from their uppercase, and those titlecases. */
    private static final String TITLE_SPECIAL = "\u0149\u1fb2\u1fb4\u1fb7\u1fc2\u1fc4\u1fc7\u1ff2\u1ff4\u1ff7";
    private static final String[] TITLE_SPECIAL_VALUES = {"\u02bcN", "\u1fba\u0345", "\u0386\u0345",
        "\u0391\u0342\u0345", "\u1fca\u0345", "\u0389\u0345", "\u0397\u0342\u0345", "\u1ffa\u0345", "\u038f\u0345",
        "\u03a9\u0342\u0345"};
    /** Numeric_Type=Numeric characters that Java reports with a digit value (fractions of zero, Khmer lek attak...). */
    private static final String NOT_DIGITS = "\u0c78\u0c79\u0c7a\u0c7b\u0c7c\u0c7d\u0c7e\u17f0\u17f1\u17f2\u17f3"
            + "\u17f4\u17f5\u17f6\u17f7\u17f8\u17f9\u215f\u2189";
    /** Excluded from XID_Start/XID_Continue by NFKC closure or Pattern_Syntax, unlike Java's identifier tests. */
    private static final String NOT_ID_START = "\u037a\u0e33\u0eb3\u2e2f\u309b\u309c\ufdfa\ufdfb\uff9e\uff9f";
    private static final String NOT_ID_PART = "\u037a\u2e2f\u309b\u309c\ufdfa\ufdfb";

    private Unicode() {
    }

    /** Python's isprintable: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except the ASCII space). */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Py_UNICODE_ISSPACE: bidirectional class WS, B or S, or category Zs. */
    public static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || cp >= '\t' && cp <= '\r' || cp >= 0x1c && cp <= 0x1f;
        }
        return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || cp >= 0x2000 && cp <= 0x200a || cp == 0x2028
                || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** bytes.isspace and bytes.split(): ASCII whitespace only. */
    static boolean isAsciiSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Line boundaries of str.splitlines (bytes use only \n and \r). */
    static boolean isLineBreak(int cp, boolean bytes) {
        if (cp == '\n' || cp == '\r') {
            return true;
        }
        return !bytes && (cp == 0x0b || cp == 0x0c || cp >= 0x1c && cp <= 0x1e || cp == 0x85 || cp == 0x2028
                || cp == 0x2029);
    }

    static boolean isDecimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Numeric_Type Decimal or Digit: decimal digits plus superscripts, circled digits and the like. */
    static boolean isDigit(int cp) {
        if (isDecimal(cp)) {
            return true;
        }
        if (Character.getType(cp) != Character.OTHER_NUMBER) {
            return false;
        }
        int v = Character.getNumericValue(cp);
        return v >= 0 && v <= 9 && NOT_DIGITS.indexOf(cp) < 0;
    }

    /** Any Numeric_Type: categories Nd, Nl, No, and CJK numerals. */
    static boolean isNumeric(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || cp >= 0x3007 && CJK_NUMERALS.indexOf(cp) >= 0;
    }

    static boolean isAlpha(int cp) {
        return Character.isLetter(cp);
    }

    static boolean isAlnum(int cp) {
        return Character.isLetter(cp) || isNumeric(cp);
    }

    static boolean isUpper(int cp) {
        return Character.isUpperCase(cp);
    }

    static boolean isLower(int cp) {
        return Character.isLowerCase(cp);
    }

    static boolean isTitle(int cp) {
        return Character.isTitleCase(cp);
    }

    /** The Cased property (what str.title() looks at to start a new word). */
    static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    static boolean isIdentifierStart(int cp) {
        return cp == '_' || Character.isUnicodeIdentifierStart(cp) && NOT_ID_START.indexOf(cp) < 0
                && !(cp >= 0xfc5e && cp <= 0xfc63) && !(cp >= 0xfe70 && cp <= 0xfe7e && cp % 2 == 0);
    }

    static boolean isIdentifierPart(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)
                && NOT_ID_PART.indexOf(cp) < 0 && !(cp >= 0xfc5e && cp <= 0xfc63)
                && !(cp >= 0xfe70 && cp <= 0xfe7e && cp % 2 == 0);
    }

    /** Full uppercase mapping of one code point ('ß' -> "SS"). */
    static String upper(int cp) {
        if (cp < 128) {
            return String.valueOf((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
        }
        return new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
    }

    /** Full lowercase mapping of one code point, without the final-sigma context. */
    static String lower(int cp) {
        if (cp < 128) {
            return String.valueOf((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        }
        return new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
    }

    /**
     * Full titlecase mapping (SpecialCasing.txt): the simple titlecase when the uppercase is one
     * character or a titlecase letter exists ('ǅ', 'ᾼ'); otherwise the first character of the
     * uppercase with the rest lowercased ('ß' -> "Ss", 'ﬁ' -> "Fi"), except for the few whose
     * title form keeps other characters.
     */
    static String title(int cp) {
        int t = Character.toTitleCase(cp);
        String up = upper(cp);
        if (up.codePointCount(0, up.length()) == 1 || t != cp || Character.isTitleCase(cp)) {
            return new String(Character.toChars(t));
        }
        int special = TITLE_SPECIAL.indexOf(cp);
        if (special >= 0) {
            return TITLE_SPECIAL_VALUES[special];
        }
        int first = up.codePointAt(0);
        return new String(Character.toChars(first)) + up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    /** Full case folding; Cherokee folds to its uppercase letters, dotless i to itself. */
    static String casefold(int cp) {
        if (cp < 128) {
            return lower(cp);
        }
        if (cp >= 0xab70 && cp <= 0xabbf) {
            return new String(Character.toChars(cp - 0xab70 + 0x13a0));
        }
        if (cp >= 0x13f8 && cp <= 0x13fd) {
            return new String(Character.toChars(cp - 8));
        }
        if (cp >= 0x13a0 && cp <= 0x13f5 || cp == 0x131) {
            return new String(Character.toChars(cp));
        }
        // lower first so that capital sharp s folds like small sharp s, to "ss"
        StringBuilder sb = new StringBuilder(4);
        upper(lower(cp)).codePoints().forEach(c -> sb.append(lower(c)));
        return sb.toString();
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
