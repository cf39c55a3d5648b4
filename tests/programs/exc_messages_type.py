# Messages of common TypeErrors.
five = 5
none = None
text = "abc"
pair = [1, 2]
small_set = {1, 2}
tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + "a",
    lambda: 1 - "a",
    lambda: "a" * "b",
    lambda: None + 1,
    lambda: five[0],
    lambda: none[0],
    lambda: none(),
    lambda: five(),
    lambda: text(),
    lambda: len(5),
    lambda: len(None),
    lambda: int([]),
    lambda: int(None),
    lambda: float([]),
    lambda: {}[[]],
    lambda: iter(5),
    lambda: sorted(5),
    lambda: -"a",
    lambda: ~1.5,
    lambda: 1 < "a",
    lambda: [] > {},
    lambda: abs("x"),
    lambda: "%d" % "x",
    lambda: 2 ** "x",
    lambda: 1.5 & 1,
    lambda: pair[1.0],
    lambda: "abc".join(5),
    lambda: sum([1, "a"]),
    lambda: max(5),
    lambda: hash([]),
    lambda: small_set[0],
    lambda: next(pair),
    lambda: five + none,
    lambda: text - text,
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
f = None
try:
    f()
except TypeError as e:
    print("calling None:", e)
