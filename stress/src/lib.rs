//! Stress and loom tests (the tests live in `tests/`). Role: hammer the shared-state
//! protocols (IC updates, code publication, compile queue, safepoints) with many real
//! threads, and model-check them with loom (`RUSTFLAGS="--cfg loom"`). Guest threads
//! arrive with the threads issue; until then the loom models live beside their
//! protocols in `kiln-ic` and `kiln-threads`, and this crate checks GC under churn.
