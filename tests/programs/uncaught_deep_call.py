# An exception raised three calls deep propagates to the top level.
def level3(x):
    print("level3 got", x)
    return x // (x - x)
def level2(x):
    print("level2 got", x)
    return level3(x + 1)
def level1(x):
    print("level1 got", x)
    return level2(x * 2)
print("start")
level1(5)
print("never printed")
