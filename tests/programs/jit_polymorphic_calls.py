# A single call site that sees many different callables.
def double(x):
    return 2 * x


def square(x):
    return x * x


def make_adder(k):
    def add(x):
        return x + k
    return add


callables = [double, square, make_adder(10), make_adder(-1), lambda x: -x, abs, str, float, bool]
results = []
for i in range(1800):
    f = callables[i % len(callables)]
    results.append(f(i - 900))
print(results[:18])
print(len(results), sum(r for r in results if isinstance(r, int) and not isinstance(r, bool)))
print(sum(1 for r in results if isinstance(r, str)), sum(r for r in results if isinstance(r, float)))


def apply_all(fns, v):
    return [fn(v) for fn in fns]


for v in [3, -2.5, 10 ** 20]:
    print(apply_all(callables[:6], v))


def method_caller(objs):
    out = []
    for o in objs:
        out.append(o.count(1))
    return out


print(method_caller([[1, 1, 2], (1,), [0], (1, 1, 1), [1] * 4] * 3))


def dispatch(op, a, b):
    table = {"add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b}
    return table[op]()


acc = 0
for i in range(1500):
    acc = dispatch(("add", "sub", "mul")[i % 3], acc % 1000, i)
print(acc)


def varargs(*args, **kwargs):
    return len(args), sorted(kwargs)


calls = [((), {}), ((1,), {}), ((1, 2), {"a": 1}), ((), {"b": 2, "a": 3})]
out = [varargs(*a, **k) for _ in range(300) for a, k in calls]
print(out[:4], len(out))
