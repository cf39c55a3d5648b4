# Floor division and modulo of floats with negative operands.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5.0, 0.5), (1.0, 0.1), (-1.0, 0.1),
         (0.0, 3.0), (-0.0, 3.0), (1e10, 3.7), (3, 2.5), (-3, 2.5), (2.5, -0.75), (1e-3, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, 5.0 % -5, -5.0 % 5, 6.0 // 3, -6.0 // 3)
print(3 % float("inf"), -3 % float("inf"), 3 // float("inf"), -3 // float("inf"))
try:
    print(1.5 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1.5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
