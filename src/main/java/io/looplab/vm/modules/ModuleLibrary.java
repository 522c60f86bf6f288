package io.looplab.vm.modules;

import io.looplab.vm.Runtime;

/** Registers the pure-computation standard modules LoopLab provides. */
public final class ModuleLibrary {
    private ModuleLibrary() {
    }

    public static void registerAll(Runtime rt) {
        DataModules.register(rt);
        UtilityModules.register(rt);
    }
}
