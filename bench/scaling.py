#!/usr/bin/env python3
"""Thread scaling: the same CPU-bound Python work in 1 thread and split over N threads.

Usage: python3 bench/scaling.py [--kiln PATH] [--runs N] [--threads N] [--work W]

Runs bench/scaling_work.py (pure-int loops and a small nbody-style float
kernel, W units of work split evenly over T threads) with kiln and CPython for
T = 1..N (default: the core count) and prints wall times and speedups over T = 1.
Throughput speedup = time(1 thread) / time(T threads) for the same total work.
A benchmark, not a test: it only checks that every run prints the same checksum.
"""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROG = os.path.join(HERE, "scaling_work.py")


def best(cmd, runs):
    t, out = None, None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr))
        t = dt if t is None else min(t, dt)
        out = p.stdout.strip()
    return t, out


def main():
    args = sys.argv[1:]
    kiln = os.path.join(ROOT, "target", "release", "kiln")
    runs, nmax, work = 3, os.cpu_count() or 2, 16
    while args:
        a = args.pop(0)
        if a == "--kiln":
            kiln = args.pop(0)
        elif a == "--runs":
            runs = int(args.pop(0))
        elif a == "--threads":
            nmax = int(args.pop(0))
        elif a == "--work":
            work = int(args.pop(0))
        else:
            sys.exit(__doc__)
    cpython = "/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else sys.executable
    impls = [("kiln", [kiln]), ("kiln-off", [kiln, "--jit=off"]), ("cpython", [cpython])]
    print("work units: %d, best of %d, %d cores" % (work, runs, os.cpu_count() or 0))
    print("%-8s %8s %10s %10s" % ("impl", "threads", "time (s)", "speedup"))
    checks = set()
    for name, cmd in impls:
        base = None
        for t in range(1, nmax + 1):
            dt, out = best(cmd + [PROG, str(t), str(work)], runs)
            checks.add(out)
            base = base or dt
            print("%-8s %8d %10.3f %9.2fx" % (name, t, dt, base / dt), flush=True)
    if len(checks) != 1:
        sys.exit("checksums differ: %s" % checks)


if __name__ == "__main__":
    main()
