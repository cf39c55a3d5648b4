# pipelines of generators
lines = [
    "alpha 3",
    "# comment",
    "beta 10",
    "",
    "gamma 7",
    "delta x",
    "epsilon 21",
]

def read(src):
    for line in src:
        print("  read", repr(line))
        yield line

def non_empty(it):
    for line in it:
        if line and not line.startswith("#"):
            yield line

def parse(it):
    for line in it:
        name, _, num = line.partition(" ")
        if num.isdigit():
            yield name, int(num)
        else:
            print("  skip bad", name)

def scale(it, k):
    for name, v in it:
        yield name, v * k

pipe = scale(parse(non_empty(read(lines))), 2)
print(type(pipe).__name__)
for item in pipe:
    print("result", item)

def numbers():
    for i in range(1, 31):
        yield i

def evens(it):
    return (x for x in it if x % 2 == 0)

def squared(it):
    for x in it:
        yield x * x

def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total

print(list(running_sum(squared(evens(numbers())))))

def batch(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

print(list(batch(numbers(), 7)))
print(list(batch(iter("abcdefgh"), 3)))

def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x

print(list(pairwise([1, 4, 9, 16])))
print([b - a for a, b in pairwise(squared(numbers()))][:10])

stages = [evens, squared, running_sum]
data = numbers()
for st in stages:
    data = st(data)
print(list(data))

def dedupe(it):
    last = object()
    for x in it:
        if x != last:
            yield x
        last = x

print(list(dedupe([1, 1, 2, 2, 2, 3, 1, 1])))
print("".join(dedupe("aaabbbcccaaa")))
