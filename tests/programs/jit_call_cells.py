# Calls of functions with cells from compiled code (the Call template's cells path):
# captured arguments, own cell variables, free variables, nonlocal writes, defaults,
# comprehensions over outer names, recursion through a closure, and a raise inside.
import gc


def make_counter(start):
    count = start

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


def captures_arg(x, y=10):
    def inner():
        return x + y
    x += 1  # the cell sees the new value
    return inner()


def own_cells(n):
    total = 0
    fs = []
    for i in range(n):
        fs.append(lambda i=i: i * n)
    for f in fs:
        total += f()
    return total


def scaled(values, k):
    return [v * k for v in values if v % k]


def fib_closure(n):
    def fib(m):
        if m < 2:
            return m
        return fib(m - 1) + fib(m - 2)
    return fib(n)


def failing(d):
    def look(key):
        return d[key]
    return look("missing")


def main():
    c = make_counter(5)
    print([c() for _ in range(3)], c(10))
    print([captures_arg(i) for i in range(4)], captures_arg(1, y=2))
    print([own_cells(n) for n in range(5)])
    for i in range(3):
        gc.collect()
        print(scaled(range(12), i + 2))
    print(fib_closure(15))
    try:
        failing({})
    except KeyError as e:
        print("KeyError", e)
    failing({"x": 1})


main()
