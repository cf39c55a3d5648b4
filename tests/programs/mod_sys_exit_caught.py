# SystemExit is a BaseException: except Exception does not catch it, but except SystemExit does.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
try:
    try:
        sys.exit("msg")
    except Exception:
        print("not caught here")
except SystemExit as e:
    print("outer caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code:", e.code)
print(isinstance(SystemExit(), BaseException), isinstance(SystemExit(), Exception))
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)
sys.exit(42)
