def check(x):
    if x: assert x == 1 and x, 'bad'
check(2)
