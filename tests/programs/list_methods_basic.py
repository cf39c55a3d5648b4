# append / extend / insert / pop / clear / copy / reverse.
a = []
for i in range(5):
    a.append(i * i)
    print(a)
a.extend([100, 200])
a.extend(range(3))
a.extend("xy")
a.extend(())
print(a, len(a))
a.insert(0, "first")
a.insert(3, "mid")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2))
print(a)
b = a.copy()
b.append("only-b")
print(len(a), len(b), b[-1], a is b, a == b[:-1])
b.reverse()
print(b)
b.clear()
print(b, len(b), a[:3])
r = a.append(1)
print(r, a.reverse(), a.count(1))
c = [1, 2]
c += [3]
c += (4, 5)
c += "ab"
print(c)
c = c + [9]
print(c)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
