"""Generators: yield and yield from

A generator pauses at every `yield` and resumes where it left off. `yield from`
hands control to a sub-generator until it is exhausted, so func1 produces
1, then func2's 3 and 4, then 2.

Narration:
  L27: calling a generator function runs none of its code
  L28: the for loop calls next() until StopIteration
  L17: each next() runs to the following yield
  L18: yield from: func2's values pass straight through
  L19: func2 is exhausted: func1 carries on
"""


def func1():
    yield 1
    yield from func2()
    yield 2


def func2():
    yield 3
    yield 4


f1 = func1()
for item in f1:
    print(item)
