# sys.exit("message") prints the message to stderr and exits with status 1.
import sys
print("working")
errors = ["disk full"]
if errors:
    sys.exit("fatal: " + errors[0])
print("never printed")
