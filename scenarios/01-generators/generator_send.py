"""Generators as coroutines: send() and the value of yield

Before async/await, a generator that receives values with send() was the way
to write a coroutine. next() starts it; each send() resumes it with a value;
when it returns, StopIteration carries the return value.

Narration:
  L31: next() runs the generator up to its first yield
  L22: yield hands out the average, then waits for send()
  L33: send(v) resumes it: v becomes the value of yield
  L24: return ends it: StopIteration carries the value
  L42: yield from pipes each send() into the sub-generator
  L51: the sub-generator's return value lands in results
"""


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count


coro = averager()
print("primed:", next(coro))
for v in [10, 30, 5]:
    print("sent", v, "-> average", coro.send(v))
try:
    coro.send(None)
except StopIteration as exc:
    print("finished with", exc.value)


def delegator(results):
    while True:
        results.append((yield from averager()))


results = []
group = delegator(results)
next(group)
for v in [1, 2, 3]:
    group.send(v)
group.send(None)
print("results:", results)
