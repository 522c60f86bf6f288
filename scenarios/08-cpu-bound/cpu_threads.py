"""CPU-bound work on threads: no speed-up; I/O-bound work: overlap

Two jobs of one second of computation each. On two threads they still take two
seconds: only the thread holding the GIL runs Python code, and the holder is
forced to hand it over every 5 ms when the other thread wants it, so they take
turns. Two jobs that each wait one second for I/O do overlap on two threads
(1 s in all): a thread that waits releases the GIL. One after another, the
CPU-bound jobs take 2 s as well.

Variants: threads_main, io_threads_main, sequential_main
Compare: threads_main, io_threads_main
Narration:
  L27: one second of computation, holding the GIL
  L33: one second of waiting for I/O: the GIL is released
  L41: two threads start: they want the GIL at the same time
  L43: CPU-bound: they take turns every 5 ms, 2 s in all
  L58: one after another: 2 s too, threads gained nothing
"""
import threading
import time

from looplab import cpu


def crunch(n):
    print(f"job {n}: start")
    cpu(1.0)
    print(f"job {n}: done")


def wait_for_io(n):
    print(f"job {n}: start")
    time.sleep(1.0)
    print(f"job {n}: done")


def on_threads(job):
    t0 = time.perf_counter()
    jobs = [threading.Thread(target=job, args=(n,)) for n in range(2)]
    for t in jobs:
        t.start()
    for t in jobs:
        t.join()
    return time.perf_counter() - t0


def threads_main():
    print(f"CPU-bound on threads: {on_threads(crunch):.1f} s")


def io_threads_main():
    print(f"I/O-bound on threads: {on_threads(wait_for_io):.1f} s")


def sequential_main():
    t0 = time.perf_counter()
    for n in range(2):
        crunch(n)
    print(f"CPU-bound, one after another: {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    threads_main()
