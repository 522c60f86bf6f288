package io.looplab.vm.compiler;

import io.looplab.lang.CmpOperator;
import io.looplab.lang.Expr;
import io.looplab.vm.Opcode;
import io.looplab.vm.Py;
import io.looplab.vm.PyBytes;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyObject;
import io.looplab.vm.PySet;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import static io.looplab.vm.Opcode.*;

/** Compiles expressions: each visit leaves exactly one value on the stack. */
final class ExprCompiler implements Expr.Visitor<Void> {
    private final Unit u;
    private final CodeBuilder b;
    private final StmtCompiler stmts;

    ExprCompiler(Unit u, StmtCompiler stmts) {
        this.u = u;
        this.b = u.b;
        this.stmts = stmts;
    }

    void compile(Expr e) {
        int saved = b.line;
        b.line = e.pos().line();
        e.accept(this);
        b.line = saved;
    }

    void constant(Object value) {
        b.emit(LOAD_CONST, constIndex(value));
    }

    int constIndex(Object value) {
        PyObject v = toPy(value);
        Object key = value instanceof byte[] bytes ? List.of("bytes", Arrays.toString(bytes))
                : value instanceof Double d ? List.of("float", Double.doubleToLongBits(d))
                : value == null ? List.of("None") : List.of(value.getClass().getName(), value);
        return b.constant(v, key);
    }

    static PyObject toPy(Object value) {
        if (value == null) {
            return Py.NONE;
        } else if (value instanceof Boolean bo) {
            return Py.bool(bo);
        } else if (value instanceof Long l) {
            return PyInt.of(l);
        } else if (value instanceof Integer i) {
            return PyInt.of(i);
        } else if (value instanceof BigInteger bi) {
            return PyInt.of(bi);
        } else if (value instanceof Double d) {
            return new PyFloat(d);
        } else if (value instanceof String s) {
            return PyStr.of(s);
        } else if (value instanceof byte[] by) {
            return new PyBytes(by);
        } else if (value instanceof Expr.EllipsisValue) {
            return Py.ELLIPSIS;
        }
        throw new IllegalArgumentException("not a constant: " + value);
    }

    @Override
    public Void visitConstant(Expr.Constant e) {
        constant(e.value());
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        u.load(e.id());
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        if (e.values().isEmpty()) {
            constant("");
            return null;
        }
        for (Expr part : e.values()) {
            compile(part);
        }
        if (e.values().size() > 1 || !(e.values().get(0) instanceof Expr.FormattedValue)) {
            b.emit(BUILD_STRING, e.values().size());
        }
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        compile(e.value());
        int flags = switch (e.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (e.formatSpec() != null) {
            compile(e.formatSpec());
            flags |= 4;
        }
        b.emit(FORMAT_VALUE, flags);
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        compile(e.left());
        compile(e.right());
        b.emit(BINARY_OP, e.op().ordinal());
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        compile(e.operand());
        b.emit(switch (e.op()) {
            case NOT -> UNARY_NOT;
            case USUB -> UNARY_NEGATIVE;
            case UADD -> UNARY_POSITIVE;
            case INVERT -> UNARY_INVERT;
        });
        return null;
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        Label end = new Label();
        List<Expr> vs = e.values();
        for (int i = 0; i < vs.size() - 1; i++) {
            compile(vs.get(i));
            b.emitJump(e.and() ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP, end);
        }
        compile(vs.get(vs.size() - 1));
        b.bind(end);
        return null;
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        compile(e.left());
        int n = e.ops().size();
        if (n == 1) {
            compile(e.comparators().get(0));
            emitCompare(e.ops().get(0));
            return null;
        }
        Label cleanup = new Label();
        Label end = new Label();
        for (int i = 0; i < n - 1; i++) {
            compile(e.comparators().get(i));
            b.emit(DUP_TOP);
            b.emit(ROT_THREE);
            emitCompare(e.ops().get(i));
            b.emitJump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        compile(e.comparators().get(n - 1));
        emitCompare(e.ops().get(n - 1));
        b.emitJump(JUMP, end);
        b.bind(cleanup);
        b.emit(ROT_TWO);
        b.emit(POP_TOP);
        b.bind(end);
        return null;
    }

    private void emitCompare(CmpOperator op) {
        switch (op) {
            case IS -> b.emit(IS_OP, 0);
            case IS_NOT -> b.emit(IS_OP, 1);
            case IN -> b.emit(CONTAINS_OP, 0);
            case NOT_IN -> b.emit(CONTAINS_OP, 1);
            default -> b.emit(COMPARE_OP, op.ordinal());
        }
    }

    /** Jumps to target when e's truth equals jumpIfTrue; otherwise falls through. Leaves nothing. */
    void compileTest(Expr e, Label target, boolean jumpIfTrue) {
        if (e instanceof Expr.UnaryOp u1 && u1.op() == io.looplab.lang.UnaryOperator.NOT) {
            compileTest(u1.operand(), target, !jumpIfTrue);
            return;
        }
        if (e instanceof Expr.BoolOp bo) {
            List<Expr> vs = bo.values();
            boolean cond = bo.and();
            if (cond != jumpIfTrue) {
                for (Expr v : vs) {
                    compileTest(v, target, jumpIfTrue);
                }
            } else {
                Label skip = new Label();
                for (int i = 0; i < vs.size() - 1; i++) {
                    compileTest(vs.get(i), skip, !jumpIfTrue);
                }
                compileTest(vs.get(vs.size() - 1), target, jumpIfTrue);
                b.bind(skip);
            }
            return;
        }
        compile(e);
        int saved = b.line;
        b.line = e.pos().line();
        b.emitJump(jumpIfTrue ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
        b.line = saved;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        if (isZeroArgSuper(e)) {
            u.load("super");
            b.emit(LOAD_DEREF, b.derefIndex("__class__"));
            b.emit(LOAD_FAST, 0);
            b.emit(CALL, 2);
            return null;
        }
        boolean simple = e.args().stream().noneMatch(a -> a instanceof Expr.Starred)
                && e.keywords().stream().allMatch(k -> k.arg() != null);
        if (simple && e.func() instanceof Expr.Attribute attr) {
            compile(attr.value());
            int saved = b.line;
            b.line = attr.pos().endLine();
            b.emit(LOAD_METHOD, b.name(attr.attr()));
            b.line = saved;
            int n = pushArgs(e);
            b.line = e.pos().line();
            b.emit(CALL_METHOD, n);
            return null;
        }
        compile(e.func());
        if (simple) {
            int n = pushArgs(e);
            b.emit(CALL, n);
            return null;
        }
        callEx(e.args(), e.keywords());
        return null;
    }

    private boolean isZeroArgSuper(Expr.Call e) {
        return SymbolTable.isSuperCall(e) && e.args().isEmpty() && e.keywords().isEmpty()
                && u.scope.kind == Scope.Kind.FUNCTION && u.scope.freeVars.contains("__class__")
                && !u.scope.params.isEmpty() && u.scope.accessOf("super") == Scope.Access.GLOBAL;
    }

    /** Pushes positional then keyword values (emitting KW_NAMES); returns the argument count. */
    private int pushArgs(Expr.Call e) {
        for (Expr a : e.args()) {
            compile(a);
        }
        if (!e.keywords().isEmpty()) {
            PyObject[] names = new PyObject[e.keywords().size()];
            for (int i = 0; i < names.length; i++) {
                Expr.Keyword k = e.keywords().get(i);
                names[i] = PyStr.of(k.arg());
                compile(k.value());
            }
            b.emit(KW_NAMES, b.uniqueConstant(PyTuple.of(names)));
        }
        return e.args().size() + e.keywords().size();
    }

    /** Stack: callable. Builds the args sequence and kwargs dict, then CALL_FUNCTION_EX. */
    void callEx(List<Expr> args, List<Expr.Keyword> keywords) {
        if (args.size() == 1 && args.get(0) instanceof Expr.Starred s) {
            compile(s.value());
        } else {
            buildSequence(args, BUILD_LIST);
        }
        if (keywords.isEmpty()) {
            b.emit(CALL_FUNCTION_EX, 0);
            return;
        }
        b.emit(BUILD_MAP, 0);
        for (Expr.Keyword k : keywords) {
            if (k.arg() == null) {
                compile(k.value());
                b.emit(DICT_MERGE, 1);
            } else {
                constant(k.arg());
                compile(k.value());
                b.emit(MAP_ADD, 1);
            }
        }
        b.emit(CALL_FUNCTION_EX, 1);
    }

    /** Builds a list (BUILD_LIST) or set (BUILD_SET) from elements that may be starred. */
    private void buildSequence(List<Expr> elts, int buildOp) {
        boolean starred = elts.stream().anyMatch(x -> x instanceof Expr.Starred);
        PySet folded = buildOp == BUILD_SET && !starred ? ConstantSets.fold(elts, u.module.source()) : null;
        if (folded != null) {
            b.emit(BUILD_SET, 0);
            b.emit(LOAD_CONST, b.uniqueConstant(folded));
            b.emit(SET_UPDATE, 1);
            return;
        }
        if (!starred) {
            for (Expr x : elts) {
                compile(x);
            }
            b.emit(buildOp, elts.size());
            return;
        }
        b.emit(buildOp, 0);
        for (Expr x : elts) {
            if (x instanceof Expr.Starred s) {
                compile(s.value());
                b.emit(buildOp == BUILD_SET ? SET_UPDATE : LIST_EXTEND, 1);
            } else {
                compile(x);
                b.emit(buildOp == BUILD_SET ? SET_ADD : LIST_APPEND, 1);
            }
        }
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        compile(e.value());
        int saved = b.line;
        b.line = e.pos().endLine();
        b.emit(LOAD_ATTR, b.name(e.attr()));
        b.line = saved;
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        compile(e.value());
        compile(e.index());
        b.emit(BINARY_SUBSCR);
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        sliceBound(e.lower());
        sliceBound(e.upper());
        if (e.step() != null) {
            compile(e.step());
            b.emit(BUILD_SLICE, 3);
        } else {
            b.emit(BUILD_SLICE, 2);
        }
        return null;
    }

    private void sliceBound(Expr x) {
        if (x == null) {
            constant(null);
        } else {
            compile(x);
        }
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        throw u.module.symbols().error("can't use starred expression here", e.pos().line(), e.pos().col());
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        if (e.elts().stream().anyMatch(x -> x instanceof Expr.Starred)) {
            buildSequence(e.elts(), BUILD_LIST);
            b.emit(LIST_TO_TUPLE);
        } else {
            for (Expr x : e.elts()) {
                compile(x);
            }
            b.emit(BUILD_TUPLE, e.elts().size());
        }
        return null;
    }

    @Override
    public Void visitListExpr(Expr.ListExpr e) {
        buildSequence(e.elts(), BUILD_LIST);
        return null;
    }

    @Override
    public Void visitSetExpr(Expr.SetExpr e) {
        buildSequence(e.elts(), BUILD_SET);
        return null;
    }

    @Override
    public Void visitDictExpr(Expr.DictExpr e) {
        int pending = 0;
        boolean built = false;
        for (int i = 0; i < e.keys().size(); i++) {
            Expr k = e.keys().get(i);
            if (k == null) {
                if (!built) {
                    b.emit(BUILD_MAP, pending);
                    built = true;
                } else if (pending > 0) {
                    b.emit(BUILD_MAP, pending);
                    b.emit(DICT_UPDATE, 1);
                }
                pending = 0;
                compile(e.values().get(i));
                b.emit(DICT_UPDATE, 1);
            } else {
                compile(k);
                compile(e.values().get(i));
                pending++;
            }
        }
        if (!built) {
            b.emit(BUILD_MAP, pending);
        } else if (pending > 0) {
            b.emit(BUILD_MAP, pending);
            b.emit(DICT_UPDATE, 1);
        }
        return null;
    }

    @Override
    public Void visitComprehension(Expr.Comprehension e) {
        Scope inner = u.module.symbols().scopeOf(e);
        stmts.makeFunction(inner, Functions.comprehension(u, e, inner), 0, e.pos().line());
        Expr.ForClause first = e.generators().get(0);
        compile(first.iter());
        b.emit(first.isAsync() ? GET_AITER : GET_ITER);
        b.emit(CALL, 1);
        if (inner.isAsync && e.kind() != Expr.ComprehensionKind.GENERATOR) {
            b.emit(GET_AWAITABLE, 0);
            yieldFrom();
        }
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        Scope inner = u.module.symbols().scopeOf(e);
        int flags = stmts.defaults(e.args());
        stmts.makeFunction(inner, Functions.lambda(u, e, inner), flags, e.pos().line());
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        Label orelse = new Label();
        Label end = new Label();
        compileTest(e.test(), orelse, false);
        compile(e.body());
        b.emitJump(JUMP, end);
        b.bind(orelse);
        compile(e.orelse());
        b.bind(end);
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        compile(e.value());
        b.emit(DUP_TOP);
        u.store(e.target().id());
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        compile(e.value());
        b.emit(GET_AWAITABLE, 0);
        yieldFrom();
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        if (e.value() == null) {
            constant(null);
        } else {
            compile(e.value());
        }
        b.emit(YIELD_VALUE, 0);
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        compile(e.value());
        b.emit(GET_YIELD_FROM_ITER);
        yieldFrom();
        return null;
    }

    /** Stack: receiver -> result. The SEND/YIELD_VALUE loop of await and yield from. */
    void yieldFrom() {
        Label loop = new Label();
        Label exit = new Label();
        constant(null);
        b.bind(loop);
        b.emitJump(SEND, exit);
        b.emit(YIELD_VALUE, 1);
        b.emitJump(JUMP, loop);
        b.bind(exit);
    }

    // ---- assignment targets ----

    /** Stores TOS into target (consumes it). */
    void store(Expr target) {
        int saved = b.line;
        b.line = target.pos().line();
        if (target instanceof Expr.Name n) {
            u.store(n.id());
        } else if (target instanceof Expr.Attribute a) {
            compile(a.value());
            b.emit(STORE_ATTR, b.name(a.attr()));
        } else if (target instanceof Expr.Subscript s) {
            compile(s.value());
            compile(s.index());
            b.emit(STORE_SUBSCR);
        } else if (target instanceof Expr.Tuple t) {
            unpack(t.elts(), target);
        } else if (target instanceof Expr.ListExpr l) {
            unpack(l.elts(), target);
        } else {
            throw u.module.symbols().error("cannot assign to " + describe(target), target.pos().line(),
                    target.pos().col());
        }
        b.line = saved;
    }

    private void unpack(List<Expr> elts, Expr target) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw u.module.symbols().error("multiple starred expressions in assignment",
                            target.pos().line(), target.pos().col());
                }
                star = i;
            }
        }
        if (star < 0) {
            b.emit(UNPACK_SEQUENCE, elts.size());
        } else {
            b.emit(UNPACK_EX, star | (elts.size() - star - 1) << 12);
        }
        for (Expr x : elts) {
            store(x instanceof Expr.Starred s ? s.value() : x);
        }
    }

    void delete(Expr target) {
        if (target instanceof Expr.Name n) {
            u.delete(n.id());
        } else if (target instanceof Expr.Attribute a) {
            compile(a.value());
            b.emit(DELETE_ATTR, b.name(a.attr()));
        } else if (target instanceof Expr.Subscript s) {
            compile(s.value());
            compile(s.index());
            b.emit(DELETE_SUBSCR);
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(this::delete);
        } else if (target instanceof Expr.ListExpr l) {
            l.elts().forEach(this::delete);
        } else {
            throw u.module.symbols().error("cannot delete " + describe(target), target.pos().line(),
                    target.pos().col());
        }
    }

    static String describe(Expr e) {
        if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.Constant) {
            return "literal";
        }
        return "expression";
    }

    static int opcodeForOp(io.looplab.lang.Operator op, boolean inplace) {
        return op.ordinal() + (inplace ? Opcode.INPLACE : 0);
    }
}
