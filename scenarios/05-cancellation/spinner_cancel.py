"""The spinner: a task cancelled while it sleeps

supervisor starts a spinner task that writes a frame every 0.1 s, then awaits
a slow function (3 s). When it returns, it cancels the spinner: the
CancelledError lands at the spinner's next await.

Narration:
  L38: the spinner becomes a task: it runs when main awaits
  L23: between frames the spinner awaits: the loop is free
  L32: the slow function waits 3 s for pretend I/O
  L41: cancel() asks; CancelledError lands at the spinner's await
  L25: the spinner catches it, breaks out and says goodbye
"""
import asyncio
import itertools


async def spin(msg):
    for char in itertools.cycle("|/-\\"):
        status = char + " " + msg
        print(status)
        try:
            await asyncio.sleep(0.1)
        except asyncio.CancelledError:
            print("cancelled")
            break
    print("end spin")


async def slow_function():
    print("start IO")
    await asyncio.sleep(3)
    print("end IO")
    return 42


async def supervisor():
    spinner = asyncio.ensure_future(spin("thinking!"))
    print("spinner object:", spinner.get_name())
    result = await slow_function()
    spinner.cancel()
    await asyncio.sleep(0)
    return result


def main():
    loop = asyncio.new_event_loop()
    result = loop.run_until_complete(supervisor())
    loop.close()
    print("answer:", result)


if __name__ == "__main__":
    main()
