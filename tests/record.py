#!/usr/bin/env python3
"""Record the expected results of the differential test corpus from CPython.

For every tests/programs/NAME.py (or only the NAMEs given as arguments) this
runs the program under a reference Python 3.11 interpreter exactly the way
tests/differential.rs runs kiln:

  * argv = [interpreter, absolute path of the program]
  * cwd  = a fresh, empty temporary directory (removed afterwards)
  * stdin = /dev/null, environment variable PYTHONHASHSEED=0
  * timeout 60 s

and writes two files next to the program:

  NAME.stdout   the exact bytes written to stdout
  NAME.status   two lines: "exit=N" and "stderr=LAST NON-EMPTY STDERR LINE"
                (nothing after "=" when the program wrote nothing to stderr)
  NAME.stderr   the whole traceback of an uncaught exception (or the syntax error
                report), the program's path written as <PROGRAM> (only when every
                frame is in the program)

Usage:
  python3.11 tests/record.py                  # re-record everything
  python3.11 tests/record.py str_methods_split prog_sieve.py
  python3.11 tests/record.py --python /path/to/python3.11
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


def default_python():
    if os.path.exists("/usr/bin/python3.11"):
        return "/usr/bin/python3.11"
    return sys.executable


def last_nonempty_line(data):
    text = data.decode("utf-8", errors="replace")
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def record(python, name):
    path = os.path.join(PROGRAMS, name + ".py")
    if not os.path.exists(path):
        sys.exit("no such program: " + path)
    workdir = tempfile.mkdtemp(prefix="kiln-record-")
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    try:
        proc = subprocess.run(
            [python, path],
            cwd=workdir,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            timeout=60,
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    with open(os.path.join(PROGRAMS, name + ".stdout"), "wb") as f:
        f.write(proc.stdout)
    status = "exit=%d\nstderr=%s\n" % (proc.returncode, last_nonempty_line(proc.stderr))
    with open(os.path.join(PROGRAMS, name + ".status"), "w", encoding="utf-8") as f:
        f.write(status)
    # The whole traceback (or syntax error report) too, with the program's path as
    # <PROGRAM>; not for tracebacks through CPython's own standard library (ours is a
    # different one).
    stderr_path = os.path.join(PROGRAMS, name + ".stderr")
    text = proc.stderr.decode("utf-8", errors="replace")
    if (proc.returncode != 0 and text.startswith(("Traceback", '  File "'))
            and all(path in line for line in text.splitlines()
                    if line.startswith('  File "'))):
        with open(stderr_path, "w", encoding="utf-8") as f:
            f.write(text.replace(path, "<PROGRAM>"))
    elif os.path.exists(stderr_path):
        os.remove(stderr_path)
    return proc


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=default_python(),
                        help="reference interpreter (default: /usr/bin/python3.11 if present)")
    parser.add_argument("names", nargs="*", help="program names (with or without .py)")
    args = parser.parse_args()

    if args.names:
        names = [n[:-3] if n.endswith(".py") else n for n in args.names]
    else:
        names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))

    version = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                             stdout=subprocess.PIPE, text=True).stdout.strip()
    print("recording %d program(s) with %s (Python %s)" % (len(names), args.python, version))
    for name in names:
        proc = record(args.python, name)
        print("  %-40s exit=%-3d stdout=%6d bytes  %s" % (
            name, proc.returncode, len(proc.stdout), last_nonempty_line(proc.stderr)))


if __name__ == "__main__":
    main()
