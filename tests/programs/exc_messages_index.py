# Messages of lookup errors.
tests = [lambda: [1, 2][5], lambda: [][-1], lambda: (1,)[3], lambda: "abc"[9], lambda: range(3)[3],
         lambda: {"a": 1}["b"], lambda: {1: 2}[3], lambda: {(1, 2): 0}[(2, 1)], lambda: [].pop(),
         lambda: {}.popitem(), lambda: [1][1:2][0], lambda: {"k": 1}[None]]
for i, t in enumerate(tests):
    try:
        t()
    except IndexError as e:
        print(i, "IndexError:", e)
    except KeyError as e:
        print(i, "KeyError:", e, repr(e))
a = [0] * 3
try:
    a[3] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del a[7]
except IndexError as e:
    print("IndexError:", e)
