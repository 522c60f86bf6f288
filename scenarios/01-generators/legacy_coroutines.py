"""Generator-based coroutines next to async def

Before async/await, a coroutine was a generator: `yield from` hands control
down a chain of generators to the innermost one, which yields to the loop
(`@asyncio.coroutine` marked such generators; Python 3.11 removed it). The
seed's func1/func2 are written both ways. In generators, a twenty-line loop
drives them: the innermost sleep() yields its wake-up time, the loop waits for
the earliest and resumes that generator with next(). In native, asyncio does
the same for `async def` and `await`. Both print 1 3, then 2 4 at 2 s.

Variants: generators, native
Compare: generators, native
Narration:
  L31: sleep() yields its wake-up time all the way up to the loop
  L36: `yield from` passes control down to sleep() and back
  L51: the loop pops the generator that wakes first
  L52: and waits for it: time.sleep, nobody else has work
  L54: next() resumes the whole chain where it paused
  L68: the same coroutine today: async def, await
  L79: asyncio.gather plays the part of our little loop
"""
import asyncio
import heapq
import time


# --- yesterday: generators and a loop of our own -------------------------

def sleep(delay):
    # the innermost generator: tell the loop when to wake us, then wait
    yield time.monotonic() + delay


def func1():
    print(1)
    yield from sleep(2)
    print(2)


def func2():
    print(3)
    yield from sleep(2)
    print(4)


def run_until_complete(*coroutines):
    sleeping = []  # a heap of (wake-up time, arrival order, generator)
    for order, coro in enumerate(coroutines):
        heapq.heappush(sleeping, (0, order, coro))
    while sleeping:
        wake_at, order, coro = heapq.heappop(sleeping)
        time.sleep(max(0, wake_at - time.monotonic()))
        try:
            wake_at = next(coro)
        except StopIteration:
            continue
        heapq.heappush(sleeping, (wake_at, order, coro))


def generators():
    run_until_complete(func1(), func2())


# --- today: async def, await, asyncio ---------------------------------------

async def native_func1():
    print(1)
    await asyncio.sleep(2)
    print(2)


async def native_func2():
    print(3)
    await asyncio.sleep(2)
    print(4)


async def native():
    await asyncio.gather(native_func1(), native_func2())


if __name__ == "__main__":
    generators()
    asyncio.run(native())
