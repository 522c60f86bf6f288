package io.looplab.sim.greenlet;

import io.looplab.sim.Kernel;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyStr;
import io.looplab.vm.Runtime;

/** The greenlet module (greenlet 2.0.2's API): greenlet, getcurrent, GreenletExit, error. */
public final class GreenletModule {
    static final PyBuiltinFunction GETCURRENT =
            PyBuiltinFunction.of0("getcurrent", () -> Greenlets.active().current());

    private GreenletModule() {
    }

    public static void register(Runtime rt, Kernel k) {
        rt.registerModule("greenlet", r -> create(k));
    }

    private static PyModule create(Kernel k) {
        Greenlets.of(k);
        PyModule m = new PyModule("greenlet");
        m.put("greenlet", GreenletType.TYPE);
        m.put("getcurrent", GETCURRENT);
        m.put("GreenletExit", Greenlets.GREENLET_EXIT);
        m.put("error", Greenlets.ERROR);
        m.put("__version__", PyStr.of("2.0.2"));
        return m;
    }
}
