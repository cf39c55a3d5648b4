# repr of tuples, including the single-element form.
print((), (1,), (1, 2), ("a",), ((1,),), (None,), ([],), ((), ()), (1, (2, (3, (4,)))))
print(repr((1,)), str(("x", "y")), [(1,)], {"t": (2,)}, ((1, 2),))
t = tuple()
print(t, tuple([5]), tuple("a"), (1.5, -0.0, "q'"), (True, False))
one = 5,
print(one, type(one).__name__, len(one))
print((1) == 1, (1,) == 1, (1, 2) + (3,))
