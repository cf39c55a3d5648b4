# pathlib, fnmatch, tempfile and shutil: path algebra, I/O, iterdir/glob/rglob (sorted:
# directory order is the file system's), temporary directories, copying and removing
# trees (the test runs in a fresh temporary directory).
import fnmatch
import os
import shutil
import tempfile
from pathlib import Path, PurePath, PurePosixPath

p = PurePosixPath("/usr/lib/python3.11/os.tar.gz")
print(p.parts, p.name, p.suffix, p.suffixes, p.stem, p.parent, p.anchor, p.root)
print([str(x) for x in p.parents], p.with_name("x.py"), p.with_suffix(".bz2"), p.with_stem("q"))
print(PurePath("a", "b/c", "../d"), PurePath("a//b/./c/"), PurePath(), PurePath("/a") / "b" / "c")
print(p.relative_to("/usr"), p.is_relative_to("/etc"), p.match("*.gz"), p.match("lib/*/*.gz"),
      p.match("/os.tar.gz"), PurePath("a/b") == PurePath("a//b"), PurePath("a") < PurePath("b"))
print(repr(PurePath("x/y")), repr(Path("x")), str(Path("/") / "etc"), PurePath("/").parent)
print(Path("a.txt").suffix, Path(".bashrc").suffix, Path("a.").suffix, Path("a..b").suffixes)
try:
    p.relative_to("/etc")
except ValueError as e:
    print("ValueError:", e)
try:
    Path("a") / 3
except TypeError as e:
    print("TypeError:", e)

base = Path("work")
base.mkdir()
(base / "sub" / "deep").mkdir(parents=True)
for name in ["a.py", "b.txt", "c.py", "sub/d.py", "sub/deep/e.py", ".hidden.py"]:
    (base / name).write_text(name.upper())
(base / "data.bin").write_bytes(b"\x00\x01")
print(sorted(x.name for x in base.iterdir()))
print(sorted(str(x) for x in base.glob("*.py")), sorted(str(x) for x in base.rglob("*.py")))
print(sorted(str(x) for x in base.glob("**/*.py")), sorted(str(x) for x in base.glob("sub/*")))
print((base / "a.py").read_text(), (base / "data.bin").read_bytes(), (base / "a.py").stat().st_size)
print((base / "a.py").exists(), (base / "zz").exists(), (base / "sub").is_dir(), (base / "a.py").is_file())
(base / "a.py").rename(base / "z.py")
(base / "b.txt").unlink()
(base / "nothing").unlink(missing_ok=True)
(base / "t.txt").touch()
print(sorted(x.name for x in base.iterdir()), Path("work/sub/../z.py").resolve() == (Path.cwd() / "work" / "z.py"))
with open(base / "z.py") as f:
    print(f.read())
print(fnmatch.fnmatch("A.PY", "*.PY"), fnmatch.filter(["x.py", "y.c", "z.py"], "*.py"))

shutil.copytree("work", "copy")
shutil.copyfile("work/z.py", "copy/z2.py")
print(sorted(os.listdir("copy")), open("copy/z2.py").read())
shutil.move("copy/z2.py", "copy/sub")
print(sorted(os.listdir("copy/sub")))
shutil.rmtree("copy")
print(os.path.exists("copy"))
d = tempfile.mkdtemp(prefix="kiln", dir=".")
print(os.path.isdir(d), os.path.basename(d).startswith("kiln"), os.path.isabs(d))
with tempfile.TemporaryDirectory(dir=".") as t:
    Path(t, "f").write_text("x")
    print(os.listdir(t))
print(os.path.exists(t))
with tempfile.NamedTemporaryFile("w", dir=".", suffix=".txt") as nf:
    nf.write("hello")
    name = nf.name
    print(name.endswith(".txt"), os.path.exists(name))
print(os.path.exists(name))
print(shutil.which("sh") is not None, shutil.which("surely-not-a-command-kiln"))
