# Concatenation, repetition and building strings in loops.
a = "foo"
b = "bar"
print(a + b, a + " " + b, a * 3, 3 * b, a * 0, repr(a * -2), (a + b) * 2)
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
parts = []
for i in range(5):
    parts.append("<" + "=" * i + ">")
print("".join(parts))
t = "ab"
for _ in range(5):
    t = t + t
print(len(t), t[:10])
print("-" * 30)
line = "+".join(["-" * n for n in range(1, 6)])
print(line)
x = "x"
x *= 4
print(x)
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError", e)
try:
    print("a" * "b")
except TypeError as e:
    print("TypeError", e)
try:
    print("a" * 2.5)
except TypeError as e:
    print("TypeError", e)
print("a" "b" "c", "multi" 'ple')
