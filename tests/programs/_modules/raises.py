print("raises: executing")
partial = 1
1 / 0
