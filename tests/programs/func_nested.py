# Nested function definitions and helper functions.
def outer(n):
    def helper(k):
        return k * 2
    def helper2(k):
        return helper(k) + 1
    return [helper2(i) for i in range(n)]
print(outer(5))
def make_counter_table(words):
    def normalize(w):
        return w.strip(".,!?").lower()
    def count(ws):
        table = {}
        for w in ws:
            w = normalize(w)
            if w:
                table[w] = table.get(w, 0) + 1
        return table
    return count(words)
print(make_counter_table("The cat! the CAT, a dog.".split()))
def fact(n):
    def go(k, acc):
        if k <= 1:
            return acc
        return go(k - 1, acc * k)
    return go(n, 1)
print(fact(20), fact(1), fact(0))
def redefine():
    def f():
        return 1
    first = f()
    def f():
        return 2
    return first, f()
print(redefine())
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            return a + b + c
        return level3()
    return level2()
print(level1())
