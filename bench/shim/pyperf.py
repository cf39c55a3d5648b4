"""A minimal stand-in for the `pyperf` module, for running pyperformance benchmarks
under Kiln (and, identically, under CPython and PyPy) via bench/pyperformance.py.

Not pyperf: no worker processes, no calibration, no statistics. Each benchmark
function is called a fixed number of times, so a run does the same work on every
interpreter and its stdout is deterministic:

* ``bench_time_func(name, func, *args, inner_loops=None)`` calls ``func(loops, *args)``
  (which times itself and returns seconds), after ``warmups`` calls with the same loops.
* ``bench_func(name, func, *args, inner_loops=None)`` calls ``func(*args)`` ``loops``
  times (after ``warmups`` calls) and times the calls.
* ``bench_async_func`` does the same through ``asyncio.run``; where asyncio cannot be
  imported (Kiln has no asyncio yet) it drives the coroutine itself, which is valid
  only for coroutines that never wait on an event loop (a yielded future is an error).
  Per call that skips asyncio.run's loop setup, well under 1% of a benchmark's time.
* ``bench_command`` is not supported (raises NotImplementedError).

Command line (besides the benchmark's own options): ``--loops N`` (default 1),
``--warmups N`` (default 0). For every bench call the shim prints one line
``NAME: loops=N inner_loops=M`` to stdout, and the measured seconds to stderr as
``#pyperf-shim NAME SECONDS`` (read by bench/pyperformance.py, ignored in comparisons).

It avoids the standard library (argparse, time zones, ...) on purpose: only `sys` and
`time` are imported, so it runs on a young runtime.
"""

import sys
import time

perf_counter = time.perf_counter

__version__ = "0.0-kiln-shim"
VERSION = (0, 0)


def python_implementation():
    impl = getattr(sys, "implementation", None)
    name = getattr(impl, "name", None)
    if name is None:
        return "cpython"
    return name.lower()


def python_has_jit():
    return python_implementation() == "pypy"


class Namespace:
    def __init__(self, **kwargs):
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __contains__(self, key):
        return hasattr(self, key)

    def __repr__(self):
        return "Namespace(%s)" % ", ".join(
            "%s=%r" % (k, v) for k, v in sorted(self.__dict__.items()))


class _Option:
    def __init__(self, names, dest, kind, type_, default, const, nargs, choices):
        self.names = names
        self.dest = dest
        self.kind = kind          # "store", "store_true", "store_false", "store_const", "append", "positional"
        self.type = type_
        self.default = default
        self.const = const
        self.nargs = nargs
        self.choices = choices


class ArgumentParser:
    """The subset of argparse.ArgumentParser that benchmarks use on runner.argparser."""

    def __init__(self, description=None, **kwargs):
        self.description = description
        self._options = []

    def add_argument(self, *names, **kw):
        action = kw.get("action", "store")
        if names and not names[0].startswith("-"):
            dest = kw.get("dest", names[0])
            kind = "positional"
        else:
            long_names = [n for n in names if n.startswith("--")]
            base = long_names[0] if long_names else names[0]
            dest = kw.get("dest", base.lstrip("-").replace("-", "_"))
            kind = action
        default = kw.get("default")
        if default is None and action == "store_true":
            default = False
        if default is None and action == "store_false":
            default = True
        if action == "append" and default is None:
            default = None
        opt = _Option(list(names), dest, kind, kw.get("type"), default,
                      kw.get("const"), kw.get("nargs"), kw.get("choices"))
        self._options.append(opt)
        return opt

    def add_argument_group(self, *args, **kwargs):
        return self

    def add_mutually_exclusive_group(self, *args, **kwargs):
        return self

    def set_defaults(self, **kwargs):
        for key in kwargs:
            for opt in self._options:
                if opt.dest == key:
                    opt.default = kwargs[key]

    def error(self, message):
        sys.stderr.write("pyperf shim: error: %s\n" % message)
        raise SystemExit(2)

    def _convert(self, opt, text):
        value = text
        if opt.type is not None:
            try:
                value = opt.type(text)
            except (TypeError, ValueError):
                self.error("argument %s: invalid value: %r" % (opt.names[0], text))
        if opt.choices is not None and value not in opt.choices:
            self.error("argument %s: invalid choice: %r" % (opt.names[0], value))
        return value

    def _find(self, name):
        for opt in self._options:
            if opt.kind != "positional" and name in opt.names:
                return opt
        return None

    def parse_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        ns = namespace if namespace is not None else Namespace()
        for opt in self._options:
            if not hasattr(ns, opt.dest):
                setattr(ns, opt.dest, opt.default)
        positionals = [o for o in self._options if o.kind == "positional"]
        i = 0
        args = list(args)
        while i < len(args):
            arg = args[i]
            i += 1
            if arg.startswith("-") and arg != "-":
                value = None
                if "=" in arg:
                    arg, value = arg.split("=", 1)
                opt = self._find(arg)
                if opt is None:
                    self.error("unrecognized argument: %s" % arg)
                if opt.kind == "store_true":
                    setattr(ns, opt.dest, True)
                elif opt.kind == "store_false":
                    setattr(ns, opt.dest, False)
                elif opt.kind == "store_const":
                    setattr(ns, opt.dest, opt.const)
                else:
                    if value is None:
                        if i >= len(args):
                            self.error("argument %s: expected one argument" % arg)
                        value = args[i]
                        i += 1
                    value = self._convert(opt, value)
                    if opt.kind == "append":
                        current = getattr(ns, opt.dest)
                        current = [] if current is None else list(current)
                        current.append(value)
                        setattr(ns, opt.dest, current)
                    else:
                        setattr(ns, opt.dest, value)
            else:
                if not positionals:
                    self.error("unrecognized argument: %s" % arg)
                opt = positionals.pop(0)
                if opt.nargs in ("*", "+"):
                    values = [self._convert(opt, arg)]
                    while i < len(args) and not args[i].startswith("-"):
                        values.append(self._convert(opt, args[i]))
                        i += 1
                    setattr(ns, opt.dest, values)
                else:
                    setattr(ns, opt.dest, self._convert(opt, arg))
        for opt in positionals:
            if opt.nargs not in ("?", "*"):
                self.error("the following arguments are required: %s" % opt.dest)
        return ns


class Runner:
    def __init__(self, values=None, processes=None, loops=0, min_time=0.1,
                 metadata=None, show_name=True, program_args=None,
                 add_cmdline_args=None, _argparser=None, warmups=None, **kwargs):
        self.metadata = dict(metadata) if metadata else {}
        self.argparser = _argparser if _argparser is not None else ArgumentParser()
        self.argparser.add_argument("--loops", type=int, default=1)
        self.argparser.add_argument("--warmups", type=int, default=0)
        self.args = None
        self._add_cmdline_args = add_cmdline_args
        self.results = []

    def parse_args(self, args=None):
        if self.args is None:
            self.args = self.argparser.parse_args(args)
        return self.args

    def _report(self, name, loops, inner_loops, seconds):
        sys.stdout.write("%s: loops=%d inner_loops=%d\n" % (name, loops, inner_loops or 1))
        sys.stdout.flush()
        sys.stderr.write("#pyperf-shim %s %.9f\n" % (name, seconds))
        sys.stderr.flush()
        self.results.append((name, seconds))
        return seconds

    def bench_time_func(self, name, time_func, *args, **kwargs):
        inner_loops = kwargs.get("inner_loops")
        opts = self.parse_args()
        loops = opts.loops
        for _ in range(opts.warmups):
            time_func(loops, *args)
        seconds = time_func(loops, *args)
        return self._report(name, loops, inner_loops, seconds)

    def bench_func(self, name, func, *args, **kwargs):
        inner_loops = kwargs.get("inner_loops")
        opts = self.parse_args()
        loops = opts.loops
        for _ in range(opts.warmups):
            func(*args)
        total = 0.0
        for _ in range(loops):
            t0 = perf_counter()
            func(*args)
            total += perf_counter() - t0
        return self._report(name, loops, inner_loops, total)

    def bench_async_func(self, name, func, *args, **kwargs):
        try:
            import asyncio
            run = asyncio.run
        except ImportError:
            run = _run_without_loop
        inner_loops = kwargs.get("inner_loops")
        opts = self.parse_args()
        loops = opts.loops
        for _ in range(opts.warmups):
            run(func(*args))
        total = 0.0
        for _ in range(loops):
            t0 = perf_counter()
            run(func(*args))
            total += perf_counter() - t0
        return self._report(name, loops, inner_loops, total)

    def bench_command(self, name, command):
        raise NotImplementedError("bench_command is not supported by the kiln pyperf shim")


def _run_without_loop(coro):
    """Run a coroutine that never waits on an event loop to completion."""
    try:
        yielded = coro.send(None)
    except StopIteration as e:
        return e.value
    coro.close()
    raise RuntimeError("the pyperf shim cannot run this coroutine without asyncio "
                       "(it yielded %r)" % (yielded,))
