# list.sort and sorted: key, reverse and stability.
nums = [5, 2, 9, 1, 5, 6, -3, 0, 2 ** 65, -2.5]
s = nums.copy()
s.sort()
print(s)
s.sort(reverse=True)
print(s)
print(sorted(nums, key=abs), sorted(nums, key=lambda x: -x))
words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum", "Cherry"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: w.lower()))
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
two_pass = sorted(people, key=lambda p: p[0], reverse=True)
two_pass.sort(key=lambda p: p[1])
print(two_pass)
records = [(i % 3, i) for i in range(15)]
records.sort(key=lambda r: r[0])
print(records)
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1, "a", 0)]))
print(sorted([[2, 1], [1, 2, 3], [1, 2], []]))
print(sorted("hello world"), sorted({3: "a", 1: "b", 2: "c"}), sorted((3, 1, 2), reverse=True))
e = []
e.sort()
print(e, sorted([]), sorted([1]))
try:
    sorted([1, "a", 2])
except TypeError as ex:
    print("TypeError", ex)
try:
    [3, None, 1].sort()
except TypeError as ex:
    print("TypeError", ex)
big = [(i * 7919) % 1000 for i in range(300)]
big.sort()
print(big[:10], big[-10:], all(big[i] <= big[i + 1] for i in range(len(big) - 1)))
