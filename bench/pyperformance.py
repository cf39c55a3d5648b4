#!/usr/bin/env python3
"""Run pyperformance benchmarks under kiln, CPython and (if installed) PyPy.

Usage:
  python3 bench/pyperformance.py [options] [BENCHMARK ...]
  python3 bench/pyperformance.py --list
  python3 bench/pyperformance.py --all

A benchmark, not a test. The benchmark sources come from the PyPI package
pyperformance==1.14.0, fetched at run time with pip into bench/.cache/ (gitignored;
never committed) and unpacked there. They run against our own minimal `pyperf`
stand-in, bench/shim/pyperf.py (put first on PYTHONPATH), which calls each benchmark
function a fixed number of loops, prints `NAME: loops=N inner_loops=M` on stdout and
the seconds it measured on stderr (`#pyperf-shim NAME SECONDS`).

For every selected benchmark each interpreter runs
`INTERP bm_NAME/run_benchmark.py [extra options] --loops N --warmups W` from a fresh
temporary working directory, best of --repeat runs. The table shows the time the shim
measured inside the benchmark (the benchmark's own timed region; interpreter start-up
and compilation excluded), ratio = CPython time / kiln time (> 1: kiln is faster), the
PyPy time, and the status of the kiln run: `ok`, `output differs` (kiln's stdout is not
CPython's), or `error: LAST STDERR LINE`. The geometric mean of the ratios is over the
benchmarks whose status is ok.

Interpreters: kiln is target/release/kiln (--kiln to change; --kiln-arg to pass flags
such as --jit=off; default --jit=baseline), also run with --jit=off for the jit/off
column unless --no-off; CPython is the interpreter binary itself, /usr/bin/python3.11 when
present, else this script's sys.executable (never a `python3` wrapper script); PyPy is
`pypy3` from PATH when installed (--no-pypy to skip).

Default selection: nbody spectral_norm fannkuch float nqueens richards deltablue
raytrace chaos go unpack_sequence generators. `--all`: every benchmark that needs
nothing beyond the standard library and pyperf (no requirements.txt, no
bench_command), including variants such as argparse_subparsers.
"""
import argparse
import glob
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

try:
    import tomllib
except ImportError:  # Python < 3.11 running this script
    tomllib = None

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CACHE = os.path.join(HERE, ".cache")
SHIM = os.path.join(HERE, "shim")
VERSION = "1.14.0"
PACKAGE = "pyperformance==" + VERSION
UNPACKED = os.path.join(CACHE, "pyperformance-" + VERSION)
BENCH_SUBDIR = os.path.join("pyperformance", "data-files", "benchmarks")

DEFAULT = ["nbody", "spectral_norm", "fannkuch", "float", "nqueens", "richards",
           "deltablue", "raytrace", "chaos", "go", "unpack_sequence", "generators"]

# Loops per benchmark so that one CPython run takes roughly 0.2-0.5 s (pyperf would
# calibrate; we use fixed counts so every interpreter does identical work and prints
# identical output). Benchmarks not listed run 1 loop. --loops overrides.
LOOPS = {
    "nbody": 4, "spectral_norm": 4, "fannkuch": 2, "float": 6, "nqueens": 4,
    "richards": 10, "deltablue": 100, "raytrace": 2, "chaos": 8, "go": 3,
    "unpack_sequence": 20000, "generators": 8,
}


def log(msg):
    sys.stderr.write(msg + "\n")
    sys.stderr.flush()


# ---- fetching -------------------------------------------------------------------------

def fetch(cpython):
    """Download and unpack pyperformance into bench/.cache (once). Returns the
    benchmarks directory."""
    bench_dir = os.path.join(UNPACKED, BENCH_SUBDIR)
    if os.path.isfile(os.path.join(bench_dir, "MANIFEST")):
        return bench_dir
    os.makedirs(CACHE, exist_ok=True)
    wheels = glob.glob(os.path.join(CACHE, "pyperformance-%s-*.whl" % VERSION))
    if not wheels:
        log("fetching %s with pip into %s ..." % (PACKAGE, CACHE))
        # The wheel contains pyperformance/data-files/benchmarks/bm_*/run_benchmark.py.
        cmd = [cpython, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
               "--dest", CACHE, PACKAGE]
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if p.returncode != 0:
            sys.exit("pip download failed:\n" + p.stdout)
        wheels = glob.glob(os.path.join(CACHE, "pyperformance-%s-*.whl" % VERSION))
        if not wheels:
            sys.exit("pip download produced no pyperformance wheel in " + CACHE)
    tmp = UNPACKED + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    with zipfile.ZipFile(wheels[0]) as z:
        members = [n for n in z.namelist() if n.startswith("pyperformance/data-files/")]
        z.extractall(tmp, members)
    shutil.rmtree(UNPACKED, ignore_errors=True)
    os.rename(tmp, UNPACKED)
    return bench_dir


# ---- the benchmark list ---------------------------------------------------------------

class Bench:
    def __init__(self, name, directory, extra_opts, kind):
        self.name = name
        self.directory = directory
        self.extra_opts = extra_opts
        self.kind = kind  # "pure", "needs: ...", "bench_command"

    @property
    def script(self):
        return os.path.join(self.directory, "run_benchmark.py")


def read_toml(path):
    if tomllib is None:
        return {}
    with open(path, "rb") as f:
        return tomllib.load(f)


def discover(bench_dir):
    """All benchmarks of the MANIFEST, with their extra options and kind."""
    benches = {}
    with open(os.path.join(bench_dir, "MANIFEST"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    in_section = False
    for line in lines:
        line = line.strip()
        if line.startswith("["):
            in_section = line == "[benchmarks]"
            continue
        if not in_section or not line or line.startswith("name") or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) < 2:
            continue
        name, meta = parts[0], parts[1]
        if meta == "<local>":
            base = name
            toml = os.path.join(bench_dir, "bm_" + base, "pyproject.toml")
        elif meta.startswith("<local:") and meta.endswith(">"):
            base = meta[len("<local:"):-1]
            toml = os.path.join(bench_dir, "bm_" + base, "bm_%s.toml" % name)
        else:
            continue
        directory = os.path.join(bench_dir, "bm_" + base)
        if not os.path.isdir(directory):
            continue
        extra = []
        if os.path.exists(toml):
            cfg = read_toml(toml).get("tool", {}).get("pyperformance", {})
            extra = list(cfg.get("extra_opts", []))
        kind = "pure"
        req = os.path.join(directory, "requirements.txt")
        if os.path.exists(req):
            with open(req, encoding="utf-8") as f:
                deps = [l.split("=")[0].split("<")[0].split(">")[0].strip()
                        for l in f if l.strip() and not l.startswith("#")]
            kind = "needs: " + ", ".join(deps)
        else:
            with open(os.path.join(directory, "run_benchmark.py"), encoding="utf-8") as f:
                if "bench_command(" in f.read():
                    kind = "bench_command"
        benches[name] = Bench(name, directory, extra, kind)
    return benches


# ---- running --------------------------------------------------------------------------

def last_line(text):
    """The last stderr line (the exception), plus where the innermost traceback entry
    points (`[file:line]`), to tell which module failed."""
    lines = [l for l in text.splitlines()
             if l.strip() and not l.startswith("#pyperf-shim ")]
    if not lines:
        return ""
    where = ""
    for line in reversed(lines):
        line = line.strip()
        if line.startswith('File "') and '", line ' in line:
            fname, rest = line[len('File "'):].split('", line ', 1)
            where = " [%s:%s]" % (os.path.basename(fname), rest.split(",")[0])
            break
    return lines[-1].strip() + where


def run_one(interp, interp_args, bench, loops, warmups, timeout):
    """One run: (seconds or None, stdout, error message or None)."""
    cmd = [interp] + interp_args + [bench.script] + bench.extra_opts + [
        "--loops", str(loops), "--warmups", str(warmups)]
    env = dict(os.environ)
    env["PYTHONPATH"] = SHIM + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    cwd = tempfile.mkdtemp(prefix="kiln-pyperf-")
    try:
        t0 = time.perf_counter()
        p = subprocess.run(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
        wall = time.perf_counter() - t0
    except subprocess.TimeoutExpired:
        return None, "", "timeout after %ds" % timeout
    finally:
        shutil.rmtree(cwd, ignore_errors=True)
    out = p.stdout.decode("utf-8", "replace")
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode != 0:
        return None, out, last_line(err) or "exit status %d" % p.returncode
    measured = [float(l.split()[2]) for l in err.splitlines()
                if l.startswith("#pyperf-shim ") and len(l.split()) == 3]
    if not measured:
        return None, out, "no benchmark was run (%.2fs wall)" % wall
    return sum(measured), out, None


def best_of(interp, interp_args, bench, loops, warmups, timeout, repeat):
    best, out, err = None, "", None
    for _ in range(repeat):
        t, o, e = run_one(interp, interp_args, bench, loops, warmups, timeout)
        if e is not None:
            return None, o, e
        out = o
        best = t if best is None else min(best, t)
    return best, out, None


def find_cpython():
    if os.path.exists("/usr/bin/python3.11"):
        return "/usr/bin/python3.11"
    return sys.executable


def fmt_time(t):
    return "-" if t is None else "%.3f" % t


def main():
    ap = argparse.ArgumentParser(
        description="Run pyperformance %s benchmarks under kiln, CPython and PyPy." % VERSION)
    ap.add_argument("benchmarks", nargs="*", help="benchmark names (default: a core set)")
    ap.add_argument("--all", action="store_true",
                    help="every benchmark needing only the stdlib and pyperf")
    ap.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    ap.add_argument("--kiln", default=os.path.join(ROOT, "target", "release", "kiln"))
    ap.add_argument("--kiln-arg", action="append", default=[],
                    help="extra kiln flag (repeatable), e.g. --kiln-arg=--jit=off")
    ap.add_argument("--cpython", default=find_cpython())
    ap.add_argument("--no-cpython", action="store_true", help="run kiln only")
    ap.add_argument("--no-off", action="store_true",
                    help="skip the kiln --jit=off (interpreter) column")
    ap.add_argument("--no-pypy", action="store_true")
    ap.add_argument("--loops", type=int, default=None,
                    help="loops for every benchmark (default: per-benchmark table)")
    ap.add_argument("--warmups", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=1, help="runs per interpreter (best kept)")
    ap.add_argument("--timeout", type=int, default=300, help="seconds per run")
    args = ap.parse_args()

    bench_dir = fetch(args.cpython)
    benches = discover(bench_dir)

    if args.list:
        print("pyperformance %s: %d benchmarks in %s" % (VERSION, len(benches), bench_dir))
        for name in sorted(benches):
            b = benches[name]
            opts = " ".join(b.extra_opts)
            mark = "*" if name in DEFAULT else " "
            print("  %s %-36s %-14s %s" % (mark, name, b.kind if len(b.kind) < 14 else
                                             "needs deps", opts))
        print("(* = default selection; --all runs the %d 'pure' ones)"
              % sum(1 for b in benches.values() if b.kind == "pure"))
        return 0

    if args.benchmarks:
        unknown = [n for n in args.benchmarks if n not in benches]
        if unknown:
            sys.exit("unknown benchmark(s): %s (see --list)" % ", ".join(unknown))
        names = args.benchmarks
    elif args.all:
        names = sorted(n for n, b in benches.items() if b.kind == "pure")
    else:
        names = DEFAULT

    if not os.path.exists(args.kiln):
        sys.exit("no kiln binary at %s (cargo build --release)" % args.kiln)
    pypy = None if args.no_pypy else shutil.which("pypy3")
    cpython = None if args.no_cpython else args.cpython
    log("kiln: %s %s | cpython: %s | pypy: %s" % (
        args.kiln, " ".join(args.kiln_arg), cpython or "-", pypy or "not installed"))

    if not args.kiln_arg:
        args.kiln_arg = ["--jit=baseline"]
    header = "%-32s %10s %10s %10s %8s %8s %10s  %s" % (
        "benchmark", "off s", "kiln s", "cpython s", "jit/off", "ratio", "pypy s", "status")
    print(header)
    print("-" * len(header))
    ratios, speedups = [], []
    counts = {"ok": 0, "differs": 0, "error": 0}
    for name in names:
        b = benches[name]
        loops = args.loops if args.loops is not None else LOOPS.get(name, 1)
        kt, kout, kerr = best_of(args.kiln, args.kiln_arg, b, loops, args.warmups,
                                 args.timeout, args.repeat)
        ot, oout, oerr = (None, "", "not run")
        if not args.no_off:
            ot, oout, oerr = best_of(args.kiln, ["--jit=off"], b, loops, args.warmups,
                                     args.timeout, args.repeat)
        ct, cout, cerr = (None, "", "not run")
        if cpython:
            ct, cout, cerr = best_of(cpython, [], b, loops, args.warmups, args.timeout,
                                     args.repeat)
        pt = None
        if pypy:
            pt, _, _ = best_of(pypy, [], b, loops, args.warmups, args.timeout, args.repeat)
        ratio = None
        if kerr is not None:
            status = "error: " + kerr
            counts["error"] += 1
        elif cpython and cerr is not None:
            status = "cpython error: " + cerr
            counts["error"] += 1
        elif cpython and kout != cout:
            status = "output differs"
            counts["differs"] += 1
        else:
            status = "ok"
            counts["ok"] += 1
            if ct is not None and kt:
                ratio = ct / kt
                ratios.append(ratio)
            if ot is not None and kt and oerr is None and oout == kout:
                speedups.append(ot / kt)
        if len(status) > 140:
            status = status[:137] + "..."
        sp = "%.2f" % (ot / kt) if (ot and kt and oerr is None) else "-"
        print("%-32s %10s %10s %10s %8s %8s %10s  %s" % (
            name, fmt_time(ot), fmt_time(kt), fmt_time(ct), sp,
            "-" if ratio is None else "%.2f" % ratio,
            fmt_time(pt) if pypy else "n/a", status))
        sys.stdout.flush()
    print("-" * len(header))
    summary = "%d benchmarks: %d ok, %d output differs, %d errors" % (
        len(names), counts["ok"], counts["differs"], counts["error"])
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        summary += "; geometric mean ratio (cpython/kiln, >1 = kiln faster) over %d ok: %.3f" % (
            len(ratios), geo)
    if speedups:
        geo = math.exp(sum(math.log(r) for r in speedups) / len(speedups))
        summary += "; kiln %s vs --jit=off geometric mean speedup over %d: %.3f" % (
            " ".join(args.kiln_arg), len(speedups), geo)
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
