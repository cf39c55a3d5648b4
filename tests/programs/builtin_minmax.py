# min() and max() with key= and default=.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max((1, 2), (1, 3)))
print(min([], default=0), max((), default="none"), max([7], default=0))
words = ["kiwi", "fig", "banana", "apple", "cherry"]
print(min(words), max(words), min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min(-3, 2, key=abs), max([-10, 5, 9], key=abs), max(range(10), key=lambda v: (v % 3, v)))
d = {"a": 3, "b": 1, "c": 2}
print(max(d), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]), max(d.values()))
print(max(1, 2.5, True), min(0, False, -0.0), max([2 ** 70, 1e21]), min(1, 1.0))
print(max([[1, 2], [1, 2, 0]]), min("apple", "Apple"))
for args in [(), ([],)]:
    try:
        print(max(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    min(1, "a")
except TypeError as e:
    print("TypeError", e)
