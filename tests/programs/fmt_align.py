# Alignment and fill in tables built with formatting.
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.125), ("delta", 4444, -7.0)]
print(f"{'name':<8}|{'count':>6}|{'value':^10}|")
print("-" * 8 + "+" + "-" * 6 + "+" + "-" * 10 + "+")
for name, count, value in rows:
    print(f"{name:<8}|{count:>6}|{value:^10.2f}|")
print(f"{'':=^26}")
for width in range(1, 8):
    print(f"[{'abc':^{width}}] [{'abc':>{width}}] [{'abc':<{width}}] [{'ab':*^{width}}]")
print("[%8s] [%-8s] [%08.3f]" % ("r", "l", 3.5))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6, "."))
print(f"[{'é':^5}] [{'日本':>4}] [{'ñ':<3}]")
