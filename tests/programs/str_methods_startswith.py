# startswith / endswith, including tuples and ranges.
s = "kiln_runtime.py"
print(s.startswith("kiln"), s.startswith("run"), s.endswith(".py"), s.endswith(".rs"))
print(s.startswith(("a", "b", "k")), s.endswith((".rs", ".c")), s.endswith((".rs", ".py")))
print(s.startswith("run", 5), s.startswith("run", 5, 7), s.endswith("time", 0, 12), s.startswith(""))
print("".startswith(""), "".endswith("x"), "abc".startswith("abcd"), "abc".endswith("bc", -2))
files = ["main.rs", "lib.py", "README.md", "test_x.py", "notes.txt", "setup.cfg"]
print([f for f in files if f.endswith((".py", ".rs"))])
print([f for f in files if f.startswith("test_") or f.isupper()])
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError", e)
