# if / elif / else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 9, 10, 99, 100, 10 ** 20]:
    print(n, classify(n))
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 31)))
for v in [0, 1, "", "x", [], [0], {}, None, 0.0, -0.0, 1e-300, (), range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
if not x == 5:
    print("never")
elif x:
    print("elif taken")
