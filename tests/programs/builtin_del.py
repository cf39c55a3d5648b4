# del of names, list items, dict entries and slices.
x = 10
y = [1, 2, 3, 4, 5]
z = {"a": 1, "b": 2}
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
del y[0], z["a"]
print(y, z)
del y[1:3]
print(y)
a, b, c = 1, 2, 3
del a, b
print(c)
def local_del():
    v = "local"
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())
x = "rebound after del"
print(x)
nested = {"k": [1, {"inner": 2, "gone": 3}]}
del nested["k"][1]["gone"]
print(nested)
try:
    del z["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del undefined_thing
except NameError as e:
    print("NameError", e)
for i in range(3):
    pass
del i
print("i deleted")
