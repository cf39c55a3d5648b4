# A syntax error late in the file prevents any earlier line from running.
print("line 1 would print")
values = [1, 2, 3]
for v in values:
    print(v)
result = values[0] +* values[1]
