//! Guest threads, safepoints and (later) the background compiler.
//!
//! Today: the safepoint poll word that interpreter loop back-edges and calls check.
//! A thread that needs the world stopped (a collection, later code patching) raises
//! it; mutators notice it at their next safepoint. With one mutator the request is
//! served immediately by the requesting thread. Parallel guest threads, the park/resume
//! handshake and its loom model arrive with the threads issue; the poll word's place in
//! the protocol is fixed now so the interpreter and JIT poll the same word.

mod sync;
use sync::{AtomicU32, Ordering};

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

#[cfg(not(loom))]
impl Default for PollWord {
    fn default() -> Self {
        Self::new()
    }
}

/// The process-wide safepoint poll word (the JIT will load its address as a constant).
#[cfg(not(loom))]
pub static SAFEPOINT: PollWord = PollWord::new();

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;
    #[test]
    fn request_and_clear() {
        let p = PollWord::new();
        assert!(!p.requested());
        p.request();
        assert!(p.requested());
        p.clear();
        assert!(!p.requested());
    }
}

/// Loom model: a stop request raised by one thread is seen by a polling mutator
/// (the safepoint poll loop terminates), and clearing it is seen too.
#[cfg(loom)]
mod loom_models {
    use super::*;
    use loom::sync::Arc;
    use loom::thread;

    #[test]
    fn poll_word_request_is_observed() {
        loom::model(|| {
            let p = Arc::new(PollWord::new());
            let req = {
                let p = p.clone();
                thread::spawn(move || p.request())
            };
            // The mutator spins at its safepoint until it sees the request.
            while !p.requested() {
                thread::yield_now();
            }
            req.join().unwrap();
            p.clear();
            assert!(!p.requested());
        });
    }
}
