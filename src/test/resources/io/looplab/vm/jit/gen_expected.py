"""Records CPython's output for every snippet in jit_cases.txt into jit_expected.txt.

Run by hand with the reference interpreter (3.11.2):  /usr/bin/python3 gen_expected.py
(the harness and format are the containers corpus's: see ../containers/gen_expected.py).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "containers"))
import gen_expected as containers  # noqa: E402

cases = containers.parse(os.path.join(HERE, "jit_cases.txt"))
with open(os.path.join(HERE, "jit_expected.txt"), "w", encoding="utf-8") as f:
    for name, src in cases:
        f.write(f"### {name}\n{containers.run(src)}")
print("jit_cases.txt", len(cases))
