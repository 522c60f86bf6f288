"""A CPU-bound coroutine freezes the loop; offloading it does not

The ticker task should print every 0.1 s. In frozen, a coroutine does 0.3 s of
computation itself: the event loop cannot run anything else meanwhile, so the
ticks stop. In offloaded, the same work runs on a pool thread with
run_in_executor: the loop keeps ticking, a little late, because the two threads
share the GIL (the worker is forced to hand it over after 5 ms).

Variants: frozen, offloaded
Compare: frozen, offloaded
Narration:
  L23: 0.3 s of computation, holding the GIL
  L29: the ticker should tick every 0.1 s
  L36: frozen: the loop's own thread computes: no ticks
  L44: offloaded: a pool thread computes, the loop ticks on
"""
import asyncio

from looplab import cpu


def crunch_numbers():
    cpu(0.3)
    return 42


async def ticker():
    for i in range(5):
        print(f"tick {i}")
        await asyncio.sleep(0.1)


async def frozen():
    ticks = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print("result:", crunch_numbers())
    await ticks


async def offloaded():
    ticks = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    print("result:", await loop.run_in_executor(None, crunch_numbers))
    await ticks


if __name__ == "__main__":
    asyncio.run(frozen())
