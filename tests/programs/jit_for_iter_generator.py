# `for x in generator` in compiled code (ForIter's generator helper): items, the end,
# a return value ignored, collections while suspended, re-entrance, and an exception
# raised inside the generator unwinding through the loop with both frames' lines.
import gc


def squares(n):
    for i in range(n):
        if i % 7 == 3:
            gc.collect()
        yield i * i
    return "ignored"


def self_iterating():
    yield 1
    for x in me:  # the generator is already running
        yield x


def failing(n):
    for i in range(n):
        yield 10 // (n - 1 - i)


def total(n):
    s = 0
    for x in squares(n):
        s += x
    return s


def nested():
    out = []
    for a in squares(3):
        for b in squares(a + 1):
            out.append((a, b))
    return out


def early_exit():
    g = squares(100)
    for x in g:
        if x > 20:
            break
    return x, next(g), list(g)[:2]


def divide_all(n):
    acc = []
    for v in failing(n):
        acc.append(v)
    return acc


print([total(n) for n in range(12)])
print(nested())
print(early_exit())
me = self_iterating()
try:
    for v in me:
        print("item", v)
except ValueError as e:
    print("ValueError:", e)
for n in (1, 2):
    try:
        print(divide_all(n))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(divide_all(4))
