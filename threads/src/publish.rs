//! JIT code publication: per-code-object compile state and the published entry point
//! (`CodeSlot`, one per code object; see PROTOCOLS.md "Code publication").
//!
//! Protocol:
//! * Warm-up: callers `bump` the counter (also bumped by compiled code through
//!   `counter_offset`) until it crosses the threshold.
//! * Exactly one thread becomes the compiler: `begin_compile` is one CAS Idle ->
//!   Compiling; everyone else keeps interpreting.
//! * The compiler writes and installs the machine code (`kiln_baseline::codemem`), then
//!   `publish`es its entry with one Release store. A thread that Acquire-loads a non-null
//!   `entry` therefore sees the complete code (and everything the compiler wrote before,
//!   e.g. metadata the code reads). That load is the only check on the hot path; `state`
//!   is bookkeeping for the slow path.
//! * Or the compiler calls `fail` (compilation failed, or the code is not supported):
//!   Failed is final, `begin_compile` never succeeds again, so nothing is retried.
//! * Idle -> Compiling -> Done | Failed; Idle -> Failed (`fail` without compiling, to
//!   mark code as never compilable). Done and Failed are terminal; the entry never
//!   changes once published.
//!
//! Contract: only the thread whose `begin_compile` returned true calls `publish` (once) or
//! `fail`; any thread may `fail` an Idle slot. Breaking it cannot corrupt memory: a
//! third party's `fail` racing the compiler is overridden by its `publish` (which trips
//! a debug assertion), while `fail` never overrides Done.
//!
//! Memory ordering on x86-64 costs nothing here: Acquire loads and Release stores are
//! plain moves, so compiled code can read `entry` with an ordinary load.

use crate::sync::{AtomicPtr, AtomicU32, AtomicU8, Ordering};

/// `CodeSlot::state` values.
pub const IDLE: u8 = 0;
pub const COMPILING: u8 = 1;
pub const DONE: u8 = 2;
pub const FAILED: u8 = 3;

/// Per-code-object JIT state: the published entry point plus a compile-once state machine.
///
/// `repr(C)` so the offsets compiled code uses (`entry_offset`, `counter_offset`) are
/// fixed by this declaration: entry at 0, state at 8, counter at 12 (16 bytes).
#[repr(C)]
pub struct CodeSlot {
    /// Machine code entry; null until published, then never changes.
    entry: AtomicPtr<u8>,
    /// IDLE, COMPILING, DONE or FAILED.
    state: AtomicU8,
    /// Warm-up counter (calls and loop back-edges, weighted by the caller).
    counter: AtomicU32,
}

impl Default for CodeSlot {
    fn default() -> Self {
        Self::new()
    }
}

impl CodeSlot {
    #[cfg(not(loom))]
    pub const fn new() -> CodeSlot {
        CodeSlot {
            entry: AtomicPtr::new(std::ptr::null_mut()),
            state: AtomicU8::new(IDLE),
            counter: AtomicU32::new(0),
        }
    }

    /// loom's atomics are not `const fn`.
    #[cfg(loom)]
    pub fn new() -> CodeSlot {
        CodeSlot {
            entry: AtomicPtr::new(std::ptr::null_mut()),
            state: AtomicU8::new(IDLE),
            counter: AtomicU32::new(0),
        }
    }

    /// Acquire-load of the entry (null until published).
    #[inline(always)]
    pub fn entry(&self) -> *const u8 {
        // Acquire pairs with `publish`'s Release: seeing the address means seeing the
        // code bytes written before it.
        self.entry.load(Ordering::Acquire)
    }

    /// Bump the warm-up counter by `n` (relaxed); returns the new value.
    ///
    /// A relaxed load and store, not a `fetch_add`: the counter is only a heuristic, so a
    /// bump lost to a racing thread merely delays compilation a little, while a locked
    /// add on every interpreted call would cost ~20 cycles and a contended cache line.
    /// Compiled code bumps it the same way (a plain `add` at `counter_offset`). Wraps
    /// around at `u32::MAX` (by then the slot has long left Idle).
    #[inline(always)]
    pub fn bump(&self, n: u32) -> u32 {
        let v = self.counter.load(Ordering::Relaxed).wrapping_add(n);
        self.counter.store(v, Ordering::Relaxed);
        v
    }

    /// Try to become the one compiler of this code: Idle -> Compiling; false if someone
    /// else is compiling or it is done or failed.
    pub fn begin_compile(&self) -> bool {
        // One CAS: of all racing callers exactly one sees Idle. The orderings carry no
        // data today (the code object is immutable and reached through its own
        // publication); Acquire on success costs nothing, as a CAS is a full barrier on x86.
        self.state
            .compare_exchange(IDLE, COMPILING, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
    }

    /// Publish compiled code with a single Release store, state -> Done.
    ///
    /// A null `entry` is treated as `fail()` (nothing to run). The state store comes after
    /// the entry store, so a thread that Acquire-loads Done also sees the entry.
    pub fn publish(&self, entry: *const u8) {
        if entry.is_null() {
            self.fail();
            return;
        }
        debug_assert_eq!(
            self.state.load(Ordering::Relaxed),
            COMPILING,
            "publish without begin_compile"
        );
        self.entry.store(entry as *mut u8, Ordering::Release);
        self.state.store(DONE, Ordering::Release);
    }

    /// Compilation failed or is not supported: state -> Failed, never retried.
    ///
    /// From Idle or Compiling; a Done slot stays Done (its code may already be running).
    pub fn fail(&self) {
        let mut s = self.state.load(Ordering::Relaxed);
        while s == IDLE || s == COMPILING {
            match self
                .state
                .compare_exchange(s, FAILED, Ordering::Release, Ordering::Relaxed)
            {
                Ok(_) => return,
                Err(now) => s = now,
            }
        }
    }

    /// IDLE, COMPILING, DONE or FAILED (Acquire: Done implies a non-null `entry()`).
    pub fn state(&self) -> u8 {
        self.state.load(Ordering::Acquire)
    }

    /// Byte offset of the warm-up counter (a `u32`), for compiled code.
    #[cfg(not(loom))]
    pub const fn counter_offset() -> usize {
        std::mem::offset_of!(CodeSlot, counter)
    }

    /// Byte offset of the entry pointer (a `*const u8`), for compiled code.
    #[cfg(not(loom))]
    pub const fn entry_offset() -> usize {
        std::mem::offset_of!(CodeSlot, entry)
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;
    use crate::sync::UnsafeCell;
    use std::sync::Arc;
    use std::thread;

    #[test]
    fn state_machine() {
        let s = CodeSlot::new();
        assert_eq!(s.state(), IDLE);
        assert!(s.entry().is_null());
        assert!(s.begin_compile());
        assert_eq!(s.state(), COMPILING);
        assert!(!s.begin_compile(), "a second compiler");
        let code = [0xc3u8];
        s.publish(code.as_ptr());
        assert_eq!(s.state(), DONE);
        assert_eq!(s.entry(), code.as_ptr());
        assert!(!s.begin_compile());
        s.fail(); // a published slot stays published
        assert_eq!((s.state(), s.entry()), (DONE, code.as_ptr()));
    }

    #[test]
    fn fail_is_final() {
        let s = CodeSlot::new();
        assert!(s.begin_compile());
        s.fail();
        assert_eq!(s.state(), FAILED);
        assert!(!s.begin_compile());
        assert!(s.entry().is_null());
        // Idle -> Failed without compiling (code known to be unsupported).
        let t = CodeSlot::new();
        t.fail();
        assert_eq!(t.state(), FAILED);
        assert!(!t.begin_compile());
        // Publishing nothing is a failure.
        let u = CodeSlot::new();
        assert!(u.begin_compile());
        u.publish(std::ptr::null());
        assert_eq!(u.state(), FAILED);
    }

    #[test]
    fn bump_counts_and_wraps() {
        let s = CodeSlot::new();
        assert_eq!(s.bump(1), 1);
        assert_eq!(s.bump(10), 11);
        assert_eq!(s.bump(u32::MAX), 10);
    }

    #[test]
    fn layout_for_compiled_code() {
        assert_eq!(CodeSlot::entry_offset(), 0);
        assert_eq!(CodeSlot::counter_offset(), 12);
        assert_eq!(std::mem::size_of::<CodeSlot>(), 16);
        let s = CodeSlot::new();
        s.bump(7);
        let base = &s as *const CodeSlot as *const u8;
        // SAFETY: reads the counter field at its offset inside a live `CodeSlot`, the way
        // compiled code does; an AtomicU32 has u32's layout.
        let c = unsafe { *(base.add(CodeSlot::counter_offset()) as *const u32) };
        assert_eq!(c, 7);
        static GLOBAL: CodeSlot = CodeSlot::new(); // `new` is const
        assert_eq!(GLOBAL.state(), IDLE);
    }

    /// Real threads: many slots, four threads racing on each. Exactly one compiler per
    /// slot, and every thread that sees an entry reads the complete code behind it.
    #[test]
    fn racing_compilers_publish_once() {
        const SLOTS: usize = 500;
        let slots: Arc<Vec<(CodeSlot, UnsafeCell<[u8; 8]>)>> = Arc::new(
            (0..SLOTS)
                .map(|_| (CodeSlot::new(), UnsafeCell::new([0; 8])))
                .collect(),
        );
        let hs: Vec<_> = (0..4u8)
            .map(|t| {
                let slots = slots.clone();
                thread::spawn(move || {
                    let mut won = 0;
                    for (slot, buf) in slots.iter() {
                        if slot.begin_compile() {
                            // SAFETY: only the winner writes, and only before publishing.
                            let p = buf.with_mut(|p| unsafe {
                                *p = [t + 1; 8];
                                p as *const u8
                            });
                            slot.publish(p);
                            won += 1;
                        }
                        let e = slot.entry();
                        if !e.is_null() {
                            // SAFETY: published, so the winner's writes are complete.
                            let code = buf.with(|p| {
                                assert_eq!(p as *const u8, e);
                                unsafe { *p }
                            });
                            assert!(code[0] != 0 && code.iter().all(|&b| b == code[0]));
                        }
                    }
                    won
                })
            })
            .collect();
        let won: usize = hs.into_iter().map(|h| h.join().unwrap()).sum();
        assert_eq!(won, SLOTS);
        assert!(slots
            .iter()
            .all(|(s, _)| s.state() == DONE && !s.entry().is_null()));
    }
}

#[cfg(all(test, loom))]
mod loom_models {
    use super::*;
    use crate::loom_check::check;
    use crate::sync::UnsafeCell;
    use loom::sync::Arc;
    use loom::thread;

    /// Stand-in machine code (`mov rax, rdi; ret`).
    const CODE: [u8; 4] = [0x48, 0x89, 0xf8, 0xc3];

    /// Compile into `buf` and publish it (the compiler's half of the protocol).
    fn compile_and_publish(slot: &CodeSlot, buf: &UnsafeCell<[u8; 4]>) {
        // SAFETY: only the compiler writes the buffer, and only before publishing it;
        // loom checks that every reader is ordered after this write.
        let p = buf.with_mut(|p| unsafe {
            *p = CODE;
            p as *const u8
        });
        slot.publish(p);
    }

    /// A runner that found `e` non-null reads the code behind it.
    fn run(e: *const u8, buf: &UnsafeCell<[u8; 4]>) {
        // SAFETY: `e` was published; loom reports a race if the read is not ordered after
        // the compiler's write.
        let code = buf.with(|p| {
            assert_eq!(p as *const u8, e);
            unsafe { *p }
        });
        assert_eq!(code, CODE, "published entry with incomplete code");
    }

    /// (1) The compiler (main thread, so it runs first in loom's initial schedule; see
    /// PROTOCOLS.md "Loom caveats") writes the code bytes and publishes; a runner that
    /// sees a non-null entry reads the bytes and must find them complete. A Relaxed
    /// publication (or a Relaxed `entry()` load) fails this with a causality violation.
    #[test]
    fn publication_makes_code_visible() {
        check("publication_makes_code_visible", None, || {
            let slot = Arc::new(CodeSlot::new());
            let buf = Arc::new(UnsafeCell::new([0u8; 4]));
            let runner = {
                let (slot, buf) = (slot.clone(), buf.clone());
                thread::spawn(move || {
                    let e = slot.entry();
                    if !e.is_null() {
                        run(e, &buf);
                        // The state store follows the entry store: not necessarily Done yet.
                        assert!(matches!(slot.state(), COMPILING | DONE));
                    }
                    // Conversely, Done (Acquire) implies the entry is visible.
                    if slot.state() == DONE {
                        let e = slot.entry();
                        assert!(!e.is_null(), "Done without an entry");
                        run(e, &buf);
                    }
                })
            };
            assert!(slot.begin_compile());
            compile_and_publish(&slot, &buf);
            runner.join().unwrap();
        });
    }

    /// One contender: compiles if it wins `begin_compile`, else waits for the winner's
    /// entry and runs it. Returns whether it compiled.
    fn contend(slot: &CodeSlot, buf: &UnsafeCell<[u8; 4]>) -> bool {
        if slot.begin_compile() {
            compile_and_publish(slot, buf);
            return true;
        }
        loop {
            let e = slot.entry();
            if !e.is_null() {
                run(e, buf);
                return false;
            }
            thread::yield_now();
        }
    }

    /// (2) Two threads race `begin_compile`: exactly one wins (a second winner would
    /// write the buffer concurrently, which loom reports, and the count below fails), and
    /// after the winner publishes both see the entry and the complete code.
    #[test]
    fn one_compiler_wins_and_both_see_entry() {
        check("one_compiler_wins_and_both_see_entry", None, || {
            let slot = Arc::new(CodeSlot::new());
            let buf = Arc::new(UnsafeCell::new([0u8; 4]));
            let other = {
                let (slot, buf) = (slot.clone(), buf.clone());
                thread::spawn(move || contend(&slot, &buf))
            };
            let mine = contend(&slot, &buf);
            let theirs = other.join().unwrap();
            assert!(mine ^ theirs, "winners: main {mine}, other {theirs}");
            assert_eq!(slot.state(), DONE);
            assert!(!slot.entry().is_null());
            assert!(!slot.begin_compile());
        });
    }

    /// (3) `fail` is final: two threads keep trying `begin_compile` until the slot is
    /// Failed, and the winner fails. Exactly one `begin_compile` ever succeeds (a slot
    /// that went back to Idle would let the other thread win too), nothing is published.
    #[test]
    fn fail_is_final() {
        check("fail_is_final", None, || {
            let slot = Arc::new(CodeSlot::new());
            let attempt = |slot: &CodeSlot| -> u32 {
                loop {
                    if slot.begin_compile() {
                        slot.fail();
                        return 1;
                    }
                    if slot.state() == FAILED {
                        return 0;
                    }
                    thread::yield_now();
                }
            };
            let other = {
                let slot = slot.clone();
                thread::spawn(move || attempt(&slot))
            };
            let wins = attempt(&slot) + other.join().unwrap();
            assert_eq!(wins, 1);
            assert_eq!(slot.state(), FAILED);
            assert!(slot.entry().is_null());
            assert!(!slot.begin_compile());
        });
    }
}
