"""An event loop from scratch: round-robin over generators

The idea behind asyncio in thirty lines. Each task is a generator; `yield`
means "I am waiting, let someone else run". The loop keeps a ready queue and
a list of sleepers ordered by wake-up tick, exactly like asyncio keeps its
ready deque and its timer heap.

Narration:
  L42: each task is a generator waiting in the ready queue
  L51: the loop takes the next ready task...
  L53: ...and runs it until it yields a request
  L21: a task asks to sleep by yielding, deep in a chain
  L57: it waits among the sleepers for its wake-up tick
  L49: nothing ready: the clock jumps to the next sleeper
  L55: StopIteration: the task is done, keep its result
"""
from collections import deque


def sleep(ticks):
    yield ("sleep", ticks)


def worker(name, steps, pause):
    for i in range(steps):
        print(f"tick {clock}: {name} step {i}")
        yield from sleep(pause)
    print(f"tick {clock}: {name} done")
    return name.upper()


ready = deque()
sleeping = []
results = {}
clock = 0


def spawn(name, gen):
    ready.append((name, gen))


spawn("A", worker("A", 3, 2))
spawn("B", worker("B", 2, 3))
spawn("C", worker("C", 1, 1))

while ready or sleeping:
    if not ready:
        sleeping.sort(key=lambda item: item[0])
        clock, name, gen = sleeping.pop(0)
        ready.append((name, gen))
    name, gen = ready.popleft()
    try:
        request, ticks = next(gen)
    except StopIteration as stop:
        results[name] = stop.value
        continue
    sleeping.append((clock + ticks, name, gen))

print("results:", results)
