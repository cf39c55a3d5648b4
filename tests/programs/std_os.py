# os and os.path: path algebra, queries, directories, files, environment, stat,
# scandir/walk, errors (the test runs in a fresh temporary directory).
import os, os.path
from os.path import join, dirname
import posixpath
print(os.path is posixpath, os.name, os.sep)
print(join("a", "b", "/c", "d"), dirname("/x/y/z.py"), os.path.basename("/x/y/z.py"))
print(os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.split("/a/b/"), os.path.split("//a"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath(""), os.path.normpath("../../x"), os.path.normpath("//a/b"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.relpath("/a/b/c", "/a/d"), os.path.commonpath(["/a/b/c", "/a/b/d"]))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.expanduser("~x"), os.path.splitdrive("/a"))
print(os.path.exists("/"), os.path.isdir("/"), os.path.isfile("/"), os.path.exists("/nonexistent/x"))
os.mkdir("d1")
os.makedirs("d1/d2/d3")
os.makedirs("d1/d2", exist_ok=True)
with open("d1/f.txt", "w") as f:
    f.write("hello")
print(sorted(os.listdir("d1")), os.path.getsize("d1/f.txt"), os.path.isfile("d1/f.txt"))
print([(p, sorted(ds), sorted(fs)) for p, ds, fs in os.walk("d1")])
st = os.stat("d1/f.txt")
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__)
os.rename("d1/f.txt", "d1/g.txt")
print(sorted(e.name for e in os.scandir("d1")), [e.is_dir() for e in sorted(os.scandir("d1"), key=lambda e: e.name)])
os.remove("d1/g.txt")
os.removedirs("d1/d2/d3")
print(os.path.exists("d1"))
for f, a in ((os.remove, "nope"), (os.rmdir, "nope"), (os.listdir, "nope"), (os.mkdir, ".")):
    try:
        f(a)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
os.environ["KILN_TEST_VAR"] = "v1"
print(os.environ["KILN_TEST_VAR"], os.getenv("KILN_TEST_VAR"), os.getenv("KILN_NOPE", "dflt"))
del os.environ["KILN_TEST_VAR"]
print("KILN_TEST_VAR" in os.environ, os.getenv("KILN_TEST_VAR"))
print(len(os.urandom(8)), type(os.getpid()).__name__, os.cpu_count() > 0, os.getcwd() == os.path.abspath("."))
print(os.fspath("x"), os.path.join(b"a", b"b"), os.path.dirname(b"/a/b"))
class P:
    def __fspath__(self): return "/tmp/p"
print(os.fspath(P()), os.path.join(P(), "q"), isinstance(P(), os.PathLike))
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError:", e)
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError:", e)
