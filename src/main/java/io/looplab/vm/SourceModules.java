package io.looplab.vm;

import io.looplab.lang.Module;
import io.looplab.lang.Parser;
import io.looplab.vm.compiler.Compiler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Library modules written in Python (contextlib, dataclasses, textwrap...) and shipped as class-path
 * resources: parsed once per JVM, compiled and run in a fresh module per runtime at first import.
 */
public final class SourceModules {
    /** Parsed sources by resource path; the AST is immutable, so runtimes can share it. */
    private static final Map<String, Module> PARSED = new ConcurrentHashMap<>();

    private SourceModules() {
    }

    /** Runs Python source as module {@code name} on rt (nested on its current fiber) and returns it. */
    public static PyModule load(Runtime rt, String name, String source) {
        return exec(rt, name, Parser.parse(source, "<" + name + ">"));
    }

    /** Like {@link #load}, reading the source from a resource beside {@code anchor}'s class file. */
    public static PyModule loadResource(Runtime rt, String name, Class<?> anchor, String resource) {
        String key = anchor.getPackageName() + "/" + resource;
        Module ast = PARSED.computeIfAbsent(key, k -> Parser.parse(read(anchor, resource), "<" + name + ">"));
        return exec(rt, name, ast);
    }

    private static PyModule exec(Runtime rt, String name, Module ast) {
        Code code = Compiler.compile(ast);
        PyModule m = new PyModule(name);
        rt.modules.put(name, m);
        try {
            rt.execModule(code, m);
        } catch (PyException e) {
            rt.modules.remove(name);
            throw e;
        }
        return m;
    }

    private static String read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing library resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
