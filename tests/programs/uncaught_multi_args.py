# An exception with several arguments shows the args tuple.
print("raising with two args")
raise ValueError("code", 42)
