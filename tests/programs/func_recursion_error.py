# Deep recursion raises RecursionError, which can be caught.
import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("caught", type(e).__name__, isinstance(e, RuntimeError))
def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)
print(countdown(500))
try:
    countdown(100000)
except RecursionError:
    print("too deep")
print(countdown(800), "still works after recovery")
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
print(sys.getrecursionlimit() >= 1000)
