# Uncaught UnboundLocalError.
limit = 10
def check(v):
    if v > limit:
        limit = v
    return limit
print("calling check")
check(3)
