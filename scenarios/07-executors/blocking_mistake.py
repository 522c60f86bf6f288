"""The blocking-call mistake, and two ways out

Three downloads, and a ticker that should tick every 0.3 s. fetch() stands for
a library without asyncio support (like requests.get): it blocks its thread.
In blocking, the coroutines call it directly: the one thread that runs the
event loop is stuck, so the downloads run one after another and the ticker
goes silent for 3 seconds. In awaiting, the download awaits a non-blocking
call (asyncio.sleep stands for an asyncio HTTP client). In offloaded, the
blocking call runs on the default thread pool with run_in_executor, and the
loop stays free. Both fixes take 1 second instead of 3.

Variants: blocking, awaiting, offloaded
Compare: blocking, offloaded
Narration:
  L29: a blocking call: this thread can do nothing else
  L35: the ticker shows whether the loop is free
  L41: the mistake: a blocking call inside a coroutine
  L47: fix 1: await a non-blocking call
  L54: fix 2: run the blocking call on a pool thread
  L60: all three downloads are started together
"""
import asyncio
import time

URLS = ["a.jpg", "b.jpg", "c.jpg"]


def fetch(url):
    time.sleep(1)  # blocking network I/O, as in requests.get(url)
    return url + " 200 OK"


async def ticker():
    while True:
        print("tick")
        await asyncio.sleep(0.3)


async def download_blocking(url):
    print("start", url)
    response = fetch(url)
    print("done ", response)


async def download_awaiting(url):
    print("start", url)
    await asyncio.sleep(1)
    print("done ", url + " 200 OK")


async def download_offloaded(url):
    print("start", url)
    loop = asyncio.get_running_loop()
    response = await loop.run_in_executor(None, fetch, url)
    print("done ", response)


async def download_all(download):
    ticks = asyncio.create_task(ticker())
    await asyncio.gather(*[download(url) for url in URLS])
    ticks.cancel()


async def blocking():
    await download_all(download_blocking)


async def awaiting():
    await download_all(download_awaiting)


async def offloaded():
    await download_all(download_offloaded)


if __name__ == "__main__":
    asyncio.run(blocking())
