# sys.setrecursionlimit / sys.getrecursionlimit.
import sys
old = sys.getrecursionlimit()
print(old >= 1000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(depth(3000))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(1000)
except RecursionError:
    print("RecursionError with lower limit")
print(depth(50))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
