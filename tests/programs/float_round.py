# round(x, n) with banker's rounding and representation effects.
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.15, 0.25, 0.35, 2.675, 1.005, 123.456, -123.456, 1e-10, 9.995]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, 5))
print(round(1234.5678, -2), round(-1234.5678, -3), round(5e15 + 0.5), round(0.1 + 0.2, 15))
print(round(float("inf"), 2), round(-0.0), round(-0.4), round(-0.0, 1), round(0.6))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
vals = [i / 8 for i in range(-8, 9)]
print([round(v) for v in vals])
print([round(v, 1) for v in vals])
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
