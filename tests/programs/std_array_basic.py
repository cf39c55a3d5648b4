from array import array
a = array("i", [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a.typecode, a.itemsize, a.tolist())
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, a.pop(), a.pop(0), a)
a.remove(3); a.reverse(); print(a, a.index(4), a.count(2), 4 in a, list(a))
a[0] = 100; del a[1]; print(a, sum(a), max(a))
print(array("d", [1, 2.5]), array("d"), array("f", [0.1, 0.5]), array("b", range(-2, 3)), array("B", [97, 98]))
d = array("d", (x / 4 for x in range(5)))
print(d, d * 2, d + array("d", [9]), d == array("d", [0, 0.25, 0.5, 0.75, 1.0]))
for tc in "bBhHiIlLqQfd":
    print(tc, array(tc, [1, 2]).itemsize, array(tc, [3]))
q = array("q", [2**62, -2**62])
print(q, array("Q", [2**64 - 1]), array("L", [2**63]))
for tc, v in [("i", 1.5), ("d", "x"), ("b", "1")]:
    try:
        array(tc, [v])
    except TypeError as e:
        print("TypeError", e)
try:
    array("z")
except ValueError as e:
    print("ValueError", e)
try:
    array("i", "123")
except TypeError as e:
    print("TypeError", e)
try:
    a[50]
except IndexError as e:
    print("IndexError", e)
try:
    array("i").pop()
except IndexError as e:
    print("IndexError", e)
