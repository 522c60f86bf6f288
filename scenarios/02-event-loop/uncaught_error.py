"""An uncaught exception ends the program

Output printed before the error stays; the traceback goes to stderr, and the
trace ends with the exception's type and message.

Narration:
  L18: output printed before the error stays
  L15: dividing by zero raises ZeroDivisionError
  L20: nobody catches it: the program stops here
  L21: so this line never runs
"""


def ratio(done, total):
    return done / total


print("starting")
print(ratio(1, 4))
print(ratio(1, 0))
print("never printed")
