a = list(range(10))
print(a[::-1], a[2:8:2], a[8:2:-3], a[-3:], a[:0], a[5:2], a[::3], a[100:], a[-100:2])
b = a[:]
b[2:5] = (7, 8, 9); print(b)
b[2:5] = b[5:8]; print(b)
b[:] = b; print(b)
b[1:3] = [1]; print(b)
b[0:0] = b; print(b)
c = [1, 2, 3]; c[:] = c[::-1]; print(c)
class I:
    def __index__(self): return 2
print(a[I():I()+3 if False else 5])
t = tuple(a); print(t[::-2], t[1:4])
print(a[I():4 * 2], a[::I()], a[10**30:], a[-10**30:3], a[:10**30:4])
d = list(range(6))
d[1:4] = d[2:5]; print(d)
d[::2] = d[1::2]; print(d)
e = [0] * 5
e[1:3] = (1, 2, 3); print(e)
e[:] = ()
print(e)
s = [3, 1, 2]
for k in range(4):
    s[:k + 1] = s[k::-1]
    print(s)
try:
    a[::0]
except ValueError as ex:
    print("ValueError", ex)
try:
    a["x":]
except TypeError as ex:
    print("TypeError", ex)

# Three-part slices taken without a slice object (list/tuple, int/None bounds),
# and every case that must still take the general path.
t = tuple(range(12))
lst = list(range(12))
for sl in [(None, None, -1), (1, 9, 2), (9, 1, -2), (-3, None, None), (None, -20, -1), (3, 3, 1), (0, 12, 5)]:
    a_, b_, c_ = sl
    print(lst[a_:b_:c_], t[a_:b_:c_])
print(t[::1] is t, lst[::1] is lst, lst[::-1][::-1] == lst)
class L(list): pass
class TT(tuple): pass
print(L(lst)[1:6:2], TT(t)[::-3], "abcdef"[::2], range(10)[1:8:3])
print(lst[I():None:I()], lst[2**70:None:-1][:2], lst[None:None:2**70])
try:
    lst[1:5:0]
except ValueError as e:
    print("ValueError", e)
try:
    t[::1.5]
except TypeError as e:
    print("TypeError", e)
