package io.looplab.ui.loop;

import io.looplab.trace.QueuedHandle;
import io.looplab.trace.Trace;

/** The words on a handle's chip. */
public final class HandleText {
    private HandleText() {
    }

    /** "Task-2 step"; a timer: "2.000 Task-2"; a callback: "_run_until_complete_cb()". */
    public static String of(QueuedHandle h) {
        if (h.timer()) {
            String what = h.task() != null ? h.task() : h.owner() != null ? h.owner() : shortName(h.callback());
            return Trace.stamp(h.dueNs()) + "  " + what;
        }
        if (h.task() != null) {
            return h.task() + " step";
        }
        String cb = shortName(h.callback());
        return h.owner() != null ? cb + " \u2190 " + h.owner() : cb;
    }

    /** "futures._set_result_unless_cancelled()" reads as "_set_result_unless_cancelled()". */
    public static String shortName(String callback) {
        if (callback == null) {
            return "callback";
        }
        int paren = callback.indexOf('(');
        int dot = callback.lastIndexOf('.', paren < 0 ? callback.length() : paren);
        return dot < 0 ? callback : callback.substring(dot + 1);
    }
}
