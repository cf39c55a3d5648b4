# print(file=sys.stderr): only the last stderr line is compared by the harness.
import sys
print("to stdout 1")
print("warning: first stderr line", file=sys.stderr)
print("to stdout 2")
print("error:", 42, "details", sep="|", file=sys.stderr)
sys.stderr.write("written directly to stderr\n")
print("done on stdout")
print("final stderr line", 3.5, file=sys.stderr)
