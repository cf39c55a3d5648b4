# os-level file descriptors (os.open/read/write/close) and tempfile.mkstemp.
import os
import tempfile

fd, path = tempfile.mkstemp(suffix=".txt", prefix="kiln")
print(type(fd).__name__, fd > 2, os.path.basename(path).startswith("kiln"), path.endswith(".txt"))
print(os.write(fd, b"hello "), os.write(fd, bytearray(b"world")))
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
with open(path) as f:
    print(f.read())
try:
    os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print("FileExistsError", e.errno)
try:
    os.close(fd)
except OSError as e:
    print("OSError", e.errno, e.strerror)
fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
os.write(fd, b"x")
os.close(fd)
print(open(path).read())
os.unlink(path)
try:
    os.open(path, os.O_RDONLY)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename == path)
