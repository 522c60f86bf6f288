"""Cancellation in depth: finally, shield and TaskGroup

cancel() does not stop a task on the spot: it throws CancelledError into the
task at its current await, so `finally` blocks and `async with` exits run, and
they may even await. shield() keeps an inner task running when its awaiter is
cancelled (the awaiter still gets CancelledError). A TaskGroup cancels the
other children when one fails, runs their cleanup, then raises an
ExceptionGroup.

Narration:
  L58: cancel() only asks: CancelledError lands at the next await
  L28: finally runs, and may await its own cleanup
  L40: shield: the caller is cancelled, the save goes on
  L35: the shielded save finishes on its own
  L76: a TaskGroup: one child fails...
  L50: ...so the group cancels its siblings
  L80: then it raises an ExceptionGroup of the failures
"""
import asyncio


async def download():
    try:
        print("  download: started")
        await asyncio.sleep(10)
        print("  download: finished")  # never reached
    finally:
        print("  download: cleaning up")
        await asyncio.sleep(0.5)  # cleanup may await too
        print("  download: closed the connection")


async def save():
    await asyncio.sleep(1)
    print("  save: written to disk")
    return "saved"


async def request():
    await asyncio.shield(asyncio.create_task(save()))


async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(name + " failed")
        print("  worker", name, "done")
    except asyncio.CancelledError:
        print("  worker", name, "cancelled")
        raise


async def main():
    print("1. finally runs when a task is cancelled")
    task = asyncio.create_task(download())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("  main: download is cancelled:", task.cancelled())

    print("2. shield protects the inner task")
    req = asyncio.create_task(request())
    await asyncio.sleep(0.2)
    req.cancel()
    try:
        await req
    except asyncio.CancelledError:
        print("  main: request cancelled, the save goes on")
    await asyncio.sleep(1)

    print("3. TaskGroup: one failure cancels the siblings")
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(worker("a", 0.5))
            group.create_task(worker("b", 1, fail=True))
            group.create_task(worker("c", 3))
    except ExceptionGroup as eg:
        print("  main: caught", [str(e) for e in eg.exceptions])


asyncio.run(main())
