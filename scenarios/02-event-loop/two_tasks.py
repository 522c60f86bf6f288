"""Two tasks: why it prints 1 1 2 2

create_task() schedules a coroutine to start soon; it does not run it. main
keeps going until it awaits. Then task1 runs until its sleep, task2 runs until
its sleep, both sleep for 2 seconds *at the same time*, and both finish.

Narration:
  L26: create_task schedules func(); it does not run it yet
  L28: main keeps going: both tasks are still only ready
  L29: main awaits task1: now the loop runs the ready tasks
  L19: each task runs until its sleep: 1, then 1 again
  L20: both slept at the same time: 2, 2 at t = 2 s
"""
import asyncio


async def func():
    print(1)
    await asyncio.sleep(2)
    print(2)
    return "Return value"


async def main():
    print("main Begin")
    task1 = asyncio.create_task(func())
    task2 = asyncio.create_task(func())
    print("main End")
    ret1 = await task1
    ret2 = await task2
    print(ret1, ret2)


asyncio.run(main())
