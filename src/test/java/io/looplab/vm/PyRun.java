package io.looplab.vm;

import io.looplab.lang.Module;
import io.looplab.lang.Parser;
import io.looplab.vm.compiler.Compiler;

/** Test helper: runs Python source on a fresh runtime and returns what it printed (plus !Type: msg on error). */
public final class PyRun {
    private PyRun() {
    }

    public static String run(String source) {
        return run(source, new Runtime());
    }

    /** Runs source with code objects compiled to JVM bytecode after threshold entries (-1: never, 0: at once). */
    public static String run(String source, int jitThreshold) {
        Runtime rt = new Runtime();
        rt.jitThreshold = jitThreshold;
        return run(source, rt);
    }

    private static String run(String source, Runtime rt) {
        StringBuilder out = new StringBuilder();
        rt.stdout = out::append;
        Module m = Parser.parse(source, "<test>");
        Code code = Compiler.compile(m);
        PyModule main = new PyModule("__main__");
        Fiber fb = new Fiber(rt);
        fb.push(rt.moduleFrame(code, main), ExecFrame.BOUNDARY);
        Fiber.Stop stop = Interpreter.run(fb);
        if (stop == Fiber.Stop.RAISED) {
            String msg = fb.error.message();
            out.append('!').append(fb.error.type().name()).append(msg.isEmpty() ? "" : ": " + msg).append('\n');
        } else if (stop == Fiber.Stop.SUSPENDED) {
            out.append("!SUSPENDED ").append(fb.suspension.describe()).append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        String src = java.nio.file.Files.readString(java.nio.file.Path.of(args[0]));
        System.out.print(run(src));
    }
}
