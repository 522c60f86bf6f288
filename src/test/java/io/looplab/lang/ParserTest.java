package io.looplab.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.looplab.lang.Expr.*;
import io.looplab.lang.Stmt.*;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Parser behaviour beyond tree shape: the LoopLab-specific fields, unsupported syntax, scale and depth. */
class ParserTest {

    private static Stmt first(String src) {
        return Parser.parse(src, "t.py").body().get(0);
    }

    private static Expr value(String src) {
        return ((Assign) first(src)).value();
    }

    @Test
    void firstLineIsTheFirstDecoratorsLine() {
        FunctionDef f = (FunctionDef) first("\n@a\n\n@b\ndef f(): pass\n");
        assertEquals(2, f.firstLine());
        assertEquals(5, f.pos().line());
        ClassDef c = (ClassDef) first("class C: pass");
        assertEquals(1, c.firstLine());
    }

    @Test
    void asyncDefStartsAtAsync() {
        FunctionDef f = (FunctionDef) Parser.parse("x = 1; y = 2\n  \nasync  def f(): pass", "t.py").body().get(2);
        assertEquals(3, f.pos().line());
        assertEquals(0, f.pos().col());
    }

    @Test
    void moduleKeepsFileNameAndSource() {
        Module m = Parser.parse("x = 1\n", "demo.py");
        assertEquals("demo.py", m.fileName());
        assertEquals("x = 1", m.source().line(1));
    }

    @Test
    void stringConstantsDecodeEveryEscape() {
        assertEquals("\n\t\r\0\u0007\b\f\u000B\\'\"AA\u00e9\uD83D\uDE00\u2014\\d",
                ((Constant) value("x = '\\n\\t\\r\\0\\a\\b\\f\\v\\\\\\'\\\"\\x41\\101\\u00e9\\U0001F600\\N{EM DASH}\\d'"))
                        .value());
    }

    @Test
    void bytesConstantsAreByteArrays() {
        byte[] b = (byte[]) ((Constant) value("x = b'a\\xff' rb'\\n'")).value();
        assertArrayEquals(new byte[] {'a', (byte) 0xff, '\\', 'n'}, b);
    }

    @Test
    void nonBmpCharactersSurviveAsSurrogatePairs() {
        String s = (String) ((Constant) value("x = '😀'")).value();
        assertEquals("\uD83D\uDE00", s);
        assertEquals(2, s.length());
    }

    @Test
    void selfDocumentingFieldExpandsWithRepr() {
        JoinedStr j = (JoinedStr) value("x = f'{a + 1 = }'");
        assertEquals("a + 1 = ", ((Constant) j.values().get(0)).value());
        FormattedValue v = (FormattedValue) j.values().get(1);
        assertEquals('r', v.conversion());
        assertInstanceOf(BinOp.class, v.value());
    }

    @Test
    void fieldExpressionsHaveFilePositions() {
        JoinedStr j = (JoinedStr) value("pad = 0\nx = f'''\n  {  foo.bar }'''".substring(8));
        Attribute a = (Attribute) ((FormattedValue) j.values().get(1)).value();
        assertEquals(new Pos(2, 5, 2, 12), a.pos());
    }

    @Test
    void complexNumbersAreUnsupported() {
        UnsupportedSyntax e = assertThrows(UnsupportedSyntax.class, () -> Parser.parse("x = 1\ny = 3j", "t.py"));
        assertEquals("complex numbers", e.feature());
        assertEquals(2, e.line());
        assertEquals(4, e.col());
        assertEquals("LoopLab does not support complex numbers yet", e.getMessage());
    }

    @Test
    void matchStatementIsUnsupported() {
        UnsupportedSyntax e = assertThrows(UnsupportedSyntax.class,
                () -> Parser.parse("match command:\n    case 1:\n        pass\n", "t.py"));
        assertEquals("the match statement", e.feature());
        assertEquals(1, e.line());
    }

    @Test
    void matchAsAnOrdinaryNameStillParses() {
        Call c = (Call) ((ExprStmt) first("match(x)")).value();
        assertEquals("match", ((Name) c.func()).id());
    }

    @Test
    void exceptStarIsUnsupported() {
        UnsupportedSyntax e = assertThrows(UnsupportedSyntax.class,
                () -> Parser.parse("try:\n    pass\nexcept* E:\n    pass\n", "t.py"));
        assertEquals("except*", e.feature());
        assertEquals(3, e.line());
    }

    @Test
    void fiveThousandLinesParseQuickly() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            sb.append("async def f").append(i).append("(a, b=1, *c, **d):\n")
                    .append("    x = [i * 2 for i in range(a) if i % 3]\n")
                    .append("    y = {'k': x, **d}\n")
                    .append("    for k, v in y.items():\n")
                    .append("        if k and not v: continue\n")
                    .append("    while x:\n")
                    .append("        x.pop()\n")
                    .append("    r = await g(f'{a!r:>{b}}', *c, key=lambda q: q[1:2])\n")
                    .append("    return r\n")
                    .append("\n");
        }
        String src = sb.toString();
        assertEquals(5000, src.split("\n", -1).length - 1);
        Module m = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Parser.parse(src, "big.py"));
        assertEquals(500, m.body().size());
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        String src = "x = " + "(".repeat(100) + "1" + ")".repeat(100) + "\n"
                + "y = " + "[".repeat(100) + "]".repeat(100) + "\n"
                + "z = " + "-".repeat(1000) + "1\n";
        Module m = Parser.parse(src, "deep.py");
        assertEquals(3, m.body().size());
    }

    @Test
    void tooManyNestedParenthesesIsCPythonsError() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class,
                () -> Parser.parse("x = " + "(".repeat(201) + ")".repeat(201), "t.py"));
        assertEquals("too many nested parentheses", e.getMessage());
    }

    @Test
    void errorsRenderLikeCPython() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> Parser.parse("if x\n    pass\n", "t.py"));
        assertEquals("  File \"t.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'", e.format());
    }

    @Test
    void utf8SourceWithBomParses() {
        String src = new String(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '=', '1'},
                StandardCharsets.UTF_8);
        assertEquals(1, Parser.parse(src, "t.py").body().size());
    }
}
