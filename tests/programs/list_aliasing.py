# Aliasing, copying and mutation through references.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = list(a)
c.append(5)
print(a, c)
def mutate(lst):
    lst.append("m")
    lst = ["rebound"]
    lst.append("x")
    return lst
r = mutate(a)
print(a, r)
matrix = [[0, 0]] * 2
matrix[1][1] = 9
print(matrix, matrix[0] is matrix[1])
copies = [row[:] for row in matrix]
copies[0][0] = 7
print(matrix, copies)
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
d = {"k": a}
d["k"].append("via dict")
print(a)
t = (a, 1)
t[0].append("via tuple")
print(t)
