# assert with and without messages.
def check(x):
    assert x > 0
    return x
def check_msg(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(1), check_msg(2))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError", repr(e), e.args, str(e) == "")
try:
    check_msg(-5)
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print("AssertionError", e, e.args)
assert True
assert 1 == 1, "never"
print("done")
