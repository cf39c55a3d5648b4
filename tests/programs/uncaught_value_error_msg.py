# An uncaught ValueError with a custom message ends the program with exit code 1.
def validate(age):
    if age < 0:
        raise ValueError("bad thing")
    return age
for a in [3, 10, 0]:
    print("valid", validate(a))
print("now validating -1")
validate(-1)
print("never printed")
