# Arbitrary-precision integers.
print(2 ** 200)
print(-(2 ** 200))
f = 1
for i in range(1, 51):
    f *= i
print("50! =", f)
print(len(str(f)), f % 1000000007, f // 10 ** 50)
n = f
zeros = 0
while n % 10 == 0:
    n //= 10
    zeros += 1
print("trailing zeros", zeros)
digits = 0
s = 0
m = 2 ** 300
while m > 0:
    s += m % 10
    m //= 10
    digits += 1
print("digits", digits, "digit sum", s)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a, a * b)
print(b // a, b % a, divmod(b, a))
print(a == 123456789012345678901234567890, a < b, a > b, a != b)
print(2 ** 200 - 2 ** 200, (2 ** 200) // (2 ** 199), 2 ** 200 > 2 ** 199)
print(hex(2 ** 100), bin(2 ** 70), oct(2 ** 65))
print(str(10 ** 40), repr(-10 ** 40), int("1" * 45) + 1)
fib = [0, 1]
while len(fib) < 300:
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[200], fib[299])
print(abs(-(3 ** 100)), -abs(3 ** 100))
