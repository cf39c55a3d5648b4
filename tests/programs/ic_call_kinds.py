# one call site seeing functions, builtins, bound methods, classes, lambdas, callable instances
def call(f, x):
    return f(x)       # the site

def plain(x):
    return x + 1

def with_default(x, y=10):
    return x * y

def var_args(*args):
    return ("var", args)

def kw_only(x, *, scale=2):
    return x * scale

class Cls:
    def __init__(self, x):
        self.x = x
    def method(self, x):
        return ("method", self.x, x)
    def __repr__(self):
        return "Cls(%r)" % (self.x,)
    @staticmethod
    def static(x):
        return ("static", x)
    @classmethod
    def klass(cls, x):
        return ("classmethod", cls.__name__, x)

class CallMe:
    def __init__(self):
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return ("called", x)

class SubCls(Cls):
    pass

inst = Cls("i")
callable_obj = CallMe()
closure_base = 100
def make_closure():
    def inner(x):
        return x + closure_base
    return inner

callees = [
    plain, with_default, var_args, kw_only,
    lambda x: x * x,
    abs, str, repr, float, bool,
    inst.method, Cls.static, Cls.klass, inst.static,
    Cls, callable_obj, SubCls, list, tuple,
    make_closure(), [1, 2, 3].count, "abc".find, {}.get,
]

# warm up with plain functions
t = 0
for i in range(300):
    t += call(plain, i)
print("plain warm", t)

results = []
for i in range(800):
    f = callees[i % len(callees)]
    arg = "ab" if i % len(callees) in (17, 18, 21) else 3
    r = call(f, arg)
    if i < len(callees):
        results.append(r)
for r in results:
    print(repr(r))
print("callable_obj.calls", callable_obj.calls)

# back to monomorphic lambda
f = lambda x: x - 1
for i in range(300):
    t = call(f, i)
print("lambda mono", t)

# non-callables at the site
for bad in [None, 5, "str", [1]]:
    try:
        call(bad, 1)
    except TypeError as e:
        print("TypeError:", e)

# wrong arity at the site
for bad in [lambda: 1, lambda a, b: 2, Cls.method]:
    try:
        call(bad, 1)
    except TypeError as e:
        print("arity TypeError")

# keyword call site with different callees
def kcall(f):
    return f(x=5)

print([kcall(g) for g in [plain, with_default, kw_only, lambda x: -x, dict]])
