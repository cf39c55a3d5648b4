//! Runtime helpers: the one definition of each operation's semantics (being written).
