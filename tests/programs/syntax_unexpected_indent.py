# Indentation error: unexpected indent at module level.
a = 1
    b = 2
print(a + b)
