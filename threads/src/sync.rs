//! Sync shim: std atomics, `Mutex` and `Condvar` normally, loom's under `--cfg loom`, so
//! the very code the runtime runs is what the loom models check.
//!
//! Locks are std's (not parking_lot) because loom has drop-in twins for them; poisoning
//! is ignored through `lock`/`wait` below because every protocol here keeps its state
//! consistent at each point where a panic can unwind (see the callers).
#[cfg(loom)]
pub(crate) use loom::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, AtomicUsize, Ordering};
#[cfg(loom)]
pub(crate) use loom::sync::{Condvar, Mutex, MutexGuard};
#[cfg(not(loom))]
pub(crate) use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, AtomicUsize, Ordering};
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
