//! The safepoint poll word and the stop-the-world handshake among mutator threads.
//!
//! A *mutator* is a guest Python thread: between two safepoints it may touch the heap.
//! `Safepoints` counts the registered mutators and how many of them are *running*
//! (allowed to touch the heap). A mutator stops counting as running when it parks at a
//! safepoint, blocks in native code (`enter_native`), or is itself the stopper.
//!
//! Protocol (all state changes under `state`'s mutex):
//! * `stop_the_world(f)`: set `stopping`, raise the poll word, count itself out of
//!   `running`, wait until `running == 0`, release the lock and run `f`, then (in a drop
//!   guard, so a panicking `f` cannot leave everyone parked) clear `stopping` and the poll
//!   word, count itself back in and wake every waiter.
//! * Every *increment* of `running` (register, the end of park, leave_native, a losing
//!   stopper resuming) happens under the lock after waiting for `!stopping`; decrements
//!   (park, enter_native, unregister) never wait. So while a stop is in progress `running`
//!   only goes down, and once the stopper saw it reach 0, no other mutator runs until
//!   the stop ends. The mutex gives the happens-before edges: everything a mutator did
//!   before it parked is visible to `f`, everything `f` did is visible to it afterwards.
//! * The poll word is only a hint that makes the fast path one relaxed load: a mutator
//!   that sees it late merely delays the stopper, and `park` re-checks `stopping` under
//!   the lock (a stale raised word makes `park` return at once).
//! * A second thread calling `stop_the_world` while a stop is in progress parks instead
//!   (it is a running mutator, so the first stopper waits for it) and gets `None`.
//!
//! Contract: `f` must not call `register`/`unregister`/`park`/`enter_native`/
//! `leave_native`/`stop_the_world` on the same `Safepoints` (the stopper is already
//! counted out; `running()`/`registered()` are fine since `f` runs without the lock).
//! Only running mutators call `park`, `enter_native`, `unregister`, `stop_the_world`;
//! misuse panics on counter underflow rather than corrupting the count silently.

use crate::sync::{lock, wait, AtomicU32, Condvar, Mutex, Ordering};

/// Non-zero when some thread requests a stop at the next safepoint.
pub struct PollWord(AtomicU32);

impl PollWord {
    #[cfg(not(loom))]
    pub const fn new() -> Self {
        PollWord(AtomicU32::new(0))
    }
    #[cfg(loom)]
    pub fn new() -> Self {
        PollWord(AtomicU32::new(0))
    }
    #[inline(always)]
    pub fn requested(&self) -> bool {
        self.0.load(Ordering::Relaxed) != 0
    }
    pub fn request(&self) {
        self.0.store(1, Ordering::Release);
    }
    pub fn clear(&self) {
        self.0.store(0, Ordering::Release);
    }
}

impl Default for PollWord {
    fn default() -> Self {
        Self::new()
    }
}

/// The process-wide safepoint poll word (the JIT loads its address as a constant). It is
/// the poll word of `SAFEPOINTS`: raised exactly while a stop-the-world is in progress.
#[cfg(not(loom))]
pub static SAFEPOINT: PollWord = PollWord::new();

/// The process-wide handshake; its poll word is `SAFEPOINT`.
#[cfg(not(loom))]
pub static SAFEPOINTS: Safepoints = Safepoints::with_poll_word(&SAFEPOINT);

struct State {
    /// Registered mutators.
    registered: usize,
    /// Registered mutators currently allowed to touch the heap.
    running: usize,
    /// A stop is in progress (from the stopper's request until `f` has returned).
    stopping: bool,
}

pub struct Safepoints {
    /// `&SAFEPOINT` for the global; otherwise the box `own` (freed on drop). A raw pointer
    /// (not an enum) so `poll_requested` stays one pointer load plus the word load.
    poll: *const PollWord,
    /// Non-null when `poll` was allocated by `new` (and is ours to free).
    own: *mut PollWord,
    state: Mutex<State>,
    /// The stopper waits here for `running == 0`.
    all_stopped: Condvar,
    /// Stopped threads (parked, leaving native, registering, losing stoppers) wait here
    /// for the stop to end.
    resumed: Condvar,
}

// SAFETY: the raw pointers only ever point at a `PollWord` (atomics inside, so shared
// access from any thread is fine) that outlives `self`: either a static or the box `own`,
// which is freed only in `drop` (exclusive access). Everything else is Send + Sync.
unsafe impl Send for Safepoints {}
// SAFETY: as for Send; `&Safepoints` only hands out `&PollWord`, which is Sync.
unsafe impl Sync for Safepoints {}

impl Default for Safepoints {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Safepoints {
    fn drop(&mut self) {
        if !self.own.is_null() {
            // SAFETY: `own` came from Box::into_raw in `new` and is freed only here.
            drop(unsafe { Box::from_raw(self.own) });
        }
    }
}

/// Ends a stop when dropped, also when the stopper's `f` panics (otherwise every other
/// mutator would stay parked forever).
struct EndStop<'a>(&'a Safepoints);

impl Drop for EndStop<'_> {
    fn drop(&mut self) {
        let sp = self.0;
        let mut s = lock(&sp.state);
        s.stopping = false;
        sp.poll().clear();
        s.running += 1;
        sp.resumed.notify_all();
    }
}

/// Counts a running mutator as stopped for its lifetime (`Safepoints::native`).
#[must_use = "the thread counts as running again as soon as the guard is dropped"]
pub struct NativeGuard<'a>(&'a Safepoints);

impl Drop for NativeGuard<'_> {
    fn drop(&mut self) {
        self.0.leave_native();
    }
}

impl Safepoints {
    /// A handshake with its own poll word (tests, models). The process uses `SAFEPOINTS`.
    pub fn new() -> Self {
        let own = Box::into_raw(Box::new(PollWord::new()));
        let mut sp = Self::with_poll(own);
        sp.own = own;
        sp
    }

    /// A handshake that raises the given (static) poll word.
    #[cfg(not(loom))]
    pub const fn with_poll_word(poll: &'static PollWord) -> Self {
        Safepoints {
            poll,
            own: std::ptr::null_mut(),
            state: Mutex::new(State {
                registered: 0,
                running: 0,
                stopping: false,
            }),
            all_stopped: Condvar::new(),
            resumed: Condvar::new(),
        }
    }

    fn with_poll(poll: *const PollWord) -> Self {
        Safepoints {
            poll,
            own: std::ptr::null_mut(),
            state: Mutex::new(State {
                registered: 0,
                running: 0,
                stopping: false,
            }),
            all_stopped: Condvar::new(),
            resumed: Condvar::new(),
        }
    }

    #[inline(always)]
    fn poll(&self) -> &PollWord {
        // SAFETY: `poll` points at a static or at `own`, alive as long as `self`.
        unsafe { &*self.poll }
    }

    /// The fast path at every safepoint: one relaxed load.
    #[inline(always)]
    pub fn poll_requested(&self) -> bool {
        self.poll().requested()
    }

    /// The poll word itself (its address is what compiled code polls).
    pub fn poll_word(&self) -> &PollWord {
        self.poll()
    }

    /// The calling thread becomes a running mutator (after any stop in progress ends).
    pub fn register(&self) {
        let mut s = lock(&self.state);
        while s.stopping {
            s = wait(&self.resumed, s);
        }
        s.registered += 1;
        s.running += 1;
    }

    /// The calling running mutator leaves for good.
    pub fn unregister(&self) {
        let mut s = lock(&self.state);
        s.registered = s
            .registered
            .checked_sub(1)
            .expect("unregister: nobody registered");
        self.count_out(&mut s);
    }

    /// `running -= 1`, waking the stopper if that was the last running mutator.
    fn count_out(&self, s: &mut State) {
        s.running = s
            .running
            .checked_sub(1)
            .expect("safepoints: no running mutator to stop");
        if s.stopping && s.running == 0 {
            self.all_stopped.notify_all();
        }
    }

    /// Count out, sleep until no stop is in progress, count back in.
    fn stop_here(&self, mut s: crate::sync::MutexGuard<'_, State>) {
        self.count_out(&mut s);
        while s.stopping {
            s = wait(&self.resumed, s);
        }
        s.running += 1;
    }

    /// At a safepoint whose poll word is raised: stay stopped while a stop is in progress.
    /// Returns at once when none is (a stale poll word).
    pub fn park(&self) {
        let s = lock(&self.state);
        if s.stopping {
            self.stop_here(s);
        }
    }

    /// About to block in native code: count as stopped; the heap is off limits until
    /// `leave_native`.
    pub fn enter_native(&self) {
        let mut s = lock(&self.state);
        self.count_out(&mut s);
    }

    /// Back from native code: wait while a stop is in progress, then count as running.
    pub fn leave_native(&self) {
        let mut s = lock(&self.state);
        while s.stopping {
            s = wait(&self.resumed, s);
        }
        s.running += 1;
    }

    /// `enter_native` now, `leave_native` when the guard drops.
    pub fn native(&self) -> NativeGuard<'_> {
        self.enter_native();
        NativeGuard(self)
    }

    /// Stop every other registered mutator, run `f`, resume them: `Some(f())`. If another
    /// thread is already stopping the world, this thread is stopped until that stop ends
    /// and `None` is returned (the caller decides whether it still needs its own stop).
    pub fn stop_the_world<R>(&self, f: impl FnOnce() -> R) -> Option<R> {
        let mut s = lock(&self.state);
        if s.stopping {
            self.stop_here(s);
            return None;
        }
        s.stopping = true;
        self.poll().request();
        // The stopper counts itself out too: `running == 0` then means "nobody else".
        s.running = s
            .running
            .checked_sub(1)
            .expect("stop_the_world: caller is not running");
        while s.running > 0 {
            s = wait(&self.all_stopped, s);
        }
        drop(s);
        let end = EndStop(self);
        let r = f();
        drop(end);
        Some(r)
    }

    /// Registered mutators currently counted as running (0 inside a stopper's `f`).
    pub fn running(&self) -> usize {
        lock(&self.state).running
    }

    pub fn registered(&self) -> usize {
        lock(&self.state).registered
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, AtomicUsize};
    use std::sync::Arc;
    use std::thread;
    use std::time::Duration;

    #[test]
    fn poll_word_request_and_clear() {
        let p = PollWord::new();
        assert!(!p.requested());
        p.request();
        assert!(p.requested());
        p.clear();
        assert!(!p.requested());
    }

    #[test]
    fn global_poll_word_is_safepoint() {
        assert!(std::ptr::eq(SAFEPOINTS.poll_word(), &SAFEPOINT));
    }

    #[test]
    fn single_mutator_stops_immediately() {
        let sp = Safepoints::new();
        sp.register();
        assert_eq!((sp.registered(), sp.running()), (1, 1));
        let r = sp.stop_the_world(|| {
            assert!(sp.poll_requested());
            sp.running()
        });
        assert_eq!(r, Some(0));
        assert!(!sp.poll_requested());
        assert_eq!(sp.running(), 1);
        sp.park(); // no stop in progress: returns at once
        {
            let _g = sp.native();
            assert_eq!(sp.running(), 0);
        }
        assert_eq!(sp.running(), 1);
        sp.unregister();
        assert_eq!((sp.registered(), sp.running()), (0, 0));
    }

    #[test]
    fn panicking_f_still_ends_the_stop() {
        let sp = Safepoints::new();
        sp.register();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            sp.stop_the_world(|| panic!("boom"))
        }));
        assert!(r.is_err());
        assert!(!sp.poll_requested());
        assert_eq!(sp.running(), 1);
        assert_eq!(sp.stop_the_world(|| 7), Some(7));
    }

    /// Several mutators loop touching the "heap" and polling; a stopper repeatedly stops
    /// the world and checks nobody is inside a mutator section.
    #[test]
    fn stress_mutators_and_stoppers() {
        let sp = Arc::new(Safepoints::new());
        let in_sec = Arc::new(AtomicUsize::new(0));
        let done = Arc::new(AtomicBool::new(false));
        let stops = Arc::new(AtomicUsize::new(0));
        let mut hs = Vec::new();
        for t in 0..4 {
            let (sp, in_sec, done, stops) =
                (sp.clone(), in_sec.clone(), done.clone(), stops.clone());
            hs.push(thread::spawn(move || {
                sp.register();
                let mut i = 0u64;
                while !done.load(Ordering::Relaxed) {
                    in_sec.fetch_add(1, Ordering::SeqCst);
                    std::hint::black_box(i);
                    in_sec.fetch_sub(1, Ordering::SeqCst);
                    i += 1;
                    if sp.poll_requested() {
                        sp.park();
                    }
                    if i.is_multiple_of(64) {
                        let _n = sp.native();
                        thread::yield_now();
                    }
                    // Threads 0 and 1 also stop the world now and then.
                    if t < 2 && i.is_multiple_of(500) {
                        let r = sp.stop_the_world(|| {
                            assert_eq!(in_sec.load(Ordering::SeqCst), 0);
                            assert_eq!(sp.running(), 0);
                        });
                        if r.is_some() {
                            stops.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
                sp.unregister();
            }));
        }
        // A short-lived thread registering and unregistering during the churn.
        {
            let sp = sp.clone();
            hs.push(thread::spawn(move || {
                for _ in 0..200 {
                    sp.register();
                    sp.unregister();
                }
            }));
        }
        thread::sleep(Duration::from_millis(300));
        done.store(true, Ordering::Relaxed);
        for h in hs {
            h.join().unwrap();
        }
        assert!(stops.load(Ordering::Relaxed) > 0);
        assert_eq!((sp.registered(), sp.running()), (0, 0));
    }

    #[test]
    fn register_waits_for_stop_end() {
        let sp = Arc::new(Safepoints::new());
        sp.register();
        let entered = Arc::new(AtomicBool::new(false));
        sp.stop_the_world(|| {
            let h = {
                let (sp, entered) = (sp.clone(), entered.clone());
                thread::spawn(move || {
                    sp.register();
                    entered.store(true, Ordering::SeqCst);
                    sp.unregister();
                })
            };
            thread::sleep(Duration::from_millis(50));
            assert!(
                !entered.load(Ordering::SeqCst),
                "register must wait for the stop"
            );
            h
        })
        .unwrap()
        .join()
        .unwrap();
        assert!(entered.load(Ordering::SeqCst));
        sp.unregister();
    }
}

/// Loom models of the handshake. Each mutator thread brackets its "heap work" with
/// `in_sec += 1 .. -= 1`; `f` asserts `in_sec == 0` (and mutators assert `f` is not
/// running), so a mutator running while the world is stopped fails the model. Loom
/// reports any deadlock (all threads blocked) as a failure.
#[cfg(all(test, loom))]
mod loom_models {
    use super::*;
    use crate::loom_check::check;
    use loom::sync::atomic::{AtomicBool, AtomicUsize};
    use loom::sync::Arc;
    use loom::thread;

    #[derive(Default)]
    struct Heap {
        in_sec: AtomicUsize,
        in_f: AtomicBool,
        f_running: AtomicUsize,
        f_done: AtomicUsize,
    }

    impl Heap {
        /// Mutator work between two safepoints.
        fn section(&self) {
            self.in_sec.fetch_add(1, Ordering::SeqCst);
            assert!(
                !self.in_f.load(Ordering::SeqCst),
                "mutator ran while the world was stopped"
            );
            self.in_sec.fetch_sub(1, Ordering::SeqCst);
        }
        /// The stopper's `f`.
        fn stopped(&self, sp: &Safepoints) {
            assert_eq!(
                self.f_running.fetch_add(1, Ordering::SeqCst),
                0,
                "two stoppers at once"
            );
            self.in_f.store(true, Ordering::SeqCst);
            assert_eq!(
                self.in_sec.load(Ordering::SeqCst),
                0,
                "f ran beside a mutator"
            );
            assert_eq!(sp.running(), 0);
            self.in_f.store(false, Ordering::SeqCst);
            self.f_running.fetch_sub(1, Ordering::SeqCst);
            self.f_done.fetch_add(1, Ordering::SeqCst);
        }
    }

    /// (a) A mutator polling at safepoints and a stopper: `f` never overlaps a mutator
    /// section, the mutator parks or leaves, nobody deadlocks.
    #[test]
    fn stop_excludes_mutator_sections() {
        check("stop_excludes_mutator_sections", None, || {
            let sp = Arc::new(Safepoints::new());
            let heap = Arc::new(Heap::default());
            let m = {
                let (sp, heap) = (sp.clone(), heap.clone());
                thread::spawn(move || {
                    sp.register();
                    for _ in 0..2 {
                        heap.section();
                        if sp.poll_requested() {
                            sp.park();
                        }
                    }
                    sp.unregister();
                })
            };
            sp.register();
            heap.section();
            let r = sp.stop_the_world(|| heap.stopped(&sp));
            assert!(r.is_some());
            assert!(!sp.poll_requested());
            heap.section();
            sp.unregister();
            m.join().unwrap();
            assert_eq!((sp.registered(), sp.running()), (0, 0));
        });
    }

    /// (a') Liveness of `park`: the mutator keeps working at safepoints until it has seen
    /// the stop happen, so the stopper can only get through by the mutator parking (it
    /// never unregisters first). A `park` that did not stop would spin forever, which
    /// loom reports (branch limit); a missed wake-up would be a reported deadlock.
    #[test]
    fn park_lets_stop_proceed() {
        check("park_lets_stop_proceed", None, || {
            let sp = Arc::new(Safepoints::new());
            let heap = Arc::new(Heap::default());
            sp.register();
            let m = {
                let (sp, heap) = (sp.clone(), heap.clone());
                thread::spawn(move || {
                    sp.register();
                    while heap.f_done.load(Ordering::SeqCst) == 0 {
                        heap.section();
                        if sp.poll_requested() {
                            sp.park();
                        }
                        thread::yield_now();
                    }
                    sp.unregister();
                })
            };
            assert!(sp.stop_the_world(|| heap.stopped(&sp)).is_some());
            sp.unregister();
            m.join().unwrap();
        });
    }

    /// (b) A mutator entering and leaving native code (via `NativeGuard`) around a stop:
    /// the stop proceeds while it is in native, it never works while stopped, and it is
    /// woken when the stop ends.
    #[test]
    fn native_during_stop() {
        check("native_during_stop", None, || {
            let sp = Arc::new(Safepoints::new());
            let heap = Arc::new(Heap::default());
            let m = {
                let (sp, heap) = (sp.clone(), heap.clone());
                thread::spawn(move || {
                    sp.register();
                    heap.section();
                    {
                        let _native = sp.native();
                        // blocked in native code: no heap access here
                    }
                    heap.section();
                    if sp.poll_requested() {
                        sp.park();
                    }
                    sp.unregister();
                })
            };
            sp.register();
            assert!(sp.stop_the_world(|| heap.stopped(&sp)).is_some());
            sp.unregister();
            m.join().unwrap();
            assert_eq!((sp.registered(), sp.running()), (0, 0));
        });
    }

    /// (c) Two threads stop the world concurrently, once each: `f`s never overlap, a
    /// `None` is only returned after the other thread's `f` completed, at most one of
    /// them loses, no deadlock.
    #[test]
    fn concurrent_stoppers_once() {
        check("concurrent_stoppers_once", None, || {
            let sp = Arc::new(Safepoints::new());
            let heap = Arc::new(Heap::default());
            let stopper = |sp: Arc<Safepoints>, heap: Arc<Heap>| {
                move || {
                    sp.register();
                    heap.section();
                    let r = sp.stop_the_world(|| heap.stopped(&sp));
                    if r.is_none() {
                        assert!(
                            heap.f_done.load(Ordering::SeqCst) >= 1,
                            "None without the other's f"
                        );
                    }
                    heap.section();
                    sp.unregister();
                    r.is_some()
                }
            };
            let a = thread::spawn(stopper(sp.clone(), heap.clone()));
            let b = stopper(sp.clone(), heap.clone())();
            let a = a.join().unwrap();
            assert!(a || b, "somebody must win");
            assert_eq!(heap.f_done.load(Ordering::SeqCst), a as usize + b as usize);
            assert_eq!((sp.registered(), sp.running()), (0, 0));
        });
    }

    /// (c') Two threads that each need their own stop retry on `None`: both `f`s run,
    /// one at a time, no deadlock.
    #[test]
    fn concurrent_stoppers_retry() {
        check("concurrent_stoppers_retry", None, || {
            let sp = Arc::new(Safepoints::new());
            let heap = Arc::new(Heap::default());
            let stopper = |sp: Arc<Safepoints>, heap: Arc<Heap>| {
                move || {
                    sp.register();
                    while sp.stop_the_world(|| heap.stopped(&sp)).is_none() {}
                    sp.unregister();
                }
            };
            let a = thread::spawn(stopper(sp.clone(), heap.clone()));
            stopper(sp.clone(), heap.clone())();
            a.join().unwrap();
            assert_eq!(heap.f_done.load(Ordering::SeqCst), 2);
        });
    }

    /// (a+b+c) Three threads: a polling mutator, a mutator that goes native once, and a
    /// stopper that also works between safepoints. Same assertions as above.
    #[test]
    fn stopper_poller_and_native() {
        check("stopper_poller_and_native", Some(3), || {
            let sp = Arc::new(Safepoints::new());
            let heap = Arc::new(Heap::default());
            let poller = {
                let (sp, heap) = (sp.clone(), heap.clone());
                thread::spawn(move || {
                    sp.register();
                    for _ in 0..2 {
                        heap.section();
                        if sp.poll_requested() {
                            sp.park();
                        }
                    }
                    sp.unregister();
                })
            };
            let native = {
                let (sp, heap) = (sp.clone(), heap.clone());
                thread::spawn(move || {
                    sp.register();
                    sp.enter_native();
                    sp.leave_native();
                    heap.section();
                    sp.unregister();
                })
            };
            sp.register();
            heap.section();
            assert!(sp.stop_the_world(|| heap.stopped(&sp)).is_some());
            heap.section();
            sp.unregister();
            poller.join().unwrap();
            native.join().unwrap();
            assert_eq!((sp.registered(), sp.running()), (0, 0));
        });
    }

    /// (c) Three threads, all stopping the world once, retrying on `None`: three `f`s,
    /// never overlapping, no deadlock.
    #[test]
    fn three_stoppers_retry() {
        check("three_stoppers_retry", Some(3), || {
            let sp = Arc::new(Safepoints::new());
            let heap = Arc::new(Heap::default());
            let stopper = |sp: Arc<Safepoints>, heap: Arc<Heap>| {
                move || {
                    sp.register();
                    heap.section();
                    while sp.stop_the_world(|| heap.stopped(&sp)).is_none() {}
                    sp.unregister();
                }
            };
            let a = thread::spawn(stopper(sp.clone(), heap.clone()));
            let b = thread::spawn(stopper(sp.clone(), heap.clone()));
            stopper(sp.clone(), heap.clone())();
            a.join().unwrap();
            b.join().unwrap();
            assert_eq!(heap.f_done.load(Ordering::SeqCst), 3);
        });
    }

    /// (d) A thread that registers, works without ever polling, and unregisters, racing a
    /// stop: if it registered first the stopper waits for its unregister; if the stop came
    /// first its register waits for the stop to end. Either way `f` sees only the stopper
    /// registered.
    #[test]
    fn register_and_unregister_during_stop() {
        check("register_and_unregister_during_stop", None, || {
            let sp = Arc::new(Safepoints::new());
            let heap = Arc::new(Heap::default());
            let u = {
                let (sp, heap) = (sp.clone(), heap.clone());
                thread::spawn(move || {
                    sp.register();
                    heap.section();
                    sp.unregister();
                })
            };
            sp.register();
            let r = sp.stop_the_world(|| {
                heap.stopped(&sp);
                sp.registered()
            });
            assert_eq!(r, Some(1));
            sp.unregister();
            u.join().unwrap();
            assert_eq!((sp.registered(), sp.running()), (0, 0));
        });
    }
}
