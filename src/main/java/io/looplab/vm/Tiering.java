package io.looplab.vm;

import io.looplab.vm.jit.Translator;

/**
 * When a code object is translated to JVM bytecode ({@link io.looplab.vm.jit.Translator}): after
 * it was entered or looped {@code threshold} times. Counted, never timed, so a run is the same
 * whatever the machine; and compiled code behaves exactly as the interpreter, so translating
 * sooner or later changes only speed.
 */
final class Tiering {
    /** Entries and loop iterations before translation, unless looplab.jit.threshold says otherwise. */
    static final int DEFAULT_THRESHOLD = 200;
    /** The hotness of code the translator refused (it stays interpreted). */
    private static final int REFUSED = -1;
    /** looplab.jit.log: report each translation on stderr (a diagnostic for LoopLab's developers). */
    private static final boolean LOG = Boolean.getBoolean("looplab.jit.log");

    private Tiering() {
    }

    /** The system property looplab.jit.threshold (negative: never translate), else the default. */
    static int configuredThreshold() {
        return Integer.getInteger("looplab.jit.threshold", DEFAULT_THRESHOLD);
    }

    /** Counts one entry or loop iteration of code; true when its compiled form is (now) available. */
    static boolean count(Code code, int threshold) {
        if (code.compiled != null) {
            return true;
        }
        int h = code.hotness;
        if (h < 0 || threshold < 0) {
            return false;
        }
        if (h < threshold) {
            code.hotness = h + 1;
            return false;
        }
        Translator.Translation t = Translator.translate(code);
        if (LOG) {
            System.err.println("jit: " + (t == null ? "refused " : "compiled ") + code.qualname + " (" + code.fileName + ":"
                    + code.firstLine + ", " + code.ops.length + " instructions"
                    + (t == null ? "" : ", " + t.classFile().length + " bytes") + ")");
        }
        if (t == null) {
            code.hotness = REFUSED;
            return false;
        }
        code.compiled = JitSupport.define(t.classFile(), t.depthAt(), t.laterInBlock());
        return true;
    }
}
