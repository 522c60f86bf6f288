package io.looplab.vm;

import io.looplab.lang.Parser;
import io.looplab.vm.compiler.Compiler;
import io.looplab.vm.jit.Translator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every code object of the Python LoopLab ships (its asyncio, threading and library modules)
 * and of every scenario can be translated, and the JVM verifier accepts each translation.
 * Only code too large for one JVM method (module bodies, long scenario mains) may stay interpreted.
 */
class TranslatorCoverageTest {
    @Test
    void everyShippedAndScenarioFunctionTranslatesToVerifiableBytecode() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String root : new String[] {"src/main/resources", "scenarios"}) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(sources::add);
            }
        }
        assertTrue(sources.size() > 40, "found " + sources.size() + " Python files");
        List<String> refused = new ArrayList<>();
        int translated = 0;
        for (Path p : sources) {
            List<Code> codes = new ArrayList<>();
            collect(Compiler.compile(Parser.parse(Files.readString(p), p.toString())), codes);
            for (Code c : codes) {
                Translator.Translation t = Translator.translate(c);
                if (t == null) {
                    if (c.ops.length < 200) {
                        refused.add(c.qualname + " (" + p + ":" + c.firstLine + ", " + c.ops.length + " instructions)");
                    }
                    continue;
                }
                CompiledCode cc = JitSupport.define(t.classFile(), t.depthAt(), t.laterInBlock());
                assertEquals(c.ops.length, t.depthAt().length);
                assertTrue(cc != null);
                translated++;
            }
        }
        assertEquals(List.of(), refused, "refused although small");
        assertTrue(translated > 1000, "translated " + translated);
    }

    private static void collect(Code code, List<Code> out) {
        out.add(code);
        for (PyObject c : code.consts) {
            if (c instanceof Code inner) {
                collect(inner, out);
            }
        }
    }
}
