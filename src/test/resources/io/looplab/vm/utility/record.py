"""Records the expected output of every snippet in the *.cases files beside this script.

Run by hand with CPython 3.11.2:  /usr/bin/python3 record.py
Each snippet runs through the oracle (/work/shared/oracle/vrun.py), so random starts seeded with 0
as in LoopLab; time stamps and the '# end' line are stripped. Writes NAME.expected beside NAME.cases.
"""
import glob
import os
import subprocess
import sys
import tempfile

ORACLE = os.environ.get('LOOPLAB_ORACLE', '/work/shared/oracle/vrun.py')
HERE = os.path.dirname(os.path.abspath(__file__))


def parse(path):
    cases, name, lines = [], None, []
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('### '):
            if name is not None:
                cases.append((name, '\n'.join(lines).strip('\n') + '\n'))
            name, lines = line[4:].strip(), []
        else:
            lines.append(line)
    if name is not None:
        cases.append((name, '\n'.join(lines).strip('\n') + '\n'))
    return cases


def run(source):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(source)
    try:
        out = subprocess.run([sys.executable, ORACLE, f.name], capture_output=True, text=True, timeout=60).stdout
    finally:
        os.unlink(f.name)
    lines = [line.split('\t', 1)[1] for line in out.splitlines() if '\t' in line]
    return ''.join(line + '\n' for line in lines if line != '# end')


for cases_file in sorted(glob.glob(os.path.join(HERE, '*.cases'))):
    with open(cases_file[:-len('.cases')] + '.expected', 'w', encoding='utf-8') as out:
        for name, source in parse(cases_file):
            out.write('### ' + name + '\n' + run(source))
    print('recorded', os.path.basename(cases_file))
