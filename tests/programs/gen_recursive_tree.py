# recursive generators walking trees with yield from
tree = ("root", [
    ("a", [("a1", []), ("a2", [("a2x", [])])]),
    ("b", []),
    ("c", [("c1", []), ("c2", []), ("c3", [("c3x", []), ("c3y", [])])]),
])

def preorder(node, depth=0):
    name, children = node
    yield depth, name
    for child in children:
        yield from preorder(child, depth + 1)

for d, name in preorder(tree):
    print("  " * d + name)

def postorder(node):
    name, children = node
    for child in children:
        yield from postorder(child)
    yield name

print(list(postorder(tree)))

def leaves(node):
    name, children = node
    if not children:
        yield name
        return 1
    count = 0
    for child in children:
        count += yield from leaves(child)
    return count

g = leaves(tree)
names = []
while True:
    try:
        names.append(next(g))
    except StopIteration as e:
        print("leaf count", e.value, names)
        break

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7], 8]])))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

for p in permutations([1, 2, 3]):
    print(p)
print(len(list(permutations("abcde"))))

def binary_strings(n):
    if n == 0:
        yield ""
        return
    for s in binary_strings(n - 1):
        yield s + "0"
        yield s + "1"

print(list(binary_strings(3)))

# balanced binary tree as nested tuples
def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid - 1), mid, build(mid + 1, hi))

def inorder(t):
    if t is None:
        return
    left, v, right = t
    yield from inorder(left)
    yield v
    yield from inorder(right)

t = build(1, 20)
print(list(inorder(t)))
print(sum(inorder(t)))

def hanoi(n, a, b, c):
    if n == 0:
        return
    yield from hanoi(n - 1, a, c, b)
    yield (n, a, c)
    yield from hanoi(n - 1, b, a, c)

moves = list(hanoi(4, "A", "B", "C"))
print(len(moves), moves[:5])
