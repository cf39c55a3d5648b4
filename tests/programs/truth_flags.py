# Truth tests of instances: classes without __bool__/__len__ are always true (a class
# flag says so); adding, inheriting or removing either takes effect at once.


class T:
    pass


class U(T):
    pass


t, u = T(), U()
print(bool(t), not u, [1 for x in (t, u) if x])
T.__len__ = lambda self: 0
print(bool(t), bool(u), "yes" if u else "no")
U.__bool__ = lambda self: True
print(bool(t), bool(u))
del T.__len__
print(bool(t), bool(u))
del U.__bool__
print(bool(t), bool(u))


class Bad:
    def __bool__(self):
        return 1


try:
    if Bad():
        pass
except TypeError as e:
    print("TypeError", e)


class L:
    def __len__(self):
        return -1


try:
    bool(L())
except ValueError as e:
    print("ValueError", e)
t.__bool__ = lambda: False  # instance attributes are not consulted
print(bool(t))
