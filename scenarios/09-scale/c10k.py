"""C10K: ten thousand connections on one thread

A server holds 10,000 open connections; each client sends its request after
1 s. asyncio serves them all with one thread: a waiting connection is a small
coroutine object (a few KB), so 10,000 of them fit easily, and all are served
at 1 s. One thread per connection also finishes at 1 s, but each thread
reserves a stack (8 MiB of address space by default on Linux): 10,000 threads
reserve about 78 GiB, which is why servers cap their thread pools. A pool of
200 threads needs only 1.6 GiB but serves 200 connections at a time: 50 s.
The memory figures are estimates computed from those sizes, not measured.

Variants: async_main, thread_per_connection, thread_pool
Compare: thread_pool, async_main
Narration:
  L41: a waiting connection: a suspended coroutine
  L47: all 10,000 handlers wait at once, on one thread
  L52: a waiting connection: a whole blocked OS thread
  L59: one thread per connection: 10,000 stacks
  L70: a capped pool: 200 at a time, 50 s
  L34: memory is estimated from the sizes above, not measured
"""
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

CONNECTIONS = 10_000
WAIT = 1.0              # each client sends its request after 1 s
POOL = 200              # threads in a capped pool
STACK_MIB = 8           # default thread stack reservation on Linux (ulimit -s)
COROUTINE_KIB = 2       # rough size of a suspended coroutine and its task


def report(served, t0, threads, mib):
    took = time.perf_counter() - t0
    print(f"{served} connections served in {took:.1f} s")
    print(f"threads: {threads}, memory for waiting: about {mib:,.0f} MiB")


async def handle_async(n):
    await asyncio.sleep(WAIT)
    return 1


async def async_main():
    t0 = time.perf_counter()
    served = await asyncio.gather(*[handle_async(n) for n in range(CONNECTIONS)])
    report(sum(served), t0, 1, CONNECTIONS * COROUTINE_KIB / 1024)


def handle(n, served):
    time.sleep(WAIT)
    served.append(n)


def thread_per_connection():
    t0 = time.perf_counter()
    served = []
    threads = [threading.Thread(target=handle, args=(n, served)) for n in range(CONNECTIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    report(len(served), t0, CONNECTIONS, CONNECTIONS * STACK_MIB)


def thread_pool():
    t0 = time.perf_counter()
    served = []
    with ThreadPoolExecutor(max_workers=POOL) as pool:
        for n in range(CONNECTIONS):
            pool.submit(handle, n, served)
    report(len(served), t0, POOL, POOL * STACK_MIB)


if __name__ == "__main__":
    asyncio.run(async_main())
