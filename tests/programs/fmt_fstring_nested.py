# Nested format specs inside f-strings.
x = 2.718281828
for w in [6, 8, 10]:
    for p in [1, 2, 4]:
        print(f"[{x:{w}.{p}f}]", end=" ")
    print()
align = ["<", ">", "^"]
for a in align:
    print(f"[{'ab':{a}7}] [{42:{a}7}] [{'x':{'*'}{a}5}]")
fill = "."
width = 12
print(f"[{'title':{fill}^{width}}]")
precision = 3
vals = [1 / 3, 2 / 3, 10 / 3]
print(", ".join(f"{v:.{precision}f}" for v in vals))
spec = ">10.2f"
print(f"[{x:{spec}}]")
table = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 100)]
wn = max(len(t[0]) for t in table)
for name, price, qty in table:
    print(f"{name:<{wn}} | {price:>6.2f} | {qty:>4d} | {price * qty:>8.2f}")
print(f"{'total':<{wn}} | {'':>6} | {sum(t[2] for t in table):>4d} | {sum(t[1] * t[2] for t in table):>8.2f}")
