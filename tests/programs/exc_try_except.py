# Basic try/except with specific handlers.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return "div by zero"
print(safe_div(1, 2), safe_div(1, 0))
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        print("  could not parse:", e)
        return None
print([parse(s) for s in ["1", "x", "3", ""]])
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return "missing"
    except TypeError:
        return "unhashable"
print(lookup({"a": 1}, "a"), lookup({"a": 1}, "b"), lookup({"a": 1}, []))
results = []
for item in [1, "2", None, [3], 4.5]:
    try:
        results.append(item + 1)
    except TypeError as e:
        results.append(type(e).__name__)
print(results)
try:
    raise ValueError
except ValueError as e:
    print("bare class raised:", repr(e), str(e) == "", e.args)
try:
    raise KeyError("x", 1)
except KeyError as e:
    print("multi-arg KeyError:", e, e.args)
x = 0
try:
    x = 1
except Exception:
    x = 2
print("no exception path", x)
