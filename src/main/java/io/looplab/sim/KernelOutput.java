package io.looplab.sim;

import io.looplab.trace.EventKind;
import io.looplab.trace.Trace;
import io.looplab.vm.Fiber;
import io.looplab.vm.Runtime;

/** stdout of the simulated process: whole lines become PRINT events stamped with the time and line. */
final class KernelOutput implements Runtime.Output {
    private final Kernel kernel;
    private final Trace trace;
    private final StringBuilder partial = new StringBuilder();

    KernelOutput(Kernel kernel, Trace trace) {
        this.kernel = kernel;
        this.trace = trace;
    }

    @Override
    public void write(String text) {
        int start = 0;
        int nl;
        while ((nl = text.indexOf('\n', start)) >= 0) {
            partial.append(text, start, nl);
            emit();
            start = nl + 1;
        }
        partial.append(text, start, text.length());
    }

    /** A line ends (b = 0), or a trailing partial line is flushed at exit (b = 1: no newline). */
    private void emit(int partialLine) {
        Agent a = kernel.currentAgent();
        Fiber f = a == null ? null : a.fiber;
        int line = f == null ? 0 : f.currentLine();
        trace.add(EventKind.PRINT, a == null ? -1 : a.id, line, partialLine, 0, partial.toString());
        partial.setLength(0);
    }

    private void emit() {
        emit(0);
    }

    /** At exit, a trailing partial line is flushed (stamped with the exit time). */
    void flush() {
        if (partial.length() > 0) {
            emit(1);
        }
    }
}
