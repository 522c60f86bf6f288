"""Greenlets: explicit switching prints 1 3 2 4

Two greenlets take turns on one thread, each handing control to the other with
switch(). Nothing runs concurrently and no event loop decides: every switch is
written in the code. When func2 returns, control goes back to its parent, the
main greenlet, and the program ends (gr1 is left suspended).

Narration:
  L31: a greenlet wraps a function; nothing runs yet
  L34: switch() starts func1 on this same thread
  L20: an explicit switch: func1 pauses, func2 runs
  L27: func2 switches back: func1 resumes after its switch
  L28: func2 returns: control goes to its parent, main
"""
from greenlet import greenlet


def func1():
    print(1)        # step 1: print 1
    gr2.switch()    # step 2: jump to func2
    print(2)        # step 5: print 2
    gr2.switch()    # step 6: jump back into func2


def func2():
    print(3)        # step 3: print 3
    gr1.switch()    # step 4: jump back into func1
    print(4)        # step 7: print 4


gr1 = greenlet(func1)
gr2 = greenlet(func2)

gr1.switch()        # start func1
