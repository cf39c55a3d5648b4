//! Guest-thread protocols shared by the interpreter, the JIT and the GC (and, later, the
//! background compiler). Each protocol is written once against the sync shim (`sync`)
//! and model-checked with loom (`--cfg loom`); see `threads/PROTOCOLS.md`.
//!
//! * `safepoint`: the poll word (`SAFEPOINT`, polled at every safepoint by the
//!   interpreter and compiled code) and the stop-the-world handshake among mutators
//!   (`Safepoints`, process-wide `SAFEPOINTS`): park at safepoints, count out while
//!   blocked in native code, one stopper at a time.
//! * `growvec`: `GrowVec`, a word vector with lock-free readers and serialized writers
//!   (list items, instance slots, dict entries); grown buffers are retired and freed by
//!   `reclaim_retired` while the world is stopped.
//! * `registry`: guest thread idents, start/exit/join and the shutdown wait for
//!   non-daemon threads (`ThreadRegistry`, process-wide `THREADS`).

mod sync;

#[cfg(all(test, loom))]
mod loom_check;

pub mod growvec;
pub mod publish;
pub mod registry;
pub mod safepoint;

#[cfg(not(loom))]
pub use growvec::multi_mutator_flag;
#[cfg(not(loom))]
pub use growvec::{multi_mutator, reclaim_wanted, set_multi_mutator, set_reclaim_hook};
pub use growvec::{reclaim_retired, retired_bytes, GrowVec, GrowVecWriter, Snapshot};
#[cfg(not(loom))]
pub use growvec::{BUF_CAP_OFFSET, BUF_LEN_OFFSET, BUF_SLOTS_OFFSET, GROWVEC_BUF_OFFSET};
pub use publish::CodeSlot;
pub use registry::ThreadRegistry;
#[cfg(not(loom))]
pub use registry::THREADS;
pub use safepoint::{NativeGuard, PollWord, Safepoints};
#[cfg(not(loom))]
pub use safepoint::{SAFEPOINT, SAFEPOINTS};

/// Loom model: a stop request raised by one thread is seen by a polling mutator
/// (the safepoint poll loop terminates), and clearing it is seen too.
#[cfg(all(test, loom))]
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
