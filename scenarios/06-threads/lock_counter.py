"""A shared counter: threads lose updates unless a lock protects them

Four threads each add 1 to a shared counter three times. Each one reads the
counter, waits a little (time.sleep: another thread runs meanwhile), then writes
the value it read plus one. Without the lock, the threads overwrite each other's
updates; with it, the read-wait-write is done by one thread at a time and the
count is right (but takes longer).

Variants: with_lock, without_lock
Compare: without_lock, with_lock
Narration:
  L27: read the shared counter...
  L28: ...wait a little: another thread runs meanwhile...
  L29: ...and write back a stale value: updates are lost
  L36: with the lock, read-wait-write is one thread at a time
  L48: without the lock the count comes out short of 12
"""
import threading
import time

counter = 0
lock = threading.Lock()


def add_one(name):
    global counter
    value = counter
    time.sleep(0.01)
    counter = value + 1
    print(f"{name}: counter = {counter}")


def worker(name, use_lock):
    for _ in range(3):
        if use_lock:
            with lock:
                add_one(name)
        else:
            add_one(name)


def run(use_lock):
    threads = [threading.Thread(target=worker, args=(f"worker {n}", use_lock)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"final counter: {counter} (expected 12)")


def with_lock():
    run(True)


def without_lock():
    run(False)


if __name__ == "__main__":
    with_lock()
