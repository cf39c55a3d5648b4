# one method-call site: monomorphic -> polymorphic -> megamorphic -> monomorphic
class A:
    def m(self, k): return k + 1
class B:
    def m(self, k): return k * 2
class C:
    def m(self, k): return "C%d" % k
class D(A):
    pass
class E(B):
    def m(self, k): return super().m(k) + 1000
class F:
    @staticmethod
    def m(k): return -k
class G:
    @classmethod
    def m(cls, k): return cls.__name__ + str(k)
class H:
    def __init__(self):
        self.m = lambda k: ("instance-lambda", k)
class I:
    m = len  # builtin as a class attribute: not bound
class J:
    def __getattr__(self, name):
        return lambda k: ("getattr", name, k)

def call_m(o, k):
    return o.m(k)   # the site

def run(objs, n):
    out = []
    for i in range(n):
        out.append(call_m(objs[i % len(objs)], i))
    return out[:len(objs)] + ["..."] + out[-2:]

print("mono", run([A()], 300))
print("poly", run([A(), B(), C()], 300))
print("mega", run([A(), B(), C(), D(), E(), F(), G(), H(), J()], 900))
print("mono", run([B()], 300))
i_obj = I()
try:
    call_m(i_obj, 3)
except TypeError as e:
    print("TypeError:", e)
i_obj.m = len
print("instance builtin", call_m(i_obj, "abcd"))

# non-method callables on the same site
class K:
    pass
k = K()
k.m = abs
print([call_m(k, -i) for i in range(5)])
k.m = str
print([call_m(k, i) for i in range(3)])
del k.m
try:
    call_m(k, 1)
except AttributeError as e:
    print("AttributeError:", e)

# method on builtin types at the same attribute site
def upper_or_append(o):
    return o.copy()

objs = [[1, 2], {"a": 1}, {3, 4}]
res = []
for i in range(300):
    res.append(type(upper_or_append(objs[i % 3])).__name__)
print(res[:6], len(res))
