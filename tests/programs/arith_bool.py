# Booleans behave as the integers 0 and 1 in arithmetic.
print(True + True, True * 10, False - True, True / 2, True // 2, -True, +False)
print(sum([True, True, False, True]), True ** 10, 7 * False)
print(True == 1, False == 0, True is True, True is not False, type(True + 1).__name__)
print(str(True), repr(False), int(True), float(False), bool(2), bool(0), bool(-1))
print(True & True, True | False, True ^ True, not True, not 0, not "")
print([1, 2, 3][True], {True: "yes", False: "no"}[3 > 2])
d = {1: "one", True: "true"}
print(d)
count = 0
for x in [3, -1, 0, 8, -5, 0, 2]:
    count += x > 0
print("positives", count)
print(max(True, False), min(True, 2), abs(-True), divmod(True, True))
print(isinstance(True, int), issubclass(bool, int), True < 2, False > -1)
