package io.looplab.vm.jit;

import io.looplab.vm.Code;
import io.looplab.vm.compiler.StackEffects;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.BitSet;

import static io.looplab.vm.Opcode.*;

/**
 * Translates one code object into a JVM class whose {@code run(Fiber, Frame)} does what the
 * interpreter's dispatch loop would, without the dispatch: every Python instruction becomes a
 * few JVM instructions with its operands' register indices as constants (mostly a call to a
 * {@code JitSupport} helper that the JVM inlines), jumps become gotos, and steps are counted
 * per basic block. The generated class lives in {@code io.looplab.vm} and is defined there.
 *
 * <p>Layout of the generated method: a prologue that loads the frame into locals and
 * dispatches on {@code f.pc} to a resume point (anything else, or a stack depth that is not
 * the expected one, hands the frame to the interpreter); then the instructions in order;
 * then the shared exits (leave, step budget, exception).
 */
public final class Translator {
    /** A class file and the tables its constructor takes. */
    public record Translation(byte[] classFile, int[] depthAt, int[] laterInBlock) {
    }

    /** The JVM compiles methods up to 8000 bytes of bytecode (HugeMethodLimit); stay below. */
    static final int MAX_CODE_BYTES = 7900;

    static final String VM = "io/looplab/vm/";
    static final String SUPPORT = VM + "JitSupport";
    static final String FRAME = VM + "Frame";
    static final String FIBER = VM + "Fiber";
    static final String RUNTIME = VM + "Runtime";
    static final String CODE = VM + "Code";
    static final String OBJ = "L" + VM + "PyObject;";
    static final String REGS = "[" + OBJ;
    static final String STOP = "L" + FIBER + "$Stop;";

    // locals of run()
    static final int THIS = 0;
    static final int FB = 1;
    static final int F = 2;
    static final int RT = 3;
    static final int R = 4;
    static final int CONSTS = 5;
    static final int NAMES = 6;
    static final int CODE_LOCAL = 7;
    static final int PC = 8;
    static final int TICKS = 9;
    static final int LIMIT = 11;
    static final int TMP = 13;

    private final Flow flow;
    private final Code code;
    private final int base;
    private final String className;
    private MethodVisitor mv;
    private Label[] labels;
    private final Label leave = new Label();
    private final Label stepLimit = new Label();
    private final Label interpret = new Label();

    private Translator(Flow flow, String className) {
        this.flow = flow;
        this.code = flow.code;
        this.base = flow.base();
        this.className = className;
    }

    /** The translation of code, or null if it cannot be compiled (it then stays interpreted). */
    public static Translation translate(Code code) {
        Flow flow = Flow.analyse(code);
        if (flow == null) {
            return null;
        }
        String name = VM + "PyCode$" + code.name.replaceAll("[^A-Za-z0-9_]", "_");
        byte[] bytes = new Translator(flow, name).emitClass();
        return bytes == null ? null : new Translation(bytes, flow.depth, flow.laterInBlock);
    }

    /** The instructions the interpreter leaves to {@code Slow}; compiled code does too. */
    static boolean isSlow(int op) {
        return switch (op) {
            case CALL_FUNCTION_EX, MAKE_FUNCTION, LOAD_BUILD_CLASS, GET_YIELD_FROM_ITER, GET_AWAITABLE, GET_AITER,
                    GET_ANEXT, END_ASYNC_FOR, BEFORE_WITH, BEFORE_ASYNC_WITH, WITH_EXCEPT_START, PUSH_EXC_INFO,
                    POP_EXCEPT, CHECK_EXC_MATCH, UNPACK_SEQUENCE, UNPACK_EX, IMPORT_NAME, IMPORT_FROM, IMPORT_STAR,
                    LOAD_ASSERTION_ERROR, UNSUPPORTED, SETUP_ANNOTATIONS -> true;
            default -> false;
        };
    }

    /** False for the instructions that cannot raise (the pc of a raising instruction must be known). */
    static boolean mayRaise(int op) {
        return switch (op) {
            case NOP, KW_NAMES, POP_TOP, ROT_TWO, ROT_THREE, ROT_FOUR, DUP_TOP, DUP_TOP_TWO, COPY, PUSH_NULL, LOAD_CONST,
                    STORE_FAST, LOAD_CLOSURE, JUMP, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> false;
            default -> true;
        };
    }

    /** Slow instructions that never push a frame or unwind by themselves: no resume point after them. */
    static boolean slowButLocal(int op) {
        return switch (op) {
            case MAKE_FUNCTION, GET_YIELD_FROM_ITER, GET_AITER, PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH,
                    UNPACK_SEQUENCE, UNPACK_EX, LOAD_ASSERTION_ERROR, SETUP_ANNOTATIONS -> true;
            default -> false;
        };
    }

    private byte[] emitClass() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object";
            }
        };
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, className, null, VM + "CompiledCode", null);
        cw.visitSource(code.fileName, null);
        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "([I[I)V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitVarInsn(Opcodes.ALOAD, 1);
        init.visitVarInsn(Opcodes.ALOAD, 2);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, VM + "CompiledCode", "<init>", "([I[I)V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "run", "(L" + FIBER + ";L" + FRAME + ";)" + STOP, null, null);
        mv.visitCode();
        Label end = emitRun();
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return end.getOffset() > MAX_CODE_BYTES ? null : cw.toByteArray();
    }

    private Label emitRun() {
        int n = code.ops.length;
        labels = new Label[n + 1];
        for (int i = 0; i <= n; i++) {
            labels[i] = new Label();
        }
        emitPrologue();
        Label tryStart = new Label();
        Label tryEnd = new Label();
        Label onRuntime = new Label();
        Label onBudget = new Label();
        Label onOverflow = new Label();
        mv.visitTryCatchBlock(tryStart, tryEnd, onBudget, VM + "BudgetExceeded");
        mv.visitTryCatchBlock(tryStart, tryEnd, onRuntime, "java/lang/RuntimeException");
        mv.visitTryCatchBlock(tryStart, tryEnd, onOverflow, "java/lang/StackOverflowError");
        mv.visitLabel(tryStart);
        for (int pc = 0; pc < n; pc++) {
            mv.visitLabel(labels[pc]);
            if (flow.depth[pc] < 0) {
                continue;
            }
            if (flow.leaders.get(pc)) {
                emitStepCount(pc);
            }
            if (mayRaise(code.ops[pc] & 0xFF)) {
                push(pc);
                mv.visitVarInsn(Opcodes.ISTORE, PC);
            }
            new InstructionEmitter(this, pc).emit();
        }
        mv.visitLabel(labels[n]);
        mv.visitTypeInsn(Opcodes.NEW, "java/lang/IllegalStateException");
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "()V", false);
        mv.visitInsn(Opcodes.ATHROW);
        mv.visitLabel(tryEnd);
        emitExits(onRuntime, onBudget, onOverflow);
        Label end = new Label();
        mv.visitLabel(end);
        return end;
    }

    /** Locals from the frame; a pending exception; the dispatch to the resume point at f.pc. */
    private void emitPrologue() {
        load(FB);
        mv.visitFieldInsn(Opcodes.GETFIELD, FIBER, "runtime", "L" + RUNTIME + ";");
        mv.visitVarInsn(Opcodes.ASTORE, RT);
        load(F);
        mv.visitFieldInsn(Opcodes.GETFIELD, FRAME, "regs", REGS);
        mv.visitVarInsn(Opcodes.ASTORE, R);
        load(F);
        mv.visitFieldInsn(Opcodes.GETFIELD, FRAME, "code", "L" + CODE + ";");
        mv.visitInsn(Opcodes.DUP);
        mv.visitVarInsn(Opcodes.ASTORE, CODE_LOCAL);
        mv.visitInsn(Opcodes.DUP);
        mv.visitFieldInsn(Opcodes.GETFIELD, CODE, "consts", REGS);
        mv.visitVarInsn(Opcodes.ASTORE, CONSTS);
        mv.visitFieldInsn(Opcodes.GETFIELD, CODE, "names", "[L" + VM + "PyStr;");
        mv.visitVarInsn(Opcodes.ASTORE, NAMES);
        load(RT);
        mv.visitFieldInsn(Opcodes.GETFIELD, RUNTIME, "ticks", "J");
        mv.visitVarInsn(Opcodes.LSTORE, TICKS);
        load(RT);
        mv.visitFieldInsn(Opcodes.GETFIELD, RUNTIME, "tickLimit", "J");
        mv.visitVarInsn(Opcodes.LSTORE, LIMIT);
        push(0);
        mv.visitVarInsn(Opcodes.ISTORE, PC);
        push(0);
        mv.visitVarInsn(Opcodes.ISTORE, TMP);
        Label noPending = new Label();
        load(F);
        mv.visitFieldInsn(Opcodes.GETFIELD, FRAME, "pendingRaise", "L" + VM + "PyBaseException;");
        mv.visitJumpInsn(Opcodes.IFNULL, noPending);
        load(FB);
        load(F);
        callSupport("pendingRaise", "(L" + FIBER + ";L" + FRAME + ";)" + STOP);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitLabel(noPending);
        BitSet resume = flow.resumePoints;
        int count = 0;
        for (int p = resume.nextSetBit(0); p >= 0; p = resume.nextSetBit(p + 1)) {
            if (flow.depth[p] >= 0) {
                count++;
            }
        }
        int[] keys = new int[count];
        Label[] checks = new Label[count];
        int k = 0;
        for (int p = resume.nextSetBit(0); p >= 0; p = resume.nextSetBit(p + 1)) {
            if (flow.depth[p] >= 0) {
                keys[k] = p;
                checks[k++] = new Label();
            }
        }
        load(F);
        mv.visitFieldInsn(Opcodes.GETFIELD, FRAME, "pc", "I");
        mv.visitLookupSwitchInsn(interpret, keys, checks);
        for (int i = 0; i < count; i++) {
            mv.visitLabel(checks[i]);
            load(F);
            mv.visitFieldInsn(Opcodes.GETFIELD, FRAME, "sp", "I");
            push(base + flow.depth[keys[i]]);
            mv.visitJumpInsn(Opcodes.IF_ICMPEQ, labels[keys[i]]);
            mv.visitJumpInsn(Opcodes.GOTO, interpret);
        }
    }

    /** ticks += block length; past the budget the interpreter runs the block (and stops at the exact step). */
    private void emitStepCount(int pc) {
        mv.visitVarInsn(Opcodes.LLOAD, TICKS);
        mv.visitLdcInsn((long) flow.blockLength[pc]);
        mv.visitInsn(Opcodes.LADD);
        mv.visitInsn(Opcodes.DUP2);
        mv.visitVarInsn(Opcodes.LSTORE, TICKS);
        mv.visitVarInsn(Opcodes.LLOAD, LIMIT);
        mv.visitInsn(Opcodes.LCMP);
        Label ok = new Label();
        mv.visitJumpInsn(Opcodes.IFLE, ok);
        push(pc);
        mv.visitVarInsn(Opcodes.ISTORE, PC);
        mv.visitJumpInsn(Opcodes.GOTO, stepLimit);
        mv.visitLabel(ok);
    }

    private void emitExits(Label onRuntime, Label onBudget, Label onOverflow) {
        // leave: a helper recorded why (a pushed frame, a stop); the run loop takes over
        mv.visitLabel(leave);
        storeTicks();
        load(FB);
        callSupport("leave", "(L" + FIBER + ";)" + STOP);
        mv.visitInsn(Opcodes.ARETURN);
        // the block at pc would pass the step budget: uncount it and let the interpreter run it
        mv.visitLabel(stepLimit);
        mv.visitVarInsn(Opcodes.LLOAD, TICKS);
        tableAtPc("laterInBlock");
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IADD);
        mv.visitInsn(Opcodes.I2L);
        mv.visitInsn(Opcodes.LSUB);
        mv.visitVarInsn(Opcodes.LSTORE, TICKS);
        load(F);
        mv.visitVarInsn(Opcodes.ILOAD, PC);
        mv.visitFieldInsn(Opcodes.PUTFIELD, FRAME, "pc", "I");
        load(F);
        push(base);
        tableAtPc("depthAt");
        mv.visitInsn(Opcodes.IADD);
        mv.visitFieldInsn(Opcodes.PUTFIELD, FRAME, "sp", "I");
        storeTicks();
        mv.visitLabel(interpret);
        load(FB);
        load(F);
        callSupport("interpret", "(L" + FIBER + ";L" + FRAME + ";)" + STOP);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitLabel(onBudget);
        mv.visitInsn(Opcodes.ATHROW);
        emitRaised(onRuntime, "raised", "(L" + FIBER + ";L" + FRAME + ";Ljava/lang/RuntimeException;II)" + STOP);
        emitRaised(onOverflow, "overflowed", "(L" + FIBER + ";L" + FRAME + ";Ljava/lang/StackOverflowError;II)" + STOP);
    }

    /** An exception left the instruction at pc: its block's later steps did not run. */
    private void emitRaised(Label handler, String helper, String descriptor) {
        mv.visitLabel(handler);
        mv.visitVarInsn(Opcodes.ASTORE, TMP + 1);
        mv.visitVarInsn(Opcodes.LLOAD, TICKS);
        tableAtPc("laterInBlock");
        mv.visitInsn(Opcodes.I2L);
        mv.visitInsn(Opcodes.LSUB);
        mv.visitVarInsn(Opcodes.LSTORE, TICKS);
        storeTicks();
        load(FB);
        load(F);
        load(TMP + 1);
        mv.visitVarInsn(Opcodes.ILOAD, PC);
        push(base);
        tableAtPc("depthAt");
        mv.visitInsn(Opcodes.IADD);
        callSupport(helper, descriptor);
        mv.visitInsn(Opcodes.ARETURN);
    }

    private void tableAtPc(String field) {
        load(THIS);
        mv.visitFieldInsn(Opcodes.GETFIELD, VM + "CompiledCode", field, "[I");
        mv.visitVarInsn(Opcodes.ILOAD, PC);
        mv.visitInsn(Opcodes.IALOAD);
    }

    // ---- small emitters shared with InstructionEmitter

    MethodVisitor mv() {
        return mv;
    }

    Flow flow() {
        return flow;
    }

    int base() {
        return base;
    }

    Label label(int pc) {
        return labels[pc];
    }

    Label leaveLabel() {
        return leave;
    }

    void load(int local) {
        mv.visitVarInsn(Opcodes.ALOAD, local);
    }

    void push(int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(Opcodes.ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    void callSupport(String name, String descriptor) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, name, descriptor, false);
    }

    void callVm(String owner, String name, String descriptor) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, VM + owner, name, descriptor, false);
    }

    /** rt.ticks = ticks (before anything that leaves the method). */
    void storeTicks() {
        load(RT);
        mv.visitVarInsn(Opcodes.LLOAD, TICKS);
        mv.visitFieldInsn(Opcodes.PUTFIELD, RUNTIME, "ticks", "J");
    }

    int depthAfter(int pc) {
        int ins = code.ops[pc];
        return flow.depth[pc] + StackEffects.of(ins & 0xFF, ins >>> 8, false);
    }
}
