# `module.f(x)` (LoadMethod on a module) hits the site's cache in machine code: the
# module dict's keys version and the cached entry's key are re-checked, the value read
# live. Rebinding, deleting, re-adding, a growing module dict and several modules at
# one site must all be seen at once.
import math
import string as mod
import heapq as other

mod.f = lambda x: x + 1
mod.g = lambda x: x * 2

def call_f(m, x):
    return m.f(x)

def call_g(m, x):
    return m.g(x)

def safe(fn, *a):
    try:
        return fn(*a)
    except AttributeError as e:
        return "AttributeError: " + str(e)

out = []
for i in range(400):
    out.append(safe(call_f, mod, i))
    out.append(safe(call_g, mod, i))
    if i == 100:
        mod.f = lambda x: -x
    if i == 150:
        del mod.g
    if i == 160:
        mod.g = lambda x: "g" + str(x)
    if i == 200:
        for k in range(50):
            setattr(mod, "filler%d" % k, k)
    if i == 250:
        del mod.f
        mod.h = 0
        mod.f = lambda x: ("f", x)

for i in range(300):
    r = (safe(call_f, mod, 1), safe(call_g, mod, 2))

print(out[:4], out[200:206], out[298:304], out[318:324], out[398:404], out[-4:])
print(r)

other.f = str
other.g = len
mixed = [safe(call_f, m, 5) for m in [mod, other, math, mod, other] * 40]
print(mixed[:5])
print(sum(math.sqrt(i) for i in range(100)))

# LoadAttr on a module: the same cache, the value read live.
def read(m):
    return m.value

vals = []
for i in range(300):
    if i == 0:
        mod.value = 1
    if i == 100:
        mod.value = "two"
    if i == 150:
        del mod.value
    if i == 160:
        mod.value = 3.0
    vals.append(safe(read, mod))
print(vals[99:102], vals[149:152], vals[159:162], vals[-1])
