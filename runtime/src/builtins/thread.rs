//! The `_thread` module: starting guest threads, the `lock` type, thread idents,
//! and the hooks `threading.py` (runtime/lib) builds on.
//!
//! A lock is a `NativeObj` holding a `Lock` (a flag behind a parking_lot mutex plus
//! a condvar). Waiting for it is a native wait (`guest::native`), so a thread blocked
//! on a lock never delays a stop-the-world collection.

use super::*;
use crate::guest;
use parking_lot::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// Largest timeout `acquire` accepts, in seconds (CPython's value on 64-bit Linux).
const TIMEOUT_MAX: f64 = 9223372036.0;

/// The state behind a `_thread.lock`: not owner-checked, like CPython's.
pub struct Lock {
    locked: Mutex<bool>,
    freed: Condvar,
}

impl Lock {
    fn new() -> Lock {
        Lock {
            locked: Mutex::new(false),
            freed: Condvar::new(),
        }
    }
    fn try_acquire(&self) -> bool {
        let mut l = self.locked.lock();
        !std::mem::replace(&mut *l, true)
    }
    /// Block until acquired or `deadline` passes. Touches no heap object.
    fn acquire_blocking(&self, deadline: Option<Instant>) -> bool {
        let mut l = self.locked.lock();
        loop {
            if !*l {
                *l = true;
                return true;
            }
            match deadline {
                None => self.freed.wait(&mut l),
                Some(d) => {
                    if self.freed.wait_until(&mut l, d).timed_out() && *l {
                        return false;
                    }
                }
            }
        }
    }
    fn release(&self) -> bool {
        let mut l = self.locked.lock();
        if !*l {
            return false;
        }
        *l = false;
        self.freed.notify_one();
        true
    }
    fn is_locked(&self) -> bool {
        *self.locked.lock()
    }
}

fn lock_class() -> Value {
    static CLS: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    *CLS.get_or_init(|| {
        let c = rt::new_class("lock", &[rt().types.object], Layout::Other);
        c.cast::<ClassObj>().module = crate::sym!("_thread");
        guest::root_forever(c);
        c
    })
}

pub(crate) fn install() {
    let (_, d) = new_module("_thread");
    let fns: &[(&'static str, NativeFn)] = &[
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("get_ident", get_ident),
        ("get_native_id", get_ident),
        ("_count", count),
        ("stack_size", stack_size),
        ("_print_exception", print_exception),
        ("_set_shutdown_hook", set_shutdown_hook),
    ];
    for &(n, f) in fns {
        add_fn(d, n, f);
    }
    let cls = lock_class();
    add_methods(
        cls,
        &[
            ("acquire", lock_acquire),
            ("acquire_lock", lock_acquire),
            ("__enter__", lock_acquire),
            ("release", lock_release),
            ("release_lock", lock_release),
            ("__exit__", lock_exit),
            ("locked", lock_locked),
            ("locked_lock", lock_locked),
            ("__repr__", lock_repr),
        ],
    );
    set_str_key(d, "LockType", cls);
    set_str_key(d, "lock", cls);
    set_str_key(d, "error", rt().excs.runtime_error);
    set_str_key(d, "TIMEOUT_MAX", Value::float(TIMEOUT_MAX));
}

fn start_new_thread(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "start_new_thread", 2, 3)?;
    let (func, args) = (a.pos[0], a.pos[1]);
    let kwargs = a.pos.get(2).copied().unwrap_or(Value::NONE);
    if !ops::is_callable(func) {
        return Err(vm.type_error("first arg must be callable".into()));
    }
    if !args.is_kind(ObjKind::Tuple) {
        return Err(vm.type_error("2nd arg must be a tuple".into()));
    }
    if !kwargs.is_none() && !kwargs.is_kind(ObjKind::Dict) {
        return Err(vm.type_error("optional 3rd arg must be a dictionary".into()));
    }
    let ident = guest::start_thread(vm, func, args, kwargs)?;
    Ok(int(ident as i64))
}

fn allocate_lock(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "allocate_lock")?;
    Ok(new_lock())
}

/// A new unlocked `_thread.lock`.
pub fn new_lock() -> Value {
    alloc(NativeObj {
        cls: lock_class(),
        data: Box::new(Lock::new()),
    })
}

fn get_ident(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "get_ident")?;
    Ok(int(guest::current_ident() as i64))
}

fn count(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "_count")?;
    // Threads started by start_new_thread that have not finished (not the main one).
    Ok(int(
        kiln_threads::THREADS.alive_count().saturating_sub(1) as i64
    ))
}

fn stack_size(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "stack_size", 0, 1)?;
    Ok(Value::small(0))
}

fn print_exception(vm: &mut Vm, _: Value, a: &Args) -> R {
    let exc = one_arg(vm, a, "_print_exception")?;
    let text = crate::driver::format_exception(vm, exc);
    write_stderr(&text);
    Ok(Value::NONE)
}

fn set_shutdown_hook(vm: &mut Vm, _: Value, a: &Args) -> R {
    let f = one_arg(vm, a, "_set_shutdown_hook")?;
    guest::set_shutdown_hook(f);
    Ok(Value::NONE)
}

fn this_lock(vm: &mut Vm, s: Value) -> PyResult<&'static Lock> {
    match s.get::<NativeObj>().and_then(|n| n.data::<Lock>()) {
        Some(l) => Ok(l),
        None => Err(vm.type_error(format!(
            "descriptor requires a '_thread.lock' object but received a '{}'",
            ops::type_name(s)
        ))),
    }
}

fn lock_acquire(vm: &mut Vm, s: Value, a: &Args) -> R {
    let l = this_lock(vm, s)?;
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "acquire() takes at most 2 arguments ({} given)",
            a.pos.len()
        )));
    }
    check_kws(vm, a, &["blocking", "timeout"], "acquire")?;
    let blocking = match a.pos.first().copied().or_else(|| kwarg(a, "blocking")) {
        Some(b) => ops::truthy(vm, b)?,
        None => true,
    };
    let timeout = match a.pos.get(1).copied().or_else(|| kwarg(a, "timeout")) {
        Some(t) => match to_f64(vm, t)? {
            Some(f) => f,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    ops::type_name(t)
                )))
            }
        },
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call".into()));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive".into()));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.raise(
            rt().excs.overflow_error,
            "timeout value is too large".into(),
        ));
    }
    if l.try_acquire() {
        return Ok(Value::TRUE);
    }
    if !blocking {
        return Ok(Value::FALSE);
    }
    let deadline = (timeout >= 0.0).then(|| Instant::now() + Duration::from_secs_f64(timeout));
    let got = guest::native(|| l.acquire_blocking(deadline));
    Ok(Value::bool(got))
}

fn lock_release(vm: &mut Vm, s: Value, a: &Args) -> R {
    no_args(vm, a, "release")?;
    lock_exit(vm, s, a)
}

/// `__exit__(*exc_info)`: release, ignoring the arguments.
fn lock_exit(vm: &mut Vm, s: Value, _: &Args) -> R {
    let l = this_lock(vm, s)?;
    if !l.release() {
        return Err(vm.raise(rt().excs.runtime_error, "release unlocked lock".into()));
    }
    Ok(Value::NONE)
}

fn lock_locked(vm: &mut Vm, s: Value, a: &Args) -> R {
    let l = this_lock(vm, s)?;
    no_args(vm, a, "locked")?;
    Ok(Value::bool(l.is_locked()))
}

fn lock_repr(vm: &mut Vm, s: Value, _: &Args) -> R {
    let l = this_lock(vm, s)?;
    let state = if l.is_locked() { "locked" } else { "unlocked" };
    Ok(ops::new_str(&format!(
        "<{state} _thread.lock object at {:#x}>",
        s.ptr_bits()
    )))
}
