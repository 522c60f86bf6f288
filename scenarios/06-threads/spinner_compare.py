"""The spinner twice: a thread told to stop, a task cancelled

Fluent Python's spinner, side by side. A spinner shows a frame every 0.1 s
while slow_function waits 1.25 s for I/O. With threads, the main thread sleeps
(releasing the GIL) while the spinner thread spins; to stop it, the main thread
sets a flag and joins, and the spinner only notices after its current sleep.
With asyncio, slow_function awaits and the spinner task runs meanwhile on the
same thread; cancel() throws CancelledError into the spinner at its await, so
it stops at once.

Variants: threads_main, async_main
Compare: threads_main, async_main
Narration:
  L37: the spinner thread sleeps between frames
  L44: a sleeping thread releases the GIL: the spinner runs
  L53: threads cannot be cancelled: we set a flag...
  L54: ...and wait until the thread notices it
  L64: the spinner task awaits between frames
  L71: awaiting hands the thread back to the loop
  L78: cancel() lands at the spinner's await: it stops now
"""
import asyncio
import itertools
import threading
import time


# --- threads -------------------------------------------------------------

class Signal:
    go = True


def spin(msg, signal):
    for char in itertools.cycle("|/-\\"):
        print(char, msg)
        time.sleep(0.1)
        if not signal.go:
            break
    print("spinner thread: stopped")


def slow_function():
    time.sleep(1.25)  # pretend to wait for I/O
    return 42


def threads_main():
    signal = Signal()
    spinner = threading.Thread(target=spin, args=("thinking!", signal))
    spinner.start()
    result = slow_function()
    signal.go = False
    spinner.join()
    print("Answer:", result)


# --- asyncio -------------------------------------------------------------

async def spin_async(msg):
    for char in itertools.cycle("|/-\\"):
        print(char, msg)
        try:
            await asyncio.sleep(0.1)
        except asyncio.CancelledError:
            break
    print("spinner task: stopped")


async def slow_coroutine():
    await asyncio.sleep(1.25)  # pretend to wait for I/O
    return 42


async def async_main():
    spinner = asyncio.create_task(spin_async("thinking!"))
    result = await slow_coroutine()
    spinner.cancel()
    await spinner
    print("Answer:", result)


if __name__ == "__main__":
    threads_main()
    asyncio.run(async_main())
