package io.looplab.vm;

import io.looplab.lang.Parser;
import io.looplab.vm.compiler.Compiler;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the data modules do beyond CPython parity: functions called through functools.partial
 * and lru_cache can suspend (they run as frames, not Java recursion), and the corners LoopLab
 * leaves out say so with NotImplementedError.
 */
class DataModulesSuspensionTest {
    /** A stand-in for time.sleep: the fiber suspends until the test resumes it. */
    private static final class Block extends Suspension {
        @Override
        public String describe() {
            return "blocked by the test";
        }
    }

    /** Runs source, answering every suspension with "woke"; returns the output and the count. */
    private static String runResumingSuspensions(String source) {
        Runtime rt = new Runtime();
        StringBuilder out = new StringBuilder();
        rt.stdout = out::append;
        rt.builtins.put("block", PyBuiltinFunction.of1("block", x -> new Block()));
        Code code = Compiler.compile(Parser.parse(source, "<test>"));
        Fiber fb = new Fiber(rt);
        fb.push(rt.moduleFrame(code, new PyModule("__main__")), ExecFrame.BOUNDARY);
        int suspensions = 0;
        Fiber.Stop stop = Interpreter.run(fb);
        while (stop == Fiber.Stop.SUSPENDED) {
            suspensions++;
            fb.resume(PyStr.of("woke"));
            stop = Interpreter.run(fb);
        }
        if (stop == Fiber.Stop.RAISED) {
            out.append('!').append(fb.error.type().name()).append(": ").append(fb.error.message()).append('\n');
        }
        return out + "suspended " + suspensions + "\n";
    }

    @Test
    void partialCallsCanSuspend() {
        String src = String.join("\n",
                "from functools import partial",
                "def work(x, label):",
                "    r = block(x)",
                "    print(label, x, r)",
                "    return x * 2",
                "p = partial(work, label='p')",
                "print(p(1))",
                "print(sorted([3, 1, 2], key=partial(lambda k, x: k * x, -1)))",
                "");
        assertEquals("p 1 woke\n2\n[3, 2, 1]\nsuspended 1\n", runResumingSuspensions(src));
    }

    @Test
    void lruCacheMissesCanSuspendAndAreStored() {
        String src = String.join("\n",
                "from functools import lru_cache",
                "@lru_cache",
                "def fetch(key):",
                "    return block(key) + '-' + key",
                "print(fetch('a'), fetch('a'), fetch('b'))",
                "print(fetch.cache_info())",
                "");
        assertEquals("woke-a woke-a woke-b\nCacheInfo(hits=1, misses=2, maxsize=128, currsize=2)\nsuspended 2\n",
                runResumingSuspensions(src));
    }

    @Test
    void unsupportedCornersSaySo() {
        assertEquals("!NotImplementedError: LoopLab does not support collections.ChainMap yet\n",
                PyRun.run("from collections import ChainMap\nChainMap({}, {})\n"));
        assertEquals("!NotImplementedError: LoopLab does not support functools.singledispatch yet\n",
                PyRun.run("import functools\nfunctools.singledispatch(print)\n"));
        assertEquals("!NotImplementedError: LoopLab does not support the 'collections.abc' module yet\n",
                PyRun.run("import collections.abc\n"));
    }
}
