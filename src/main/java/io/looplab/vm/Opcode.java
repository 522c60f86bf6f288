package io.looplab.vm;

/**
 * The instruction set. An instruction is one int: {@code opcode | arg << 8}. The set follows
 * CPython 3.11's where it matters for suspension (SEND + YIELD_VALUE loops for await and
 * yield from; exception tables instead of block stacks) and is simplified elsewhere.
 */
public final class Opcode {
    public static final int NOP = 0;
    public static final int POP_TOP = 1;
    public static final int ROT_TWO = 2;
    public static final int ROT_THREE = 3;
    public static final int ROT_FOUR = 4;
    public static final int DUP_TOP = 5;
    public static final int DUP_TOP_TWO = 6;
    /** Push stack[-arg] (arg >= 1). */
    public static final int COPY = 7;
    public static final int LOAD_CONST = 8;
    public static final int LOAD_FAST = 9;
    public static final int STORE_FAST = 10;
    public static final int DELETE_FAST = 11;
    public static final int LOAD_DEREF = 12;
    public static final int STORE_DEREF = 13;
    public static final int DELETE_DEREF = 14;
    /** Push the cell object itself (to build a closure). */
    public static final int LOAD_CLOSURE = 15;
    /** In a class body: the class namespace first, then the enclosing function's cell. */
    public static final int LOAD_CLASSDEREF = 16;
    public static final int LOAD_GLOBAL = 17;
    public static final int STORE_GLOBAL = 18;
    public static final int DELETE_GLOBAL = 19;
    public static final int LOAD_NAME = 20;
    public static final int STORE_NAME = 21;
    public static final int DELETE_NAME = 22;
    public static final int LOAD_ATTR = 23;
    public static final int STORE_ATTR = 24;
    public static final int DELETE_ATTR = 25;
    /** Push [method, self] when the attribute is a plain method, else [value, NULL]. */
    public static final int LOAD_METHOD = 26;
    /** arg: Operator ordinal, plus INPLACE for augmented assignment. */
    public static final int BINARY_OP = 27;
    public static final int UNARY_NEGATIVE = 28;
    public static final int UNARY_POSITIVE = 29;
    public static final int UNARY_NOT = 30;
    public static final int UNARY_INVERT = 31;
    /** arg: CmpOperator ordinal (EQ..GT_E only). */
    public static final int COMPARE_OP = 32;
    /** arg 1 inverts ("is not"). */
    public static final int IS_OP = 33;
    /** arg 1 inverts ("not in"). */
    public static final int CONTAINS_OP = 34;
    public static final int BINARY_SUBSCR = 35;
    public static final int STORE_SUBSCR = 36;
    public static final int DELETE_SUBSCR = 37;
    public static final int BUILD_SLICE = 38;
    public static final int BUILD_TUPLE = 39;
    public static final int BUILD_LIST = 40;
    public static final int BUILD_SET = 41;
    /** arg pairs of key, value. */
    public static final int BUILD_MAP = 42;
    public static final int BUILD_STRING = 43;
    public static final int LIST_APPEND = 44;
    public static final int SET_ADD = 45;
    public static final int MAP_ADD = 46;
    public static final int LIST_EXTEND = 47;
    public static final int SET_UPDATE = 48;
    public static final int DICT_UPDATE = 49;
    /** Like DICT_UPDATE for **kwargs: duplicate keys are a TypeError. */
    public static final int DICT_MERGE = 50;
    public static final int LIST_TO_TUPLE = 51;
    /** arg bits 0-1: conversion (0 none, 1 str, 2 repr, 3 ascii); bit 2: a format spec is on the stack. */
    public static final int FORMAT_VALUE = 52;
    public static final int JUMP = 53;
    public static final int POP_JUMP_IF_FALSE = 54;
    public static final int POP_JUMP_IF_TRUE = 55;
    public static final int JUMP_IF_FALSE_OR_POP = 56;
    public static final int JUMP_IF_TRUE_OR_POP = 57;
    public static final int GET_ITER = 58;
    /** Push the next item, or pop the iterator and jump to arg when exhausted. */
    public static final int FOR_ITER = 59;
    /** Stack: callable, args...; arg = number of args (keyword values included, see KW_NAMES). */
    public static final int CALL = 60;
    /** Stack: method-or-callable, self-or-NULL, args... */
    public static final int CALL_METHOD = 61;
    /** The next CALL's last len(consts[arg]) arguments are keywords with these names. */
    public static final int KW_NAMES = 62;
    /** Stack: callable, args tuple[, kwargs dict when arg & 1]. */
    public static final int CALL_FUNCTION_EX = 63;
    /** Stack: [defaults tuple][kwdefaults dict][closure tuple] code; arg bits 1, 2, 4 say which are present. */
    public static final int MAKE_FUNCTION = 64;
    public static final int LOAD_BUILD_CLASS = 65;
    public static final int RETURN_VALUE = 66;
    /** arg 0: a plain yield; arg 1: the yield inside an await / yield-from SEND loop. */
    public static final int YIELD_VALUE = 67;
    public static final int GET_YIELD_FROM_ITER = 68;
    /** arg 0: await expr; 1: after __aenter__; 2: after __aexit__. */
    public static final int GET_AWAITABLE = 69;
    /** Stack: receiver, value. Sends value; on yield pushes it; on return pops receiver, pushes result, jumps to arg. */
    public static final int SEND = 70;
    public static final int GET_AITER = 71;
    public static final int GET_ANEXT = 72;
    /** Handler of an async-for: StopAsyncIteration ends the loop, anything else re-raises. */
    public static final int END_ASYNC_FOR = 73;
    /** Stack: mgr -> exit, enter-result. */
    public static final int BEFORE_WITH = 74;
    /** Stack: mgr -> aexit, awaitable of aenter. */
    public static final int BEFORE_ASYNC_WITH = 75;
    /** Stack: exit, lasti-placeholder, prev-exc, exc -> ..., exc, exit(type, exc, tb) result. */
    public static final int WITH_EXCEPT_START = 76;
    /** arg: number of operands (0 re-raise, 1 exc, 2 exc + cause). */
    public static final int RAISE_VARARGS = 77;
    /** Re-raise TOS; arg 1: also restore the frame's handled exception from stack[-2]. */
    public static final int RERAISE = 78;
    /** Stack: exc -> previously handled exc, exc; the handled exception becomes exc. */
    public static final int PUSH_EXC_INFO = 79;
    /** Stack: prev-exc -> ; restores the handled exception. */
    public static final int POP_EXCEPT = 80;
    /** Stack: exc, type -> exc, bool. */
    public static final int CHECK_EXC_MATCH = 81;
    public static final int UNPACK_SEQUENCE = 82;
    /** arg: count before the star | count after << 12. */
    public static final int UNPACK_EX = 83;
    /** Stack: fromlist, level -> module; arg = name index. */
    public static final int IMPORT_NAME = 84;
    public static final int IMPORT_FROM = 85;
    public static final int IMPORT_STAR = 86;
    public static final int LOAD_ASSERTION_ERROR = 87;
    /** Pushes NULL (an empty slot for CALL_METHOD). */
    public static final int PUSH_NULL = 88;
    /** Raise NotImplementedError for a construct LoopLab cannot run; arg = const index of the feature. */
    public static final int UNSUPPORTED = 89;
    /** Copy TOS to stack[-arg] and pop (SWAP-like store used by chained comparisons). */
    public static final int SWAP = 90;
    public static final int POP_JUMP_IF_NONE = 91;
    public static final int POP_JUMP_IF_NOT_NONE = 92;
    /** Set the handled exception to None (used entering an except body after the name is bound). */
    public static final int RETURN_GENERATOR = 93;
    public static final int SETUP_ANNOTATIONS = 94;
    public static final int DICT_TO_KWARGS = 95;

    public static final int INPLACE = 16;

    private static final String[] NAMES = new String[96];

    static {
        for (java.lang.reflect.Field f : Opcode.class.getFields()) {
            try {
                if (f.getType() == int.class && !f.getName().equals("INPLACE")) {
                    NAMES[f.getInt(null)] = f.getName();
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Opcode() {
    }

    public static String name(int op) {
        return op >= 0 && op < NAMES.length && NAMES[op] != null ? NAMES[op] : "OP_" + op;
    }

    public static int make(int op, int arg) {
        return op | (arg << 8);
    }
}
