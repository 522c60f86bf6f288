"""looplab: CPU-bound work for LoopLab scenarios, under plain CPython

cpu(seconds) keeps the calling thread busy computing (holding the GIL) for that
many seconds of real time, so a scenario that uses it also runs with plain
python3. Under LoopLab and under the oracle (vrun.py) a built-in module of the
same name takes precedence: there the work takes virtual time, and another
thread that wants the GIL gets it after CPython's 5 ms switch interval.
"""
import time


def cpu(seconds):
    if not isinstance(seconds, (int, float)):
        seconds = float(seconds)
    if seconds < 0:
        raise ValueError("cpu time must be non-negative")
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass
