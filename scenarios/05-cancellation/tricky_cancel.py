"""Cancellation corner cases

A task cancelled before its first step never runs a line; cancel() on a
sleeping task lands at its await; a task may catch CancelledError and go on;
cancelling an awaited task cancels the awaiter's wait too.

Narration:
  L39: cancelled before its first step: it never runs a line
  L47: cancel() on a sleeping task lands at its await
  L32: a task may catch CancelledError and carry on
  L61: cancelling the waiter also cancels what it waits for
  L63: the inner task is cancelled first, the waiter after it
"""
import asyncio


async def worker(name, delay):
    print(name, "starts")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as exc:
        print(name, "cancelled with", exc.args)
        raise
    print(name, "finished")
    return name


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores the first cancel")
    await asyncio.sleep(0.5)
    return "stubborn done"


async def main():
    early = asyncio.create_task(worker("early", 1))
    print("cancel before start:", early.cancel())
    try:
        await early
    except asyncio.CancelledError:
        print("early cancelled:", early.cancelled())

    late = asyncio.create_task(worker("late", 2))
    await asyncio.sleep(0.5)
    late.cancel("stop now")
    try:
        await late
    except asyncio.CancelledError:
        print("late cancelled:", late.cancelled(), "cancelling:", late.cancelling())

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    s.cancel()
    print(await s, "| cancelled?", s.cancelled())

    inner = asyncio.create_task(worker("inner", 5))
    waiter = asyncio.create_task(asyncio.wait_for(inner, None))
    await asyncio.sleep(0.2)
    waiter.cancel()
    await asyncio.sleep(0)
    print("waiter:", waiter.cancelled(), "inner:", inner.cancelled())
    await asyncio.sleep(0)
    print("after one more iteration inner:", inner.cancelled())


asyncio.run(main())
