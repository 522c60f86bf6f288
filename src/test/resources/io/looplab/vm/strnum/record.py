"""Records CPython's answers for cases.txt and snippets.py (run by hand with /usr/bin/python3 3.11).

cases.txt  -> cases.tsv: one line per expression, "expression<TAB>repr(value)" or "...<TAB>Type: message".
snippets.py -> snippets.expected: the stdout of every '# --- name' block, run on its own.
"""
import contextlib
import io
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
WRAP = ("try:\n    __r = repr({expr})\nexcept Exception as __e:\n"
        "    print(type(__e).__name__ + ': ' + str(__e))\nelse:\n    print(__r)\n")


def run(source):
    out = io.StringIO()
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            exec(compile(source, '<test>', 'exec'), {'__name__': '__main__'})
        except Exception as e:
            msg = str(e)
            print('!' + type(e).__name__ + (': ' + msg if msg else ''))
    return out.getvalue()


def record_cases():
    lines = []
    with open(os.path.join(HERE, 'cases.txt'), encoding='utf-8') as f:
        for line in f:
            expr = line.rstrip('\n')
            if not expr.strip() or expr.startswith('#'):
                continue
            got = run(WRAP.format(expr=expr))
            assert got.endswith('\n') and got.count('\n') == 1 and '\t' not in got, (expr, got)
            lines.append(expr + '\t' + got)
    with open(os.path.join(HERE, 'cases.tsv'), 'w', encoding='utf-8') as f:
        f.writelines(lines)
    return len(lines)


def split_snippets(text):
    blocks, name, body = [], None, []
    for line in text.splitlines(keepends=True):
        if line.startswith('# --- '):
            if name:
                blocks.append((name, ''.join(body)))
            name, body = line[6:].strip(), []
        else:
            body.append(line)
    if name:
        blocks.append((name, ''.join(body)))
    return blocks


def record_snippets():
    with open(os.path.join(HERE, 'snippets.py'), encoding='utf-8') as f:
        blocks = split_snippets(f.read())
    with open(os.path.join(HERE, 'snippets.expected'), 'w', encoding='utf-8') as f:
        for name, body in blocks:
            f.write('# --- ' + name + '\n' + run(body))
    return len(blocks)


if __name__ == '__main__':
    assert sys.version_info[:2] == (3, 11), sys.version
    print(record_cases(), 'cases,', record_snippets(), 'snippets')
