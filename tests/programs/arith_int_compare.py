# Integer comparisons, including mixed int/float/bool and big ints.
vals = [-3, 0, 2, 2 ** 64, -(2 ** 64)]
for a in vals:
    print(a, [(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in vals])
print(1 == 1.0, 1 < 1.5, 2 > 1.9999, -1 == -1.0, 0 == -0.0, 0 == False, 1 == True)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 == 1.0, 1 != 2 != 1)
print(max(3, 7, -1), min(3, 7, -1), sorted([5, -2, 2 ** 65, 0, -(2 ** 65), 3]))
print(5 == "5", 5 != "5", None == 0, [] == 0)
try:
    print(1 < "2")
except TypeError as e:
    print("TypeError", e)
