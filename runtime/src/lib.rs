//! Kiln runtime: values, heap and GC, bytecode, compiler, interpreter, builtins.
//!
//! Dependency direction (see ARCHITECTURE.md): `kiln-ic` and `kiln-threads` are leaf
//! crates holding shared protocols (IC entries, safepoint poll word); this crate
//! depends on them; `kiln-baseline` (the JIT) depends on this crate; the `kiln`
//! binary wires them together.

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod dict;
pub mod driver;
pub mod format;
pub mod guest;
pub mod heap;
pub mod import;
pub mod interp;
pub mod jit;
pub mod numeric;
pub mod object;
pub mod ops;
pub mod options;
pub mod rt;
pub mod set;
pub mod shape;
pub mod suggestions;
pub mod traceback;
pub mod value;
pub mod valuevec;

/// Native stack size of the thread that runs Python code (address space only;
/// pages are touched as recursion deepens).
pub const INTERP_STACK_SIZE: usize = 1 << 30;
