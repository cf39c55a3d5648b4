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
