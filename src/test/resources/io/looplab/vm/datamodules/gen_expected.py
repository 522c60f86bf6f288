"""Records CPython's output for every snippet in *_cases.txt into *_expected.txt.

Run by hand with the reference interpreter:  /usr/bin/python3 gen_expected.py  (3.11.2)
A case starts with a line '### name'. Each snippet runs in a fresh interpreter with
PYTHONHASHSEED=0; an uncaught exception is recorded as PyRun reports it: '!Type: message'.
"""
import glob
import os
import subprocess
import sys
import tempfile

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


def run(source):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as f:
        f.write(source)
    try:
        env = dict(os.environ, PYTHONHASHSEED="0")
        out = subprocess.run([sys.executable, "-c", HARNESS, f.name], capture_output=True,
                             text=True, env=env, timeout=60)
        return out.stdout
    finally:
        os.unlink(f.name)


def main():
    assert sys.version_info[:3] == (3, 11, 2), "record with /usr/bin/python3 (3.11.2)"
    for path in sorted(glob.glob(os.path.join(HERE, "*_cases.txt"))):
        cases = parse(path)
        names = [n for n, _ in cases]
        assert len(names) == len(set(names)), "duplicate case names in " + path
        with open(path.replace("_cases.txt", "_expected.txt"), "w", encoding="utf-8") as out:
            for name, src in cases:
                out.write("### " + name + "\n" + run(src))
        print(os.path.basename(path), len(cases))


if __name__ == "__main__":
    main()
