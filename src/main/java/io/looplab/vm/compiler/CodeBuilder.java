package io.looplab.vm.compiler;

import io.looplab.vm.Code;
import io.looplab.vm.Opcode;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits one code object: instructions with their lines, constant and name pools, labels, and
 * the exception regions (each instruction records the handler active when it was emitted;
 * {@link #build} compresses that into a non-overlapping table). It tracks the stack depth
 * statically, which exception handlers need and which sizes the frame.
 */
final class CodeBuilder {
    private final List<Integer> ops = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final List<Integer> handlerOf = new ArrayList<>();
    private final List<PyObject> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    final List<String> varNames = new ArrayList<>();
    final List<String> cellVars = new ArrayList<>();
    final List<String> freeVars = new ArrayList<>();
    private final List<Label> handlerLabels = new ArrayList<>();
    private final List<Integer> handlerDepths = new ArrayList<>();
    private final Deque<Integer> activeHandlers = new ArrayDeque<>();
    int depth;
    private int maxDepth;
    private boolean reachable = true;
    int line;

    int varIndex(String name) {
        int i = varNames.indexOf(name);
        if (i < 0) {
            varNames.add(name);
            i = varNames.size() - 1;
        }
        return i;
    }

    /** Index of a cell or free variable within the frame's cell region. */
    int derefIndex(String name) {
        int i = cellVars.indexOf(name);
        if (i >= 0) {
            return i;
        }
        i = freeVars.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("not a cell or free variable: " + name);
        }
        return cellVars.size() + i;
    }

    int constant(PyObject value, Object key) {
        Integer i = constIndex.get(key);
        if (i == null) {
            consts.add(value);
            i = consts.size() - 1;
            constIndex.put(key, i);
        }
        return i;
    }

    /** A constant that is never shared with another (code objects, tuples of names). */
    int uniqueConstant(PyObject value) {
        consts.add(value);
        return consts.size() - 1;
    }

    int name(String n) {
        return nameIndex.computeIfAbsent(n, k -> {
            names.add(k);
            return names.size() - 1;
        });
    }

    void emit(int op) {
        emit(op, 0);
    }

    void emit(int op, int arg) {
        ops.add(Opcode.make(op, arg));
        lines.add(line);
        handlerOf.add(activeHandlers.isEmpty() ? -1 : activeHandlers.peek());
        if (reachable) {
            adjust(StackEffects.of(op, arg, false));
        }
        if (op == Opcode.JUMP || op == Opcode.RETURN_VALUE || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE) {
            reachable = false;
        }
    }

    void emitJump(int op, Label target) {
        boolean live = reachable;
        int jumpDepth = depth + StackEffects.of(op, 0, true);
        emit(op, 0);
        target.refs.add(ops.size() - 1);
        if (target.pc >= 0) {
            patch(ops.size() - 1, target.pc);
        }
        if (live && target.depth < 0) {
            target.depth = jumpDepth;
        }
    }

    /**
     * Binds l here. Code after a return/raise/jump is unreachable until a label that some jump
     * targets; there the depth is the one recorded by that jump.
     */
    void bind(Label l) {
        l.pc = ops.size();
        for (int ref : l.refs) {
            patch(ref, l.pc);
        }
        if (reachable) {
            if (l.depth < 0) {
                l.depth = depth;
            }
        } else if (l.depth >= 0) {
            depth = l.depth;
            reachable = true;
        }
    }

    private void patch(int at, int target) {
        ops.set(at, Opcode.make(ops.get(at) & 0xFF, target));
    }

    void adjust(int delta) {
        depth += delta;
        if (depth > maxDepth) {
            maxDepth = depth;
        }
        if (depth < 0) {
            throw new IllegalStateException("stack underflow in compiler at " + ops.size());
        }
    }

    /** Sets the depth explicitly (entering an exception handler). */
    void setDepth(int d) {
        depth = d;
        maxDepth = Math.max(maxDepth, d);
        reachable = true;
    }

    boolean isReachable() {
        return reachable;
    }

    /** Starts a protected region: exceptions raised until {@link #popHandler} go to handler. */
    void pushHandler(Label handler, int handlerDepth) {
        handlerLabels.add(handler);
        handlerDepths.add(handlerDepth);
        activeHandlers.push(handlerLabels.size() - 1);
    }

    void popHandler() {
        activeHandlers.pop();
    }

    /** Detaches the active handler stack (for code emitted while unwinding), to restore later. */
    Deque<Integer> suspendHandlers(int keep) {
        Deque<Integer> saved = new ArrayDeque<>(activeHandlers);
        while (activeHandlers.size() > keep) {
            activeHandlers.pop();
        }
        return saved;
    }

    void restoreHandlers(Deque<Integer> saved) {
        activeHandlers.clear();
        activeHandlers.addAll(saved);
    }

    int handlerCount() {
        return activeHandlers.size();
    }

    int pc() {
        return ops.size();
    }

    Code build(String name, String qualname, String fileName, int firstLine, int argCount, int posOnly,
               int kwOnly, int flags, int[] cellArgs) {
        int[] opArr = ops.stream().mapToInt(Integer::intValue).toArray();
        int[] lineArr = lines.stream().mapToInt(Integer::intValue).toArray();
        PyStr[] nameArr = names.stream().map(PyStr::of).toArray(PyStr[]::new);
        return new Code(name, qualname, fileName, firstLine, opArr, lineArr, consts.toArray(new PyObject[0]),
                nameArr, varNames.toArray(new String[0]), cellVars.toArray(new String[0]),
                freeVars.toArray(new String[0]), cellArgs, argCount, posOnly, kwOnly, flags, maxDepth + 2,
                exceptionTable());
    }

    private int[] exceptionTable() {
        List<Integer> out = new ArrayList<>();
        int n = handlerOf.size();
        int i = 0;
        while (i < n) {
            int h = handlerOf.get(i);
            int j = i;
            while (j < n && handlerOf.get(j) == h) {
                j++;
            }
            if (h >= 0) {
                out.add(i);
                out.add(j);
                out.add(handlerLabels.get(h).pc);
                out.add(handlerDepths.get(h));
            }
            i = j;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
