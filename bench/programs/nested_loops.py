# Nested loops over ranges with small-int arithmetic.
def work(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i * j) % 7
    return total

print(work(1500))
