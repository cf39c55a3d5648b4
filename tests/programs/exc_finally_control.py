# finally runs on return, break and continue.
def with_return():
    try:
        print("  try returns")
        return "from try"
    finally:
        print("  finally still runs")
print(with_return())
for i in range(3):
    try:
        if i == 1:
            print("  continue at", i)
            continue
        if i == 2:
            print("  break at", i)
            break
        print("  body", i)
    finally:
        print("  finally", i)
def nested_return():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested_return())
def loop_return():
    for i in range(5):
        try:
            if i == 3:
                return i
        finally:
            print("  finally in loop", i)
print(loop_return())
count = 0
while True:
    try:
        count += 1
        if count == 4:
            break
    finally:
        print("  while finally", count)
print("count", count)
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  x set to", x)
print(value_captured())
