print("a" b"x" "c", 1)
