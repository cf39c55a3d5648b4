# for loops with else clauses.
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True
for n in range(20):
    print(n, is_prime(n), end="; ")
print()
def first_negative(items):
    for idx, v in enumerate(items):
        if v < 0:
            print("found", v, "at", idx)
            break
    else:
        print("no negatives in", items)
first_negative([3, 4, -1, 5])
first_negative([1, 2, 3])
first_negative([])
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(3):
    for j in range(3):
        if i == j == 1:
            print("inner break", i, j)
            break
    else:
        print("inner completed for i =", i)
for ch in "abc":
    pass
print("loop var after loop:", ch)
