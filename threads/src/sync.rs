//! Sync shim: std atomics, `Mutex` and `Condvar` normally, loom's under `--cfg loom`, so
//! the very code the runtime runs is what the loom models check.
//!
//! Locks are std's (not parking_lot) because loom has drop-in twins for them; poisoning
//! is ignored through `lock`/`wait` below because every protocol here keeps its state
//! consistent at each point where a panic can unwind (see the callers).
#[cfg(loom)]
pub(crate) use loom::sync::atomic::{
    AtomicPtr, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering,
};
#[cfg(loom)]
pub(crate) use loom::sync::{Condvar, Mutex, MutexGuard};
#[cfg(not(loom))]
pub(crate) use std::sync::atomic::{
    AtomicPtr, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering,
};
#[cfg(not(loom))]
pub(crate) use std::sync::{Condvar, Mutex, MutexGuard};

/// Lock, ignoring poisoning (see the module header).
#[inline]
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Wait on `cv`, ignoring poisoning (see the module header).
#[inline]
pub(crate) fn wait<'a, T>(cv: &Condvar, g: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
    cv.wait(g).unwrap_or_else(|e| e.into_inner())
}

/// Cell for plain (non-atomic) data that a protocol hands between threads, used by the
/// models and tests to give loom something to race-check: loom only detects data races
/// through its own `UnsafeCell` (the data behind a published pointer, for example).
#[cfg(all(test, loom))]
pub(crate) use loom::cell::UnsafeCell;

/// std stand-in with loom's closure API, so the same test code builds without loom.
#[cfg(all(test, not(loom)))]
pub(crate) struct UnsafeCell<T>(std::cell::UnsafeCell<T>);

// SAFETY: as for loom's cell, callers synchronise every access themselves (that is what
// the tests using it check); it is only shared between test threads.
#[cfg(all(test, not(loom)))]
unsafe impl<T: Send> Sync for UnsafeCell<T> {}

#[cfg(all(test, not(loom)))]
impl<T> UnsafeCell<T> {
    pub(crate) const fn new(v: T) -> Self {
        Self(std::cell::UnsafeCell::new(v))
    }
    pub(crate) fn with<R>(&self, f: impl FnOnce(*const T) -> R) -> R {
        f(self.0.get())
    }
    pub(crate) fn with_mut<R>(&self, f: impl FnOnce(*mut T) -> R) -> R {
        f(self.0.get())
    }
}
