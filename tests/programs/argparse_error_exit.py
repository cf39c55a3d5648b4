# A command-line error at top level: usage and the message on stderr, exit status 2.
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("name")
parser.add_argument("--count", type=int, default=1)
args = parser.parse_args()
print("never reached", args)
