"""Queues, locks, events, conditions and semaphores

A producer fills a bounded queue; two consumers drain it; join() waits until
every item is marked done. A Lock serialises a critical section, an Event
releases all waiters at once, a Condition wakes one waiter at a time.

Narration:
  L54: a bounded queue: put() waits while it is full
  L28: consumers wait for items; task_done() marks each
  L57: join() waits until every item is marked done
  L35: a Lock lets one task at a time into the section
  L70: an Event releases all its waiters at once
  L80: a Condition wakes one waiter at a time
  L90: a BoundedSemaphore refuses one release too many
"""
import asyncio


async def producer(q):
    for i in range(6):
        await q.put(i)
        print(f"put {i} (size {q.qsize()})")
    print("producer done")


async def consumer(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.3 if name == "A" else 0.5)
        print(f"{name} handled {item}")
        q.task_done()


async def critical(name, lock, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.1)
        log.append(name + " out")


async def waiter(name, event):
    await event.wait()
    print(name, "released")


async def cond_waiter(name, cond, state):
    async with cond:
        await cond.wait_for(lambda: state["ready"] >= 1)
        state["ready"] -= 1
        print(name, "took a token")


async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(n, q)) for n in "AB"]
    await producer(q)
    await q.join()
    print("queue joined")
    for c in consumers:
        c.cancel()

    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(critical(n, lock, log) for n in "xyz"))
    print(log)

    event = asyncio.Event()
    ws = [asyncio.create_task(waiter(n, event)) for n in ("w1", "w2")]
    await asyncio.sleep(0.2)
    event.set()
    await asyncio.gather(*ws)

    cond = asyncio.Condition()
    state = {"ready": 0}
    cs = [asyncio.create_task(cond_waiter(n, cond, state)) for n in ("c1", "c2")]
    for _ in range(2):
        await asyncio.sleep(0.1)
        async with cond:
            state["ready"] += 1
            cond.notify()
    await asyncio.gather(*cs)

    sem = asyncio.BoundedSemaphore(2)
    async def limited(n):
        async with sem:
            print("enter", n, "locked?", sem.locked())
            await asyncio.sleep(0.2)
    await asyncio.gather(*(limited(n) for n in range(4)))
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
