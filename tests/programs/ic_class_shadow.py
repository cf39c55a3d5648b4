# class attribute shadowed by an instance attribute and then deleted again
class K:
    value = "class"
    def get(self):
        return self.value

a = K()
b = K()

def read(o):
    return o.value

log = []
for i in range(500):
    if i == 100:
        a.value = "instance a"
    if i == 200:
        K.value = "class v2"
    if i == 300:
        del a.value
    if i == 400:
        b.value = "instance b"
    if i % 50 == 0:
        log.append((i, read(a), read(b), a.get(), b.get()))
    read(a); read(b)
print(*log, sep="\n")

del b.value
print(read(a), read(b))
del K.value
try:
    read(a)
except AttributeError as e:
    print("AttributeError:", e)
K.value = 0
print(read(a))

# class attribute counter mutated in the loop
class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        return self.count

c1, c2 = Counter(), Counter()
for i in range(300):
    (c1 if i % 2 else c2).inc()
print(Counter.count, c1.count, c2.count)
c1.count = -5     # instance attribute now shadows
for i in range(100):
    c1.inc()
print(Counter.count, c1.count, c2.count)

# an instance attribute with the same name as a method
class M:
    def action(self):
        return "method"

m = M()
res = []
for i in range(300):
    if i == 100:
        m.action = lambda: "instance callable"
    if i == 200:
        del m.action
    res.append(m.action())
print(res[99], res[100], res[199], res[200])

# class attribute holding a mutable shared object
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)

s1, s2 = Shared(), Shared()
for i in range(200):
    (s1 if i % 2 else s2).add(i)
print(len(Shared.items), s1.items is s2.items)
s1.items = ["own"]
s1.add("x")
s2.add("y")
print(s1.items, len(Shared.items), Shared.items[-1])
