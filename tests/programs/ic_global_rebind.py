# global-name sites: rebinding, deleting and re-creating globals
factor = 2

def scaled(x):
    return x * factor   # global load site

total = 0
for i in range(300):
    total += scaled(i)
print("factor 2", total)

factor = 3
total = 0
for i in range(300):
    total += scaled(i)
print("factor 3", total)

# rebinding in the middle of the loop, to other types
out = []
for i in range(300):
    if i == 100:
        factor = 1.5
    if i == 200:
        factor = "ab"
    out.append(scaled(i % 3 + 1))
print(out[98:103], out[198:203], out[-2:])

# delete and re-create
del factor
errors = 0
for i in range(200):
    try:
        scaled(i)
    except NameError as e:
        errors += 1
        msg = str(e)
print(errors, msg)
factor = 10
print(scaled(5))

# a global deleted and re-created repeatedly inside the loop
results = []
for i in range(300):
    if i % 3 == 0:
        del factor
    try:
        results.append(scaled(1))
    except NameError:
        results.append(None)
        factor = i
print(results[:9], results.count(None))

# functions rebinding globals they use
counter = 0
def bump():
    global counter
    counter += 1
    return counter

for i in range(250):
    bump()
print("counter", counter)
counter = 1000
for i in range(250):
    bump()
print("counter", counter)

# a global function replaced while a call site is hot
def helper(x):
    return x + 1

def use_helper(x):
    return helper(x)

vals = []
for i in range(300):
    if i == 150:
        def helper(x):
            return x - 1
    vals.append(use_helper(i))
print(vals[148:153])
helper = lambda x: x * 100
print(use_helper(3))

# globals() dictionary writes are seen by the site
for i in range(300):
    if i == 100:
        globals()["factor"] = 7
    if i == 200:
        globals()["factor"] = -1
    r = scaled(1)
    if i in (99, 100, 199, 200, 299):
        print(i, r)
