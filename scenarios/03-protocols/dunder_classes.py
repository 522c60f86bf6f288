"""Classes and the dunder protocol

Python calls special methods for you: __init__ when you create an object,
__repr__ when you print it, __eq__ and __lt__ when you compare or sort,
__iter__/__next__ in a for loop, __enter__/__exit__ in a with statement,
__call__ when you call an instance.

Narration:
  L75: print calls __repr__ for each job
  L76: sorted compares jobs with __lt__
  L78: a set uses __hash__ and __eq__: equal jobs merge
  L79: list() drives __iter__ and __next__ to StopIteration
  L82: __exit__ runs on the way out; returning True swallows
  L85: calling an instance calls __call__
"""


class Job:
    count = 0

    def __init__(self, name, seconds):
        self.name = name
        self.seconds = seconds
        Job.count += 1

    def __repr__(self):
        return f"Job({self.name!r}, {self.seconds})"

    def __eq__(self, other):
        return isinstance(other, Job) and (self.name, self.seconds) == (other.name, other.seconds)

    def __lt__(self, other):
        return self.seconds < other.seconds

    def __hash__(self):
        return hash((self.name, self.seconds))


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Timer:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.label, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor


jobs = [Job("download", 3), Job("parse", 1), Job("save", 2)]
print(jobs)
print(sorted(jobs))
print(Job("parse", 1) == jobs[1], Job("parse", 2) == jobs[1])
print(len({jobs[0], Job("download", 3)}), "distinct jobs;", Job.count, "created")
print(list(Countdown(3)))
with Timer("outer"):
    with Timer("inner"):
        raise KeyError("swallowed by inner")
    print("after inner")
triple = Multiplier(3)
print([triple(x) for x in range(4)])
