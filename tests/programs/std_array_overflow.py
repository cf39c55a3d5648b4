from array import array
for tc in "bBhHiIlLqQ":
    out = []
    for v in [2**70, -2**70, 2**40, -2**40, 2**20, -2**20, 300, -300, -1, 0, 127]:
        try:
            array(tc, [v])
            out.append("ok")
        except OverflowError as e:
            out.append(str(e))
    print(tc, out)
a = array("B", [1, 2])
try:
    a.append(256)
except OverflowError as e:
    print("OverflowError", e)
try:
    a[0] = -1
except OverflowError as e:
    print("OverflowError", e)
print(a)
h = array("h", [0])
for v in [32767, -32768, 32768]:
    try:
        h[0] = v
        print(h)
    except OverflowError as e:
        print("OverflowError", e)
