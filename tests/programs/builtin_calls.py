# Calls of functions implemented in Rust from every tier: plain builtins, bound and
# unbound builtin methods, builtin classmethods, errors caught in the calling frame,
# and a builtin rebound to a Python function mid-loop.
import math

def plain(n):
    t = 0
    l = [1, 2, 3]
    for i in range(n):
        t += len(l) + abs(-i) + min(i, 3) + max(i, 2)
        t += int(math.sqrt(i * i))
        if isinstance(i, int) and not isinstance(i, str):
            t += 1
    return t

def methods(n):
    out = []
    for i in range(n):
        out.append(i)            # method form: (unbound append, out)
        list.append(out, -i)     # unbound, receiver as the first argument
    d = dict.fromkeys(range(3), 0)  # builtin classmethod
    ap = out.append              # bound builtin method
    ap(99)
    return len(out), sum(out), d, ",".join(str(x) for x in out[:5])

def errors(n):
    caught = 0
    for i in range(n):
        try:
            len(i)
        except TypeError as e:
            caught += 1
            msg = str(e)
        try:
            list.append()
        except TypeError as e:
            caught += 1
            msg2 = str(e)
    return caught, msg, msg2

def rebinding(n):
    global len
    t = 0
    for i in range(n):
        if i == n // 2:
            len = lambda x: 100
        t += len([1])
    del len
    return t

for _ in range(3):
    print(plain(300))
    print(methods(300))
    print(errors(300))
    print(rebinding(300))

def boom():
    return math.sqrt(-1)

boom()
