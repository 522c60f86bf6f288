"""The class-data archive's training run: loads what benchmark runs load (see ClassDataArchive)."""
import asyncio


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


async def worker(i):
    for _ in range(3):
        await asyncio.sleep(0)
    return f"{i}:{fib(12)}"


async def main():
    print(await asyncio.gather(*[asyncio.create_task(worker(i)) for i in range(300)]))


asyncio.run(main())
