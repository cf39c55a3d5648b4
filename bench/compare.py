#!/usr/bin/env python3
"""Run the benchmark programs with kiln --jit=off, kiln --jit=baseline and CPython side by side.

Usage: python3 bench/compare.py [--kiln PATH] [--runs N] [names...]

CPython is the interpreter binary itself (Debian's optimized /usr/bin/python3.11 when
present, else this script's sys.executable) -- not a `python3` wrapper script, whose
start-up would distort the ratios. pypy3 is included when installed. Reports the best
of N wall-clock runs per program, the baseline JIT's speedup over Kiln's interpreter
(off/jit) and the ratio CPython/Kiln-JIT (>1 means Kiln is faster).
A benchmark, not a test: it asserts nothing except that outputs agree.
"""
import math
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def best_time(cmd, runs):
    best, out = None, None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            return None, p.stderr.strip().splitlines()[-1:] or ["exit %d" % p.returncode]
        best = dt if best is None else min(best, dt)
        out = p.stdout
    return best, out


def main():
    args = sys.argv[1:]
    kiln = os.path.join(ROOT, "target", "release", "kiln")
    runs = 3
    names = []
    while args:
        a = args.pop(0)
        if a == "--kiln":
            kiln = args.pop(0)
        elif a == "--runs":
            runs = int(args.pop(0))
        else:
            names.append(a)
    cpython = "/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else sys.executable
    pypy = shutil.which("pypy3")
    progs = sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "programs")) if f.endswith(".py"))
    if names:
        progs = [p for p in progs if p in names]
    ver = subprocess.run([cpython, "-c", "import sys; print(sys.version.split()[0])"], capture_output=True, text=True).stdout.strip()
    print(f"kiln: {kiln}   cpython: {cpython} ({ver})   pypy3: {pypy or 'not installed'}   best of {runs}")
    hdr = f"{'program':<16}{'off s':>9}{'jit s':>9}{'cpython s':>11}{'jit/off':>9}{'vs cpy':>8}"
    if pypy:
        hdr += f"{'pypy3 s':>10}"
    print(hdr)
    ratios, speedups = [], []
    for name in progs:
        path = os.path.join(HERE, "programs", name + ".py")
        tk, ok = best_time([kiln, "--jit=off", path], runs)
        tj, oj = best_time([kiln, "--jit=baseline", path], runs)
        tc, oc = best_time([cpython, path], runs)
        line = f"{name:<16}"
        if tk is None or tc is None or tj is None:
            line += f"  failed: {ok if tk is None else oj if tj is None else oc}"
            print(line)
            continue
        same = "" if ok == oc and oj == oc else "  OUTPUT DIFFERS"
        r = tc / tj
        ratios.append(r)
        speedups.append(tk / tj)
        line += f"{tk:>9.3f}{tj:>9.3f}{tc:>11.3f}{tk / tj:>8.2f}x{r:>7.2f}x"
        if pypy:
            tp, _ = best_time([pypy, path], runs)
            line += f"{tp:>10.3f}" if tp else f"{'fail':>10}"
        print(line + same)
    # Start-up time: kiln -c pass
    t = min(best_time([kiln, "-c", "pass"], 1)[0] for _ in range(10))
    tcp = min(best_time([cpython, "-c", "pass"], 1)[0] for _ in range(10))
    print(f"{'startup -c pass':<16}{t*1000:>8.1f}ms{tcp*1000:>9.1f}ms")
    if ratios:
        g = math.exp(sum(map(math.log, ratios)) / len(ratios))
        gs = math.exp(sum(map(math.log, speedups)) / len(speedups))
        print(f"geometric mean: baseline JIT vs kiln interpreter {gs:.2f}x, vs CPython {g:.2f}x")


if __name__ == "__main__":
    main()
