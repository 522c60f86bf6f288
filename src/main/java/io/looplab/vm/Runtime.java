package io.looplab.vm;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The state of one simulated Python process: builtins, loaded modules, where output goes,
 * the instruction budget. Nothing here is static, so several simulations can run at once.
 */
public final class Runtime {
    /** Receives everything written to sys.stdout, in order. */
    public interface Output {
        void write(String text);
    }

    public static final long DEFAULT_STEP_LIMIT = 2_000_000_000L;

    public final PyDict builtins = new PyDict();
    final Map<String, PyModule> modules = new LinkedHashMap<>();
    private final Map<String, Function<Runtime, PyModule>> nativeModules = new LinkedHashMap<>();
    /** Directory that `import x` searches for x.py (the scenario's directory), or null. */
    public Path searchPath;
    public Output stdout = text -> { };
    public Output stderr = text -> { };
    /** sys.argv[0]. */
    public String scriptName = "";
    private TextStream stdoutStream;
    private TextStream stderrStream;
    /** Instructions executed so far, and the limit (the --max-steps budget). */
    public long ticks;
    public long tickLimit = DEFAULT_STEP_LIMIT;
    public int recursionLimit = 1000;
    /** Entries and loop iterations before a code object is compiled to JVM bytecode; negative: never. */
    public int jitThreshold = Tiering.configuredThreshold();
    /** What os.cpu_count() reports (the oracle's --cpu-count, 4 by default). */
    public int cpuCount = 4;
    /** The fiber Interpreter.run is running (nested calls run on it). */
    Fiber current;
    private long nextId = 1;
    /** State that layers above the VM attach to this runtime (the kernel's asyncio state...). */
    public final Map<Class<?>, Object> extensions = new java.util.HashMap<>();

    private static final ThreadLocal<Runtime> ACTIVE = new ThreadLocal<>();

    public Runtime() {
        Runtime saved = ACTIVE.get();
        ACTIVE.set(this);
        try {
            Builtins.install(this);
            StandardModules.register(this);
        } finally {
            ACTIVE.set(saved);
        }
    }

    /**
     * The runtime whose code this Java thread is running. Natives that call back into Python
     * (a sort key, a user __eq__) find it here; a simulation runs on one Java thread at a time.
     */
    public static Runtime active() {
        Runtime rt = ACTIVE.get();
        if (rt == null) {
            throw new IllegalStateException("no LoopLab runtime is active on this thread");
        }
        return rt;
    }

    /** Makes this runtime the active one on this thread; returns the previous one for restoring. */
    public Runtime enter() {
        Runtime saved = ACTIVE.get();
        ACTIVE.set(this);
        return saved;
    }

    public static void exit(Runtime previous) {
        ACTIVE.set(previous);
    }

    /** The sys.stdout object; it forwards to whatever {@link #stdout} is at the time of writing. */
    public TextStream stdoutStream() {
        if (stdoutStream == null) {
            stdoutStream = new TextStream("<stdout>", text -> stdout.write(text));
        }
        return stdoutStream;
    }

    public TextStream stderrStream() {
        if (stderrStream == null) {
            stderrStream = new TextStream("<stderr>", text -> stderr.write(text));
        }
        return stderrStream;
    }

    /** Makes `import name` produce the module built by factory (at first import). */
    public void registerModule(String name, Function<Runtime, PyModule> factory) {
        nativeModules.put(name, factory);
    }

    Function<Runtime, PyModule> nativeModule(String name) {
        return nativeModules.get(name);
    }

    /** `import name` from Java: the (possibly newly loaded) module. */
    public PyModule importModule(String name) {
        return Imports.load(this, name);
    }

    /** sys.modules: name to loaded module. */
    public Map<String, PyModule> modules() {
        return modules;
    }

    private final java.util.IdentityHashMap<PyObject, Long> addresses = new java.util.IdentityHashMap<>();

    /** A deterministic stand-in address for objects that have no id of their own. */
    public long addressOf(PyObject o) {
        return addresses.computeIfAbsent(o, k -> newId());
    }

    /** A fresh deterministic object id (for id() and the default hash). */
    public long newId() {
        return nextId++;
    }

    public Fiber currentFiber() {
        return current;
    }

    /**
     * Calls a callable from Java and runs it to completion on the current fiber, above its
     * frames (Java recursion: only for natives that call back into Python, such as sort keys).
     * Such a call cannot suspend; an attempt is a RuntimeError naming the culprit.
     */
    public PyObject callNested(PyObject callable, PyObject[] args, String[] kw) {
        Fiber fb = current != null ? current : new Fiber(this);
        ExecFrame savedTop = fb.top;
        int savedDepth = fb.depth;
        Calls.pushCall(fb, callable, args, kw, ExecFrame.BOUNDARY);
        return finishNested(fb, savedTop, savedDepth, "a call from a builtin");
    }

    /** Resumes generator g on the current fiber until it yields (returns the value) or finishes (null). */
    PyObject resumeNested(PyGenerator g, PyObject value, PyBaseException thrown) {
        Fiber fb = current != null ? current : new Fiber(this);
        ExecFrame savedTop = fb.top;
        int savedDepth = fb.depth;
        Frame gf = thrown != null ? g.prepareThrow(thrown) : g.prepareSend(value);
        if (gf == null) {
            throw thrown.toJava();
        }
        g.markRunning(fb);
        fb.push(gf, ExecFrame.BOUNDARY);
        fb.depth++;
        Fiber.Stop stop = Interpreter.run(fb);
        if (stop == Fiber.Stop.YIELDED) {
            return fb.value;
        }
        if (stop == Fiber.Stop.FINISHED) {
            return null;
        }
        throw failNested(fb, stop, savedTop, savedDepth, "a generator driven by a builtin");
    }

    /** Runs a module's code in its namespace, nested on the current fiber (imports of helper files). */
    public void execModule(Code code, PyModule m) {
        Fiber fb = current != null ? current : new Fiber(this);
        ExecFrame savedTop = fb.top;
        int savedDepth = fb.depth;
        fb.push(moduleFrame(code, m), ExecFrame.BOUNDARY);
        finishNested(fb, savedTop, savedDepth, "an import");
    }

    /** Runs a prepared frame (a class body) to completion, nested on the current fiber. */
    PyObject runFrameNested(Frame frame) {
        Fiber fb = current != null ? current : new Fiber(this);
        ExecFrame savedTop = fb.top;
        int savedDepth = fb.depth;
        fb.push(frame, ExecFrame.BOUNDARY);
        fb.depth++;
        return finishNested(fb, savedTop, savedDepth, "a class body");
    }

    /** The frame that runs a module body: its globals are the module dict. */
    public Frame moduleFrame(Code code, PyModule m) {
        PyDict g = m.dict();
        if (g.get("__builtins__") == null) {
            g.put("__builtins__", builtinsModule());
        }
        Frame f = new Frame(code, g, builtins);
        f.locals = g;
        return f;
    }

    private PyModule builtinsModule() {
        PyModule b = modules.get("builtins");
        if (b == null) {
            b = new PyModule("builtins", builtins);
            modules.put("builtins", b);
        }
        return b;
    }

    /** Runs a native's Control (e.g. next(gen) called from Java) to completion on the current fiber. */
    PyObject runControlNested(Control c) {
        Fiber fb = current != null ? current : new Fiber(this);
        ExecFrame savedTop = fb.top;
        int savedDepth = fb.depth;
        if (c.frame instanceof Frame f) {
            if (f.gen != null) {
                f.gen.markRunning(fb);
            }
            fb.push(f, ExecFrame.BOUNDARY);
            fb.depth++;
        } else {
            fb.push(c.frame, ExecFrame.BOUNDARY);
        }
        Fiber.Stop stop = Interpreter.run(fb);
        switch (c.mode) {
            case ExecFrame.NEXT, ExecFrame.NEXT_DEFAULT:
                if (stop == Fiber.Stop.YIELDED) {
                    return fb.value;
                }
                if (stop == Fiber.Stop.FINISHED) {
                    if (c.mode == ExecFrame.NEXT_DEFAULT) {
                        return c.aux;
                    }
                    throw PyException.stopIteration(fb.value);
                }
                break;
            case ExecFrame.CLOSE:
                if (stop == Fiber.Stop.YIELDED) {
                    throw PyException.runtime("generator ignored GeneratorExit");
                }
                if (stop == Fiber.Stop.FINISHED || stop == Fiber.Stop.RAISED
                        && (fb.error.isInstance(ExceptionTypes.GENERATOR_EXIT)
                        || fb.error.isInstance(ExceptionTypes.STOP_ITERATION))) {
                    fb.error = null;
                    return Py.NONE;
                }
                break;
            default:
                if (stop == Fiber.Stop.FINISHED || stop == Fiber.Stop.YIELDED) {
                    return fb.value;
                }
        }
        throw failNested(fb, stop, savedTop, savedDepth, "a call from a builtin");
    }

    private PyObject finishNested(Fiber fb, ExecFrame savedTop, int savedDepth, String where) {
        Fiber.Stop stop = Interpreter.run(fb);
        if (stop == Fiber.Stop.FINISHED || stop == Fiber.Stop.YIELDED) {
            return fb.value;
        }
        throw failNested(fb, stop, savedTop, savedDepth, where);
    }

    private static PyException failNested(Fiber fb, Fiber.Stop stop, ExecFrame savedTop, int savedDepth,
                                          String where) {
        if (stop == Fiber.Stop.RAISED) {
            PyBaseException e = fb.error;
            fb.error = null;
            return e.toJava();
        }
        String what = fb.suspension.describe();
        fb.top = savedTop;
        fb.depth = savedDepth;
        fb.suspension = null;
        return PyException.unsupported("blocking (" + what + ") inside " + where
                + " such as sorted(key=...), map() or repr()");
    }
}
