from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())
@lru_cache
def sq(x):
    print("computing", x)
    return x * x
print(sq(3), sq(3), sq(4), sq.cache_info())
@lru_cache(maxsize=2)
def f(x):
    print("miss", x)
    return x
for v in [1, 2, 1, 3, 2, 1]:
    f(v)
print(f.cache_info())
@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache_info().misses)
@lru_cache(maxsize=128, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@lru_cache()
def kw(a, b=2):
    return a * b
print(kw(3), kw(3, b=4), kw(a=3), kw.cache_info())
print(fib.__name__, sq.__wrapped__(5))
