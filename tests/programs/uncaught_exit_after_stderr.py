# Output on both streams followed by an uncaught exception.
import sys
print("stdout line")
print("a warning on stderr", file=sys.stderr)
d = {"a": 1}
print(d["a"])
raise LookupError("custom lookup failure")
