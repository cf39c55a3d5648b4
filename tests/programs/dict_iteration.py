# keys / values / items views and insertion-order iteration.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
keys = d.keys()
d["new"] = 3
print(len(keys), list(keys), "new" in keys, "zz" in keys)
print(sum(d.values()), max(d.values()), sorted(d.values()), min(d.items()))
del d["alpha"]
d["alpha"] = 0
print(list(d))
d["zeta"] = 99
print(list(d.items()))
print(dict(sorted(d.items())), dict(sorted(d.items(), key=lambda kv: kv[1])))
inverted = {v: k for k, v in d.items()}
print(inverted)
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
print(list(d)[::-1])
print(d.keys() == {"zeta", "mid", "beta", "new", "alpha", "zeta!"} or len(d))
