package io.looplab.sim;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The oracle's GIL rule for looplab.cpu() (README "CPU-bound work"): a thread that wants the GIL
 * since w gets it at w + 5 ms; the burner queues behind it and burns the rest later. Code outside
 * cpu() takes no time, so only cpu() makes threads wait for the GIL.
 */
class GilTest {
    @Test
    void twoBurnersTakeTurnsEveryFiveMillisecondsAndGainNothing() {
        String src = """
                import threading
                from looplab import cpu
                def burn(n):
                    cpu(1.0)
                    print("done", n)
                ts = [threading.Thread(target=burn, args=(n,)) for n in range(2)]
                for t in ts:
                    t.start()
                """;
        assertEquals(List.of("1.995 print done 0", "2.000 print done 1"),
                KernelLog.log(src, l -> l.contains(" print ")));
    }

    @Test
    void aSleeperBesideABurnerGetsTheGilFiveMillisecondsAfterItsDeadline() {
        String src = """
                import threading, time
                from looplab import cpu
                def ticker():
                    for i in range(3):
                        time.sleep(0.1)
                        print("tick", i)
                threading.Thread(target=ticker).start()
                cpu(0.5)
                print("burned")
                """;
        assertEquals(List.of("0.105 print tick 0", "0.210 print tick 1", "0.315 print tick 2", "0.500 print burned"),
                KernelLog.log(src, l -> l.contains(" print ")));
    }

    @Test
    void theTraceShowsWhoHoldsTheGilAndWhoWaitsForIt() {
        String src = """
                import threading, time
                from looplab import cpu
                def burn():
                    cpu(0.012)
                def tick():
                    time.sleep(0.003)
                threading.Thread(target=burn, name="B").start()
                threading.Thread(target=tick, name="K").start()
                """;
        assertEquals(List.of(
                "0.000 gil MainThread",
                "0.000 gil B",
                "0.000 B RUNNING (cpu() work, 0.012 s left)",
                "0.000 MainThread WAITING_GIL (GIL held by B)",
                "0.005 B WAITING_GIL (GIL: forced switch after 5 ms)",
                "0.005 gil MainThread",
                "0.005 gil B",
                "0.005 B RUNNING (cpu() work, 0.007 s left)",
                "0.005 K WAITING_GIL (GIL held by B)",
                "0.010 B WAITING_GIL (GIL: forced switch after 5 ms)",
                "0.010 gil K",
                "0.010 K SLEEPING (time.sleep until 0.013)",
                "0.010 gil B",
                "0.010 B RUNNING (cpu() work, 0.002 s left)",
                "0.010 MainThread WAITING_GIL (GIL held by B)",
                "0.012 gil MainThread",
                "0.012 gil -",
                "0.013 gil K",
                "0.013 gil MainThread"),
                KernelLog.log(src, l -> l.contains(" gil ") || l.contains("GIL") || l.contains("cpu()")
                        || l.contains("SLEEPING")));
    }

    @Test
    void cpuInsideACoroutineFreezesTheLoopLikeTimeSleep() {
        String src = """
                import asyncio
                from looplab import cpu
                async def ticker():
                    for i in range(3):
                        print("tick", i)
                        await asyncio.sleep(0.1)
                async def main():
                    t = asyncio.create_task(ticker())
                    await asyncio.sleep(0)
                    cpu(0.25)
                    await t
                asyncio.run(main())
                """;
        assertEquals(List.of("0.000 print tick 0", "0.250 print tick 1", "0.350 print tick 2"),
                KernelLog.log(src, l -> l.contains(" print ")));
    }
}
