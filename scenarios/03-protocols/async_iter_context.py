"""Async iterators and async context managers

`async for` calls __anext__ and awaits it; `async with` awaits __aenter__ and
__aexit__. Each await is a point where other tasks may run.

Narration:
  L67: async for calls __anext__ and awaits it each time
  L25: each line takes 0.5 s to read
  L37: StopAsyncIteration ends the async for
  L69: async with awaits __aenter__: connecting takes 1 s
  L54: __aexit__ is awaited too, even after an error
  L63: an async generator: the easy way to write __anext__
"""
import asyncio


class Reader:
    """An asynchronous iterator (and asynchronous iterable)."""

    def __init__(self, lines):
        self.count = 0
        self.lines = lines

    async def readline(self):
        await asyncio.sleep(0.5)
        self.count += 1
        if self.count > self.lines:
            return None
        return self.count

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val is None:
            raise StopAsyncIteration
        return val


class Connection:
    """An asynchronous context manager."""

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("connecting", self.name)
        await asyncio.sleep(1)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.5)
        print("closed", self.name, "after", exc_type.__name__ if exc_type else "no error")

    async def query(self):
        return 666


async def ticks():
    for counter in (1, 2, 3):
        await asyncio.sleep(0.7)
        yield counter


async def main():
    async for item in Reader(3):
        print("line", item)
    async with Connection("db") as conn:
        print("query ->", await conn.query())
    print([t async for t in ticks()])


asyncio.run(main())
