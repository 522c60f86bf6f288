"""CPU-bound work on threads: no speed-up

Two jobs of one second of computation each. On two threads they still take two
seconds: only the thread holding the GIL runs Python code, and the holder is
forced to hand it over every 5 ms when the other thread wants it, so they take
turns. Compare with five_sleepers.py, where threads do overlap: a thread that
waits for I/O releases the GIL.

Variants: threads_main, sequential_main
Compare: sequential_main, threads_main
"""
import threading
import time

from looplab import cpu


def crunch(n):
    print(f"job {n}: start")
    cpu(1.0)
    print(f"job {n}: done")


def threads_main():
    t0 = time.perf_counter()
    jobs = [threading.Thread(target=crunch, args=(n,)) for n in range(2)]
    for t in jobs:
        t.start()
    for t in jobs:
        t.join()
    print(f"threads: {time.perf_counter() - t0:.1f} s")


def sequential_main():
    t0 = time.perf_counter()
    for n in range(2):
        crunch(n)
    print(f"sequential: {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    threads_main()
