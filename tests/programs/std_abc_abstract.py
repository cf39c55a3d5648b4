from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def perimeter(self):
        pass
    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
    def perimeter(self):
        return 4 * self.s
class Half(Shape):
    def area(self):
        return 0
for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), isinstance(sq, ABC))
class Base(ABC):
    def hello(self):
        return "hi"
print(Base().hello())
