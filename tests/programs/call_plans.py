# Calling instances: a call site caches the class's __call__ under the class version.
# Rebinding, deleting or overriding __call__ (on the class or a base) after the cache
# is warm must be seen; instance attributes named __call__ are never consulted.


class S:
    def __init__(self, k):
        self.k = k

    def __call__(self, t, scale=1):
        return (self.k + t) * scale


class T(S):
    pass


def call_all(fs, t):
    return [f(t) for f in fs]


def call_kw(f):
    return f(1, scale=10)


objs = [S(1), S(2), T(3), S(4), T(5), S(6)]
for _ in range(3):
    print(call_all(objs, 10), call_kw(objs[0]))
S.__call__ = lambda self, t: f"lambda {self.k} {t}"
print(call_all(objs, 10))
T.__call__ = lambda self, t: f"T {self.k} {t}"
print(call_all(objs, 10))
objs[0].__call__ = lambda t: "instance attribute"
print(call_all(objs, 10))
del T.__call__
print(call_all(objs, 10))


class St:
    @staticmethod
    def __call__(t):
        return f"static {t}"


print(call_all([St(), St()], 7))
del S.__call__
for f in objs:
    try:
        f(1)
    except TypeError as e:
        print("TypeError:", e)


class Boom:
    def __call__(self, t):
        return 1 / t


def run(b, t):
    return b(t)


for i in (3, 2, 1):
    print(run(Boom(), i))
run(Boom(), 0)
