"""Generators: yield and yield from

A generator pauses at every `yield` and resumes where it left off. `yield from`
hands control to a sub-generator until it is exhausted, so func1 produces
1, then func2's 3 and 4, then 2.
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
