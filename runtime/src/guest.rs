//! Guest threads: every Python thread is an OS thread with its own `Vm` (value stack,
//! frames, pending exception) and its own allocator, running in parallel with the
//! others; there is no global interpreter lock.
//!
//! This module owns the list of *attached mutators* (threads that may touch the heap)
//! and the stop-the-world collection over all of them: the collecting thread stops the
//! world through `kiln_threads::SAFEPOINTS`, marks every attached thread's stack and
//! the runtime roots, and sweeps every thread's object list plus the orphans of
//! threads that have exited. It also starts threads for `_thread.start_new_thread`
//! and wraps blocking native waits (`native`) so that a blocked thread never delays a
//! collection.
//!
//! Rule for native code: never hold a Rust lock across a safepoint or a call back
//! into Python, and block only inside `native(...)`; then a stop request can always
//! be served.

use crate::heap::{self, GcStats, Header, HeapHandle};
use crate::interp::{Options as VmOptions, Vm};
use crate::object::*;
use crate::rt::{self, rt};
use crate::value::Value;
use kiln_threads::{SAFEPOINTS, THREADS};
use parking_lot::Mutex;
use std::cell::Cell;

struct Mutator {
    vm: *const Vm,
    heap: HeapHandle,
}
// SAFETY: the collector dereferences `vm` only while that thread is stopped (see
// `collect`); the pointer itself is just an address.
unsafe impl Send for Mutator {}

/// Attached threads' stacks and heaps.
static MUTATORS: Mutex<Vec<Mutator>> = Mutex::new(Vec::new());
/// Objects allocated by threads that have exited (still possibly referenced).
static ORPHANS: Mutex<Vec<OrphanPtr>> = Mutex::new(Vec::new());
/// (ident, [function, args, kwargs]) handed from `start_thread` to the new thread;
/// rooted here until the new thread has them on its own stack.
static PENDING: Mutex<Vec<(u64, [Value; 3])>> = Mutex::new(Vec::new());
/// Guest threads alive (main included). While it is 1, shared-object locks are skipped
/// (`kiln_threads::set_multi_mutator`, `kiln_threads::multi_mutator`).
static LIVE: Mutex<usize> = Mutex::new(0);

fn count_thread(delta: isize) {
    let mut n = LIVE.lock();
    *n = n.checked_add_signed(delta).expect("thread count");
    kiln_threads::set_multi_mutator(*n > 1);
}

/// `_thread._set_shutdown_hook`: called by the driver when the main program ends.
static SHUTDOWN_HOOK: Mutex<Option<Value>> = Mutex::new(None);

/// Every orphaned object (of threads that exited), as values. Only while one guest
/// thread runs, or with the world stopped.
pub fn for_each_orphan(mut f: impl FnMut(Value)) {
    let list: Vec<*mut Header> = ORPHANS.lock().iter().map(|o| o.0).collect();
    for h in list {
        f(Value::from_ptr(h as *const crate::heap::Obj<()>));
    }
}

struct OrphanPtr(*mut Header);
// SAFETY: orphans are touched only by the collector with the world stopped.
unsafe impl Send for OrphanPtr {}

thread_local! {
    /// This thread's guest-thread ident (`_thread.get_ident`).
    static IDENT: Cell<u64> = const { Cell::new(0) };
}

/// Make the calling thread a mutator: it may now allocate and run Python code, and
/// it must reach safepoints (or be in `native`) for collections to proceed.
pub fn attach(vm: &Vm, ident: u64) {
    SAFEPOINTS.register();
    IDENT.with(|i| i.set(ident));
    MUTATORS.lock().push(Mutator {
        vm: vm as *const Vm,
        heap: heap::current_heap(),
    });
}

/// The calling thread stops being a mutator (it is exiting). Its objects become
/// orphans: other threads may still reference them.
pub fn detach(vm: &Vm) {
    let me = vm as *const Vm;
    MUTATORS.lock().retain(|m| m.vm != me);
    let objs = heap::take_objects();
    ORPHANS.lock().extend(objs.into_iter().map(OrphanPtr));
    SAFEPOINTS.unregister();
}

/// The calling thread's ident.
pub fn current_ident() -> u64 {
    IDENT.with(|i| i.get())
}

/// Run a blocking native wait (lock acquire, sleep, join, I/O). While it runs the
/// thread counts as stopped, so collections proceed without it; `f` must not touch
/// the heap or any `Value`'s payload.
pub fn native<R>(f: impl FnOnce() -> R) -> R {
    let _g = SAFEPOINTS.native();
    f()
}

/// The writers' lock of a structure guest threads share (dict and set tables, files):
/// skipped (None) while only one guest thread exists; waiting for another thread is a
/// native wait, so a holder parked at a safepoint (inside a key's `__eq__`, say) never
/// stalls a collection. Re-entrant: such a callback may reach the same structure.
#[inline(always)]
pub fn shared_lock(
    l: &parking_lot::ReentrantMutex<()>,
) -> Option<parking_lot::ReentrantMutexGuard<'_, ()>> {
    if !kiln_threads::multi_mutator() {
        return None;
    }
    match l.try_lock() {
        Some(g) => Some(g),
        None => Some(native(|| l.lock())),
    }
}

/// Serve a stop request raised by another thread (called at safepoints).
#[cold]
pub fn park() {
    SAFEPOINTS.park();
}

/// Collect with the world stopped. Returns None when another thread collected while
/// this one waited (its budget was reset by that collection).
pub fn collect(vm: &mut Vm) -> Option<GcStats> {
    // `vm`'s stack is traced through MUTATORS like every other thread's; taking it
    // here keeps callers from using it while the collector reads it.
    let _ = vm;
    SAFEPOINTS.stop_the_world(|| {
        let muts = MUTATORS.lock();
        let pending = PENDING.lock();
        let hook = SHUTDOWN_HOOK.lock();
        let mut orphans = ORPHANS.lock();
        let heaps: Vec<HeapHandle> = muts.iter().map(|m| m.heap).collect();
        // Orphans are swept as a plain object list.
        let mut list: Vec<*mut Header> = orphans.iter().map(|o| o.0).collect();
        // SAFETY: every attached thread but this one is stopped (stop_the_world), and
        // every value a stopped thread holds is on its stack, in its roots, or in the
        // runtime roots (the safepoint/native rule in this module's doc).
        let stats = unsafe {
            heap::collect_world(
                |m| {
                    rt::trace_roots(m);
                    for mu in muts.iter() {
                        // SAFETY: attached Vm, owner stopped or the caller itself.
                        (*mu.vm).trace_stack(m);
                    }
                    for (_, vs) in pending.iter() {
                        m.mark_all(vs);
                    }
                    if let Some(h) = *hook {
                        m.mark(h);
                    }
                },
                &heaps,
                &mut list,
            )
        };
        *orphans = list.into_iter().map(OrphanPtr).collect();
        // SAFETY: the world is stopped: no thread is between loading a GrowVec buffer
        // and reading it (readers never hold a buffer across a safepoint).
        unsafe { kiln_threads::reclaim_retired() };
        stats
    })
}

// ---- starting threads ---------------------------------------------------------------

/// Native stack of a guest thread (reserved address space; committed as used).
const GUEST_STACK_SIZE: usize = crate::INTERP_STACK_SIZE;

/// `_thread.start_new_thread(function, args, kwargs)`: run it on a new OS thread.
pub fn start_thread(vm: &mut Vm, func: Value, args: Value, kwargs: Value) -> PyResult<u64> {
    let ident = THREADS.start(false);
    // Held `yield from` chains are a single-thread device: release them while this is
    // still the only guest thread.
    if !kiln_threads::multi_mutator() {
        crate::interp::break_all_held_chains();
    }
    // Before the new thread exists: from now on this thread's writes lock.
    count_thread(1);
    PENDING.lock().push((ident, [func, args, kwargs]));
    let limit = vm.recursion_limit;
    let spawned = std::thread::Builder::new()
        .name(format!("kiln-guest-{ident}"))
        .stack_size(GUEST_STACK_SIZE)
        .spawn(move || guest_main(ident, limit));
    if spawned.is_err() {
        PENDING.lock().retain(|p| p.0 != ident);
        count_thread(-1);
        THREADS.exit(ident);
        return Err(vm.raise(rt().excs.runtime_error, "can't start new thread".into()));
    }
    Ok(ident)
}

fn guest_main(ident: u64, recursion_limit: u32) {
    let mut vm = Vm::new(VmOptions { recursion_limit });
    attach(&vm, ident);
    let entry = {
        let mut p = PENDING.lock();
        let i = p.iter().position(|e| e.0 == ident).expect("pending start");
        p.swap_remove(i).1
    };
    vm.roots.extend_from_slice(&entry);
    let [func, args, kwargs] = entry;
    let kw = if kwargs.is_none() {
        Value::NULL
    } else {
        kwargs
    };
    if crate::ops::call_ex(&mut vm, func, args, kw).is_err() {
        let exc = vm.take_exc();
        if !crate::ops::isinstance_class(exc, rt().excs.system_exit) {
            vm.roots.push(exc);
            crate::builtins::flush_stdout_only();
            let repr = crate::ops::repr(&mut vm, func).unwrap_or_default();
            let text = crate::driver::format_exception(&mut vm, exc);
            crate::builtins::write_stderr(&format!(
                "Unhandled exception in thread started by {repr}\n{text}"
            ));
        }
    }
    vm.roots.clear();
    detach(&vm);
    count_thread(-1);
    THREADS.exit(ident);
}

/// Ident for the main thread (registered as a daemon: it is never joined).
pub fn attach_main(vm: &Vm) {
    kiln_threads::set_reclaim_hook(heap::request_collection);
    let ident = THREADS.start(true);
    count_thread(1);
    attach(vm, ident);
}

/// Remember the callable the driver runs when the main program ends.
pub fn set_shutdown_hook(f: Value) {
    *SHUTDOWN_HOOK.lock() = Some(f);
}

/// Run the shutdown hook (threading joins its non-daemon threads), if any.
pub fn run_shutdown_hook(vm: &mut Vm) -> PyResult<()> {
    let hook = SHUTDOWN_HOOK.lock().take();
    if let Some(h) = hook {
        vm.roots.push(h);
        let r = vm.call0(h).map(|_| ());
        vm.roots.pop();
        return r;
    }
    Ok(())
}

/// Keep `v` alive for the whole process (module-level state of native modules).
pub fn root_forever(v: Value) {
    rt().extra_roots.lock().push(v);
}
