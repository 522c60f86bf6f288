package io.looplab.vm.modules;

import io.looplab.vm.Runtime;

/** itertools, collections, functools, operator, heapq, bisect, copy. */
final class DataModules {
    private DataModules() {
    }

    static void register(Runtime rt) {
        rt.registerModule("itertools", r -> Itertools.create());
    }
}
