"""asyncio (Kiln): the event loop, futures, tasks and their synchronisation tools.

Kiln's own implementation of the part of CPython 3.11's asyncio that runs without I/O:
one event loop per thread running callbacks and timers (`call_soon`, `call_later`,
`call_at`), `Future` and `Task` with CPython's state machine (cancellation with
messages, `cancelling`/`uncancel`, done callbacks in order), `run`/`Runner`, `sleep`,
`gather`, `wait`, `wait_for`, `shield`, `as_completed`, `TaskGroup`, `timeout`, and
`Lock`, `Event`, `Condition`, `Semaphore`, `BoundedSemaphore` and the queues.

What is not here, and fails loudly rather than hanging or pretending:
* I/O: sockets, pipes, subprocesses, signal handlers, `run_in_executor` raise
  NotImplementedError. With nothing ready and no timer due, the loop cannot be woken,
  so it raises RuntimeError where CPython would block forever.
* "Task exception was never retrieved" warnings (they come from finalizers).
"""

import sys
import threading as _threading
import time as _time
from heapq import heappush as _heappush, heappop as _heappop

__all__ = [
    "AbstractEventLoop", "BaseEventLoop", "BoundedSemaphore", "CancelledError",
    "Condition", "Event", "Future", "Handle", "InvalidStateError", "LifoQueue", "Lock",
    "PriorityQueue", "Queue", "QueueEmpty", "QueueFull", "Runner", "Semaphore",
    "Task", "TaskGroup", "TimeoutError", "TimerHandle", "Timeout", "all_tasks",
    "as_completed", "create_task", "current_task", "ensure_future", "gather",
    "get_event_loop", "get_running_loop", "iscoroutine", "isfuture", "new_event_loop",
    "run", "set_event_loop", "shield", "sleep", "timeout", "wait", "wait_for",
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
]


# ---------------------------------------------------------------- errors


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


# ---------------------------------------------------------------- coroutine checks


async def _probe():
    pass


_p = _probe()
_CoroutineType = type(_p)
_p.close()
del _p


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return type(obj) is _CoroutineType


def isfuture(obj):
    """Whether obj is a Future (anything following the asyncio future protocol)."""
    return getattr(type(obj), "_asyncio_future_blocking", None) is not None


class _Sleep0:
    """`await _Sleep0()` gives one turn of the loop to other callbacks (a bare yield)."""

    def __await__(self):
        yield


# ---------------------------------------------------------------- handles


class Handle:
    """A callback scheduled on the loop; `cancel()` keeps it from running."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                "message": f"Exception in callback {_callback_repr(self._callback)}",
                "exception": exc,
                "handle": self,
            })

    def __repr__(self):
        if self._cancelled:
            return f"<{type(self).__name__} cancelled>"
        return f"<{type(self).__name__} {_callback_repr(self._callback)}>"


class TimerHandle(Handle):
    """A callback scheduled for a time of the loop's clock (`when()`)."""

    def __init__(self, when, callback, args, loop, seq):
        super().__init__(callback, args, loop)
        self._when = when
        self._seq = seq
        self._scheduled = False

    def when(self):
        return self._when

    # Timers with the same deadline run in the order they were scheduled.
    def __lt__(self, other):
        if self._when != other._when:
            return self._when < other._when
        return self._seq < other._seq

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_cancelled(self)
        super().cancel()


def _callback_repr(cb):
    name = getattr(cb, "__qualname__", None) or getattr(cb, "__name__", None)
    return name if name is not None else repr(cb)


# ---------------------------------------------------------------- the event loop


class AbstractEventLoop:
    """The event loop interface."""


class BaseEventLoop(AbstractEventLoop):
    """Callbacks and timers, run in rounds: everything ready at the start of a round
    runs in FIFO order; timers due by then join the round."""

    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._timer_seq = 0
        self._stopping = False
        self._running = False
        self._closed = False
        self._task_factory = None
        self._exception_handler = None
        self._debug = False
        # The tasks made on this loop and not done yet, and the one running now:
        # per loop, so loops in different threads share nothing.
        self._live_tasks = set()
        self._current_task = None

    def __repr__(self):
        return (f"<{type(self).__name__} running={self._running} "
                f"closed={self._closed} debug={self._debug}>")

    # -- scheduling

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        self._timer_seq += 1
        t = TimerHandle(when, callback, args, self, self._timer_seq)
        _heappush(self._scheduled, t)
        t._scheduled = True
        return t

    def _timer_cancelled(self, handle):
        # Cancelled timers stay in the heap and are skipped when they come up.
        pass

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = Task(coro, loop=self, name=name)
        else:
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _get_running_loop() is not None:
            raise RuntimeError(
                "Cannot run the event loop while another loop is running")

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._running = True
        old = _get_running_loop()
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(old)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                # The exception is re-raised below; don't also report it.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    async def shutdown_asyncgens(self):
        """Nothing to do: Kiln's loop does not track async generators."""

    async def shutdown_default_executor(self):
        """Nothing to do: Kiln's loop has no executor."""

    def _run_once(self):
        heap = self._scheduled
        while heap and heap[0]._cancelled:
            _heappop(heap)
        if not self._ready and not self._stopping:
            if not heap:
                raise RuntimeError(
                    "the event loop has nothing ready and no timer pending, so nothing "
                    "can wake it (Kiln's asyncio has no I/O); CPython would block forever")
            wait = heap[0]._when - self.time()
            if wait > 0:
                _time.sleep(wait)
        end = self.time()
        while heap and heap[0]._when <= end:
            t = _heappop(heap)
            t._scheduled = False
            if not t._cancelled:
                self._ready.append(t)
        ready = self._ready
        self._ready = []
        for h in ready:
            if not h._cancelled:
                h._run()

    # -- errors

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key not in ("message", "exception"):
                lines.append(f"{key}: {context[key]!r}")
        exc = context.get("exception")
        if exc is not None:
            lines.append(f"{type(exc).__name__}: {exc}")
        print("\n".join(lines), file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    # -- what needs I/O

    def _no_io(self, *args, **kwargs):
        raise NotImplementedError("Kiln's asyncio event loop has no I/O support")

    run_in_executor = create_connection = create_server = _no_io
    sock_recv = sock_sendall = sock_connect = sock_accept = _no_io
    add_reader = add_writer = remove_reader = remove_writer = _no_io
    add_signal_handler = remove_signal_handler = subprocess_exec = _no_io
    subprocess_shell = getaddrinfo = connect_read_pipe = connect_write_pipe = _no_io


def _stop_loop_cb(fut):
    fut._loop.stop()


def new_event_loop():
    return BaseEventLoop()


class _LoopState(_threading.local):
    """This thread's running loop and the loop `get_event_loop` hands out."""
    running = None
    current = None


_state = _LoopState()


def _get_running_loop():
    return _state.running


def _set_running_loop(loop):
    _state.running = loop


def get_running_loop():
    loop = _state.running
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    loop = _state.running
    if loop is not None:
        return loop
    if _state.current is None or _state.current.is_closed():
        _state.current = new_event_loop()
    return _state.current


def set_event_loop(loop):
    _state.current = loop


# ---------------------------------------------------------------- futures


_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


class Future:
    """A result that is not there yet: awaiting it suspends the task until
    `set_result`, `set_exception` or `cancel`; done callbacks then run on the loop."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None

    def __repr__(self):
        return f"<{type(self).__name__} {self._repr_info()}>"

    def _repr_info(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                return f"{state} exception={self._exception!r}"
            return f"{state} result={self._result!r}"
        return state

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


# ---------------------------------------------------------------- tasks


_task_counter = [0]


class Task(Future):
    """Runs a coroutine on the loop, one step per callback: each step sends into the
    coroutine until it awaits a pending future, whose completion schedules the next."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            _task_counter[0] += 1
            name = f"Task-{_task_counter[0]}"
        self._name = str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        self._loop._live_tasks.add(self)

    def _repr_info(self):
        info = super()._repr_info()
        coro = getattr(self._coro, "__qualname__", None) or repr(self._coro)
        return f"{info} name={self._name!r} coro=<{coro}()>"

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            # The waiter's callback wakes this task, which then raises CancelledError.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self):
        self._loop._live_tasks.discard(self)

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        previous = loop._current_task
        loop._current_task = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            self._finish()
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._finish()
            self._cancelled_exc = e
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as e:
            self._finish()
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            self._finish()
            Future.set_exception(self, e)
        else:
            self._wait_on(result)
        finally:
            loop._current_task = previous

    def _wait_on(self, result):
        """The coroutine yielded `result`: wait for it if it is a pending future."""
        loop = self._loop
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if result._loop is not loop:
                err = RuntimeError(
                    f"Task {self!r} got Future {result!r} attached to a different loop")
                loop.call_soon(self._step, err)
            elif blocking:
                if result is self:
                    err = RuntimeError(f"Task cannot await on itself: {self!r}")
                    loop.call_soon(self._step, err)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel and result.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            else:
                err = RuntimeError(
                    f"yield was used instead of yield from in task {self!r} with {result!r}")
                loop.call_soon(self._step, err)
        elif result is None:
            loop.call_soon(self._step)
        else:
            loop.call_soon(self._step, RuntimeError(f"Task got bad yield: {result!r}"))

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._live_tasks if not t.done()}


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future._loop:
            raise ValueError("The future belongs to a different loop than "
                             "the one specified as the loop argument")
        return coro_or_future
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, "__await__"):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _wrap_awaitable(awaitable):
    return await awaitable


# ---------------------------------------------------------------- running


class Runner:
    """A context manager owning one event loop: `run(coro)` runs a coroutine on it;
    closing cancels the tasks left over and closes the loop."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._closed = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._closed or self._loop is None:
            self._closed = True
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if _state.current is loop:
                _state.current = None
            loop.close()
            self._loop = None
            self._closed = True

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if _get_running_loop() is not None:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._closed:
            raise RuntimeError("Runner is closed")
        if self._loop is not None:
            return
        self._loop = new_event_loop() if self._loop_factory is None else self._loop_factory()
        if self._loop_factory is None:
            set_event_loop(self._loop)
        if self._debug is not None:
            self._loop.set_debug(self._debug)


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })


def run(main, *, debug=None):
    """Run coroutine `main` on a new event loop and return its result."""
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


# ---------------------------------------------------------------- sleeping and waiting


async def sleep(delay, result=None):
    """Suspend the task for `delay` seconds (0: one turn of the loop)."""
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the results of all the awaitables, in argument order."""
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    children = []
    arg_to_fut = {}
    loop = None
    for arg in coros_or_futures:
        fut = arg_to_fut.get(id(arg)) if isfuture(arg) else None
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            arg_to_fut[id(arg)] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = [0]
    total = len(set(id(c) for c in children))

    def on_child_done(fut):
        state[0] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[0] == total:
            results = []
            for child in children:
                if child.cancelled():
                    res = child._make_cancelled_error()
                else:
                    res = child.exception()
                    if res is None:
                        res = child._result
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    seen = set()
    for child in children:
        if id(child) not in seen:
            seen.add(id(child))
            child.add_done_callback(on_child_done)
    return outer


def shield(arg):
    """Protect an awaitable from cancellation of the task awaiting it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures or tasks in `fs`; returns the sets (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Wait for one awaitable, cancelling it and raising TimeoutError after `timeout`."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)

    def on_done(f):
        _release_waiter(waiter)

    fut.add_done_callback(on_done)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(on_done)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()
    fut.add_done_callback(lambda f: _release_waiter(waiter))
    fut.cancel()
    await waiter


def as_completed(fs, *, timeout=None):
    """Iterate over coroutines that return the results of `fs` as they complete."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    todo = {ensure_future(f) for f in set(fs)}
    done = []
    waiters = []
    timer = [None]

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.append(None)
        todo.clear()
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)

    def on_completion(f):
        if not todo:
            return
        todo.discard(f)
        done.append(f)
        if waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)
        if not todo and timer[0] is not None:
            timer[0].cancel()

    async def wait_for_one():
        if not done:
            w = get_running_loop().create_future()
            waiters.append(w)
            await w
        f = done.pop(0)
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer[0] = get_event_loop().call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


# ---------------------------------------------------------------- task groups and timeouts


class TaskGroup:
    """`async with TaskGroup() as tg:` — tasks made by `tg.create_task` are awaited at
    the block's end; the first failure cancels the others and the parent task."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = [""]
        if self._tasks:
            info.append(f"tasks={len(self._tasks)}")
        if self._errors:
            info.append(f"errors={len(self._errors)}")
        if self._aborting:
            info.append("cancelling")
        elif self._entered:
            info.append("entered")
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup("unhandled errors in a TaskGroup", self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro, name=name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                "message": f"Task {task!r} has errored out but its parent "
                           f"task {self._parent_task} is already completed",
                "exception": exc,
                "task": task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


class Timeout:
    """`async with timeout(delay):` — cancels the enclosed block after the deadline
    (loop time) and turns that cancellation into TimeoutError."""

    def __init__(self, when):
        self._when = when
        self._state = "created"
        self._timeout_handler = None
        self._task = None

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != "entered":
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ("expiring", "expired")

    def __repr__(self):
        when = f" when={self._when}" if self._state == "entered" else ""
        return f"<Timeout [{self._state}]{when}>"

    async def __aenter__(self):
        self._state = "entered"
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == "expiring":
            self._state = "expired"
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == "entered":
            self._state = "exited"
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = "expiring"
        self._timeout_handler = None


def timeout(delay):
    """A Timeout that expires `delay` seconds from now (None: never)."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---------------------------------------------------------------- synchronisation


class _Waiters:
    """Futures of the tasks blocked on a primitive, woken in FIFO order."""

    def __init__(self):
        self._waiters = []

    def _new_waiter(self):
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        return fut

    def _drop(self, fut):
        try:
            self._waiters.remove(fut)
        except ValueError:
            pass

    def _repr(self, extra):
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<asyncio.locks.{type(self).__name__} object [{extra}]>"


class _AcquireContext:
    """`async with x:` around `await x.acquire()` ... `x.release()`."""

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_AcquireContext, _Waiters):
    """A mutual exclusion lock for tasks (not threads)."""

    def __init__(self):
        super().__init__()
        self._locked = False

    def __repr__(self):
        return self._repr("locked" if self._locked else "unlocked")

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = self._new_waiter()
        try:
            try:
                await fut
            finally:
                self._drop(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                return


class Event(_Waiters):
    """A flag tasks can wait for."""

    def __init__(self):
        super().__init__()
        self._value = False

    def __repr__(self):
        return self._repr("set" if self._value else "unset")

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._new_waiter()
        try:
            await fut
            return True
        finally:
            self._drop(fut)


class Condition(_AcquireContext, _Waiters):
    """Wait until notified, with a lock held around the check."""

    def __init__(self, lock=None):
        super().__init__()
        self._lock = Lock() if lock is None else lock
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release


    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = self._new_waiter()
            try:
                await fut
                return True
            finally:
                self._drop(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_AcquireContext, _Waiters):
    """A counter of available slots; `acquire` waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        super().__init__()
        self._value = value

    def __repr__(self):
        return self._repr("locked" if self.locked() else f"unlocked, value:{self._value}")

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = self._new_waiter()
        try:
            try:
                await fut
            finally:
                self._drop(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class Queue:
    """A FIFO queue for tasks; `maxsize` > 0 bounds it (`put` then waits)."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)
                break

    def __repr__(self):
        return f"<{type(self).__name__} maxsize={self._maxsize!r}>"

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that hands out the smallest item first (heapq order)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that hands out the most recently added item first."""

    def _get(self):
        return self._queue.pop()
