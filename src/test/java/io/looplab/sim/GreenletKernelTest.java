package io.looplab.sim;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Greenlets are fibers of one thread: a switch swaps the fiber and never hands the GIL over. */
class GreenletKernelTest {
    @Test
    void switchesStayOnTheThreadAndCarryValuesBothWays() {
        String src = """
                from greenlet import greenlet
                def f(x):
                    print("f got", x)
                    y = main.switch(x + 1)
                    print("f got", y)
                    return "done"
                main = greenlet.getcurrent()
                g = greenlet(f)
                print("main got", g.switch(1))
                print("main got", g.switch(10))
                print(g.dead)
                """;
        assertEquals(List.of(
                "0.000 gil MainThread",
                "0.000 greenlet 0->1 f",
                "0.000 print f got 1",
                "0.000 greenlet 1->0 main",
                "0.000 print main got 2",
                "0.000 greenlet 0->1 f",
                "0.000 print f got 10",
                "0.000 greenlet 1->0 main",
                "0.000 print main got done",
                "0.000 print True"),
                KernelLog.log(src, l -> l.contains(" gil ") || l.contains(" greenlet ") || l.contains(" print ")));
    }

    @Test
    void aSleepingGreenletBlocksItsWholeThreadWhileOtherThreadsRun() {
        String src = """
                import threading, time
                from greenlet import greenlet
                def napper():
                    time.sleep(1)
                    print("greenlet woke")
                def other():
                    time.sleep(0.5)
                    print("other thread ran")
                threading.Thread(target=other).start()
                greenlet(napper).switch()
                print("main greenlet again")
                """;
        assertEquals(List.of("0.500 print other thread ran", "1.000 print greenlet woke",
                "1.000 print main greenlet again"), KernelLog.log(src, l -> l.contains(" print ")));
    }

    @Test
    void throwKillsWithGreenletExitAndTheParentGetsItAsAValue() {
        String src = """
                from greenlet import greenlet, GreenletExit
                def waiter():
                    try:
                        greenlet.getcurrent().parent.switch()
                    except GreenletExit:
                        print("cleanup")
                        raise
                g = greenlet(waiter)
                g.switch()
                print(repr(g.throw()), g.dead)
                """;
        assertEquals(List.of("0.000 print cleanup", "0.000 print GreenletExit() True"),
                KernelLog.log(src, l -> l.contains(" print ")));
    }
}
