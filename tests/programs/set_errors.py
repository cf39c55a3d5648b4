# Error paths for sets.
s = {1, 2}
try:
    s.remove(3)
except KeyError as e:
    print("KeyError", e, e.args)
try:
    s[0]
except TypeError as e:
    print("TypeError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    s.add([1])
except TypeError as e:
    print("TypeError", e)
try:
    s + {3}
except TypeError as e:
    print("TypeError", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError", e)
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(s) if len(s) < 10 else len(s))
