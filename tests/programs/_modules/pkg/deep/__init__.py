print("executing pkg.deep, __package__ =", __package__)
