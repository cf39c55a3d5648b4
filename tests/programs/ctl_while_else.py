# while loops with else clauses, break and continue.
n = 0
while n < 5:
    n += 1
else:
    print("while finished normally, n =", n)
n = 0
while n < 100:
    n += 7
    if n % 5 == 0:
        print("break at", n)
        break
else:
    print("not printed")
def find_divisor(m):
    d = 2
    while d * d <= m:
        if m % d == 0:
            break
        d += 1
    else:
        return None
    return d
for m in [2, 15, 49, 97, 1001, 7919]:
    print(m, find_divisor(m))
i = 0
total = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 20:
        break
    total += i
print("total", total, "i", i)
count = 0
while count < 3:
    count += 1
    print("count", count)
else:
    print("else after", count)
while False:
    print("never")
else:
    print("else of never-entered loop")
