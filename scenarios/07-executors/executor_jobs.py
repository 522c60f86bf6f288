"""Blocking jobs in a thread pool: run_in_executor

Four blocking downloads (time.sleep stands for blocking I/O) are handed to a
thread pool with loop.run_in_executor, so the event loop stays free: the ticker
task keeps ticking. With the default executor (min(32, cpu_count + 4) = 8
workers) all four run at once; with a 2-worker pool the other jobs wait in the
pool's queue until a worker is free. Each finished job hands its result back to
the loop thread, which resumes the awaiting coroutine.

Variants: default_pool, two_workers
Compare: default_pool, two_workers
Narration:
  L28: a blocking download: it holds its pool thread
  L43: each job goes to a pool thread; the loop stays free
  L36: the ticker keeps ticking while the jobs block
  L53: two workers: the other jobs wait in the pool's queue
  L45: gather returns the sizes in the order of the jobs
"""
import asyncio
import concurrent.futures
import time

JOBS = [("a.gif", 1.0), ("b.gif", 0.6), ("c.gif", 0.8), ("d.gif", 0.3)]


def download(name, seconds):
    print(f"{name}: start")
    time.sleep(seconds)
    print(f"{name}: done")
    return round(seconds * 1000)


async def ticker():
    while True:
        await asyncio.sleep(0.45)
        print("tick")


async def fetch_all(pool):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ticks = asyncio.create_task(ticker())
    sizes = await asyncio.gather(*[loop.run_in_executor(pool, download, name, secs) for name, secs in JOBS])
    ticks.cancel()
    print(f"sizes {sizes} in {loop.time() - t0:.2f} s")


async def default_pool():
    await fetch_all(None)


async def two_workers():
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        await fetch_all(pool)


if __name__ == "__main__":
    asyncio.run(default_pool())
