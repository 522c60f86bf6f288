package io.looplab.scenario;

/** How to run a scenario: the variant (null: as __main__), the step budget, the simulated CPU count. */
public record RunOptions(String variant, long maxSteps, int cpuCount) {
    public static final long DEFAULT_MAX_STEPS = 2_000_000_000L;
    public static final RunOptions DEFAULT = new RunOptions(null, DEFAULT_MAX_STEPS, 4);

    public RunOptions withVariant(String v) {
        return new RunOptions(v, maxSteps, cpuCount);
    }

    public RunOptions withMaxSteps(long n) {
        return new RunOptions(variant, n, cpuCount);
    }

    /** What os.cpu_count() reports (the default executor has min(32, n + 4) workers). */
    public RunOptions withCpuCount(int n) {
        return new RunOptions(variant, maxSteps, n);
    }
}
