# The mutable-default-argument pitfall and the usual fix.
def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_bad(1))
print(append_bad(2))
print(append_bad(3, []))
print(append_bad(4))
def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_good(1), append_good(2), append_good(3, [0]))
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(50), memo_fib(90), memo_fib(10))
def counter(_state={"n": 0}):
    _state["n"] += 1
    return _state["n"]
print(counter(), counter(), counter())
