"""Timers due at the same instant

Five call_later(1) fire in the order they were scheduled; five call_at(t + 1)
computed from one shared reading are exact ties and keep heapq's order, as in
CPython. Callbacks due together run in the same loop iteration, before the
tasks they wake.

Narration:
  L31: five call_later(1): each deadline from its own reading
  L38: one shared reading: exact ties keep heapq's order
  L44: a callback due with three sleeping tasks: it runs first
  L50: call_later(0) is a timer: it waits for the next turn
  L52: sleep(0) yields to the loop exactly once
"""
import asyncio


def cb(label, order):
    order.append(label)


async def sleeper(name, order):
    await asyncio.sleep(1)
    order.append(name)


async def main():
    loop = asyncio.get_running_loop()
    order = []
    for i in range(5):
        loop.call_later(1, cb, i, order)
    await asyncio.sleep(1.5)
    print("call_later:", order)

    order = []
    t = loop.time()
    for i in range(5):
        loop.call_at(t + 1, cb, i, order)
    await asyncio.sleep(1.5)
    print("call_at, one reading:", order)

    order = []
    tasks = [asyncio.create_task(sleeper(n, order)) for n in "abc"]
    loop.call_later(1, cb, "callback", order)
    await asyncio.gather(*tasks)
    print("tasks vs callback:", order)

    order = []
    loop.call_soon(cb, "soon1", order)
    loop.call_later(0, cb, "later0", order)
    loop.call_soon(cb, "soon2", order)
    await asyncio.sleep(0)
    print("after sleep(0):", order)
    await asyncio.sleep(0)
    print("after another:", order)


asyncio.run(main())
