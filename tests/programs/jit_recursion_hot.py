# Hot recursive functions, including redefinition and deep-but-legal recursion.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(22)])
slow_fib = fib


def fib(n):  # redefine: slow_fib's recursive calls now go to the new fib
    return -1


print(slow_fib(10), fib(10))


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


print(tak(12, 8, 4), tak(10, 5, 0))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))


def sum_list(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)


print(sum_list(list(range(800))), sum_list([0.5] * 500), sum_list([2 ** 64] * 300))


def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])


print(count_change(100, (50, 25, 10, 5, 1)))


def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out += flatten(item)
    return out


nested = 0
for i in range(200):
    nested = [i, nested] if i % 2 else [nested, i]
flat = flatten(nested)
print(len(flat), flat[:5], sum(flat))
