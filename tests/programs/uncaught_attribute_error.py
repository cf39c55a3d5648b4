# Uncaught AttributeError on a builtin type.
items = [3, 1, 2]
items.sort()
print(items)
total = 0
for x in items:
    total += x
print(total)
total.append(4)
