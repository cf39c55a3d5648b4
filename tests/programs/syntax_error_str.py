# str() and attributes of SyntaxError: compile errors carry (msg, (filename, lineno,
# offset, text, end_lineno, end_offset)) and print "msg (file, line N)"; user-made ones
# unpack their details; a raised one prints its location block and "SyntaxError: msg".
for src in ("def f():\n    await x\n", "def f():\n    async with x:\n        pass\n", "x = (1 +\n", "return 5\n", "if x\n  pass\n"):
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(str(e)), e.lineno, e.offset, e.args[0], e.args[1][:3], e.msg, e.filename)
for args in [("m", ("/a/b/f.py", 3, 1, "x", 3, 2)), ("m",), (), ("m", ("f.py", 2, 4, "t"))]:
    e = SyntaxError(*args)
    print(repr(str(e)), e.msg, e.filename, e.lineno, e.offset, e.text)
e = SyntaxError("m", ("f.py", 3, 1, "x", 3, 2))
e.msg = "changed"
print(str(e), e.args[0])
try:
    compile("a b", "/x/y/z.py", "exec")
except SyntaxError as e:
    print(str(e))
raise SyntaxError("custom", ("f.py", 7, 2, "bad line\n", 7, 4))
