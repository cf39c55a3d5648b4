# Loop shapes that stress compiled code: nested loops, early exits, while with complex conditions.
def matrix_sum(n):
    total = 0
    for i in range(n):
        for j in range(n):
            if (i ^ j) & 1:
                continue
            total += i * j
            if total > 10 ** 12:
                return -1
    return total


print(matrix_sum(10), matrix_sum(100))


def find_pair(nums, target):
    seen = {}
    for idx, v in enumerate(nums):
        if target - v in seen:
            return seen[target - v], idx
        seen[v] = idx
    return None


nums = [(i * 37) % 1001 for i in range(1000)]
print(find_pair(nums, 1500), find_pair(nums, 5000), find_pair(nums, 37 + 74))


def gcd_loop(a, b):
    while b and a:
        a, b = b, a % b
    return a + b


print([gcd_loop(a, b) for a, b in [(48, 18), (0, 5), (5, 0), (2 ** 80, 2 ** 40 * 3), (17, 13)]])


def string_build(n):
    s = ""
    i = 0
    while len(s) < n and i < 10 * n:
        s += chr(97 + i % 26) if i % 3 else ""
        i += 1
    return s[:40], len(s), i


print(string_build(200))


def countdown_float(x):
    steps = 0
    while x > 0:
        x -= 0.1
        steps += 1
    return steps, round(x, 12)


print(countdown_float(1.0), countdown_float(100.0))


def list_mutation(n):
    data = list(range(n))
    i = 0
    while i < len(data):
        if data[i] % 3 == 0:
            data.pop(i)
        else:
            data[i] *= 2
            i += 1
    return len(data), data[:8], sum(data)


print(list_mutation(3000))
total = 0
for a in range(50):
    for b in range(a):
        for c in range(b):
            if a + b + c == 60:
                total += 1
            elif a + b + c > 60:
                break
print("triples", total)
