//! Compiler (being written).
