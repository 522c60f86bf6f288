package io.looplab.sim;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The thread rules of the oracle (README "Ordering rules", rule 4) as (time, event) logs:
 * runnable threads run FIFO until they block, Thread.start() lets the child run first, a
 * released lock is not handed over (the releaser may barge back in; the woken waiter retries),
 * equal deadlines wake in the order they were computed, and exit joins non-daemon threads only.
 */
class ThreadPrimitivesTest {
    private static List<String> prints(String source) {
        return KernelLog.log(source, l -> l.contains(" print ") || l.contains(" !") || l.contains(" end "));
    }

    @Test
    void releasedLockIsNotHandedOverAndTheWokenWaiterRetries() {
        String src = """
                import threading, time
                lock = threading.Lock()
                def a():
                    lock.acquire()
                    time.sleep(1)
                    lock.release()
                    lock.acquire()
                    print("a again")
                    time.sleep(1)
                    lock.release()
                def b():
                    lock.acquire()
                    print("b got it")
                    lock.release()
                threading.Thread(target=a, name="A").start()
                threading.Thread(target=b, name="B").start()
                """;
        assertEquals(List.of(
                "0.000 B RUNNABLE",
                "0.000 B RUNNING",
                "0.000 B BLOCKED (lock <locked _thread.lock object at 0x7f0000000060>)",
                "1.000 B RUNNABLE",
                "1.000 print a again",
                "1.000 B RUNNING",
                "1.000 B BLOCKED (lock <locked _thread.lock object at 0x7f0000000060>)",
                "2.000 B RUNNABLE",
                "2.000 B RUNNING",
                "2.000 print b got it",
                "2.000 B DONE"),
                KernelLog.log(src, l -> l.contains(" B ") || l.contains(" print ")));
    }

    @Test
    void startRunsTheChildFirstUntilItBlocks() {
        String src = """
                import threading, time
                def child():
                    print("child 1")
                    time.sleep(0)
                    print("child 2")
                t = threading.Thread(target=child)
                t.start()
                print("main after start")
                t.join()
                """;
        assertEquals(List.of("0.000 print child 1", "0.000 print main after start", "0.000 print child 2",
                "0.000 end 0"), prints(src));
    }

    @Test
    void sleepZeroLetsEveryOtherRunnableThreadRunFirst() {
        String src = """
                import threading, time
                def w(n):
                    for i in range(2):
                        print(n, i)
                        time.sleep(0)
                ts = [threading.Thread(target=w, args=(n,)) for n in "abc"]
                for t in ts:
                    t.start()
                """;
        assertEquals(List.of("0.000 print a 0", "0.000 print b 0", "0.000 print c 0", "0.000 print a 1",
                "0.000 print b 1", "0.000 print c 1", "0.000 end 0"), prints(src));
    }

    @Test
    void equalDeadlinesWakeInTheOrderTheyWereComputed() {
        String src = """
                import threading, time
                def w(n, d):
                    time.sleep(d)
                    print(n)
                threading.Thread(target=w, args=("first", 1.0)).start()
                time.sleep(0.5)
                threading.Thread(target=w, args=("second", 0.5)).start()
                threading.Thread(target=w, args=("third", 0.5)).start()
                """;
        assertEquals(List.of("1.000 print first", "1.000 print second", "1.000 print third", "1.000 end 0"),
                prints(src));
    }

    @Test
    void exitReportsTheExceptionThenJoinsNonDaemonThreadsAndAbandonsDaemons() {
        String src = """
                import threading, time
                def slow(msg, d):
                    time.sleep(d)
                    print(msg)
                threading.Thread(target=slow, args=("worker done", 1)).start()
                threading.Thread(target=slow, args=("daemon never prints", 2), daemon=True).start()
                raise KeyError("main fails")
                """;
        assertEquals(List.of("0.000 !KeyError: 'main fails'", "1.000 print worker done", "1.000 end 1"), prints(src));
    }

    @Test
    void aDeadlockNamesWhatEachThreadWaitsFor() {
        String src = """
                import threading
                ev = threading.Event()
                t = threading.Thread(target=ev.wait, name="waiter")
                t.start()
                t.join()
                """;
        assertEquals(List.of(
                "0.000 deadlock: MainThread waits for Thread.join()\nwaiter waits for Event.wait()",
                "10000.000 !Timeout: virtual time limit",
                "10000.000 end 3"),
                KernelLog.log(src, l -> l.contains("deadlock") || l.contains(" !") || l.contains(" end ")));
    }
}
