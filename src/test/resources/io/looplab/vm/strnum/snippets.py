# --- factorial and big ints
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30))
print(fact(50) // fact(48), fact(25) % 1000003, -fact(20) // 7, -fact(20) % 7)
print(len(str(fact(100))), str(fact(100))[:20])
print(2 ** 200 / 2 ** 100, (2 ** 200 + 1) / 2 ** 100)
print(sum(i * i for i in range(10 ** 4)))
# --- user __format__, __str__, __repr__ in formatting
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return 'M(' + format(self.v, spec) + ')'
    def __str__(self):
        return 'str-money'
    def __repr__(self):
        return 'Money(%r)' % self.v
m = Money(3.14159)
print(format(m, '.2f'), f'{m:>8.1f}', '{:.3f}'.format(m))
print(f'{m!s}', f'{m!r}', '{0!s:>12}|'.format(m), '%s %r' % (m, m))
class Plain:
    pass
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError', e)
print(format(Plain(), '') .startswith('<__main__.Plain object'))
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad(), '')
except TypeError as e:
    print('TypeError', e)
# --- f-strings with nested specs and conversions
width, prec = 10, 3
x = 2 / 3
print(f'{x:{width}.{prec}f}|{x:<{width}}|{x!r:>20}|{"s"!a}')
print(f'{12345:,}', f'{12345.678:_.1f}', f'{255:#x}', f'{-42:+06d}', f'{0.5:.0%}')
e_acute = '\u00e9'
print(f'{"abc":*^9}', f'{e_acute:>3}', f'{True!r}', f'{None}')
name = 'World'
print(f'Hello, {name}! {len(name)=}' if False else f'Hello, {name}!')
# --- attribute and item access in str.format
class P:
    def __init__(self):
        self.x = 1
        self.items = {'k': [10, 20]}
p = P()
print('{0.x} {0.items[k][1]} {p.x}'.format(p, p=p))
print('{[0]}'.format('xyz'), '{0[-1]}'.format({'-1': 'neg'}))
try:
    '{0.missing}'.format(p)
except AttributeError as e:
    print('AttributeError', e)
try:
    '{0[5]}'.format([1])
except IndexError as e:
    print('IndexError', e)
try:
    '{k}'.format(j=1)
except KeyError as e:
    print('KeyError', e)
# --- percent formatting with objects and dict subclasses
class D(dict):
    pass
print('%(a)s|%(b)5.1f' % D(a='x', b=2.25))
class Cash:
    def __repr__(self):
        return 'Cash()'
print('%s' % (Cash(),), '%r' % [1, 'a'], '%a' % 'caf\u00e9')
class Num:
    def __index__(self):
        return 65
    def __int__(self):
        return 66
print('%x %d %c' % (Num(), Num(), Num()))
print('%5s|%-5s|%.1s' % ('\U0001f600', '\u00e9', '\U0001f600\u00e9'))
# --- str iteration and unicode widths
s = 'a\u00e9\U0001f600\u4e2d'
print(len(s), [c for c in s], s[2], s[1:3], s[::-1], s.find('\u4e2d'))
print(s.upper(), s.center(9, '.'), s.encode('utf-8'), s.encode('utf-8').decode())
print('{:^9}|{:>6}|{:.2}'.format(s, s, s))
for i, ch in enumerate('x\U0001f600y'):
    print(i, ch, ord(ch), hex(ord(ch)))
# --- float repr on many values
vals = [0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e-5, 1e-4, 123456789.123, 1.5e300, 2.2250738585072014e-308,
        4.9406564584124654e-324, 0.1 + 0.2, 1.1 + 2.2, 3 * 1.1, 100.0 / 3, 9.999999999999999e22, 1e23,
        8.41e21, 5e-310, 1.7976931348623157e308, 2.5, 1e15 + 0.3, 123.456e-10, 7.0e-3, 0.007]
for v in vals:
    print(repr(v), str(-v), '%r' % v, format(v, ''), format(v, '.17g'), format(v, '.3e'))
# --- round on many values
for v in [0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 0.285, 1.005, 0.045, 1234.5, -1234.5, 1e-10]:
    print(round(v), round(v, 2), round(v, 1), round(v, -1))
print(round(0.5) == 0, type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
# --- g thresholds and precision table
for v in [1e-5, 1e-4, 0.001, 123.456, 1e5, 1e6, 1e15, 1e16, 1e17, 12345678.9]:
    print(f'{v:g}|{v:.2g}|{v:.10g}|{v:#.3g}|{v:.3}|{v:e}|{v:.1f}|{v:,}')
# --- int and float comparisons / hashing
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 63 > 9.2e18, 10 ** 30 < 1e30)
print(hash(0.5), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(1e100) == hash(int(1e100)))
print(float('nan') == float('nan'), 1 < float('nan'), sorted([3, 1.5, 2, -0.5]))
print({1: 'a', 1.0: 'b', True: 'c'})
# --- int subclass-like behaviour through __index__
class I:
    def __index__(self):
        return 3
print('ab' * I(), [1, 2, 3, 4][I()], bin(I()), hex(I()), chr(I().__index__() + 62), 'abcdef'.find('d', I()))
# --- str methods with keyword arguments
print('a b c'.split(sep=' ', maxsplit=1), 'a b c'.rsplit(maxsplit=1), 'x\ny'.splitlines(keepends=True))
print('abc'.encode(encoding='ascii', errors='strict'), b'abc'.decode(encoding='ascii'))
print((1024).to_bytes(length=2, byteorder='little'), int.from_bytes(bytes=b'\x00\x04', byteorder='big'))
print(round(number=2.567, ndigits=1), format(3, '03'), pow(base=3, exp=2, mod=5))
# --- exceptions from str/number operations
tests = [lambda: int('abc'), lambda: float('x'), lambda: 'a'.index('b'), lambda: b'a'.index(b'b'),
         lambda: '{'.format(), lambda: '%d' % 'x', lambda: 1 / 0, lambda: 2 ** 0.5 + 'a',
         lambda: chr(-1), lambda: ord(''), lambda: 'x'.center(), lambda: (1).to_bytes(1, 'big', True)]
for f in tests:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, '-', e)
# --- str.format with many fields and alignment table
rows = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10.0, 100)]
for name, price, qty in rows:
    print('{:<8}|{:>8.2f}|{:^5d}|{:08.3f}|{:+.1e}'.format(name, price, qty, price * qty, price))
print('%-8s|%8.2f|%5d|%08.3f' % rows[0][:2] + rows[0][2:] + (rows[0][1] * rows[0][2],) if False else 'ok')
for name, price, qty in rows:
    print('%-8s|%8.2f|%5d|%08.3f' % (name, price, qty, price * qty))
