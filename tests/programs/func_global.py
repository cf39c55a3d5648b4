# global declarations.
count = 0
def bump():
    global count
    count += 1
    return count
for _ in range(3):
    bump()
print(count)
def create_global():
    global created
    created = "made inside function"
create_global()
print(created)
value = "module"
def read_only():
    return value
def shadowing():
    value = "local"
    return value
print(read_only(), shadowing(), value)
registry = {}
def register(name):
    registry[name] = len(registry)
register("a")
register("b")
print(registry)
def reset():
    global registry
    registry = {}
reset()
print(registry)
x = 1
def nested_global():
    def inner():
        global x
        x = 42
    inner()
nested_global()
print(x)
