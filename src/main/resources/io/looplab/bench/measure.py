"""Runs a command, then prints its wall time (s) and peak resident memory (KB) as JSON.

Used by `looplab bench` for both interpreters, so both are measured the same way.
"""
import json
import resource
import subprocess
import sys
import time

t0 = time.perf_counter()
proc = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
elapsed = time.perf_counter() - t0
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": elapsed, "max_rss_kb": usage.ru_maxrss, "user": usage.ru_utime,
                  "sys": usage.ru_stime, "exit": proc.returncode,
                  "stdout": proc.stdout.decode("utf-8", "replace")[-2000:],
                  "stderr": proc.stderr.decode("utf-8", "replace")[-2000:]}))
