# builtins shadowed by module globals and un-shadowed again
def measure(x):
    return len(x)     # global-or-builtin site

data = [[1, 2, 3], "abcd", (1,), {}, range(7)]
print([measure(d) for d in data])
for i in range(300):
    measure(data[i % 5])

len = lambda x: -1
print("shadowed", [measure(d) for d in data])
for i in range(300):
    r = measure(data[i % 5])
print(r)

del len
print("unshadowed", [measure(d) for d in data])

# toggling inside a hot loop
hist = {}
for i in range(400):
    if i % 100 == 0:
        len = lambda x: 0
    elif i % 100 == 50:
        del len
    r = measure("abc")
    hist[r] = hist.get(r, 0) + 1
print(sorted(hist.items()))
try:
    del len
except NameError as e:
    print("NameError:", e)
print(measure("x"))

# shadow a builtin with a non-callable
def absolute(v):
    return abs(v)

for i in range(200):
    absolute(-i)
abs = 5
try:
    absolute(-3)
except TypeError as e:
    print("TypeError:", e)
abs = str
print(repr(absolute(-3)))
del abs
print(absolute(-3))

# a global first, then deleted so that the builtin shows through
def maker():
    return list("ab")

def list(x):
    return ("my list", x)

print(maker())
for i in range(200):
    maker()
del list
print(maker())

# shadowing via globals() dict
def use_max(a, b):
    return max(a, b)

res = []
for i in range(300):
    if i == 100:
        globals()["max"] = min
    if i == 200:
        del globals()["max"]
    res.append(use_max(i, 150))
print(res[98:102], res[198:202])

# function-local names shadow both
def local_shadow():
    out = []
    for i in range(3):
        out.append(len([0] * i))
    len = None
    return out

try:
    local_shadow()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
