# LoadFast drops its unbound check where a local is certainly bound (parameters,
# stores on every path); everywhere else UnboundLocalError must still be raised, in
# every tier. Each function runs often enough to be compiled.

def param_then_del(x, flag):
    if flag:
        del x
    return x

def assigned_in_one_branch(flag):
    if flag:
        y = 1
    return y

def assigned_in_loop(n):
    for i in range(n):
        last = i
    return last

def assigned_in_try(flag):
    try:
        if flag:
            raise ValueError
        z = 5
    except ValueError:
        pass
    return z

def except_as_cleared():
    e = 1
    try:
        raise KeyError
    except KeyError as e:
        pass
    return e

def while_else(n):
    while n > 0:
        n -= 1
        w = n
    else:
        pass
    return w

def star_params(*args, **kw):
    return len(args) + len(kw)

def kwonly(a, *, b):
    return a + b

def deleted_in_handler(flag):
    v = 1
    try:
        if flag:
            raise OSError
    except OSError:
        del v
    return v

def gen_with_del(flag):
    q = 10
    yield q
    if flag:
        del q
    yield q

def attempt(f, *args):
    try:
        return f(*args)
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

results = []
for i in range(300):
    flag = i % 3 == 0
    results.append(attempt(param_then_del, i, flag))
    results.append(attempt(assigned_in_one_branch, flag))
    results.append(attempt(assigned_in_loop, i % 2))
    results.append(attempt(assigned_in_try, flag))
    results.append(attempt(except_as_cleared))
    results.append(attempt(while_else, i % 2))
    results.append(star_params(1, 2, k=3))
    results.append(kwonly(1, b=i))
    results.append(attempt(deleted_in_handler, flag))
    results.append(attempt(lambda: list(gen_with_del(flag))))
print(len(results))
seen = {}
for r in results:
    seen[str(r)] = seen.get(str(r), 0) + 1
for k in sorted(seen):
    print(k, seen[k])
