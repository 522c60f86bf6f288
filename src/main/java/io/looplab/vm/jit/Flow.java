package io.looplab.vm.jit;

import io.looplab.vm.Code;
import io.looplab.vm.compiler.StackEffects;

import java.util.ArrayDeque;
import java.util.BitSet;

import static io.looplab.vm.Opcode.*;

/**
 * What the translator needs to know about a code object before emitting anything: the
 * value-stack depth before every reachable instruction (Python bytecode has one static depth
 * per instruction, as the JVM's does), the basic blocks (where step counting happens), and the
 * resume points — the instructions at which a frame may be re-entered after it left (a call
 * returned, a generator resumed, an exception was caught, the interpreter handed over at a loop
 * head). {@link #analyse} returns null for code it cannot vouch for; that code stays interpreted.
 */
final class Flow {
    final Code code;
    /** Depth before each instruction, -1 where unreachable. */
    final int[] depth;
    /** Instructions that start a basic block. */
    final BitSet leaders = new BitSet();
    /** Instructions compiled code may be entered at. */
    final BitSet resumePoints = new BitSet();
    /** For each block leader: its number of instructions; for others: how many of their block follow them. */
    final int[] blockLength;
    final int[] laterInBlock;

    private Flow(Code code) {
        this.code = code;
        this.depth = new int[code.ops.length];
        this.blockLength = new int[code.ops.length];
        this.laterInBlock = new int[code.ops.length];
        java.util.Arrays.fill(depth, -1);
    }

    static Flow analyse(Code code) {
        Flow flow = new Flow(code);
        return flow.computeDepths() && flow.checkPairs() ? flow.findBlocks() : null;
    }

    /** True for the instructions compiled code can run. */
    static boolean supported(int op) {
        return op <= DICT_TO_KWARGS && op != SWAP && op != RETURN_GENERATOR && op != DICT_TO_KWARGS;
    }

    /** Instructions after which the frame may have left (a call, a delegate, a frame-pushing slow op). */
    static boolean mayLeave(int op) {
        return switch (op) {
            case CALL, CALL_METHOD, FOR_ITER, SEND, YIELD_VALUE -> true;
            default -> Translator.isSlow(op) && !Translator.slowButLocal(op);
        };
    }

    static boolean isJump(int op) {
        return switch (op) {
            case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
                    JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND -> true;
            default -> false;
        };
    }

    /** Instructions after which control never falls through. */
    static boolean ends(int op) {
        return op == JUMP || op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
    }

    private boolean computeDepths() {
        int[] ops = code.ops;
        int[] table = code.exceptionTable;
        ArrayDeque<int[]> work = new ArrayDeque<>();
        work.add(new int[] {0, 0});
        for (int i = 0; i < table.length; i += 4) {
            work.add(new int[] {table[i + 2], table[i + 3] + 1});
            resumePoints.set(table[i + 2]);
        }
        resumePoints.set(0);
        while (!work.isEmpty()) {
            int[] item = work.poll();
            int pc = item[0];
            int d = item[1];
            while (true) {
                if (pc < 0 || pc >= ops.length || d < 0 || d > code.stackSize) {
                    return false;
                }
                if (depth[pc] >= 0) {
                    if (depth[pc] != d) {
                        return false;
                    }
                    break;
                }
                depth[pc] = d;
                int op = ops[pc] & 0xFF;
                int arg = ops[pc] >>> 8;
                if (!supported(op)) {
                    return false;
                }
                if (isJump(op)) {
                    work.add(new int[] {arg, d + StackEffects.of(op, arg, true)});
                    leaders.set(arg);
                    if (arg <= pc) {
                        resumePoints.set(arg);
                    }
                    if (op == FOR_ITER || op == SEND) {
                        resumePoints.set(arg);
                    }
                }
                if (ends(op)) {
                    if (pc + 1 < ops.length) {
                        leaders.set(pc + 1);
                    }
                    break;
                }
                if (isJump(op) || mayLeave(op)) {
                    leaders.set(pc + 1);
                }
                if (mayLeave(op)) {
                    resumePoints.set(pc + 1);
                }
                d += StackEffects.of(op, arg, false);
                pc++;
            }
        }
        return true;
    }

    /** KW_NAMES must directly precede its call, in the same block. */
    private boolean checkPairs() {
        int[] ops = code.ops;
        for (int pc = 0; pc < ops.length; pc++) {
            if (depth[pc] >= 0 && (ops[pc] & 0xFF) == KW_NAMES) {
                int next = pc + 1 < ops.length ? ops[pc + 1] & 0xFF : -1;
                if (next != CALL && next != CALL_METHOD || leaders.get(pc + 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Flow findBlocks() {
        int n = code.ops.length;
        leaders.set(0);
        leaders.or(resumePoints);
        int pc = 0;
        while (pc < n) {
            int end = pc + 1;
            while (end < n && !leaders.get(end)) {
                end++;
            }
            blockLength[pc] = end - pc;
            for (int i = pc; i < end; i++) {
                laterInBlock[i] = end - i - 1;
            }
            pc = end;
        }
        return this;
    }

    /** The register index of stack slot 0. */
    int base() {
        return code.nlocals() + code.ncells();
    }
}
