# Uncaught AssertionError without a message: the last stderr line is just the type name.
x = 5
assert x == 5
print("first assertion passed")
assert x > 10
