package io.looplab.vm.compiler;

import static io.looplab.vm.Opcode.*;

/** The net stack effect of each instruction, on fall-through or when its jump is taken (also used by the JIT). */
public final class StackEffects {
    private StackEffects() {
    }

    public static int of(int op, int arg, boolean jump) {
        switch (op) {
            case NOP: case ROT_TWO: case ROT_THREE: case ROT_FOUR: case SWAP: case DELETE_FAST: case DELETE_DEREF:
            case DELETE_GLOBAL: case DELETE_NAME: case LOAD_ATTR: case UNARY_NEGATIVE: case UNARY_POSITIVE:
            case UNARY_NOT: case UNARY_INVERT: case LIST_TO_TUPLE: case JUMP: case GET_ITER: case KW_NAMES:
            case GET_YIELD_FROM_ITER: case GET_AWAITABLE: case GET_AITER: case CHECK_EXC_MATCH: case UNSUPPORTED:
            case YIELD_VALUE: case SETUP_ANNOTATIONS: case RETURN_GENERATOR: case DICT_TO_KWARGS:
                return 0;
            case POP_TOP: case STORE_FAST: case STORE_DEREF: case STORE_GLOBAL: case STORE_NAME: case DELETE_ATTR:
            case BINARY_OP: case COMPARE_OP: case IS_OP: case CONTAINS_OP: case BINARY_SUBSCR: case LIST_APPEND:
            case SET_ADD: case LIST_EXTEND: case SET_UPDATE: case DICT_UPDATE: case DICT_MERGE:
            case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE:
            case RETURN_VALUE: case POP_EXCEPT: case IMPORT_NAME: case IMPORT_STAR:
                return -1;
            case DUP_TOP: case COPY: case LOAD_CONST: case LOAD_FAST: case LOAD_DEREF: case LOAD_CLOSURE:
            case LOAD_CLASSDEREF: case LOAD_GLOBAL: case LOAD_NAME: case LOAD_METHOD: case LOAD_BUILD_CLASS:
            case GET_ANEXT: case BEFORE_WITH: case BEFORE_ASYNC_WITH: case WITH_EXCEPT_START: case PUSH_EXC_INFO:
            case IMPORT_FROM: case LOAD_ASSERTION_ERROR: case PUSH_NULL:
                return 1;
            case DUP_TOP_TWO:
                return 2;
            case STORE_ATTR: case DELETE_SUBSCR: case MAP_ADD: case END_ASYNC_FOR:
                return -2;
            case STORE_SUBSCR:
                return -3;
            case BUILD_SLICE: case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING:
                return 1 - arg;
            case BUILD_MAP:
                return 1 - 2 * arg;
            case FORMAT_VALUE:
                return (arg & 4) != 0 ? -1 : 0;
            case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP:
                return jump ? 0 : -1;
            case FOR_ITER:
                return jump ? -1 : 1;
            case SEND:
                return jump ? -1 : 0;
            case CALL:
                return -arg;
            case CALL_METHOD:
                return -arg - 1;
            case CALL_FUNCTION_EX:
                return -1 - (arg & 1);
            case MAKE_FUNCTION:
                return -Integer.bitCount(arg & 7);
            case RAISE_VARARGS:
                return -arg;
            case RERAISE:
                return -1 - arg;
            case UNPACK_SEQUENCE:
                return arg - 1;
            case UNPACK_EX:
                return (arg & 0xFFF) + (arg >> 12);
            default:
                throw new IllegalArgumentException("no stack effect for " + name(op));
        }
    }
}
