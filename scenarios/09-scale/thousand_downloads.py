"""A thousand downloads: one by one, a pool of threads, or asyncio

Each download waits 0.5 s for the network. One after another, 1,000 of them
take 500 s. A pool of 100 threads runs 100 at a time: 5 s, for the price of
100 OS threads. asyncio starts all 1,000 as tasks on one thread: 0.5 s, since
a waiting task costs only a small object. Progress is printed every 100.

Variants: sequential_main, threads_main, async_main
Compare: threads_main, async_main
Narration:
  L32: a blocking download holds its thread for 0.5 s
  L38: one after another: 1,000 × 0.5 s
  L46: 100 threads: 100 downloads at a time
  L53: a waiting task costs only a small object
  L59: all 1,000 tasks wait at the same time
  L62: time.perf_counter() reads the virtual clock
"""
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

COUNT = 1000
DELAY = 0.5


def report(done, t0):
    if done % 100 == 0:
        print(f"{done:5} done at {time.perf_counter() - t0:6.1f} s")


def download(n):
    time.sleep(DELAY)
    return n


def sequential_main():
    t0 = time.perf_counter()
    for n in range(COUNT):
        download(n)
        report(n + 1, t0)
    print(f"{COUNT} downloads in {time.perf_counter() - t0:.1f} s")


def threads_main():
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=100) as pool:
        for n in pool.map(download, range(COUNT)):
            report(n + 1, t0)
    print(f"{COUNT} downloads in {time.perf_counter() - t0:.1f} s")


async def download_async(n):
    await asyncio.sleep(DELAY)
    return n


async def async_main():
    t0 = time.perf_counter()
    results = await asyncio.gather(*[download_async(n) for n in range(COUNT)])
    for n in results:
        report(n + 1, t0)
    print(f"{COUNT} downloads in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    asyncio.run(async_main())
