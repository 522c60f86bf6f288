package io.looplab.vm;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Case mapping and character-class predicates of str (Objects/unicodeobject.c: do_title,
 * do_capitalize, do_swapcase, unicode_isupper...), with full (multi-character) mappings.
 */
final class StrCase {
    private StrCase() {
    }

    static void define(PyType t) {
        mapping(t, "upper", StrCase::upper);
        mapping(t, "lower", StrCase::lower);
        mapping(t, "casefold", StrCase::casefold);
        mapping(t, "title", StrCase::title);
        mapping(t, "capitalize", StrCase::capitalize);
        mapping(t, "swapcase", StrCase::swapcase);
        predicate(t, "isdigit", s -> all(s, Unicode::isDigit));
        predicate(t, "isdecimal", s -> all(s, Unicode::isDecimal));
        predicate(t, "isnumeric", s -> all(s, Unicode::isNumeric));
        predicate(t, "isalpha", s -> all(s, Unicode::isAlpha));
        predicate(t, "isalnum", s -> all(s, Unicode::isAlnum));
        predicate(t, "isspace", s -> all(s, Unicode::isSpace));
        predicate(t, "isupper", s -> isCase(s, true));
        predicate(t, "islower", s -> isCase(s, false));
        predicate(t, "istitle", StrCase::isTitle);
        predicate(t, "isidentifier", StrCase::isIdentifier);
        predicate(t, "isprintable", StrCase::isPrintable);
        predicate(t, "isascii", StrCase::isAscii);
    }

    private static void mapping(PyType t, String name, java.util.function.UnaryOperator<String> f) {
        t.define(name, PyBuiltinFunction.method1("str", name, s -> PyStr.of(f.apply(StrMethods.self(s, name).value))));
    }

    private static void predicate(PyType t, String name, java.util.function.Predicate<String> p) {
        t.define(name, PyBuiltinFunction.method1("str", name, s -> Py.bool(p.test(StrMethods.self(s, name).value))));
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** lower() with Greek final sigma, as Java's root-locale mapping also does. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String casefold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.append(Unicode.casefold(cp)));
        return sb.toString();
    }

    /** Words start after any character that is not cased: "they're".title() == "They'Re". */
    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.append(previousCased ? lowerAt(s, i, cp) : Unicode.title(cp));
            previousCased = Unicode.isCased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** First character to titlecase (since 3.8), the rest lowercased. */
    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        StringBuilder sb = new StringBuilder(s.length()).append(Unicode.title(first));
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.append(lowerAt(s, i, cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Unicode.isUpper(cp)) {
                sb.append(lowerAt(s, i, cp));
            } else if (Unicode.isLower(cp)) {
                sb.append(Unicode.upper(cp));
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Lowercase of the code point at i, with the final-sigma rule for capital sigma. */
    private static String lowerAt(String s, int i, int cp) {
        if (cp != 0x3a3) {
            return Unicode.lower(cp);
        }
        return finalSigma(s, i) ? "\u03c2" : "\u03c3";
    }

    /** Unicode's Final_Sigma: a cased letter before (skipping case-ignorables), none after. */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!caseIgnorable(c)) {
                if (!Unicode.isCased(c)) {
                    return false;
                }
                for (int k = i + 1; k < s.length(); ) {
                    int d = s.codePointAt(k);
                    if (!caseIgnorable(d)) {
                        return !Unicode.isCased(d);
                    }
                    k += Character.charCount(d);
                }
                return true;
            }
        }
        return false;
    }

    private static boolean caseIgnorable(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL
                || c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xb7 || c == 0x2019;
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** True when s is non-empty and every code point satisfies p (isdigit, isalpha, ...). */
    static boolean all(String s, IntPredicate p) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!p.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** isupper (upper=true) / islower: all cased characters in that case, and at least one. */
    static boolean isCase(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Unicode.isTitle(cp) || (upper ? Unicode.isLower(cp) : Unicode.isUpper(cp))) {
                return false;
            }
            cased |= upper ? Unicode.isUpper(cp) : Unicode.isLower(cp);
        }
        return cased;
    }

    static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Unicode.isUpper(cp) || Unicode.isTitle(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Unicode.isLower(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Unicode.isIdentifierStart(s.codePointAt(0))) {
            return false;
        }
        return s.codePoints().skip(1).allMatch(Unicode::isIdentifierPart);
    }

    static boolean isPrintable(String s) {
        return s.codePoints().allMatch(Unicode::isPrintable);
    }
}
