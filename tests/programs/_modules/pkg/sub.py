print("executing pkg.sub, __package__ =", __package__)
CONST = "sub-const"


def helper(x):
    return "helper(%r)" % (x,)
