package io.looplab.vm.jit;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import static io.looplab.vm.Opcode.*;
import static io.looplab.vm.jit.Translator.CONSTS;
import static io.looplab.vm.jit.Translator.F;
import static io.looplab.vm.jit.Translator.FB;
import static io.looplab.vm.jit.Translator.FIBER;
import static io.looplab.vm.jit.Translator.FRAME;
import static io.looplab.vm.jit.Translator.NAMES;
import static io.looplab.vm.jit.Translator.OBJ;
import static io.looplab.vm.jit.Translator.R;
import static io.looplab.vm.jit.Translator.REGS;
import static io.looplab.vm.jit.Translator.STOP;
import static io.looplab.vm.jit.Translator.TMP;

/**
 * The JVM code for one Python instruction, given its static stack depth: each case does what
 * the interpreter's case for the same opcode does (usually by calling the JitSupport helper
 * that mirrors it), with register indices known here instead of computed at run time.
 */
final class InstructionEmitter {
    private static final String FB_F = "L" + FIBER + ";L" + FRAME + ";";
    private static final String CODE = "L" + Translator.CODE + ";";
    private static final String NAMES_T = "[L" + Translator.VM + "PyStr;";

    private final Translator t;
    private final MethodVisitor mv;
    private final int pc;
    private final int op;
    private final int arg;
    /** The register index of the stack top + 1 (the interpreter's sp) before this instruction. */
    private final int sp;

    InstructionEmitter(Translator t, int pc) {
        this.t = t;
        this.mv = t.mv();
        this.pc = pc;
        int ins = t.flow().code.ops[pc];
        this.op = ins & 0xFF;
        this.arg = ins >>> 8;
        this.sp = t.base() + t.flow().depth[pc];
    }

    void emit() {
        if (Translator.isSlow(op)) {
            emitSlow();
            return;
        }
        switch (op) {
            case NOP, KW_NAMES -> { }
            case POP_TOP -> setNull(sp - 1);
            case ROT_TWO, ROT_THREE, ROT_FOUR -> rotate(op - ROT_TWO + 2);
            case DUP_TOP -> copy(sp - 1, sp);
            case DUP_TOP_TWO -> {
                copy(sp - 2, sp);
                copy(sp - 1, sp + 1);
            }
            case COPY -> copy(sp - arg, sp);
            case PUSH_NULL -> setNull(sp);
            case LOAD_CONST -> {
                t.load(R);
                t.push(sp);
                t.load(CONSTS);
                t.push(arg);
                mv.visitInsn(Opcodes.AALOAD);
                mv.visitInsn(Opcodes.AASTORE);
            }
            case LOAD_FAST -> regsCode(arg, sp, "loadFast");
            case STORE_FAST -> regs("storeFast", sp - 1, arg);
            case DELETE_FAST -> {
                t.load(R);
                t.load(Translator.CODE_LOCAL);
                t.push(arg);
                support("deleteFast", "(" + REGS + CODE + "I)V");
            }
            case LOAD_DEREF -> regsCode(arg, sp, "loadDeref");
            case STORE_DEREF -> regsCode(arg, sp - 1, "storeDeref");
            case DELETE_DEREF -> {
                t.load(R);
                t.load(Translator.CODE_LOCAL);
                t.push(arg);
                support("deleteDeref", "(" + REGS + CODE + "I)V");
            }
            case LOAD_CLOSURE -> copy(t.flow().code.nlocals() + arg, sp);
            case LOAD_CLASSDEREF -> storeResult(sp, () -> frameArg("Names", "loadClassDeref"));
            case LOAD_GLOBAL -> storeResult(sp, () -> {
                t.load(F);
                t.push(pc);
                t.push(arg);
                t.callVm("Names", "loadGlobal", "(L" + FRAME + ";II)" + OBJ);
            });
            case LOAD_NAME -> storeResult(sp, () -> frameArg("Names", "loadName"));
            case STORE_GLOBAL, STORE_NAME -> {
                t.load(F);
                t.push(arg);
                t.push(sp - 1);
                support(op == STORE_GLOBAL ? "storeGlobal" : "storeName", "(L" + FRAME + ";II)V");
            }
            case DELETE_GLOBAL, DELETE_NAME -> {
                t.load(F);
                t.push(arg);
                t.callVm("Names", op == DELETE_GLOBAL ? "deleteGlobal" : "deleteName", "(L" + FRAME + ";I)V");
            }
            case LOAD_ATTR -> named("loadAttr", sp - 1);
            case STORE_ATTR -> named("storeAttr", sp - 1);
            case DELETE_ATTR -> named("deleteAttr", sp - 1);
            case LOAD_METHOD -> {
                t.load(R);
                t.push(sp);
                t.load(NAMES);
                t.push(arg);
                mv.visitInsn(Opcodes.AALOAD);
                t.callVm("Attributes", "loadMethod", "(" + REGS + "IL" + Translator.VM + "PyStr;)I");
                mv.visitInsn(Opcodes.POP);
            }
            case BINARY_OP -> regs("binaryOp", arg, sp - 2);
            case UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_NOT, UNARY_INVERT -> regs("unary", op, sp - 1);
            case COMPARE_OP -> regs("compareOp", arg, sp - 2);
            case IS_OP -> regs("isOp", arg, sp - 2);
            case CONTAINS_OP -> regs("containsOp", arg, sp - 2);
            case BINARY_SUBSCR -> regs("binarySubscr", sp - 2);
            case STORE_SUBSCR -> regs("storeSubscr", sp - 3);
            case DELETE_SUBSCR -> regs("deleteSubscr", sp - 2);
            case BUILD_SLICE, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, BUILD_STRING, FORMAT_VALUE,
                    LIST_TO_TUPLE -> regs("build", op, arg, sp);
            case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE -> regs("collect", op, arg, sp - 1);
            case MAP_ADD -> regs("mapAdd", arg, sp - 2);
            case GET_ITER -> regs("getIter", sp - 1);
            case JUMP -> mv.visitJumpInsn(Opcodes.GOTO, t.label(arg));
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                t.load(R);
                t.push(sp - 1);
                support("popTrue", "(" + REGS + "I)Z");
                mv.visitJumpInsn(op == POP_JUMP_IF_TRUE ? Opcodes.IFNE : Opcodes.IFEQ, t.label(arg));
            }
            case POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                t.load(R);
                t.push(sp - 1);
                support("popNone", "(" + REGS + "I)Z");
                mv.visitJumpInsn(op == POP_JUMP_IF_NONE ? Opcodes.IFNE : Opcodes.IFEQ, t.label(arg));
            }
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                t.load(R);
                mv.visitInsn(op == JUMP_IF_TRUE_OR_POP ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
                t.push(sp - 1);
                support("jumpOrPop", "(" + REGS + "ZI)Z");
                mv.visitJumpInsn(Opcodes.IFNE, t.label(arg));
            }
            case FOR_ITER, SEND -> {
                t.load(FB);
                t.load(F);
                t.push(sp);
                t.push(arg);
                t.push(pc + 1);
                support(op == FOR_ITER ? "forIter" : "send", "(" + FB_F + "III)I");
                threeWay();
            }
            case CALL, CALL_METHOD -> emitCall();
            case RETURN_VALUE, YIELD_VALUE -> {
                t.storeTicks();
                t.load(FB);
                t.load(F);
                t.push(sp);
                t.push(pc + 1);
                support(op == RETURN_VALUE ? "returnValue" : "yieldValue", "(" + FB_F + "II)" + STOP);
                mv.visitInsn(Opcodes.ARETURN);
            }
            case RAISE_VARARGS, RERAISE -> {
                t.storeTicks();
                t.load(FB);
                t.load(F);
                t.push(op);
                t.push(arg);
                t.push(sp);
                t.push(pc + 1);
                support("raise", "(" + FB_F + "IIII)" + STOP);
                mv.visitInsn(Opcodes.ARETURN);
            }
            default -> throw new IllegalStateException("no translation for " + name(op));
        }
    }

    private void emitCall() {
        int[] ops = t.flow().code.ops;
        t.load(FB);
        t.load(F);
        mv.visitInsn(op == CALL_METHOD ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
        t.push(arg);
        if (pc > 0 && (ops[pc - 1] & 0xFF) == KW_NAMES) {
            t.load(Translator.CODE_LOCAL);
            t.push(pc - 1);
            t.push(ops[pc - 1] >>> 8);
            support("kwNames", "(" + CODE + "II)[Ljava/lang/String;");
        } else {
            mv.visitInsn(Opcodes.ACONST_NULL);
        }
        t.push(sp);
        t.push(pc + 1);
        support("call", "(" + FB_F + "ZI[Ljava/lang/String;II)Z");
        mv.visitJumpInsn(Opcodes.IFEQ, t.leaveLabel());
    }

    private void emitSlow() {
        t.load(FB);
        t.load(F);
        t.push(op);
        t.push(arg);
        t.push(sp);
        t.push(pc + 1);
        t.push(t.base() + t.depthAfter(pc));
        support("slow", "(" + FB_F + "IIIII)Z");
        mv.visitJumpInsn(Opcodes.IFEQ, t.leaveLabel());
    }

    /** On the helper's NEXT / JUMP / LEAVE answer: fall through, jump to arg, or leave. */
    private void threeWay() {
        mv.visitVarInsn(Opcodes.ISTORE, TMP);
        mv.visitVarInsn(Opcodes.ILOAD, TMP);
        Label next = t.label(pc + 1);
        mv.visitJumpInsn(Opcodes.IFEQ, next);
        mv.visitVarInsn(Opcodes.ILOAD, TMP);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitJumpInsn(Opcodes.IF_ICMPEQ, t.label(arg));
        mv.visitJumpInsn(Opcodes.GOTO, t.leaveLabel());
    }

    private void support(String name, String descriptor) {
        t.callSupport(name, descriptor);
    }

    /** helper(regs, ints...) returning void. */
    private void regs(String helper, int... ints) {
        t.load(R);
        StringBuilder d = new StringBuilder("(" + REGS);
        for (int v : ints) {
            t.push(v);
            d.append('I');
        }
        support(helper, d.append(")V").toString());
    }

    /** helper(regs, code, arg, at). */
    private void regsCode(int a, int at, String helper) {
        t.load(R);
        t.load(Translator.CODE_LOCAL);
        t.push(a);
        t.push(at);
        support(helper, "(" + REGS + CODE + "II)V");
    }

    /** helper(regs, names, arg, at). */
    private void named(String helper, int at) {
        t.load(R);
        t.load(NAMES);
        t.push(arg);
        t.push(at);
        support(helper, "(" + REGS + NAMES_T + "II)V");
    }

    /** Names.helper(f, arg), the result left on the JVM stack. */
    private void frameArg(String owner, String helper) {
        t.load(F);
        t.push(arg);
        t.callVm(owner, helper, "(L" + FRAME + ";I)" + OBJ);
    }

    /** regs[at] = (value produced by valueCode). */
    private void storeResult(int at, Runnable valueCode) {
        t.load(R);
        t.push(at);
        valueCode.run();
        mv.visitInsn(Opcodes.AASTORE);
    }

    private void setNull(int at) {
        t.load(R);
        t.push(at);
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitInsn(Opcodes.AASTORE);
    }

    private void copy(int from, int to) {
        t.load(R);
        t.push(to);
        t.load(R);
        t.push(from);
        mv.visitInsn(Opcodes.AALOAD);
        mv.visitInsn(Opcodes.AASTORE);
    }

    /** ROT_n: the top moves down n - 1 places. */
    private void rotate(int n) {
        t.load(R);
        t.push(sp - 1);
        mv.visitInsn(Opcodes.AALOAD);
        mv.visitVarInsn(Opcodes.ASTORE, TMP + 1);
        for (int i = 1; i < n; i++) {
            copy(sp - 1 - i, sp - i);
        }
        t.load(R);
        t.push(sp - n);
        t.load(TMP + 1);
        mv.visitInsn(Opcodes.AASTORE);
    }
}
