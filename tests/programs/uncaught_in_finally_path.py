# An uncaught exception still runs finally blocks on the way out.
def work():
    try:
        print("working")
        return [1, 2][5]
    finally:
        print("cleanup in finally")
try:
    work()
finally:
    print("outer finally")
