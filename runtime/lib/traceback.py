"""traceback (Kiln): formatting and printing exceptions as the interpreter does.

format_exception/print_exception/format_exc/print_exc/format_exception_only render
through the interpreter's own printer (`sys._kiln_format_exception`), so the text is
the uncaught-exception text: frames with source lines and carets, chained causes and
contexts, exception groups. Frame-level APIs (extract_tb, walk_stack, FrameSummary,
StackSummary, print_stack) are not here: Kiln's traceback objects carry line numbers
but no frames."""

import sys

__all__ = ["format_exception", "format_exception_only", "format_exc", "print_exception",
           "print_exc", "print_last"]

_sentinel = object()


def _exc_value(exc, value):
    if value is not _sentinel:
        # The old (type, value, tb) form.
        exc = value
    if exc is None:
        return None
    if not isinstance(exc, BaseException):
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return exc


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of a traceback report for `exc`, each ending in a newline."""
    exc = _exc_value(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    text = sys._kiln_format_exception(exc, chain)
    # CPython's chunks: one string per line, except that a frame's "  File" line and
    # its source and caret lines make one string.
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith("    ") and out and out[-1].startswith("  File "):
            out[-1] += line
        else:
            out.append(line)
    return out


def format_exception_only(exc, /, value=_sentinel):
    """The final line(s) of a report: the exception's type and message."""
    exc = _exc_value(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return [sys._kiln_exception_only(exc)]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
