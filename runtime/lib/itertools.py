"""Iterator building blocks (Kiln): generator implementations producing exactly the
items, in exactly the order, that CPython 3.11's itertools produces. Arguments are
checked eagerly (when the iterator is created), as in CPython."""

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
           "islice", "pairwise", "permutations", "product", "repeat", "starmap",
           "takewhile", "tee", "zip_longest"]

_marker = object()


def _count_gen(n, step):
    while True:
        yield n
        n += step


def count(start=0, step=1):
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    for v in (start, step):
        if not isinstance(v, (int, float)) and not hasattr(v, "__add__"):
            raise TypeError("a number is required")
    if isinstance(start, str) or isinstance(step, str):
        raise TypeError("a number is required")
    return _count_gen(start, step)


def _cycle_gen(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    if not saved:
        return
    while True:
        for x in saved:
            yield x


def cycle(iterable):
    """cycle(iterable) --> the items of iterable, then the same items again, forever."""
    return _cycle_gen(iter(iterable))


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat_n(obj, n):
    for _ in range(n):
        yield obj


def repeat(object, times=None):
    """repeat(object [,times]) -> object times times (or forever)."""
    if times is None:
        return _repeat_forever(object)
    if not isinstance(times, int):
        raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
    return _repeat_n(object, times)


def _accumulate_gen(it, func, initial):
    if initial is None:
        for total in it:
            break
        else:
            return
    else:
        total = initial
    yield total
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate_gen(iter(iterable), func, initial)


def _chain_gen(iterables):
    for it in iterables:
        for x in it:
            yield x


def chain(*iterables):
    """chain(*iterables) --> the items of the first iterable, then the next, ..."""
    return _chain_gen(iterables)


def _from_iterable(iterable):
    """Alternative chain() constructor taking a single iterable of iterables."""
    return _chain_gen(iter(iterable))


chain.from_iterable = _from_iterable


def _compress_gen(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress_gen(iter(data), iter(selectors))


def _dropwhile_gen(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile_gen(predicate, iter(iterable))


def _takewhile_gen(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate is true."""
    return _takewhile_gen(predicate, iter(iterable))


def _filterfalse_gen(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse_gen(function, iter(iterable))


def _starmap_gen(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable):
    """Return an iterator whose values are function(*args) for args in iterable."""
    return _starmap_gen(function, iter(iterable))


def _islice_arg(v, what):
    if v is None:
        return None
    if isinstance(v, int) and not isinstance(v, bool) or v is True or v is False:
        v = int(v)
        if v >= 0:
            return v
    raise ValueError(f"{what} argument for islice() must be None or an integer: "
                     "0 <= x <= sys.maxsize.")


def _islice_head(it, stop):
    if stop <= 0:
        return
    i = 0
    for x in it:
        yield x
        i += 1
        if i >= stop:
            return


def _islice_gen(it, start, stop, step):
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            for _ in it:
                break
            else:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        for item in it:
            break
        else:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    n = len(args)
    if n == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if n > 3:
        raise TypeError(f"islice expected at most 4 arguments, got {n + 1}")
    if n == 1:
        stop = _islice_arg(args[0], "Stop")
        it = iter(iterable)
        if stop is None:
            return _islice_gen(it, 0, None, 1)
        return _islice_head(it, stop)
    start = args[0]
    stop = args[1]
    step = args[2] if n == 3 else None
    if start is not None and not isinstance(start, int) or \
            isinstance(start, int) and start < 0:
        raise ValueError("Indices for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize.")
    if stop is not None and not isinstance(stop, int) or \
            isinstance(stop, int) and stop < 0:
        raise ValueError("Stop argument for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize.")
    start = 0 if start is None else int(start)
    if step is None:
        step = 1
    elif not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    it = iter(iterable)
    if start == 0 and step == 1 and stop is not None:
        return _islice_head(it, int(stop))
    return _islice_gen(it, start, None if stop is None else int(stop), int(step))


def _pairwise_gen(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


def pairwise(iterable):
    """Return successive overlapping pairs taken from the input iterable."""
    return _pairwise_gen(iter(iterable))


def _zip_longest_gen(its, fillvalue):
    n = len(its)
    active = n
    done = [False] * n
    while True:
        values = []
        for i in range(n):
            if done[i]:
                values.append(fillvalue)
                continue
            for v in its[i]:
                values.append(v)
                break
            else:
                done[i] = True
                active -= 1
                if not active:
                    return
                values.append(fillvalue)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """Like zip(), but runs until the longest iterable is exhausted (filling in)."""
    its = [iter(x) for x in iterables]
    if not its:
        return iter(())
    return _zip_longest_gen(its, fillvalue)


def _product2(a, b):
    for x in a:
        for y in b:
            yield (x, y)


def _product3(a, b, c):
    for x in a:
        for y in b:
            for z in c:
                yield (x, y, z)


def _product_gen(pools):
    n = len(pools)
    for p in pools:
        if not p:
            return
    sizes = [len(p) for p in pools]
    idx = [0] * n
    yield tuple([p[0] for p in pools])
    while True:
        i = n - 1
        while i >= 0:
            j = idx[i] + 1
            if j < sizes[i]:
                idx[i] = j
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[k][idx[k]] for k in range(n)])


def product(*iterables, repeat=1):
    """Cartesian product of input iterables (lexicographic order)."""
    if not isinstance(repeat, int):
        raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat
    n = len(pools)
    if n == 2:
        return _product2(pools[0], pools[1])
    if n == 3:
        return _product3(pools[0], pools[1], pools[2])
    if n == 1:
        return ((x,) for x in pools[0])
    if n == 0:
        return iter([()])
    return _product_gen(pools)


def _permutations_gen(pool, r):
    # Works on the items themselves: cyc[i] counts the choices left for position i;
    # exhausting it rotates the suffix back into order, otherwise position i takes the
    # next unused item by a swap. This visits permutations in lexicographic index order.
    n = len(pool)
    if r > n:
        return
    items = list(pool)
    yield tuple(items[:r])
    if n == 0:
        return
    cyc = list(range(n, n - r, -1))
    while True:
        i = r - 1
        while i >= 0:
            c = cyc[i] - 1
            if c == 0:
                items.append(items.pop(i))
                cyc[i] = n - i
                i -= 1
            else:
                cyc[i] = c
                items[i], items[n - c] = items[n - c], items[i]
                yield tuple(items[:r])
                break
        if i < 0:
            return


def permutations(iterable, r=None):
    """Successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations_gen(pool, r)


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    yield tuple([pool[i] for i in idx])
    while True:
        i = r - 1
        while i >= 0 and idx[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        yield tuple([pool[i] for i in idx])


def combinations(iterable, r):
    """Successive r-length combinations of elements in the iterable."""
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_gen(tuple(iterable), r)


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    idx = [0] * r
    yield tuple([pool[i] for i in idx])
    while True:
        i = r - 1
        while i >= 0 and idx[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = idx[i] + 1
        for j in range(i, r):
            idx[j] = v
        yield tuple([pool[i] for i in idx])


def combinations_with_replacement(iterable, r):
    """Successive r-length combinations with individual elements repeated."""
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")
    return _cwr_gen(tuple(iterable), r)


def _groupby_gen(it, keyfunc):
    # state: [current value, its key, token of the live group, exhausted]
    st = [_marker, _marker, None, False]

    def fetch():
        for v in it:
            st[0] = v
            st[1] = v if keyfunc is None else keyfunc(v)
            return True
        st[3] = True
        return False

    def grouper(tgtkey, token):
        while st[2] is token:
            if st[0] is _marker:
                if st[3] or not fetch():
                    return
            if not (tgtkey == st[1]):
                return
            v = st[0]
            st[0] = _marker
            yield v

    tgtkey = _marker
    while True:
        st[2] = None
        while True:
            if st[0] is _marker:
                if st[3] or not fetch():
                    return
            if tgtkey is _marker or not (tgtkey == st[1]):
                break
            st[0] = _marker
        tgtkey = st[1]
        token = object()
        st[2] = token
        yield tgtkey, grouper(tgtkey, token)


def groupby(iterable, key=None):
    """make an iterator that returns consecutive keys and groups from the iterable."""
    return _groupby_gen(iter(iterable), key)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buf = []          # items not yet consumed by every iterator
    base = [0]        # absolute index of buf[0]
    pos = [0] * n     # absolute position of each iterator

    def gen(k):
        while True:
            p = pos[k]
            i = p - base[0]
            if i < len(buf):
                v = buf[i]
            else:
                for v in it:
                    buf.append(v)
                    break
                else:
                    return
            pos[k] = p + 1
            m = min(pos)
            if m > base[0]:
                del buf[:m - base[0]]
                base[0] = m
            yield v

    return tuple(gen(k) for k in range(n))
