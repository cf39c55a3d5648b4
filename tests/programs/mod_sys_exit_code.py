# sys.exit(n) with a non-zero code ends the program immediately.
import sys
print("before exit")
def finish(code):
    print("exiting with", code)
    sys.exit(code)
try:
    print("inside try")
    finish(3)
finally:
    print("finally runs during exit")
print("never printed")
