class Done(StopIteration): pass
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise Done()
        return self.i
print(list(It()))
class Fail:
    def __iter__(self): return self
    def __next__(self):
        raise ValueError("broken iterator")
try:
    for x in Fail():
        pass
except ValueError as e:
    print("ValueError:", e)
