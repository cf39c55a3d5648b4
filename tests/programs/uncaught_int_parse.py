# Uncaught ValueError from int().
for token in ["1", "22", "333", "abc"]:
    print(token, int(token) * 2)
