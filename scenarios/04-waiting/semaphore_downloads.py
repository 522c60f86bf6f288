"""Semaphore-limited downloads with as_completed

Twenty flags, at most five downloads at a time. as_completed yields the
results in the order they finish; a failed download is reported and counted.

Narration:
  L48: twenty downloads start as tasks at once...
  L36: ...but the semaphore lets only five in at a time
  L30: one flag does not exist: its download fails
  L39: the error is wrapped, keeping its cause
  L49: as_completed hands back each download as it finishes
  L53: the failure is reported and counted, the rest go on
"""
import asyncio
import collections

POP20_CC = ("CN IN US ID BR PK NG BD RU JP "
            "MX PH VN ET EG DE IR TR CD FR").split()
DELAY = {cc: round(0.2 + (i * 37 % 23) * 0.131 + i * 0.0017, 4) for i, cc in enumerate(sorted(POP20_CC))}


class FetchError(Exception):
    def __init__(self, country_code):
        self.country_code = country_code


async def get_flag(cc):
    await asyncio.sleep(DELAY[cc])
    if cc == "CD":
        raise LookupError("404 Not Found")
    return cc.lower() + ".gif"


async def download_one(cc, semaphore):
    try:
        async with semaphore:
            image = await get_flag(cc)
    except Exception as exc:
        raise FetchError(cc) from exc
    print(cc, "OK", image)
    return cc


async def downloader(cc_list, concur_req):
    counter = collections.Counter()
    semaphore = asyncio.Semaphore(concur_req)
    # tasks, not bare coroutines: as_completed would wrap coroutines in an order CPython leaves undefined
    todo = [asyncio.create_task(download_one(cc, semaphore)) for cc in sorted(cc_list)]
    for future in asyncio.as_completed(todo):
        try:
            await future
        except FetchError as exc:
            print("*** Error for", exc.country_code + ":", exc.__cause__.args[0])
            counter["error"] += 1
        else:
            counter["ok"] += 1
    return counter


def main():
    loop = asyncio.new_event_loop()
    counts = loop.run_until_complete(downloader(POP20_CC, 5))
    loop.close()
    print(dict(counts))


main()
