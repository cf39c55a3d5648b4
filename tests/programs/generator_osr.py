# Generators whose loops warm up while they run: a natively resumed generator frame
# moves into machine code at a loop header and yields, returns and raises from there.
def gen(n):
    total = 0
    i = 0
    while i < n:
        total += i
        if i % 1000 == 0:
            sent = yield total
            if sent:
                total += sent
        i += 1
    return total

g = gen(20000)
out = [next(g)]
for k in range(30):
    try:
        out.append(g.send(k))
    except StopIteration as e:
        out.append(("stop", e.value))
        break
print(out)
def gen2():
    for i in range(5000):
        yield i * 2
print(sum(gen2()), list(gen2())[-3:])
def gen3():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("closed")
g3 = gen3()
for v in g3:
    if v > 3000:
        break
g3.close()
def gen4():
    i = 0
    while i < 3000:
        i += 1
    yield i
    raise ValueError("after osr")
try:
    print(list(gen4()))
except ValueError as e:
    print("ValueError", e)
