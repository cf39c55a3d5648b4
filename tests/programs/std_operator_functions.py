import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.invert(5), op.not_(0), op.truth([1]), op.is_(None, None), op.is_not(1, None))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 5), op.rshift(64, 3))
print(op.concat([1], [2]), op.concat("a", "b"), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
l = [1, 2, 3]
op.setitem(l, 0, 10); op.delitem(l, 1)
print(l, op.getitem(l, 1), op.getitem("hello", slice(1, 3)), op.index(7), op.index(True))
x = [1]
print(op.iadd(x, [2]), x, op.iadd(1, 2), op.imul("ab", 2), op.isub(5, 3), op.ior({1}, {2}))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
for f, args in [(op.add, (1, "a")), (op.index, (1.5,)), (op.concat, (1, 2))]:
    try:
        f(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    op.truediv(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(op.__add__(1, 2), op.__not__(1))
from functools import reduce
print(reduce(op.mul, range(1, 10)), list(map(op.neg, [1, -2])), sorted([3, 1, 2], key=op.neg))
