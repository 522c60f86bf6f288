"""wait_for and timeout: who wins a tie

A deadline computed before a sleep that ends at the same instant wins, so
wait_for(sleep(1), 1) times out and so does timeout(1) around sleep(1). A job
that finishes earlier returns its result; cancelling the caller during
wait_for cancels the job too.

Narration:
  L28: the job beats the deadline: wait_for returns its result
  L30: a tie: the deadline was computed first, so it wins
  L34: timeout() around sleep(1): the same tie, same winner
  L45: cancelling the caller cancels the job it waits for
  L50: a job that needs no time finishes before the deadline
"""
import asyncio


async def job(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise
    return name + " result"


async def main():
    print(await asyncio.wait_for(job("fast", 0.5), timeout=1))
    try:
        await asyncio.wait_for(job("tie", 1), timeout=1)
    except TimeoutError:
        print("tie: TimeoutError")
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("timeout(1) around sleep(1): TimeoutError")
    async with asyncio.timeout(2) as cm:
        await asyncio.sleep(1)
    print("within time, expired:", cm.expired())

    caller = asyncio.create_task(asyncio.wait_for(job("slow", 10), timeout=5))
    await asyncio.sleep(1)
    caller.cancel()
    try:
        await caller
    except asyncio.CancelledError:
        print("caller cancelled at", round(asyncio.get_running_loop().time(), 3))
    print(await asyncio.wait_for(job("zero", 0), timeout=0.1))


asyncio.run(main())
