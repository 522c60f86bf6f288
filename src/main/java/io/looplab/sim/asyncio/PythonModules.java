package io.looplab.sim.asyncio;

import io.looplab.lang.Parser;
import io.looplab.vm.Code;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyStr;
import io.looplab.vm.Runtime;
import io.looplab.vm.compiler.Compiler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads the Python-source half of a module shipped inside LoopLab (asyncio.py). */
final class PythonModules {
    /** Compiled once per JVM: code objects are immutable apart from their inline caches. */
    private static final Map<String, String> SOURCES = new ConcurrentHashMap<>();

    private PythonModules() {
    }

    static PyModule load(Runtime rt, String name) {
        String file = "<looplab>/" + name + ".py";
        String source = SOURCES.computeIfAbsent(name, PythonModules::read);
        Code code = Compiler.compile(Parser.parse(source, file));
        PyModule m = new PyModule(name);
        m.put("__file__", PyStr.of(file));
        rt.modules().put(name, m);
        rt.execModule(code, m);
        for (String sub : new String[] {"events", "tasks", "futures", "locks", "queues", "exceptions", "runners",
            "taskgroups", "timeouts", "coroutines", "base_events"}) {
            m.put(sub, m);
        }
        return m;
    }

    private static String read(String name) {
        try (InputStream in = PythonModules.class.getResourceAsStream(name + ".py")) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + ".py");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
