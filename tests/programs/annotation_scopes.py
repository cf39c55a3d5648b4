# Annotations evaluated at module and class level may contain comprehensions and
# lambdas (their scopes must exist; the compiler fuzz test found a panic here).
x: [i for i in range(3)] = 1
print(__annotations__)
class C:
    y: (lambda: 5)()
print(C.__annotations__)
print: ([r for r in "ab"], 2)
print(__annotations__["print"])
