# Uncaught OverflowError converting a huge int to float.
x = 10
for _ in range(3):
    x = x ** 10
    print(len(str(x)))
print(float(x))
