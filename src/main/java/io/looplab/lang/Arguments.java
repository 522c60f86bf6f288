package io.looplab.lang;

import java.util.List;

/**
 * A parameter list, as CPython's {@code ast.arguments}: positional-only, positional-or-keyword,
 * {@code *vararg}, keyword-only and {@code **kwarg}. defaults align with the last of
 * posonly+args; kwDefaults align one-to-one with kwonly (null where there is none).
 */
public record Arguments(List<Param> posonly, List<Param> args, Param vararg, List<Param> kwonly,
                        List<Expr> kwDefaults, Param kwarg, List<Expr> defaults) {

    /** One parameter; annotation may be null (annotations are parsed and ignored). */
    public record Param(Pos pos, String name, Expr annotation) {
    }

    public static Arguments empty() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
}
