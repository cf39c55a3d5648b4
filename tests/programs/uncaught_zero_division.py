# Uncaught ZeroDivisionError at module level.
values = [10, 5, 2, 0, 1]
for v in values:
    print(100 / v)
