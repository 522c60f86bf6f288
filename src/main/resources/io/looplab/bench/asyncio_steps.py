"""asyncio benchmark: 100,000 tasks, each awaiting asyncio.sleep(0) ten times, gathered.

One million task steps; prints a checksum.
"""
import asyncio


async def worker(i):
    for _ in range(10):
        await asyncio.sleep(0)
    return i


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(100_000)]
    results = await asyncio.gather(*tasks)
    print("tasks", len(results), "checksum", sum(results))


asyncio.run(main())
