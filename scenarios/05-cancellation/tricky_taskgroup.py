"""TaskGroup: one child fails, the group cancels the rest

The failing child's exception cancels its siblings and the body of the
async with; the group then raises an ExceptionGroup with what went wrong.

Narration:
  L28: a TaskGroup waits for all its children at the end
  L36: one child fails after 0.3 s...
  L19: ...so the group cancels its siblings and its body
  L41: then raises an ExceptionGroup with the failure
"""
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail:
        raise ValueError(name + " failed")
    print(name, "done")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.1))
        b = tg.create_task(job("b", 0.2))
    print("all fine:", a.result(), b.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow1", 1))
            tg.create_task(job("boom", 0.3, fail=True))
            tg.create_task(job("slow2", 2))
            await asyncio.sleep(5)
            print("body not finished")
    except ExceptionGroup as eg:
        print("caught:", eg, [str(e) for e in eg.exceptions])


asyncio.run(main())
