class Point:
    """A 2D point."""
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
q = Point(1, 2)
print(p.x, p.y, p.norm2(), Point.count)
print(p.move(1, 1).norm2(), q.norm2())
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, type(p).__name__, p.__class__.__name__)
print(Point.norm2(q), Point.__dict__["count"], "move" in Point.__dict__)
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))
print(Point.__bases__, Point.__mro__)
print(repr(Point))
