"""shield and gather under failure and cancellation

shield() protects the inner task from the caller's cancellation. gather()
returns results in argument order; a failing child propagates its exception
at once while the others keep running; with return_exceptions=True the
exception becomes a result; cancelling a gather cancels its children.

Narration:
  L32: shield: wait_for times out, but inner is not cancelled
  L39: gather returns results in argument order
  L41: one child fails: gather raises at once, others go on
  L45: return_exceptions: the error becomes a result
  L50: cancelling a gather cancels all its children
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
    inner = asyncio.create_task(job("inner", 1))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 0.5))
    try:
        await outer
    except TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

    print(await asyncio.gather(job("c", 0.3), job("a", 0.1), job("b", 0.2)))
    try:
        await asyncio.gather(job("ok1", 0.2), job("bad", 0.1, fail=True), job("ok2", 0.3))
    except ValueError as exc:
        print("gather raised:", exc)
    await asyncio.sleep(0.5)
    results = await asyncio.gather(job("x", 0.1), job("y", 0.2, fail=True), return_exceptions=True)
    print("with return_exceptions:", results)

    g = asyncio.gather(job("p", 1), job("q", 2))
    await asyncio.sleep(0.5)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())


asyncio.run(main())
