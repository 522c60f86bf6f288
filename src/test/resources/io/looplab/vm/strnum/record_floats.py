"""Records CPython's float text for FloatFormatTest (run by hand with /usr/bin/python3 3.11).

floats.tsv: float.hex(x), a format spec, repr(x), format(x, spec), ndigits, repr(round(x, ndigits)),
for random bit patterns, powers of two, subnormals, near-powers-of-ten and short decimals.
"""
import os
import random
import struct
import sys

SPECS = ['', '.0f', '.1f', '.2f', '.3f', '.10f', '.0e', '.3e', '.16e', 'g', '.1g', '.3g', '.12g', '.17g',
         '#g', '.3', '.1', '.15', '%', '.2%', ',.2f', '_', ',', 'z.1f', '#.0f', '#.3g', 'G', 'E', '+.4',
         ' 12.3g', '*^20.6e', '015,.3f', '.16g', '.15e']


def values(rng):
    for _ in range(1500):
        yield struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    for _ in range(600):
        yield rng.randint(1, 10 ** rng.randint(1, 17)) / 10 ** rng.randint(0, 17)
    for _ in range(300):
        yield rng.uniform(-1e6, 1e6)
    for e in range(-1074, 1024, 7):
        yield 2.0 ** e
    for k in range(-320, 309, 5):
        yield float('9.999999999999999e%d' % k)
        yield float('1e%d' % k)
    for i in range(1, 60):
        yield struct.unpack('<d', struct.pack('<Q', i))[0]


def main():
    assert sys.version_info[:2] == (3, 11), sys.version
    rng = random.Random(2024)
    rows = []
    for x in values(rng):
        if x != x or x in (float('inf'), float('-inf')):
            continue
        spec = rng.choice(SPECS)
        nd = rng.randint(-5, 8)
        rows.append('\t'.join([x.hex(), spec, repr(x), format(x, spec), str(nd), repr(round(x, nd))]) + '\n')
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'floats.tsv'), 'w') as f:
        f.writelines(rows)
    print(len(rows), 'floats')


if __name__ == '__main__':
    main()
