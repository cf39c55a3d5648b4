//! Test helper for the loom models: run a model with a preemption bound, report how many
//! executions loom explored, and fail if it explored only one.
//!
//! Why the guard: loom 0.7's DPOR keeps a single "last access" per atomic, so a thread
//! that loads an atomic and then stores it hides an earlier load by another thread from
//! the race check (tokio-rs/loom#166, #392). A model shaped like that silently explores a
//! single interleaving and proves nothing. The models are therefore arranged so the
//! writer runs first in loom's initial schedule (readers are spawned threads that run
//! after it and race its *stores*), and this guard catches any model that still
//! degenerates.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// `preemptions: None` explores exhaustively (what every model here can afford).
pub(crate) fn check(name: &str, preemptions: Option<usize>, f: impl Fn() + Sync + Send + 'static) {
    let n = Arc::new(AtomicUsize::new(0));
    let counter = n.clone();
    let mut b = loom::model::Builder::new();
    b.preemption_bound = preemptions;
    let t = std::time::Instant::now();
    b.check(move || {
        counter.fetch_add(1, Ordering::Relaxed);
        f();
    });
    let n = n.load(Ordering::Relaxed);
    eprintln!("loom {name}: {n} executions in {:.2?}", t.elapsed());
    assert!(
        n > 1,
        "loom explored a single execution of {name}: the model is degenerate"
    );
}
