# String indexing, negative indexing and slicing with steps.
s = "abcdefghij"
print(s[0], s[5], s[-1], s[-10], s[len(s) - 1])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[::2], s[1::2], s[::-1], s[::-2])
print(s[8:2:-1], s[8:2:-3], s[-2:-8:-2], s[100:], s[5:2], s[-100:3], s[3:100], repr(s[5:5]))
for start in [None, 0, 3, -3]:
    for stop in [None, 7, -2]:
        for step in [None, 1, 2, -1, -2]:
            print(start, stop, step, repr(s[start:stop:step]))
try:
    print(s[10])
except IndexError as e:
    print("IndexError", e)
try:
    print(s[-11])
except IndexError as e:
    print("IndexError", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError", e)
print("x"[0], "x"[-1], ""[0:5], repr(""[::-1]))
