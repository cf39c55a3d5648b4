//! Sync shim: std atomics normally, loom's under `--cfg loom` so protocols can be model-checked.
#[cfg(loom)]
pub(crate) use loom::sync::atomic::{AtomicU32, Ordering};
#[cfg(not(loom))]
pub(crate) use std::sync::atomic::{AtomicU32, Ordering};
