package io.looplab.vm;

import io.looplab.lang.Parser;
import io.looplab.vm.compiler.Compiler;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compiled code ({@code io.looplab.vm.jit}) must be indistinguishable from the interpreter: each
 * snippet of resources/io/looplab/vm/jit/jit_cases.txt prints what CPython 3.11.2 printed
 * (jit_expected.txt) interpreted, compiled from the first call, and compiled part-way through
 * (so frames move from the interpreter to compiled code at loop heads and call returns).
 */
class JitTest {
    private static final String DIR = "/io/looplab/vm/jit/";

    @TestFactory
    List<DynamicTest> everySnippetPrintsTheSameInterpretedAndCompiled() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SnippetCorpus.Snippet c : SnippetCorpus.load(DIR + "jit_cases.txt", DIR + "jit_expected.txt")) {
            for (int threshold : new int[] {-1, 0, 3}) {
                tests.add(DynamicTest.dynamicTest(c.name() + " (threshold " + threshold + ")",
                        () -> assertEquals(c.output(), PyRun.run(c.source(), threshold), c.source())));
            }
        }
        return tests;
    }

    @Test
    void hotCodeIsCompiledAndColdCodeIsNot() {
        Runtime rt = new Runtime();
        rt.jitThreshold = 50;
        Code module = run(rt, "def hot(n):\n    return n + 1\ndef cold():\n    return 0\n"
                + "t = 0\nfor i in range(100):\n    t = hot(t)\ncold()\nprint(t)\n");
        assertNotNull(module.compiled, "the module's loop ran 100 times");
        assertNotNull(function(module, "hot").compiled, "hot() ran 100 times");
        assertEquals(null, function(module, "cold").compiled, "cold() ran once");
    }

    @Test
    void theStepBudgetStopsCompiledCodeAtTheSameStepAndLine() {
        String spin = "def spin():\n    n = 0\n    while True:\n        n += 1\n        if n < 0:\n            break\n"
                + "    return n\nspin()\n";
        long[] ticks = new long[2];
        int[] lines = new int[2];
        int i = 0;
        for (int threshold : new int[] {-1, 0}) {
            Runtime rt = new Runtime();
            rt.jitThreshold = threshold;
            rt.tickLimit = 10_007;
            BudgetExceeded e = assertThrows(BudgetExceeded.class, () -> run(rt, spin));
            ticks[i] = rt.ticks;
            lines[i++] = e.line;
        }
        assertEquals(ticks[0], ticks[1]);
        assertEquals(lines[0], lines[1]);
        assertTrue(lines[0] >= 3 && lines[0] <= 6, "a line of the loop: " + lines[0]);
    }

    private static Code run(Runtime rt, String source) {
        StringBuilder out = new StringBuilder();
        rt.stdout = out::append;
        Code code = Compiler.compile(Parser.parse(source, "<test>"));
        Fiber fb = new Fiber(rt);
        fb.push(rt.moduleFrame(code, new PyModule("__main__")), ExecFrame.BOUNDARY);
        assertEquals(Fiber.Stop.FINISHED, Interpreter.run(fb), out.toString());
        return code;
    }

    private static Code function(Code module, String name) {
        for (PyObject c : module.consts) {
            if (c instanceof Code code && code.name.equals(name)) {
                return code;
            }
        }
        throw new AssertionError("no function " + name);
    }
}
