# An uncaught exception group: CPython's boxed layout (chained, raised members with
# tracebacks, a group wider than 15 and deeper than 10).
def boom(n):
    raise ValueError(f"v{n}")
errs = []
for i in range(3):
    try:
        boom(i)
    except ValueError as e:
        errs.append(e)
try:
    try:
        raise KeyError("inner")
    except KeyError as k:
        raise ExceptionGroup("many", errs + [TypeError("t")]) from k
except ExceptionGroup as eg:
    saved = eg
big = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
def deep(n):
    return ExceptionGroup(f"d{n}", [deep(n - 1) if n else ValueError("leaf")])
try:
    raise ExceptionGroup("top", [saved, big, deep(12)])
finally:
    print("done")
