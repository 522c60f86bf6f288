"""The spinner on a thread: a signal object and join()

supervisor starts a spinner thread that writes a frame every 0.1 s (each frame
is erased with backspaces, so on a terminal they overwrite each other on one
line), then blocks in slow_function's time.sleep. A sleeping thread releases
the GIL, so the spinner keeps spinning meanwhile. When the slow call returns,
supervisor flips the signal and joins the thread, which notices the signal
after its next sleep. Compare spinner_cancel.py, the asyncio twin.

Narration:
  L49: start(): the spinner thread runs until its first sleep
  L34: the spinner sleeps between frames
  L41: main blocks 3 s: a sleeping thread releases the GIL
  L51: threads cannot be cancelled: main sets a flag...
  L52: ...and waits until the spinner notices it
"""
import itertools
import sys
import threading
import time


class Signal:
    go = True


def spin(msg, signal):
    write, flush = sys.stdout.write, sys.stdout.flush
    for char in itertools.cycle("|/-\\"):
        status = char + " " + msg
        write(status)
        flush()
        write("\x08" * len(status))
        time.sleep(0.1)
        if not signal.go:
            break
    write(" " * len(status) + "\x08" * len(status))


def slow_function():
    time.sleep(3.05)
    return 42


def supervisor():
    signal = Signal()
    spinner = threading.Thread(target=spin, args=("thinking!", signal))
    print("spinner object:", spinner)
    spinner.start()
    result = slow_function()
    signal.go = False
    spinner.join()
    return result


def main():
    result = supervisor()
    print("Answer:", result)


if __name__ == "__main__":
    main()
