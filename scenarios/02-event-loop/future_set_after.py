"""A future set by another task

A Future is a box for a result that does not exist yet. main creates one,
starts a task that fills it after 2 seconds, and awaits it.

Narration:
  L22: a Future: an empty box for a result to come
  L24: main waits for the task that will fill it
  L17: another task puts the result in, after 2 s
  L25: the future is done already: await returns at once
"""
import asyncio


async def set_after(fut):
    await asyncio.sleep(2)
    fut.set_result("success")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("future done?", fut.done())
    await loop.create_task(set_after(fut))
    data = await fut
    print(data, "- future done?", fut.done())


asyncio.run(main())
