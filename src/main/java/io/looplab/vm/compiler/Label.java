package io.looplab.vm.compiler;

import java.util.ArrayList;
import java.util.List;

/** A jump target: bound to an instruction index once its code is emitted. */
final class Label {
    int pc = -1;
    /** Stack depth at the target, known from the first jump to it or from falling into it. */
    int depth = -1;
    final List<Integer> refs = new ArrayList<>();
}
