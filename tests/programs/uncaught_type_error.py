# Uncaught TypeError from mixing str and int.
def describe(n):
    return "count: " + str(n)
print(describe(3))
def broken(n):
    return n + " items"
print(broken(4))
