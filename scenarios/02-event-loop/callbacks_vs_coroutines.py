"""Callback hell vs coroutines

The same three-stage job written twice: with callbacks each stage schedules
the next one and the logic is split across functions; with a coroutine it
reads top to bottom, and each await hands control back to the loop.
"""
import asyncio


def step1(response):
    return response + " -> step1"


def step2(response):
    return response + " -> step2"


def step3(response):
    print("result:", response)


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
    step3(response3)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    callback_style(loop, done)
    await done
    await loop.create_task(three_stages("request1"))


asyncio.run(main())
