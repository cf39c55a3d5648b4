# sys module basics.
import sys
print(len(sys.argv), isinstance(sys.argv, list), isinstance(sys.argv[0], str), sys.argv[0].endswith("mod_sys_basic.py"))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info[0] == 3, sys.version_info >= (3, 8))
print(sys.getrecursionlimit() > 100, type(sys.getrecursionlimit()).__name__)
print(type(sys.stdout).__name__ != "", hasattr(sys, "stderr"), hasattr(sys.stdout, "write"))
print(sys.version_info > (3, 10), sys.version_info < (3, 12), tuple(sys.version_info)[:2] == (3, 11))
