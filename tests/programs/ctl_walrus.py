# Assignment expressions (walrus operator).
data = [3, 8, 1, 9, 4, 12, 7]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
total = 0
i = 0
while (chunk := data[i:i + 3]):
    total += sum(chunk)
    print("chunk", chunk, total)
    i += 3
values = []
it = iter(range(10))
while (v := next(it, None)) is not None:
    if v % 4 == 0:
        values.append(v)
print(values)
print((a := 5) + a, a)
def check(s):
    if (m := s.find(":")) != -1:
        return s[:m], s[m + 1:]
    return None
print(check("key:val"), check("none"))
print([last := c for c in "xyz"], last)
