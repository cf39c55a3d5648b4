# exec, eval and compile: namespaces (globals, separate locals, function locals
# snapshots), code objects, syntax errors, argument checks, nested scopes.
x = 10
exec("y = x + 1")
print(y)
print(eval("x * 2 + y"))
g = {}
exec("a = 1\ndef f(): return a + 1\nb = f()", g)
print(sorted(k for k in g if k != "__builtins__"), g["b"], "__builtins__" in g)
g2, l2 = {"z": 5}, {}
exec("w = z + 1\nclass K: pass\nimport math\nv = math.pi > 3", g2, l2)
print(sorted(l2), "w" in g2, l2["w"], l2["v"])
def func(p):
    q = p * 2
    try:
        eval("[p + i for i in range(3)]")  # the comprehension's scope cannot see p
    except NameError as err:
        print("NameError", err)
    return eval("p + q"), eval("[i for i in range(p)]")
print(func(3))
def func2():
    loc = 1
    exec("loc = 2; new = 3")  # writes a snapshot dict, not the frame
    return loc
print(func2())
code = compile("s = 0\nfor i in range(10): s += i", "<mine>", "exec")
ns = {}
exec(code, ns)
print(ns["s"], type(code).__name__)
e = compile("1 + 2 * 3", "<e>", "eval")
print(eval(e), eval("  1 + 1"), eval("\t2"))
class A:
    x = 1
    print(sorted(locals()))
for bad in ("1 +", "x = = 1"):
    try:
        exec(bad)
    except SyntaxError as err:
        print("SyntaxError", err.msg, err.lineno, err.filename)
try:
    eval("x = 1")
except SyntaxError as err:
    print("SyntaxError", err.msg)
try:
    exec("raise ValueError('inner')")
except ValueError as err:
    print("ValueError", err)
for f in (eval, exec):
    for args in ((), (1,), ("1", 1), ("1", {}, 1), ("1", {}, {}, 1)):
        try:
            f(*args)
        except TypeError as err:
            print("TypeError", err)
try:
    compile("1", "f", "bad")
except ValueError as err:
    print("ValueError", err)
print(eval("globals()", g) is g, eval("locals()", g2, l2) is l2)
exec("global gv\ngv = 7", g2, l2)
print(g2.get("gv"), "gv" in l2)
def outer():
    n = 5
    return eval("lambda: n")()
try:
    print(outer())
except NameError as err:
    print("NameError", err)
print(eval("[x for x in range(3)]", {}))
exec("def deco(f): return f\n@deco\ndef h(): return 42\nprint(h())", {})
import gc
for f in (lambda: gc.collect(x=1), lambda: gc.collect(1, 2), lambda: gc.collect(generation=7),
          lambda: compile('1','f','exec',0,0,-1,1), lambda: compile('1','f'),
          lambda: compile(source='1', filename='f', mode='exec', bogus=1),
          lambda: compile('1', 'f', 'exec', source='2'), lambda: exec(5), lambda: eval(5)):
    try: f()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(eval(compile(source="1+1", filename="f", mode="eval", _feature_version=-1)), gc.collect(generation=1) >= 0)
