# A plain while loop with locals and int arithmetic.
def count(n):
    i = 0
    acc = 0
    while i < n:
        acc = (acc + i * 3) & 0xFFFFFF
        i += 1
    return acc

print(count(5_000_000))
