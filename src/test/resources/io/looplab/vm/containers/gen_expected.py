"""Records CPython's output for every snippet in *_cases.txt into *_expected.txt.

Run by hand with the reference interpreter (3.11.2):  /usr/bin/python3 gen_expected.py
Each case starts with a line '### name'. The snippet runs in a fresh interpreter with
PYTHONHASHSEED=0 (as the oracle does); an uncaught exception is recorded the way
PyRun reports it: '!Type: message'. generated_cases.txt is rewritten first from
make_generated() (fixed seeds, so the file is stable).
"""
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HARNESS = r'''
import sys
src = open(sys.argv[1], encoding="utf-8").read()
try:
    exec(compile(src, "<test>", "exec"), {"__name__": "__main__"})
except BaseException as e:
    sys.stdout.flush()
    msg = str(e)
    print("!" + type(e).__name__ + (": " + msg if msg else ""))
'''


def parse(path):
    cases, name, lines = [], None, []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("### "):
            if name is not None:
                cases.append((name, "\n".join(lines).strip("\n") + "\n"))
            name, lines = line[4:].strip(), []
        else:
            lines.append(line)
    if name is not None:
        cases.append((name, "\n".join(lines).strip("\n") + "\n"))
    return cases


def run(src):
    tmp = os.path.join(HERE, ".snippet.py")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(src)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONUTF8="1")
    out = subprocess.run([sys.executable, "-c", HARNESS, tmp], capture_output=True, text=True, encoding="utf-8", env=env).stdout
    os.remove(tmp)
    return out


def make_generated():
    rnd = random.Random(311)
    cases = []
    for i in range(40):
        n = rnd.randint(3, 30)
        pool = rnd.choice([(-50, 50), (0, 1000), (-10**6, 10**6), (0, 2**40)])
        xs = [rnd.randint(*pool) for _ in range(n)]
        rm = rnd.sample(xs, min(len(xs), rnd.randint(0, 8)))
        cases.append((f"gen int set {i}", f"s = set()\nfor x in {xs!r}:\n    s.add(x)\nprint(s)\n"
                       f"for x in {rm!r}:\n    s.discard(x)\nprint(s)\ns.update({xs[:5]!r})\nprint(s, len(s))\n"
                       f"print(set({xs!r}), frozenset({xs!r}))\n"))
    words = ["alpha", "beta", "gamma", "delta", "pi", "x", "y", "zeta", "", "hello", "world", "é", "naïve", "日本"]
    for i in range(25):
        ws = rnd.sample(words, rnd.randint(2, len(words)))
        cases.append((f"gen str set {i}", f"s = set({ws!r})\nprint(s)\nprint({{w.upper() for w in s}})\n"
                       f"print(s - {{{ws[0]!r}}}, s & {set(ws[:3])!r})\n"))
    for i in range(15):
        ts = [(rnd.randint(0, 5), rnd.choice("abc")) for _ in range(rnd.randint(2, 12))]
        cases.append((f"gen tuple set {i}", f"s = set({ts!r})\nprint(s)\nprint(set(zip({[t[0] for t in ts]!r}, range(9))))\n"))
    for i in range(20):
        a = [rnd.randint(-20, 40) for _ in range(rnd.randint(0, 25))]
        b = [rnd.randint(-20, 40) for _ in range(rnd.randint(0, 25))]
        cases.append((f"gen set algebra {i}", f"a = set({a!r})\nb = set({b!r})\nprint(a | b)\nprint(a & b)\nprint(a - b)\n"
                       f"print(a ^ b)\nprint(b - a, b ^ a, a.union(b, [99, -99]), a.intersection({b!r}))\n"
                       f"c = a.copy()\nc -= b\nprint(c)\nc |= b\nprint(c)\nc &= a\nprint(c)\nc ^= b\nprint(c)\n"
                       f"print(a <= b, a < b, a >= b, a == b, a.isdisjoint(b), a.issubset({a + b!r}))\n"))
    for i in range(20):
        xs = [rnd.randint(0, 9) for _ in range(rnd.randint(0, 40))]
        cases.append((f"gen sort {i}", f"xs = {[(x, j) for j, x in enumerate(xs)]!r}\n"
                       f"print(sorted(xs, key=lambda p: p[0]))\nprint(sorted(xs, key=lambda p: p[0], reverse=True))\n"
                       f"print(sorted({xs!r}), sorted({xs!r}, reverse=True))\n"))
    return cases


def write_cases(path, cases):
    with open(path, "w", encoding="utf-8") as f:
        for name, src in cases:
            f.write(f"### {name}\n{src}")


def main():
    write_cases(os.path.join(HERE, "generated_cases.txt"), make_generated())
    for fn in sorted(os.listdir(HERE)):
        if fn.endswith("_cases.txt"):
            cases = parse(os.path.join(HERE, fn))
            with open(os.path.join(HERE, fn.replace("_cases.txt", "_expected.txt")), "w", encoding="utf-8") as f:
                for name, src in cases:
                    f.write(f"### {name}\n{run(src)}")
            print(fn, len(cases))


if __name__ == "__main__":
    main()
