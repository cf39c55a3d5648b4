# del of list items and slices.
a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[10:]
print(a)
del a[:]
print(a, len(a))
b = [[1, 2], [3, 4]]
del b[0][1]
print(b)
try:
    del a[0]
except IndexError as e:
    print("IndexError", e)
c = list("abcdef")
i = 0
while i < len(c):
    if c[i] in "bdf":
        del c[i]
    else:
        i += 1
print(c)
