//! Guest thread bookkeeping: idents, start/exit, join, and waiting for non-daemon
//! threads at process shutdown.
//!
//! Protocol: the *parent* calls `start` before spawning the OS thread, so the ident is
//! alive before anyone can learn it and `join` can never miss it; the child calls `exit`
//! as its very last step (after its last heap access and its safepoint `unregister`).
//! All state is under one mutex; `exit` wakes every waiter (joiners and the shutdown
//! wait) with `notify_all`, and each waiter re-checks its own condition. The mutex also
//! orders everything the child did before `exit` before whatever a joiner does after
//! `join` returns.
//!
//! `join` and `wait_non_daemon` block: a caller that is a registered mutator must count
//! itself out of the safepoint handshake around them (`SAFEPOINTS.native()`), or a stop
//! requested meanwhile would wait for it forever.

use crate::sync::{lock, wait, Condvar, Mutex};
use std::collections::HashMap;
use std::time::{Duration, Instant};

struct State {
    /// The last ident handed out (idents start at 1).
    last: u64,
    /// Alive threads: ident -> daemon.
    alive: HashMap<u64, bool>,
    /// Alive non-daemon threads.
    non_daemon: usize,
}

pub struct ThreadRegistry {
    state: Mutex<State>,
    /// Signalled (notify_all) on every exit.
    exited: Condvar,
}

impl Default for ThreadRegistry {
    fn default() -> Self {
        Self::new()
    }
}

impl ThreadRegistry {
    pub fn new() -> Self {
        ThreadRegistry {
            state: Mutex::new(State {
                last: 0,
                alive: HashMap::new(),
                non_daemon: 0,
            }),
            exited: Condvar::new(),
        }
    }

    /// Allocate an ident (unique, non-zero, increasing) and count the thread alive.
    /// Called by the parent before spawning the OS thread.
    pub fn start(&self, daemon: bool) -> u64 {
        let mut s = lock(&self.state);
        s.last += 1;
        let ident = s.last;
        s.alive.insert(ident, daemon);
        if !daemon {
            s.non_daemon += 1;
        }
        ident
    }

    /// The child's last step: mark `ident` finished and wake waiters. Unknown or already
    /// finished idents are ignored.
    pub fn exit(&self, ident: u64) {
        let mut s = lock(&self.state);
        if let Some(daemon) = s.alive.remove(&ident) {
            if !daemon {
                s.non_daemon -= 1;
            }
            self.exited.notify_all();
        }
    }

    /// Wait until `ident` has exited: true if it has (at once for unknown or finished
    /// idents), false if `timeout` elapsed first.
    pub fn join(&self, ident: u64, timeout: Option<Duration>) -> bool {
        let mut s = lock(&self.state);
        match timeout {
            None => {
                while s.alive.contains_key(&ident) {
                    s = wait(&self.exited, s);
                }
                true
            }
            Some(t) => {
                // A timeout too large for Instant is as good as none.
                let deadline = Instant::now().checked_add(t);
                while s.alive.contains_key(&ident) {
                    match deadline {
                        None => s = wait(&self.exited, s),
                        Some(d) => {
                            let now = Instant::now();
                            if now >= d {
                                return false;
                            }
                            s = self
                                .exited
                                .wait_timeout(s, d - now)
                                .unwrap_or_else(|e| e.into_inner())
                                .0;
                        }
                    }
                }
                true
            }
        }
    }

    pub fn is_alive(&self, ident: u64) -> bool {
        lock(&self.state).alive.contains_key(&ident)
    }

    /// Alive guest threads (daemon or not).
    pub fn alive_count(&self) -> usize {
        lock(&self.state).alive.len()
    }

    /// Block until every non-daemon thread has exited (process shutdown). Daemon threads
    /// may still be running when this returns.
    pub fn wait_non_daemon(&self) {
        let mut s = lock(&self.state);
        while s.non_daemon > 0 {
            s = wait(&self.exited, s);
        }
    }
}

/// The process-wide registry of guest threads.
#[cfg(not(loom))]
pub static THREADS: std::sync::LazyLock<ThreadRegistry> =
    std::sync::LazyLock::new(ThreadRegistry::new);

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    use std::thread;

    #[test]
    fn idents_are_unique_increasing_nonzero() {
        let r = ThreadRegistry::new();
        let a = r.start(false);
        let b = r.start(true);
        assert!(a > 0 && b > a);
        assert_eq!(r.alive_count(), 2);
        assert!(r.is_alive(a) && r.is_alive(b));
        r.exit(a);
        r.exit(a); // ignored
        assert!(!r.is_alive(a));
        assert_eq!(r.alive_count(), 1);
        assert!(r.join(a, None));
        assert!(r.join(12345, None), "unknown idents join at once");
        r.wait_non_daemon(); // only the daemon is alive
        r.exit(b);
        assert!(r.start(false) > b);
    }

    #[test]
    fn join_waits_for_exit_and_times_out() {
        let r = Arc::new(ThreadRegistry::new());
        let id = r.start(false);
        assert!(!r.join(id, Some(Duration::from_millis(20))));
        let exited = Arc::new(AtomicBool::new(false));
        let h = {
            let (r, exited) = (r.clone(), exited.clone());
            thread::spawn(move || {
                thread::sleep(Duration::from_millis(30));
                exited.store(true, Ordering::SeqCst);
                r.exit(id);
            })
        };
        assert!(r.join(id, Some(Duration::from_secs(30))));
        assert!(exited.load(Ordering::SeqCst));
        assert!(r.join(id, Some(Duration::ZERO)));
        assert!(r.join(id, Some(Duration::MAX)));
        h.join().unwrap();
    }

    #[test]
    fn wait_non_daemon_ignores_daemons() {
        let r = Arc::new(ThreadRegistry::new());
        let d = r.start(true);
        let ids: Vec<u64> = (0..4).map(|_| r.start(false)).collect();
        let hs: Vec<_> = ids
            .iter()
            .map(|&id| {
                let r = r.clone();
                thread::spawn(move || {
                    thread::sleep(Duration::from_millis(10));
                    r.exit(id);
                })
            })
            .collect();
        r.wait_non_daemon();
        assert!(ids.iter().all(|&id| !r.is_alive(id)));
        assert!(r.is_alive(d));
        assert_eq!(r.alive_count(), 1);
        for h in hs {
            h.join().unwrap();
        }
    }

    #[test]
    fn global_registry() {
        let id = THREADS.start(true);
        assert!(THREADS.is_alive(id));
        THREADS.exit(id);
        assert!(THREADS.join(id, None));
    }
}

#[cfg(all(test, loom))]
mod loom_models {
    use super::*;
    use crate::loom_check::check;
    use loom::cell::UnsafeCell;
    use loom::sync::Arc;
    use loom::thread;

    /// Parent starts a thread, the child writes a result (plain memory) and exits while
    /// the parent joins: join returns only after exit (the parent's read of the result
    /// is ordered after the child's write, or loom reports a race), and the counts agree.
    #[test]
    fn join_returns_after_exit() {
        check("join_returns_after_exit", None, || {
            let r = Arc::new(ThreadRegistry::new());
            let result = Arc::new(UnsafeCell::new(0u64));
            let id = r.start(false);
            assert_eq!(r.alive_count(), 1);
            let h = {
                let (r, result) = (r.clone(), result.clone());
                thread::spawn(move || {
                    // SAFETY: the parent reads the cell only after join, i.e. after exit.
                    result.with_mut(|p| unsafe { *p = 7 });
                    r.exit(id);
                })
            };
            assert!(r.join(id, None));
            assert!(!r.is_alive(id));
            assert_eq!(r.alive_count(), 0);
            // SAFETY: the child wrote before exit; loom checks the ordering.
            assert_eq!(result.with(|p| unsafe { *p }), 7);
            h.join().unwrap();
        });
    }

    /// Shutdown: a non-daemon and a daemon thread. `wait_non_daemon` returns only after
    /// the non-daemon thread exited, and does not wait for the daemon one: the daemon
    /// only exits after the main thread has returned from `wait_non_daemon` (were the
    /// wait to include it, loom would report the deadlock).
    #[test]
    fn wait_non_daemon_skips_daemons() {
        check("wait_non_daemon_skips_daemons", None, || {
            let r = Arc::new(ThreadRegistry::new());
            let gate = Arc::new((loom::sync::Mutex::new(false), loom::sync::Condvar::new()));
            let a = r.start(false);
            let d = r.start(true);
            let ha = {
                let r = r.clone();
                thread::spawn(move || r.exit(a))
            };
            let hd = {
                let (r, gate) = (r.clone(), gate.clone());
                thread::spawn(move || {
                    let mut open = gate.0.lock().unwrap();
                    while !*open {
                        open = gate.1.wait(open).unwrap();
                    }
                    drop(open);
                    r.exit(d);
                })
            };
            r.wait_non_daemon();
            assert!(!r.is_alive(a));
            assert!(r.is_alive(d), "the daemon cannot have exited yet");
            assert_eq!(r.alive_count(), 1);
            *gate.0.lock().unwrap() = true;
            gate.1.notify_all();
            ha.join().unwrap();
            hd.join().unwrap();
            assert_eq!(r.alive_count(), 0);
        });
    }
}
