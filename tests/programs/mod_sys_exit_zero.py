# sys.exit(0) and sys.exit() both exit with status 0.
import sys
for i in range(3):
    print("iteration", i)
    if i == 1:
        sys.exit(0)
print("never printed")
