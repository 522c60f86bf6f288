'''LoopLab's heapq. The list primitives are native (_heapq), as in CPython; merge, nsmallest
and nlargest follow CPython 3.11's algorithms step for step, so which of several equal
elements comes first, and how often keys and comparisons are evaluated, match.'''

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from _heapq import _heappop_max, _heapreplace_max, _heapify_max


def merge(*iterables, key=None, reverse=False):
    'Merge already-sorted iterables into one sorted stream (a generator).'
    # Heap entries are lists [value-or-key, order, (value,) next]; order breaks ties so that
    # earlier iterables win and the next functions are never compared.
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    h = []
    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            try:
                next = it.__next__
                h.append([next(), order * direction, next])
            except StopIteration:
                pass
        make_heap(h)
        while len(h) > 1:
            try:
                while True:
                    value, order, next = s = h[0]
                    yield value
                    s[0] = next()
                    replace(h, s)
            except StopIteration:
                pop(h)
        if h:
            value, order, next = h[0]
            yield value
            yield from next.__self__
        return

    for order, it in enumerate(map(iter, iterables)):
        try:
            next = it.__next__
            value = next()
            h.append([key(value), order * direction, value, next])
        except StopIteration:
            pass
    make_heap(h)
    while len(h) > 1:
        try:
            while True:
                key_value, order, value, next = s = h[0]
                yield value
                value = next()
                s[0] = key(value)
                s[2] = value
                replace(h, s)
        except StopIteration:
            pop(h)
    if h:
        key_value, order, value, next = h[0]
        yield value
        yield from next.__self__


def nsmallest(n, iterable, key=None):
    'The n smallest elements, as sorted(iterable, key=key)[:n] would give them.'
    if n == 1:
        sentinel = object()
        result = min(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    # Keep the best n so far in a max-heap of (key, arrival order, element); the order makes
    # the earliest of equal elements win, as a stable sort would.
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top, _order = result[0]
                order += 1
        result.sort()
        return [elem for (elem, order) in result]

    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top, _order, _elem = result[0]
            order += 1
    result.sort()
    return [elem for (k, order, elem) in result]


def nlargest(n, iterable, key=None):
    'The n largest elements, as sorted(iterable, key=key, reverse=True)[:n] would give them.'
    if n == 1:
        sentinel = object()
        result = max(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    # A min-heap of the best n; arrival orders count down (0, -1, -2...) so that among
    # equal keys the earliest element sorts as the largest.
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top, _order = result[0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (elem, order) in result]

    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top, _order, _elem = result[0]
            order -= 1
    result.sort(reverse=True)
    return [elem for (k, order, elem) in result]
