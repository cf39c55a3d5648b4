# Exit codes are reported modulo 256 by the operating system.
import sys
print("exit with 256 + 7")
sys.exit(263)
