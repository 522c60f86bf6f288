"""Await chains: a coroutine waiting for another

`await others()` runs the other coroutine to completion before going on, and
hands back its return value. Two awaits in a row take 2 + 2 seconds.

Narration:
  L24: await runs others() to its end, right here
  L17: the whole chain is suspended for 2 s
  L19: the return value becomes the value of the await
  L26: a second await: 2 more seconds, one after the other
"""
import asyncio


async def others():
    print("start")
    await asyncio.sleep(2)
    print("end")
    return "Return value"


async def func():
    print("Start execution func")
    response1 = await others()
    print("IO Request ended with:", response1)
    response2 = await others()
    print("IO Request ended with:", response2)


asyncio.run(func())
