"""Thread module emulating a subset of Java's threading model (Kiln).

Kiln's own implementation on top of the builtin `_thread` module (OS threads that run
in parallel, no GIL). It follows CPython 3.11's threading API and observable behaviour
(names, reprs, error messages, the excepthook output) with a simpler structure:

* every started Thread owns a "done" lock, acquired before `_thread.start_new_thread`
  and released by the new thread as its very last step; `join(timeout)` is
  `acquire(True, timeout)` followed by `release()`;
* `start()` waits until the new thread has registered itself in `_active`;
* RLock, Condition, Semaphore, Event and Barrier are written in Python on top of
  `_thread.allocate_lock()` (Condition keeps one lock per waiter, like CPython);
* `local` keeps one attribute dict per thread ident, dropped when a Thread ends;
* `_shutdown` (registered with `_thread._set_shutdown_hook`) joins every non-daemon
  thread when the main program finishes.

All state shared between threads (`_active`, `_limbo`, the name counter, the registry
of thread-local dicts) is only changed while holding `_active_limbo_lock`.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
try:
    get_native_id = _thread.get_native_id
except AttributeError:
    get_native_id = _thread.get_ident
ThreadError = _thread.error
try:
    TIMEOUT_MAX = _thread.TIMEOUT_MAX
except AttributeError:
    TIMEOUT_MAX = 9223372036.0
try:
    _print_exception = _thread._print_exception
except AttributeError:
    def _print_exception(exc):
        print("Traceback (most recent call last):", file=_sys.stderr)
        print("%s: %s" % (type(exc).__name__, exc), file=_sys.stderr)

Lock = _allocate_lock
try:
    _LockType = _thread.LockType
except AttributeError:
    _LockType = type(_allocate_lock())

# ---------------------------------------------------------------- profile/trace hooks

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module
    (accepted and remembered; Kiln does not call it)."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module
    (accepted and remembered; Kiln does not call it)."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def stack_size(size=0):
    """Return the thread stack size used when creating new threads (0: the default)."""
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


# ---------------------------------------------------------------- RLock

class RLock:
    """A reentrant lock: the thread that holds it may acquire it again; it must release
    it as many times as it acquired it."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        # As CPython's C RLock (type _thread.RLock): owner 0 when not owned.
        owner = self._owner
        cls = self.__class__
        name = "_thread.RLock" if cls is RLock else cls.__qualname__
        return "<%s %s object owner=%d count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            name,
            owner if owner is not None else 0,
            self._count,
            hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count - 1
        self._count = count
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        return self._block.locked()

    # Internal methods used by Condition (a full release of a recursive lock).

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)

    def _is_owned(self):
        return self._owner == get_ident()


_PyRLock = RLock

# ---------------------------------------------------------------- Condition


class Condition:
    """A condition variable: lets threads wait until another thread notifies them.

    Each waiter blocks on a lock of its own (allocated locked); notify() releases the
    first waiters' locks. The underlying lock must be held by the caller of wait(),
    notify() and notify_all()."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: "owned" means "locked" here, as in CPython.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # The waiter timed out and released it itself (it removes itself).
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


# ---------------------------------------------------------------- Semaphores

class Semaphore:
    """A counter: acquire() waits while it is zero, then decrements it; release()
    increments it."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return ("<%s.%s at %s: value=%s>" %
                (cls.__module__, cls.__qualname__, hex(id(self)), self._value))

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return ("<%s.%s at %s: value=%s/%s>" %
                (cls.__module__, cls.__qualname__, hex(id(self)),
                 self._value, self._initial_value))

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


# ---------------------------------------------------------------- Event

class Event:
    """A flag that threads can wait for: set() wakes every waiter."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return "<%s.%s at %s: %s>" % (cls.__module__, cls.__qualname__,
                                      hex(id(self)), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---------------------------------------------------------------- Barrier

class BrokenBarrierError(RuntimeError):
    pass


# Barrier states.
_FILLING = 0
_DRAINING = 1
_RESETTING = -1
_BROKEN = -2


class Barrier:
    """A barrier for a fixed number of threads: each wait() blocks until `parties`
    threads are waiting, then all are released together. wait() returns a distinct
    index in range(parties); `action` (if given) runs in one thread before release."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %s: broken>" % (cls.__module__, cls.__qualname__,
                                              hex(id(self)))
        return ("<%s.%s at %s: waiters=%s/%s>" %
                (cls.__module__, cls.__qualname__, hex(id(self)),
                 self.n_waiting, self.parties))

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        # Wait until a previous round has drained or a reset has finished.
        while self._state in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _FILLING

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _DRAINING

    def _exit(self):
        if self._count == 0:
            if self._state in (_RESETTING, _DRAINING):
                self._state = _FILLING
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ---------------------------------------------------------------- thread registry

_active_limbo_lock = RLock()
_active = {}    # ident -> Thread, for running threads
_limbo = {}     # Thread -> Thread, for threads between start() and running
_name_counter = 0


def _newname(name_template):
    global _name_counter
    with _active_limbo_lock:
        _name_counter += 1
        n = _name_counter
    return name_template % n


# Thread-local storage: ident -> list of the per-local storage dicts that hold a dict
# for that thread (so the thread's entries can be dropped when it ends).
_local_registry = {}


def _drop_thread_locals(ident):
    with _active_limbo_lock:
        storages = _local_registry.pop(ident, None)
    if storages:
        for storage in storages:
            storage.pop(ident, None)


# ---------------------------------------------------------------- excepthook

class ExceptHookArgs(tuple):
    """ExceptHookArgs((exc_type, exc_value, exc_traceback, thread))"""

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("threading.ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(args))
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % tuple(self))


def excepthook(args, /):
    """Handle an exception raised by Thread.run(): print it to stderr as CPython does
    (SystemExit is ignored silently)."""
    if args.exc_type == SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    stderr = _sys.stderr
    try:
        stderr.flush()
    except Exception:
        pass
    print("Exception in thread %s:" % name, file=stderr)
    try:
        stderr.flush()
    except Exception:
        pass
    exc = args.exc_value
    if exc is None:
        exc = args.exc_type()
    _print_exception(exc)


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    hook = excepthook
    try:
        hook(ExceptHookArgs((type(exc), exc, exc.__traceback__, thread)))
    except SystemExit:
        pass
    except BaseException as hook_exc:
        try:
            print("Exception in threading.excepthook:", file=_sys.stderr)
            _print_exception(hook_exc)
        except BaseException:
            pass


# ---------------------------------------------------------------- Thread

class Thread:
    """A thread of control: call start() once to run run() (by default
    target(*args, **kwargs)) in a new OS thread."""

    _initialized = False
    _drops_locals = True

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += " (%s)" % target_name
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None    # the "done" lock, held while the thread runs
        self._started = Event()
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # notices a finished thread
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        done = _allocate_lock()
        done.acquire()
        self._tstate_lock = done
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except BaseException:
            with _active_limbo_lock:
                _limbo.pop(self, None)
            self._tstate_lock = None
            done.release()
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references (CPython deletes the attributes; rebinding them keeps
            # the object's layout unchanged while other threads read it).
            self._target = self._args = self._kwargs = None

    def _bootstrap(self):
        # Runs in the new thread. Nothing may escape to _thread.
        try:
            self._bootstrap_inner()
        except BaseException:
            pass

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _bootstrap_inner(self):
        done = self._tstate_lock
        ident = None
        try:
            self._set_ident()
            self._set_native_id()
            ident = self._ident
            with _active_limbo_lock:
                _active[ident] = self
                _limbo.pop(self, None)
            self._started.set()
            try:
                self.run()
            except BaseException as exc:
                _invoke_excepthook(self, exc)
                exc = None
        finally:
            try:
                if ident is not None:
                    with _active_limbo_lock:
                        if _active.get(ident) is self:
                            del _active[ident]
                    _drop_thread_locals(ident)
            finally:
                # The very last step: wake joiners.
                done.release()

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            # Already noticed as stopped (or never started).
            return
        if timeout is None:
            timeout = -1
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Call a function after a number of seconds (unless cancel() is called first)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    _drops_locals = False

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        done = _allocate_lock()
        done.acquire()
        self._tstate_lock = done
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """A thread started without the threading module (by _thread directly): daemonic,
    always alive, cannot be joined."""
    _drops_locals = False

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


# ---------------------------------------------------------------- module functions

def current_thread():
    """Return the Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


_main_thread = _MainThread()


def main_thread():
    """Return the main Thread object (the one the interpreter started in)."""
    return _main_thread


def _shutdown():
    """Called when the main program finishes: the main thread is stopped, then every
    non-daemon thread is joined (again and again, as threads may start threads)."""
    if _main_thread._is_stopped:
        return
    tlock = _main_thread._tstate_lock
    if tlock is not None and tlock.locked():
        tlock.release()
    _main_thread._stop()
    me = get_ident()
    while True:
        with _active_limbo_lock:
            threads = [t for t in _enumerate()
                       if not t._daemonic and t._ident != me and t is not _main_thread]
        pending = [t for t in threads if t._started.is_set() and not t._is_stopped]
        if not pending:
            # Threads still in _limbo are being started: wait for them to register.
            if not threads:
                break
            waited = False
            for t in threads:
                if not t._started.is_set():
                    t._started.wait(0.01)
                    waited = True
            if not waited:
                break
            continue
        for t in pending:
            try:
                t.join()
            except BaseException:
                pass


try:
    _thread._set_shutdown_hook(_shutdown)
except AttributeError:
    pass


# ---------------------------------------------------------------- thread-local data

class _local:
    """Thread-local data: every thread sees its own attributes on the same object.

    A subclass's __init__ runs again (with the constructor's arguments) the first
    time each other thread touches the object."""

    __module__ = '_thread'

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__impl', ({}, args, kw, _allocate_lock()))
        # The creating thread's dict exists now; __init__ is then called as usual.
        _local_dict(self, False)
        return self

    def __getattribute__(self, name):
        d = _local_dict(self, True)
        if name == '__dict__':
            return d
        if name in d and not _class_data_descriptor(self, name):
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_local_type_name(self), name)) from None

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only" % _local_type_name(self))
        d = _local_dict(self, True)
        if _class_data_descriptor(self, name):
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only" % _local_type_name(self))
        d = _local_dict(self, True)
        if _class_data_descriptor(self, name):
            object.__delattr__(self, name)
            return
        try:
            del d[name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_local_type_name(self), name)) from None


local = _local
_NOT_FOUND = object()


def _local_type_name(obj):
    cls = type(obj)
    if cls is _local:
        return '_thread._local'
    return cls.__name__


def _class_data_descriptor(obj, name):
    # True when the class has a data descriptor (e.g. a property) called `name`:
    # it wins over the per-thread dict, as for ordinary instances.
    attr = getattr(type(obj), name, _NOT_FOUND)
    if attr is _NOT_FOUND:
        return False
    t = type(attr)
    return hasattr(t, '__set__') or hasattr(t, '__delete__')


def _local_dict(self, init):
    """The calling thread's attribute dict of local `self` (created on first use;
    then a subclass's __init__ runs when `init` is true)."""
    impl = object.__getattribute__(self, '_local__impl')
    storage = impl[0]
    ident = get_ident()
    d = storage.get(ident)
    if d is not None:
        return d
    d = {}
    lock = impl[3]
    with lock:
        storage[ident] = d
    # Threads started by Thread drop their dicts when they end (idents are reused).
    # The main thread never ends, and dummy threads are never noticed ending.
    with _active_limbo_lock:
        t = _active.get(ident)
        if t is not None and t._drops_locals:
            lst = _local_registry.get(ident)
            if lst is None:
                lst = []
                _local_registry[ident] = lst
            lst.append(storage)
    if init:
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *impl[1], **impl[2])
    return d
