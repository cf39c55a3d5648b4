# nonlocal rebinding across nested scopes.
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
            return x
        return inner()
    r = mid()
    return x, r
print(outer())
def accumulator(start):
    total = start
    def add(v):
        nonlocal total
        total += v
        return total
    return add
acc = accumulator(100)
print(acc(1), acc(10), acc(-50))
def make_stack():
    items = []
    size = 0
    def push(v):
        nonlocal size
        items.append(v)
        size += 1
    def pop():
        nonlocal size
        size -= 1
        return items.pop()
    def length():
        return size
    return push, pop, length
push, pop, length = make_stack()
for i in range(5):
    push(i * i)
print(pop(), pop(), length())
def shadow():
    x = "outer"
    def inner():
        x = "inner local"
        return x
    inner()
    return x
print(shadow())
