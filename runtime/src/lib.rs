//! Kiln runtime (being written).
pub mod format;
pub mod numeric;
