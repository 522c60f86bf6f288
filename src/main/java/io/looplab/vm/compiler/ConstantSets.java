package io.looplab.vm.compiler;

import io.looplab.lang.Expr;
import io.looplab.lang.Lexer;
import io.looplab.lang.SourceText;
import io.looplab.lang.Token;
import io.looplab.lang.TokenType;
import io.looplab.lang.Operator;
import io.looplab.lang.UnaryOperator;
import io.looplab.vm.Ops;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyException;
import io.looplab.vm.PyObject;
import io.looplab.vm.PySet;
import io.looplab.vm.PyStr;
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
    static PySet fold(List<Expr> elts, SourceText source) {
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
        if (!internReplacesAString(merged, source)) {
            return merged;
        }
        // codeobject.c intern_string_constants: interning swapped in another object, so it rebuilds again
        PySet reinterned = new PySet(true);
        reinterned.update(PyTuple.of(merged.toArray()));
        return reinterned;
    }

    /**
     * Whether interning the set's identifier-like strings finds an equal string already interned
     * as another object: one CPython 3.11.2 interns at startup (recorded with sys.intern), or an
     * identifier of this module (the parser interns those before compiling).
     */
    private static boolean internReplacesAString(PySet set, SourceText source) {
        for (PyObject o : set.toArray()) {
            if (o instanceof PyStr s && isNameChars(s.value)
                    && (startupInterned().contains(s.value) || identifiers(source).contains(s.value))) {
                return true;
            }
        }
        return false;
    }

    private static SourceText cachedSource;
    private static java.util.Set<String> cachedIdentifiers;

    /** The NAME tokens of the module's source (cached for the module being compiled). */
    private static synchronized java.util.Set<String> identifiers(SourceText source) {
        if (source == null) {
            return java.util.Set.of();
        }
        if (source != cachedSource) {
            java.util.Set<String> names = new java.util.HashSet<>();
            try {
                for (Token t : new Lexer(source.text(), "<names>").tokenize()) {
                    if (t.type() == TokenType.NAME) {
                        names.add(t.text());
                    }
                }
            } catch (RuntimeException e) {
                // the parser already accepted this source; a lexer hiccup only loses the refinement
            }
            cachedSource = source;
            cachedIdentifiers = names;
        }
        return cachedIdentifiers;
    }

    private static boolean isNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
                return false;
            }
        }
        return true;
    }

    private static java.util.Set<String> interned;

    private static synchronized java.util.Set<String> startupInterned() {
        if (interned == null) {
            java.util.Set<String> words = new java.util.HashSet<>();
            try (var in = ConstantSets.class.getResourceAsStream("interned-at-startup-3.11.txt")) {
                if (in != null) {
                    for (String w : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                        words.add(w.trim());
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            interned = words;
        }
        return interned;
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
        if (e instanceof Expr.BinOp b) {
            return foldBinOp(b);
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

    /** ast_opt.c's fold_binop for numbers, with its size guards (safe_multiply, safe_power). */
    private static PyObject foldBinOp(Expr.BinOp b) {
        PyObject l = constantValue(b.left());
        PyObject r = constantValue(b.right());
        if (!(l instanceof PyInt || l instanceof PyFloat) || !(r instanceof PyInt || r instanceof PyFloat)) {
            return null;
        }
        Operator op = b.op();
        if (l instanceof PyInt x && r instanceof PyInt y && !safeIntOp(op, x, y)) {
            return null;
        }
        if (op == Operator.MATMULT) {
            return null;
        }
        try {
            return Ops.binary(op, l, r);
        } catch (PyException ex) {
            return null;
        }
    }

    private static final int MAX_INT_SIZE = 128;

    private static boolean safeIntOp(Operator op, PyInt x, PyInt y) {
        long xb = x.toBig().abs().bitLength();
        long yb = y.toBig().abs().bitLength();
        return switch (op) {
            case MULT -> x.signum() == 0 || y.signum() == 0 || xb + yb <= MAX_INT_SIZE;
            case POW -> x.signum() == 0 || y.signum() <= 0 || y.isSmall() && xb <= MAX_INT_SIZE / y.value;
            case LSHIFT -> y.signum() < 0 || y.isSmall() && y.value <= MAX_INT_SIZE && xb <= MAX_INT_SIZE - y.value;
            default -> true;
        };
    }
}
