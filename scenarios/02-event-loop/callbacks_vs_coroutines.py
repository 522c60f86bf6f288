"""Callback hell vs coroutines

The same three-stage job written twice: with callbacks each stage schedules
the next one and the logic is split across functions; with a coroutine it
reads top to bottom, and each await hands control back to the loop. Callbacks
do not disappear: add_done_callback asks the loop to call a function when the
task is done, and the loop schedules it before the awaiting coroutine resumes.

Narration:
  L50: callback style: each stage must name the next one
  L34: the API answers later by calling the callback
  L48: the last stage signals the end by hand
  L59: coroutine style: the same steps, top to bottom
  L77: add_done_callback: call report() when the task ends
  L79: the done callback was scheduled first, so it ran first
"""
import asyncio


def step1(response):
    return response + " -> step1"


def step2(response):
    return response + " -> step2"


def step3(response):
    print("result:", response)
    return response


def api_call(loop, request, callback, delay):
    loop.call_later(delay, callback, request + " (api)")


def callback_style(loop, done):
    def stage1(response1):
        request2 = step1(response1)
        api_call(loop, request2, stage2, 0.2)

    def stage2(response2):
        request3 = step2(response2)
        api_call(loop, request3, stage3, 0.3)

    def stage3(response3):
        step3(response3)
        done.set_result(None)

    api_call(loop, "request1", stage1, 0.1)


async def api(request, delay):
    await asyncio.sleep(delay)
    return request + " (api)"


async def three_stages(request1):
    response1 = await api(request1, 0.1)
    request2 = step1(response1)
    response2 = await api(request2, 0.2)
    request3 = step2(response2)
    response3 = await api(request3, 0.3)
    return step3(response3)


def report(task):
    print("done callback:", task.get_name(), "finished")


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    callback_style(loop, done)
    await done
    task = loop.create_task(three_stages("request1"), name="three_stages")
    task.add_done_callback(report)
    await task
    print("main: the task is done")


asyncio.run(main())
