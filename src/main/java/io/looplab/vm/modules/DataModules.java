package io.looplab.vm.modules;

import io.looplab.vm.PyException;
import io.looplab.vm.Runtime;
import io.looplab.vm.SourceModules;

/** itertools, collections, functools, operator, heapq, bisect, copy. */
final class DataModules {
    private DataModules() {
    }

    static void register(Runtime rt) {
        rt.registerModule("itertools", r -> Itertools.create());
        rt.registerModule("_collections", CollectionsModule::nativeHalf);
        rt.registerModule("collections", CollectionsModule::collections);
        rt.registerModule("collections.abc", r -> {
            throw PyException.unsupported("the 'collections.abc' module");
        });
        rt.registerModule("operator", r -> OperatorModule.create());
        rt.registerModule("_heapq", r -> HeapqModule.nativeHalf());
        rt.registerModule("heapq", HeapqModule::heapq);
        rt.registerModule("bisect", r -> BisectModule.create());
        rt.registerModule("_functools", r -> FunctoolsModule.nativeHalf());
        rt.registerModule("functools", FunctoolsModule::functools);
        rt.registerModule("copy", r -> SourceModules.loadResource(r, "copy", DataModules.class, "copy.py"));
    }
}
