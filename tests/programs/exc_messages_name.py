# NameError and UnboundLocalError messages.
try:
    print(undefined_variable)
except NameError as e:
    print("NameError:", e, type(e).__name__)
def uses_before_assign():
    print(counter)
    counter = 1
try:
    uses_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
except NameError as e:
    print("NameError (wrong):", e)
total = 10
def increments():
    total += 1
    return total
try:
    increments()
except UnboundLocalError as e:
    print("UnboundLocalError:", e, isinstance(e, NameError))
def deleted():
    x = 1
    del x
    return x
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
y = 5
del y
try:
    y
except NameError as e:
    print("NameError:", e)
def nested_missing():
    def inner():
        return not_defined_anywhere + 1
    return inner()
try:
    nested_missing()
except NameError as e:
    print("NameError:", e)
def conditional_assign(flag):
    if flag:
        value = "set"
    return value
print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
