# Syntax error: a malformed parameter list.
def f(:
    return 1
print(f())
