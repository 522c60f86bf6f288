package io.looplab.vm.compiler;

import io.looplab.lang.Expr;
import io.looplab.lang.UnaryOperator;
import io.looplab.vm.Ops;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyObject;
import io.looplab.vm.PySet;
import io.looplab.vm.PyTuple;

import java.util.List;

/**
 * CPython 3.11 compiles a set display of three or more constants as BUILD_SET 0, LOAD_CONST
 * frozenset, SET_UPDATE (compile.c starunpack_helper), and merge_consts_recursive then rebuilds
 * that frozenset from its own iteration order. Both steps change the table layout, so printed
 * order depends on them: {1, 9, 17, 25} prints as {1, 17, 25, 9}. This reproduces the constant.
 */
final class ConstantSets {
    private ConstantSets() {
    }

    /** The folded frozenset for a set display, or null if it is not all constants (or too short). */
    static PySet fold(List<Expr> elts) {
        if (elts.size() <= 2) {
            return null;
        }
        PyObject[] values = new PyObject[elts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = constantValue(elts.get(i));
            if (values[i] == null) {
                return null;
            }
        }
        PySet first = new PySet(true);
        first.update(PyTuple.of(values));
        PySet merged = new PySet(true);
        merged.update(PyTuple.of(first.toArray()));
        return merged;
    }

    /** The value of an expression CPython's AST optimizer folds to a constant, or null. */
    private static PyObject constantValue(Expr e) {
        if (e instanceof Expr.Constant c) {
            return ExprCompiler.toPy(c.value());
        }
        if (e instanceof Expr.UnaryOp u && u.op() != UnaryOperator.NOT) {
            PyObject v = constantValue(u.operand());
            if (v instanceof PyInt || v instanceof PyFloat) {
                return switch (u.op()) {
                    case USUB -> Ops.neg(v);
                    case UADD -> Ops.pos(v);
                    default -> v instanceof PyInt ? Ops.invert(v) : null;
                };
            }
            return null;
        }
        if (e instanceof Expr.Tuple t) {
            PyObject[] items = new PyObject[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = constantValue(t.elts().get(i));
                if (items[i] == null) {
                    return null;
                }
            }
            return PyTuple.of(items);
        }
        return null;
    }
}
