//! Inline caches shared by every tier.
//!
//! Each code object owns one `IcTable` with one `IcEntry` per IC-bearing instruction
//! (the opcode table declares which opcodes carry one and of which `IcKind`). The
//! interpreter reads and updates entries today; baseline templates will read the same
//! entries and call the same miss handlers. An entry's cached state is one `AtomicU64`
//! written with a single store, so a reader on any thread sees either the old or the
//! new state, never a mix (see ARCHITECTURE.md "Inline caches").
//!
//! This crate holds only data and the state machine; what a key *means* (a dict keys
//! version, a shape id) is decided by the runtime, which depends on this crate.

mod sync;
use sync::{AtomicU32, AtomicU64, Ordering};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IcKind {
    Global,
    Attr,
    StoreAttr,
    Method,
    BinOp,
    Compare,
    Subscr,
    Call,
    Iter,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum IcState {
    Uninit = 0,
    Mono = 1,
    Poly = 2,
    Mega = 3,
}

/// Word value meaning "nothing cached".
pub const EMPTY: u64 = 0;

pub struct IcEntry {
    /// Packed cached state; meaning depends on the kind. 0 = empty.
    word: AtomicU64,
    pub hits: AtomicU32,
    pub misses: AtomicU32,
}

impl IcEntry {
    fn new() -> Self {
        IcEntry {
            word: AtomicU64::new(EMPTY),
            hits: AtomicU32::new(0),
            misses: AtomicU32::new(0),
        }
    }
    /// The cached word (one atomic load: never torn).
    #[inline(always)]
    pub fn load(&self) -> u64 {
        self.word.load(Ordering::Acquire)
    }
    /// Publish a new cached word with a single store.
    #[inline]
    pub fn store(&self, w: u64) {
        self.word.store(w, Ordering::Release);
    }
    #[inline(always)]
    pub fn hit(&self) {
        if cfg!(feature = "ic-counters") {
            self.hits.fetch_add(1, Ordering::Relaxed);
        }
    }
    #[inline]
    pub fn miss(&self) {
        self.misses.fetch_add(1, Ordering::Relaxed);
    }
}

/// The IC side table of one code object.
pub struct IcTable {
    entries: Box<[IcEntry]>,
}

impl IcTable {
    pub fn new(n: usize) -> Self {
        IcTable {
            entries: (0..n).map(|_| IcEntry::new()).collect(),
        }
    }
    #[inline(always)]
    pub fn get(&self, i: u16) -> &IcEntry {
        &self.entries[i as usize]
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Global-load cache word: which dict holds the name and at which entry index,
/// valid while both dicts' keys versions (low bits) are unchanged.
/// Layout: [globals keys version:24][builtins keys version:16][index:23][in builtins:1].
pub mod global {
    pub fn pack(gkv: u32, bkv: u32, index: usize, in_builtins: bool) -> Option<u64> {
        if index >= (1 << 23) {
            return None;
        }
        let w = ((gkv as u64 & 0xFF_FFFF) << 40)
            | ((bkv as u64 & 0xFFFF) << 24)
            | ((index as u64) << 1)
            | in_builtins as u64;
        // 0 means "empty": flip the top bit so the all-zero state is a valid entry.
        // (The one word that flips to 0 is simply never a hit.)
        Some(w ^ (1 << 63))
    }
    /// (gkv, bkv, index, in_builtins)
    #[inline(always)]
    pub fn unpack(w: u64) -> (u32, u32, usize, bool) {
        let w = w ^ (1 << 63);
        (
            ((w >> 40) & 0xFF_FFFF) as u32,
            ((w >> 24) & 0xFFFF) as u32,
            ((w >> 1) & 0x7F_FFFF) as usize,
            w & 1 != 0,
        )
    }
    #[inline(always)]
    pub fn versions_match(w: u64, gkv: u32, bkv: u32) -> bool {
        let (g, b, _, _) = unpack(w);
        g == gkv & 0xFF_FFFF && b == bkv & 0xFFFF
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn global_word_roundtrip() {
        let w = global::pack(0, 0, 0, false).unwrap();
        assert_ne!(w, EMPTY);
        assert_eq!(global::unpack(w), (0, 0, 0, false));
        let w = global::pack(0x123456, 0xBEEF, 777, true).unwrap();
        assert_eq!(global::unpack(w), (0x123456, 0xBEEF, 777, true));
        assert!(global::versions_match(w, 0x123456, 0xBEEF));
        assert!(!global::versions_match(w, 0x123457, 0xBEEF));
        assert!(global::pack(1, 1, 1 << 23, false).is_none());
    }
}

/// Loom model: a reader racing with two writers of the same IC entry always sees a
/// whole published word (empty, A or B), never a mix of two updates.
#[cfg(loom)]
mod loom_models {
    use super::*;
    use loom::sync::Arc;
    use loom::thread;

    #[test]
    fn ic_entry_updates_are_never_torn() {
        loom::model(|| {
            let t = Arc::new(IcTable::new(1));
            let a = global::pack(0x10, 0x20, 5, false).unwrap();
            let b = global::pack(0x11, 0x21, 9, true).unwrap();
            let w1 = {
                let t = t.clone();
                thread::spawn(move || t.get(0).store(a))
            };
            let w2 = {
                let t = t.clone();
                thread::spawn(move || t.get(0).store(b))
            };
            let seen = t.get(0).load();
            assert!(
                seen == EMPTY || seen == a || seen == b,
                "torn IC word {seen:#x}"
            );
            if seen != EMPTY {
                let (g, bk, idx, inb) = global::unpack(seen);
                assert!(
                    (g, bk, idx, inb) == (0x10, 0x20, 5, false)
                        || (g, bk, idx, inb) == (0x11, 0x21, 9, true)
                );
            }
            w1.join().unwrap();
            w2.join().unwrap();
        });
    }
}
