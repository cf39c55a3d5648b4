# Simple function decorators.
def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("world"))
calls = []
def trace(fn):
    def wrapper(*args):
        calls.append((fn.__name__, args))
        return fn(*args)
    return wrapper
@trace
def add(a, b):
    return a + b
@trace
def mul(a, b):
    return a * b
print(add(1, 2), mul(3, 4), add(mul(2, 2), 1))
print(calls)
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib(100))
@shout
@trace
def name_it(x):
    return "name " + str(x)
print(name_it(7), calls[-1])
def count_calls(fn):
    n = 0
    def wrapper(*a):
        nonlocal n
        n += 1
        print("call", n, "of", fn.__name__)
        return fn(*a)
    return wrapper
@count_calls
def noop():
    return None
noop(); noop()
print(noop.__name__)
