package io.looplab.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The token stream, compared with what CPython's tokenize module reports for the same text. */
class LexerTest {

    private static List<Token> lex(String src) {
        return new Lexer(src, "t.py").tokenize();
    }

    /** Types and texts, e.g. "NAME:x OP:= NUMBER:1 NEWLINE ENDMARKER". */
    private static String shape(String src) {
        return lex(src).stream()
                .map(t -> t.type() + (t.text().isEmpty() || t.type() == TokenType.NEWLINE
                        || t.type() == TokenType.INDENT ? "" : ":" + t.text()))
                .collect(Collectors.joining(" "));
    }

    private static Object number(String literal) {
        Token t = lex(literal).get(0);
        assertEquals(TokenType.NUMBER, t.type());
        return t.value();
    }

    @Test
    void newlineIndentDedentLikeCPython() {
        assertEquals("KEYWORD:if NAME:x OP:: NEWLINE INDENT NAME:y NEWLINE DEDENT NAME:z NEWLINE ENDMARKER",
                shape("if x:\n    y\nz\n"));
    }

    @Test
    void commentsAndBlankLinesProduceNoTokens() {
        assertEquals("NAME:a NEWLINE NAME:b NEWLINE ENDMARKER", shape("# c\n\na  # c\n      # deeper\n\nb"));
    }

    @Test
    void missingFinalNewlineIsAdded() {
        List<Token> toks = lex("x");
        assertEquals(TokenType.NEWLINE, toks.get(1).type());
        assertEquals(1, toks.get(1).col());
    }

    @Test
    void bracketsJoinLinesAndSuppressIndentation() {
        assertEquals("NAME:x OP:= OP:( NUMBER:1 OP:, NUMBER:2 OP:) NEWLINE ENDMARKER", shape("x = (1,\n        2)\n"));
    }

    @Test
    void backslashContinuesTheLogicalLine() {
        assertEquals("NAME:x OP:= NUMBER:1 OP:+ NUMBER:2 NEWLINE ENDMARKER", shape("x = 1 + \\\n    2\n"));
    }

    @Test
    void tabsAdvanceToMultiplesOfEight() {
        assertEquals("KEYWORD:if NAME:x OP:: NEWLINE INDENT NAME:a NEWLINE NAME:b NEWLINE DEDENT ENDMARKER",
                shape("if x:\n\ta\n\tb\n"));
    }

    @Test
    void inconsistentTabsAreTabErrors() {
        List<Token> toks = lex("if x:\n        a\n\tb\n");
        Token last = toks.get(toks.size() - 1);
        assertEquals(TokenType.ERROR, last.type());
        PythonSyntaxError e = ((LexicalError) last.value()).error();
        assertEquals("TabError", e.type());
        assertEquals(3, e.line());
    }

    @Test
    void allOperatorsAreSingleTokens() {
        String ops = ":= -> ... **= //= >>= <<= @= != == <= >= ** // << >> += -= *= /= %= &= |= ^= "
                + "+ - * / % @ & | ^ ~ < > , : . ; =";
        String expected = java.util.Arrays.stream(ops.split(" ")).map(o -> "OP:" + o).collect(Collectors.joining(" "));
        assertEquals(expected + " NEWLINE ENDMARKER", shape(ops));
    }

    @Test
    void keywordsAreSeparatedFromNamesButSoftKeywordsAreNot() {
        assertEquals("KEYWORD:async KEYWORD:await NAME:match NAME:case NAME:_ NAME:type NEWLINE ENDMARKER",
                shape("async await match case _ type"));
    }

    @Test
    void integersAreLongsOrBigIntegers() {
        assertEquals(1000L, number("1_000"));
        assertEquals(255L, number("0xff"));
        assertEquals(255L, number("0X_F_F"));
        assertEquals(15L, number("0o17"));
        assertEquals(10L, number("0b1010"));
        assertEquals(0L, number("00"));
        assertEquals(Long.MAX_VALUE, number("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), number("9223372036854775808"));
    }

    @Test
    void floatsInEveryForm() {
        assertEquals(1.0, number("1."));
        assertEquals(0.5, number(".5"));
        assertEquals(0.001, number("1e-3"));
        assertEquals(1000.5, number("1_000.5"));
        assertEquals(1.5e10, number("1.5E+10"));
        assertEquals(Double.POSITIVE_INFINITY, number("1e999"));
    }

    @Test
    void imaginaryLiteralsAreMarkedForTheParser() {
        assertNull(number("3j"));
        assertNull(number("1.5J"));
    }

    @Test
    void stringTokensKeepPrefixQuotesAndContinuations() {
        assertEquals("STRING:rb'x' STRING:F\"{y}\" STRING:'''a\nb''' STRING:'c\\\nd' NEWLINE ENDMARKER",
                shape("rb'x' F\"{y}\" '''a\nb''' 'c\\\nd'"));
    }

    @Test
    void invalidStringPrefixIsANameFollowedByAString() {
        assertEquals("NAME:ub STRING:'x' NEWLINE ENDMARKER", shape("ub'x'"));
    }

    @Test
    void positionsAreUtf16Columns() {
        Token t = lex("x = '😀' + y").get(4);
        assertEquals("y", t.text());
        assertEquals(11, t.col());
    }

    @Test
    void nonAsciiIdentifiersAreNfkcNormalized() {
        assertEquals("NAME:fi NEWLINE ENDMARKER", shape("\uFB01"));
    }

    @Test
    void lexicalErrorsBecomeAFinalErrorToken() {
        List<Token> toks = lex("x = 1\ny = 'abc\n");
        Token last = toks.get(toks.size() - 1);
        assertEquals(TokenType.ERROR, last.type());
        LexicalError err = assertInstanceOf(LexicalError.class, last.value());
        assertEquals("unterminated string literal (detected at line 2)", err.getMessage());
        assertEquals(LexicalError.Kind.OVERRIDES_PARSER, err.kind());
        assertEquals(4, err.error().col());
    }

    @Test
    void unclosedBracketIsReportedAtTheBracket() {
        List<Token> toks = lex("f(a,\n  [b,\n");
        LexicalError err = (LexicalError) toks.get(toks.size() - 1).value();
        assertEquals("'[' was never closed", err.getMessage());
        assertEquals(LexicalError.Kind.UNCLOSED_BRACKET, err.kind());
        assertEquals(2, err.error().line());
        assertEquals(2, err.error().col());
    }

    @Test
    void crlfAndCrAreNewlines() {
        assertEquals("NAME:a NEWLINE NAME:b NEWLINE NAME:c NEWLINE ENDMARKER", shape("a\r\nb\rc"));
    }
}
