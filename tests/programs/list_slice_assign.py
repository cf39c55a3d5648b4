# Slice assignment, including length-changing and extended slices.
a = list(range(10))
a[2:5] = ["a", "b", "c"]
print(a)
a[2:5] = ["X"]
print(a)
a[2:3] = [1, 2, 3, 4, 5]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[3:3] = "ins"
print(a)
a[:] = range(8)
print(a)
a[::2] = ["e0", "e2", "e4", "e6"]
print(a)
a[1::2] = [10, 30, 50, 70]
print(a)
a[::-1] = list(range(8))
print(a)
a[5:1:-2] = ["p", "q"]
print(a)
a[2:6] = []
print(a)
b = [1, 2, 3]
b[1:2] = b
print(b)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a[0:2] = 5
except TypeError as e:
    print("TypeError", e)
c = [0] * 5
c[1:4] = (9, 8)
print(c)
c[-2:] = [7, 7, 7]
print(c)
