package io.looplab.vm;

/**
 * A code object translated to JVM bytecode by {@code io.looplab.vm.jit}. {@link #run} does what
 * the interpreter's dispatch loop does for the same frame, instruction for instruction: it
 * starts at {@code f.pc}, counts the same steps, keeps the value stack in {@code f.regs}, and
 * leaves the frame in exactly the state the interpreter would (so either may continue it).
 */
public abstract class CompiledCode {
    /** Per instruction: the value-stack depth before it (its registers start at the code's base). */
    protected final int[] depthAt;
    /** Per instruction: how many instructions of its block come after it (steps counted but not run). */
    protected final int[] laterInBlock;

    protected CompiledCode(int[] depthAt, int[] laterInBlock) {
        this.depthAt = depthAt;
        this.laterInBlock = laterInBlock;
    }

    /** Runs f from f.pc; the contract of the interpreter's execute (a stop, or null for the run loop). */
    public abstract Fiber.Stop run(Fiber fb, Frame f);
}
