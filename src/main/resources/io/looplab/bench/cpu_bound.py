"""CPU-bound benchmark: loops, calls, recursion, objects and string building.

Deterministic; prints a checksum so both interpreters can be compared.
"""


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, limit + 1, i):
                sieve[j] = False
    return [i for i, is_prime in enumerate(sieve) if is_prime]


def words(n):
    parts = []
    for i in range(n):
        parts.append("w" + str(i % 97) + ("x" * (i % 5)))
    text = " ".join(parts)
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return len(text), len(counts)


def collatz_longest(limit):
    best, best_len = 1, 1
    for start in range(1, limit):
        n, steps = start, 1
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        if steps > best_len:
            best, best_len = start, steps
    return best, best_len


def vectors(n):
    acc = Vector(0, 0)
    for i in range(n):
        acc = acc.add(Vector(i % 7, -(i % 3)))
    return acc.norm2()


def main():
    total = 0
    total += fib(27)
    total += len(primes(400_000))
    length, distinct = words(300_000)
    total += length + distinct
    best, steps = collatz_longest(120_000)
    total += best + steps
    total += vectors(400_000)
    print("checksum", total)


main()
