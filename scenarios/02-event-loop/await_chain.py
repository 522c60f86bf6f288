"""Await chains: a coroutine waiting for another

`await others()` runs the other coroutine to completion before going on, and
hands back its return value. Two awaits in a row take 2 + 2 seconds.
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
