# Chained comparisons and their evaluation order.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 0 <= x <= 4, x == 5 == 5.0, 1 < 2 < 3 < 4 < 5, 1 < 2 > 3 < 4)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) < v(0), calls)
a = [1, 2]
print(1 in a in [[1, 2]], a is a is not None, "b" in "abc" == True)
for n in [0, 5, 10, 15]:
    print(n, 0 < n < 10, not 0 < n < 10, 0 < n <= 10 < 20)
print(1 < 2.5 < 3 < 10 ** 30 < float("inf"))
