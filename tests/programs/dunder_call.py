class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n
add5 = Adder(5)
print(add5(1), add5(1, y=2), callable(add5), callable(Adder), callable(3))
print(list(map(add5, [1, 2, 3])))
class Plain: pass
try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)
print(callable(Plain()))
