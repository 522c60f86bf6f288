package io.looplab.vm.modules;

import io.looplab.vm.Runtime;
import io.looplab.vm.SourceModules;

/** math, random, string, typing, contextlib, dataclasses, enum, abc, os, textwrap. */
final class UtilityModules {
    private UtilityModules() {
    }

    /** A library module written in Python: resource NAME.py beside this class. */
    private static void source(Runtime rt, String name) {
        rt.registerModule(name, r -> SourceModules.loadResource(r, name, UtilityModules.class, name + ".py"));
    }

    static void register(Runtime rt) {
        rt.registerModule("math", MathModule::create);
        rt.registerModule("random", RandomModule::create);
        source(rt, "__future__");
        source(rt, "contextlib");
        source(rt, "string");
        source(rt, "textwrap");
        source(rt, "typing");
        source(rt, "dataclasses");
        rt.registerModule("_enum", EnumModule::create);
        source(rt, "enum");
        rt.registerModule("abc", AbcModule::create);
        rt.registerModule("os", OsModule::create);
        rt.registerModule("os.path", OsModule::createPath);
    }
}
