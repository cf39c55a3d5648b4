import argparse
import sys


def run(parser, args):
    try:
        ns = parser.parse_args(args)
        print("ok", ns)
    except SystemExit as e:
        print("exit", e.code)


p = argparse.ArgumentParser(prog="tool", description="A tool that does things with files and other long words to wrap around.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-n", "--num", type=int, default=3, help="how many")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", help="tags to add")
p.add_argument("--flag", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--many", nargs="*", type=float)
p.add_argument("--ext", action="extend", nargs="+")
run(p, ["a.txt"])
run(p, ["a.txt", "b.txt", "-vv", "--num", "7", "--mode=slow", "--tag", "x", "--tag=y", "--flag", "--no-color"])
run(p, ["-n5", "a", "--const", "--pair", "1", "2", "--many", "1.5", "2", "--ext", "p", "q", "--ext", "r"])
run(p, ["--verb", "a"])
run(p, ["a", "--", "-notanoption"])
sys.stderr = sys.stdout
run(p, [])
run(p, ["a", "--num", "x"])
run(p, ["a", "--mode", "medium"])
run(p, ["a", "b", "c"])
run(p, ["a", "--pair", "1"])
run(p, ["a", "--bogus"])
p.print_usage()
p.print_help()

q = argparse.ArgumentParser(prog="vcs")
q.add_argument("--version", action="version", version="%(prog)s 1.0")
sub = q.add_subparsers(dest="command", required=True)
add = sub.add_parser("add", help="Add files")
add.add_argument("files", nargs="+")
com = sub.add_parser("commit", help="Commit changes")
com.add_argument("-m", "--message", required=True)
g = com.add_mutually_exclusive_group()
g.add_argument("--amend", action="store_true")
g.add_argument("--no-edit", action="store_true")
push = sub.add_parser("push")
net = push.add_argument_group("Network options", "How to talk to the remote")
net.add_argument("--timeout", type=int, default=30, help="Timeout in seconds")
gg = q.add_mutually_exclusive_group(required=True)
gg.add_argument("--verbose", action="store_true")
gg.add_argument("--quiet", action="store_true")
run(q, ["--verbose", "add", "f1", "f2"])
run(q, ["--quiet", "commit", "-m", "msg", "--amend"])
run(q, ["--quiet", "commit", "-m", "msg", "--amend", "--no-edit"])
run(q, ["--quiet", "push", "--timeout", "5"])
run(q, ["--quiet"])
run(q, ["add", "x"])
run(q, ["--quiet", "frob"])
run(q, ["--verbose", "--quiet", "add", "x"])
run(q, ["--version"])
run(q, ["-h"])
run(q, ["--quiet", "commit", "-h"])
run(q, ["--quiet", "push", "--help"])

r = argparse.ArgumentParser(prog="many", add_help=False)
for i in range(12):
    r.add_argument(f"--option{i}", type=str, help=f"Optional argument {i}")
r.add_argument("input_file")
r.add_argument("output_file")
r.print_usage()
args = ["in", "out"]
for i in range(12):
    args += [f"--option{i}", f"value{i}"]
print(r.parse_args(args))
ns, extra = r.parse_known_args(["in", "out", "--zzz", "extra"])
print(ns.input_file, extra)
s = argparse.ArgumentParser(prog="x", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
s.add_argument("--level", type=int, default=2, help="the level")
s.add_argument("--bool", action=argparse.BooleanOptionalAction, default=True, help="on or off")
s.add_argument("rest", nargs=argparse.REMAINDER)
print(s.parse_args(["--no-bool", "a", "--level", "3"]))
s.print_help()
print(argparse.Namespace(a=1, b="x"), argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1))
t = argparse.ArgumentParser(prog="t")
t.add_argument("-x", action="store_true")
t.add_argument("-y", action="store_true")
t.add_argument("-z")
print(t.parse_args(["-xy", "-zval"]), t.parse_args(["-xyzq"]))
try:
    t.add_argument("-x")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError(f"{v} is odd")
    return v
t.add_argument("--even", type=even)
run(t, ["--even", "3"])
print(t.parse_args(["--even", "4"]).even)
u = argparse.ArgumentParser(prog="u")
u.add_argument("--num", type=int, default="5")
u.set_defaults(extra="e")
print(u.parse_args([]), u.get_default("num"))
