import random
r = random.Random(5)
print(r.choices("abc", k=10))
print(r.choices(range(5), weights=[10, 1, 1, 1, 30], k=10))
print(r.choices(["lo", "mid", "hi"], cum_weights=[1, 5, 6], k=8))
print(r.choices([1, 2, 3]))
print(r.choices("xy", [0.25, 0.75], k=6))
for kw in [dict(weights=[1, 2], k=2), dict(weights=[0, 0, 0]), dict(weights=[1, 1, 1], cum_weights=[1, 2, 3])]:
    try:
        r.choices("abc", **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    r.choices("abc", 3)
except TypeError as e:
    print("TypeError", e)
