package io.looplab.vm.modules;

import io.looplab.vm.Runtime;

/** math, random, string, typing, contextlib, dataclasses, enum, abc, os, textwrap. */
final class UtilityModules {
    private UtilityModules() {
    }

    static void register(Runtime rt) {
        rt.registerModule("math", MathModule::create);
        rt.registerModule("random", RandomModule::create);
    }
}
