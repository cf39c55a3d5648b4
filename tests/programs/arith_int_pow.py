# Integer powers, including negative exponents (float results) and big results.
for base in [-3, -2, -1, 0, 1, 2, 3, 10]:
    print(base, [base ** e for e in range(0, 8)])
print(2 ** 10, 2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64, 2 ** 100)
print((-2) ** 63, (-2) ** 64, -(2 ** 63))
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(0 ** 0, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(7 ** 77)
print(3 ** 200 % 1000007)
print(pow(2, 10), pow(3, 4), pow(2, -2), pow(-5, 3))
print(pow(3, 200, 1000007), pow(2, 100, 97), pow(5, 0, 7), pow(7, 3, 1))
print(pow(-3, 5, 7), pow(3, 5, -7), pow(12345678901234567890, 98765, 1000000007))
x = 1
for i in range(70):
    x = x * 2
    if i % 10 == 9:
        print(i + 1, x, x == 2 ** (i + 1))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print("ValueError", e)
