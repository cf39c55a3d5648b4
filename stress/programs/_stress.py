"""Shared driver of the stress programs (imported from the programs' directory; the
harness runs only names not starting with "_"): run rounds for a while, then report."""

import sys
import threading
import time

# An exception escaping a thread is an error too: without this, a reader thread that
# died of one (say, a NULL value surfacing as UnboundLocalError) just stopped checking.
UNCAUGHT = []


def _record_uncaught(args):
    UNCAUGHT.append("uncaught in %s: %s: %s" % (
        args.thread.name if args.thread is not None else "?",
        args.exc_type.__name__, args.exc_value))


threading.excepthook = _record_uncaught


def run_rounds(round_fn, errors, duration, min_rounds=2):
    """Call round_fn(0), round_fn(1), ... for at least `min_rounds` rounds and until
    `duration` seconds have passed, stopping early at the first recorded error."""
    t0 = time.monotonic()
    rounds = 0
    while rounds < min_rounds or time.monotonic() - t0 < duration:
        round_fn(rounds)
        rounds += 1
        if errors:
            break


def report(errors):
    """Print the first errors and exit 1, or print OK (what the harness expects)."""
    errors = list(errors) + UNCAUGHT
    if errors:
        for e in errors[:20]:
            print(e)
        sys.exit(1)
    print("OK")
