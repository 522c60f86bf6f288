package io.looplab.sim;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A thread pool in the trace: jobs queue while the worker is busy; results go back to the loop. */
class ExecutorTraceTest {
    @Test
    void aOneWorkerPoolRunsJobsInTurn() {
        String src = """
                import concurrent.futures, time
                def job(x):
                    time.sleep(x)
                    if x > 0.15:
                        raise ValueError("too slow")
                    return x * 10
                with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
                    a = pool.submit(job, 0.1)
                    b = pool.submit(job, 0.2)
                    print(a.result(), repr(b.exception()))
                """;
        assertEquals(List.of(
                "0.000 job 1 QUEUED by MainThread job(0.1)",
                "0.000 MainThread BLOCKED (Thread.start())",
                "0.000 job 1 RUNNING by ThreadPoolExecutor-0_0",
                "0.000 job 2 QUEUED by MainThread job(0.2)",
                "0.000 MainThread BLOCKED (Future.result())",
                "0.100 job 1 DONE by ThreadPoolExecutor-0_0 1.0",
                "0.100 job 2 RUNNING by ThreadPoolExecutor-0_0",
                "0.100 MainThread BLOCKED (Future.exception())",
                "0.300 job 2 FAILED by ThreadPoolExecutor-0_0 ValueError: too slow",
                "0.300 ThreadPoolExecutor-0_0 BLOCKED (_PySimpleQueue.get())",
                "0.300 print 1.0 ValueError('too slow')",
                "0.300 MainThread BLOCKED (Thread.join())"),
                KernelLog.log(src, l -> l.contains(" job ") || l.contains("BLOCKED") || l.contains(" print ")));
    }

    @Test
    void theLoopFutureCompletesWhenThePoolThreadHandsTheResultBack() {
        String src = """
                import asyncio, time
                def blocking():
                    time.sleep(0.5)
                    return 7
                async def main():
                    print("result", await asyncio.get_running_loop().run_in_executor(None, blocking))
                asyncio.run(main())
                """;
        assertEquals(List.of(
                "0.000 job 1 QUEUED by MainThread blocking()",
                "0.000 job 1 RUNNING by asyncio_0",
                "0.000 MainThread BLOCKED (event loop idle (no timers, nothing ready))",
                "0.500 job 1 DONE by asyncio_0 7",
                "0.500 MainThread RUNNABLE",
                "0.500 print result 7"),
                KernelLog.log(src, l -> l.contains(" job ") || l.contains(" print ")
                        || l.startsWith("0.000 MainThread BLOCKED (event") || l.startsWith("0.500 MainThread RUNNABLE"))
                        .subList(0, 6));
    }

    @Test
    void aLoopFrozenByTimeSleepSaysUntilWhen() {
        String src = """
                import asyncio, time
                async def main():
                    await asyncio.sleep(0.25)
                    time.sleep(1)
                asyncio.run(main())
                """;
        assertEquals(List.of(
                "0.250 loop blocked (time.sleep until 1.250)",
                "0.250 MainThread SLEEPING (time.sleep until 1.250)"),
                KernelLog.log(src, l -> l.contains("loop blocked") || l.contains("SLEEPING (time.sleep")));
    }
}
