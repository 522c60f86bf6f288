"""Five sleepers: threads, tasks, or one after another

Five jobs that each wait 1 second. Five threads sleep at the same time (a
sleeping thread releases the GIL); five asyncio tasks await at the same time on
one thread; run one after another they take 5 seconds.

Variants: threads_main, async_main, sequential_main
Compare: threads_main, async_main
Narration:
  L22: a thread that sleeps releases the GIL
  L36: five threads sleep at the same time: 1 s in all
  L44: five tasks await at the same time on one thread
  L51: one after another: 5 s
"""
import asyncio
import threading
import time


def sleeper(n):
    print(f"sleeper {n}: start")
    time.sleep(1)
    print(f"sleeper {n}: done")


async def async_sleeper(n):
    print(f"sleeper {n}: start")
    await asyncio.sleep(1)
    print(f"sleeper {n}: done")


def threads_main():
    t0 = time.perf_counter()
    threads = [threading.Thread(target=sleeper, args=(n,)) for n in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"threads: {time.perf_counter() - t0:.1f} s")


async def async_main():
    t0 = time.perf_counter()
    await asyncio.gather(*(async_sleeper(n) for n in range(5)))
    print(f"tasks: {time.perf_counter() - t0:.1f} s")


def sequential_main():
    t0 = time.perf_counter()
    for n in range(5):
        sleeper(n)
    print(f"sequential: {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    threads_main()
