//! Builtins (being written).
