import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(2, 3, 4))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.comb(100, 50))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**20), math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2))
for f, args in [(math.factorial, (-1,)), (math.comb, (-1, 2)), (math.isqrt, (-5,))]:
    try:
        f(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError", e)
