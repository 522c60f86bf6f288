"""asyncio.wait with a timeout: done vs pending

Two downloads take 2 seconds each. Waiting with timeout=1 returns after one
second with nothing done: both tasks are still pending. Waiting again without
a timeout collects them.

Narration:
  L24: two downloads of 2 s each start together
  L25: wait gives up after 1 s: nothing is done yet
  L26: the timeout does not cancel the tasks: both pending
  L27: waiting again without a timeout collects both
"""
import asyncio


async def download(name):
    print("start", name)
    await asyncio.sleep(2)
    print("finished", name)
    return name.upper()


async def main():
    tasks = [asyncio.create_task(download(n), name=n) for n in ("n1", "n2")]
    done, pending = await asyncio.wait(tasks, timeout=1)
    print("after 1 s: done", len(done), "pending", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks)
    print("after 2 s: done", sorted(t.result() for t in done), "pending", len(pending))


asyncio.run(main())
