package io.looplab.sim;

import io.looplab.trace.Trace;
import io.looplab.vm.Code;
import io.looplab.vm.Fiber;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyStr;
import io.looplab.vm.Runtime;

import java.nio.file.Path;

/** The one facade that runs a compiled scenario on a fresh simulated machine and returns its trace. */
public final class Simulation {
    /** How to run: which variant (null: the __main__ module), the step budget, the simulated CPU count. */
    public record Options(String variant, long maxSteps, int cpuCount) {
        public static final Options DEFAULT = new Options(null, Runtime.DEFAULT_STEP_LIMIT, 4);

        public Options withVariant(String v) {
            return new Options(v, maxSteps, cpuCount);
        }

        public Options withMaxSteps(long n) {
            return new Options(variant, n, cpuCount);
        }
    }

    /** What a run produced: the trace, the exit code (0, 1, 3) and what went to stderr. */
    public record Result(Trace trace, int exitCode, String stderr) {
    }

    private Simulation() {
    }

    public static Result run(Code code, Path file, Options options) {
        Runtime rt = new Runtime();
        Runtime saved = rt.enter();
        try {
            rt.searchPath = file.toAbsolutePath().getParent();
            rt.scriptName = file.toString();
            rt.tickLimit = options.maxSteps();
            rt.cpuCount = options.cpuCount();
            StringBuilder err = new StringBuilder();
            rt.stderr = err::append;
            Trace trace = new Trace();
            Kernel kernel = new Kernel(rt, trace);
            kernel.setScenarioFile(file.toAbsolutePath().toString());
            SimModules.register(rt, kernel, options, file.toAbsolutePath().toString());
            PyModule main = new PyModule(options.variant() == null ? "__main__" : "__vrun_scenario__");
            main.put("__file__", PyStr.of(file.toAbsolutePath().toString()));
            Fiber fiber = new Fiber(rt);
            fiber.push(new ProcessExit(kernel, code, main, options.variant()), io.looplab.vm.ExecFrame.BOUNDARY);
            int exit = kernel.runMain(fiber);
            io.looplab.sim.asyncio.Aio aio = (io.looplab.sim.asyncio.Aio) rt.extensions.get(io.looplab.sim.asyncio.Aio.class);
            if (aio != null) {
                aio.reportLeftovers();
            }
            return new Result(trace, exit, err.toString());
        } finally {
            Runtime.exit(saved);
        }
    }
}
