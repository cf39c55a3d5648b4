# dict(), dict(zip(...)), dict.fromkeys and comprehensions.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True))
keys = ["one", "two", "three"]
vals = [1, 2, 3, 4]
print(dict(zip(keys, vals)), dict(zip(range(3), "abc")))
print(dict.fromkeys(keys), dict.fromkeys(keys, 0), dict.fromkeys("aab", []))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(dict([(1, 2), [3, 4], "xy"]), dict(((i, i * i) for i in range(4))))
print({k: v for k, v in zip("abc", range(3))}, {i: i % 3 for i in range(7)})
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError", e)
copy = dict(shared)
print(copy == shared, copy is shared, copy["p"] is shared["p"])
