# Range iteration in compiled loops across the 48-bit small-int boundary, both directions.
def f():
    out = []
    for i in range(2**47-2, 2**47+2):
        out.append(i)
    for i in range(-(2**47)+1, -(2**47)-3, -1):
        out.append(i)
    for i in range(10, 0, -3):
        out.append(i)
    return out
print(f())
