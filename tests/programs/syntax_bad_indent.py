# Indentation error: a dedent that matches no outer indentation level.
def f():
        x = 1
    return x
print(f())
