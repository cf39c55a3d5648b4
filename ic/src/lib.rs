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
use sync::{fence, AtomicU32, AtomicU64, AtomicU8, Ordering};

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

/// Records an entry can hold before it goes megamorphic.
pub const WAYS: usize = 4;

/// One IC site's cache: up to `WAYS` (key, value) records plus its state and feedback.
///
/// Publication protocol (a seqlock keyed by the key word itself; loom model
/// `pair_records_are_never_torn`): a writer that reuses a way first stores key 0, then
/// the value, then the key with release ordering; a reader loads the key (acquire), the
/// value, then re-loads the key after an acquire fence and accepts the value only if
/// the key is unchanged and non-zero. Keys never repeat for different values (shape ids,
/// class versions and dict keys-versions are unique), so an unchanged key means the
/// value read belongs to it.
pub struct IcEntry {
    /// The instance-slot word of an attribute site (LoadAttr, StoreAttr): `slot << 32 |
    /// shape id` (0 = empty; shape ids start at 1), one atomic word, so a hit is one
    /// load and compare with no seqlock. Keyed by the shape alone (a shape fixes the
    /// class), it is valid while no class gains a data descriptor or attribute hook that
    /// could shadow the slot: such a change calls `forget_shape_keyed`, which empties
    /// this word in every live table.
    slot: AtomicU64,
    keys: [AtomicU64; WAYS],
    vals: [AtomicU64; WAYS],
    state: AtomicU8,
    /// Invalidation epoch seen when the entry went megamorphic.
    mega_epoch: AtomicU64,
    /// How often the state changed (feedback for the specializer).
    pub transitions: AtomicU32,
    pub hits: AtomicU32,
    pub misses: AtomicU32,
}

impl IcEntry {
    fn new() -> Self {
        IcEntry {
            slot: AtomicU64::new(EMPTY),
            keys: std::array::from_fn(|_| AtomicU64::new(EMPTY)),
            vals: std::array::from_fn(|_| AtomicU64::new(0)),
            state: AtomicU8::new(IcState::Uninit as u8),
            mega_epoch: AtomicU64::new(0),
            transitions: AtomicU32::new(0),
            hits: AtomicU32::new(0),
            misses: AtomicU32::new(0),
        }
    }

    /// The single-word form (global-load caches): the first way's key.
    #[inline(always)]
    pub fn load(&self) -> u64 {
        self.keys[0].load(Ordering::Acquire)
    }
    /// Publish a single-word state with one store.
    #[inline]
    pub fn store(&self, w: u64) {
        if self.keys[0].load(Ordering::Relaxed) == EMPTY && w != EMPTY {
            self.set_state(IcState::Mono);
        }
        self.keys[0].store(w, Ordering::Release);
    }

    /// The slot the instance-slot word caches for `shape_id`, if it holds that shape.
    #[inline(always)]
    pub fn slot_for(&self, shape_id: u32) -> Option<usize> {
        let w = self.slot.load(Ordering::Acquire);
        (w as u32 == shape_id && w != EMPTY).then_some((w >> 32) as usize)
    }
    /// The instance-slot word, for a miss handler that fills it only while empty.
    #[inline]
    pub fn slot_word(&self) -> u64 {
        self.slot.load(Ordering::Relaxed)
    }
    /// Cache `slot` for `shape_id` (non-zero) in the instance-slot word, unless the
    /// receiver's class changed since the miss handler read `version_before` (the
    /// facts that made the slot cacheable were checked at that version):
    /// `version_now` re-reads it after the store. False (nothing recorded) once
    /// shape-keyed facts are disabled (`shape_keyed_enabled`). Against `forget_shape_keyed`
    /// (class mutations: version bump, SeqCst fence, then clearing) this is Dekker's
    /// pattern with fences: either this re-read sees the new version and takes the word
    /// back, or the clearing lands after this store. Loom model
    /// `slot_word_never_survives_a_class_change`.
    pub fn record_slot_word(
        &self,
        shape_id: u32,
        slot: usize,
        version_before: u64,
        version_now: impl Fn() -> u64,
    ) -> bool {
        debug_assert!(shape_id != 0 && slot <= u32::MAX as usize);
        if !shape_keyed_enabled() {
            return false;
        }
        let w = (slot as u64) << 32 | shape_id as u64;
        self.slot.store(w, Ordering::Relaxed);
        if self.state() == IcState::Uninit {
            self.set_state(IcState::Mono);
        }
        recheck(version_before, version_now, || {
            let _ = self
                .slot
                .compare_exchange(w, EMPTY, Ordering::Relaxed, Ordering::Relaxed);
        });
        true
    }

    #[inline(always)]
    pub fn state(&self) -> IcState {
        match self.state.load(Ordering::Relaxed) {
            0 => IcState::Uninit,
            1 => IcState::Mono,
            2 => IcState::Poly,
            _ => IcState::Mega,
        }
    }
    fn set_state(&self, st: IcState) {
        if self.state.swap(st as u8, Ordering::Relaxed) != st as u8 {
            self.transitions.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// The value cached for `key`, if any (never torn; see the type's doc).
    #[inline(always)]
    pub fn lookup(&self, key: u64) -> Option<u64> {
        for i in 0..WAYS {
            if self.keys[i].load(Ordering::Acquire) == key {
                let v = self.vals[i].load(Ordering::Relaxed);
                fence(Ordering::Acquire);
                if self.keys[i].load(Ordering::Relaxed) == key {
                    return Some(v);
                }
            }
        }
        None
    }

    /// The keys the ways hold now (empty ways read 0): a compile-time hint of the
    /// receivers a site has seen, never a fact a template relies on.
    pub fn keys_snapshot(&self) -> [u64; WAYS] {
        std::array::from_fn(|i| self.keys[i].load(Ordering::Relaxed))
    }

    /// The first way's value for `key`: exactly the read sequence the JIT's templates
    /// emit inline for a monomorphic site (key load and compare, value load, key
    /// re-load and compare; on x86 plain loads are acquire loads). Loom model
    /// `inline_way0_reads_are_never_torn`.
    #[inline(always)]
    pub fn lookup_way0(&self, key: u64) -> Option<u64> {
        if self.keys[0].load(Ordering::Acquire) != key {
            return None;
        }
        let v = self.vals[0].load(Ordering::Acquire);
        fence(Ordering::Acquire);
        (self.keys[0].load(Ordering::Relaxed) == key).then_some(v)
    }

    /// Miss handler's update: cache `key -> val`. Uninit → Mono → Poly (up to WAYS) →
    /// Mega. A megamorphic entry stays so until the global invalidation epoch moves
    /// (a class was mutated), then starts over from Uninit.
    pub fn record(&self, key: u64, val: u64) {
        debug_assert_ne!(key, EMPTY);
        self.misses.fetch_add(1, Ordering::Relaxed);
        if self.state() == IcState::Mega {
            if self.mega_epoch.load(Ordering::Relaxed) == epoch() {
                return;
            }
            for i in 0..WAYS {
                let k = self.keys[i].load(Ordering::Relaxed);
                if k != LOCKED {
                    let _ = self.keys[i].compare_exchange(
                        k,
                        EMPTY,
                        Ordering::Release,
                        Ordering::Relaxed,
                    );
                }
            }
            self.set_state(IcState::Uninit);
        }
        for i in 0..WAYS {
            let k = self.keys[i].load(Ordering::Relaxed);
            if k == LOCKED {
                return; // another thread is updating this entry right now
            }
            if k == key || k == EMPTY {
                if publish(&self.keys[i], &self.vals[i], k, key, val) {
                    self.set_state(if i == 0 { IcState::Mono } else { IcState::Poly });
                }
                return;
            }
        }
        self.mega_epoch.store(epoch(), Ordering::Relaxed);
        self.set_state(IcState::Mega);
    }

    /// `record`, for a shape-keyed record (`shape_key`) whose facts were checked at
    /// class version `version_before`: the same store-fence-recheck protocol as
    /// `record_slot_word` against `forget_shape_keyed`.
    pub fn record_checked(
        &self,
        key: u64,
        val: u64,
        version_before: u64,
        version_now: impl Fn() -> u64,
    ) {
        self.record(key, val);
        recheck(version_before, version_now, || self.unrecord(key));
    }

    /// Empty the way holding `key`, if any (a reader re-checks the key, so it never
    /// takes the way's value for another key).
    fn unrecord(&self, key: u64) {
        for k in &self.keys {
            if k.load(Ordering::Relaxed) == key {
                let _ = k.compare_exchange(key, EMPTY, Ordering::Relaxed, Ordering::Relaxed);
            }
        }
    }

    /// This entry's part of `forget_shape_keyed` (after the caller's SeqCst fence):
    /// empty the slot word and every way holding a `shape_key` record.
    fn forget_shape_facts(&self) {
        self.slot.store(EMPTY, Ordering::Relaxed);
        for k in &self.keys {
            let w = k.load(Ordering::Relaxed);
            if w & SHAPE_KEY_HIGH == SHAPE_KEY_HIGH && w != LOCKED {
                let _ = k.compare_exchange(w, EMPTY, Ordering::Relaxed, Ordering::Relaxed);
            }
        }
    }

    /// Count a hit of the single-word form (global loads).
    #[inline(always)]
    pub fn hit(&self) {
        stats::hit(IcKind::Global, IcState::Mono);
    }
    /// Count a miss of the single-word form.
    #[inline]
    pub fn miss(&self) {
        self.misses.fetch_add(1, Ordering::Relaxed);
        stats::miss(IcKind::Global, self.state());
    }

    /// Megamorphic since the current invalidation epoch: `record` would only count the
    /// miss, so feedback sites may skip it (and its shared miss counter) entirely.
    #[inline(always)]
    pub fn is_settled_mega(&self) -> bool {
        self.is_mega() && self.mega_epoch.load(Ordering::Relaxed) == epoch()
    }

    #[inline(always)]
    pub fn is_mega(&self) -> bool {
        self.state.load(Ordering::Relaxed) == IcState::Mega as u8
    }
}

/// The second half of a shape-keyed record's protocol (after its store): fence, re-read
/// the class version, and `undo` the record if it moved since the facts were checked.
#[inline]
fn recheck(version_before: u64, version_now: impl Fn() -> u64, undo: impl FnOnce()) {
    fence(Ordering::SeqCst);
    if version_now() != version_before {
        undo();
    }
}

/// Key word of a way that a writer currently owns (never a real key).
const LOCKED: u64 = u64::MAX;

/// Publish (key, val) into a way whose key word was `old`. Writers claim the way with a
/// CAS to LOCKED, so two racing writers never interleave their stores; the loser just
/// does not cache (an IC is allowed to forget). Returns whether it published.
fn publish(key_w: &AtomicU64, val_w: &AtomicU64, old: u64, key: u64, val: u64) -> bool {
    if old == LOCKED
        || key_w
            .compare_exchange(old, LOCKED, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
    {
        return false;
    }
    fence(Ordering::Release);
    val_w.store(val, Ordering::Relaxed);
    key_w.store(key, Ordering::Release);
    true
}

/// The invalidation epoch: bumped whenever cached facts may have gone stale globally
/// (a class or one of its bases was mutated). Megamorphic entries reset when it moves.
#[cfg(not(loom))]
static EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
#[cfg(not(loom))]
pub fn epoch() -> u64 {
    EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}
#[cfg(not(loom))]
pub fn bump_epoch() {
    EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}
#[cfg(loom)]
pub fn epoch() -> u64 {
    1
}

/// The shared megamorphic cache: a direct-mapped table of (key, value) records with the
/// same publication protocol as an entry's ways. Keys are computed by the runtime from
/// everything that determines the value (e.g. shape id and attribute name).
pub struct MegaCache {
    keys: Box<[AtomicU64]>,
    vals: Box<[AtomicU64]>,
}

impl MegaCache {
    pub fn new(slots: usize) -> Self {
        let n = slots.next_power_of_two();
        MegaCache {
            keys: (0..n).map(|_| AtomicU64::new(EMPTY)).collect(),
            vals: (0..n).map(|_| AtomicU64::new(0)).collect(),
        }
    }
    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & (self.keys.len() - 1)
    }
    #[inline]
    pub fn lookup(&self, key: u64) -> Option<u64> {
        let i = self.slot(key);
        if self.keys[i].load(Ordering::Acquire) == key {
            let v = self.vals[i].load(Ordering::Relaxed);
            fence(Ordering::Acquire);
            if self.keys[i].load(Ordering::Relaxed) == key {
                return Some(v);
            }
        }
        None
    }
    pub fn insert(&self, key: u64, val: u64) {
        let i = self.slot(key);
        let old = self.keys[i].load(Ordering::Relaxed);
        publish(&self.keys[i], &self.vals[i], old, key, val);
    }
}

/// The IC side table of one code object.
pub struct IcTable {
    entries: Box<[IcEntry]>,
}

/// The key of a record that holds for every instance of one shape (a shape fixes the
/// class): all ones in the high half, which no class-version key has (versions in
/// instance keys stay below 2**31, a `super` key's middle bits below 2**30), and the
/// shape id + 1 in the low half. The + 1 maps the dictionary-mode id (`u32::MAX`, never
/// recorded) to a low half of 0, so no instance's key is ever `LOCKED` (all ones; shape
/// ids stay below `u32::MAX - 1`). Valid until `forget_shape_keyed`.
pub const fn shape_key(shape_id: u32) -> u64 {
    SHAPE_KEY_HIGH | shape_id.wrapping_add(1) as u64
}
pub const SHAPE_KEY_HIGH: u64 = 0xFFFF_FFFF << 32;

/// Every live table's entries (address, count), for `forget_shape_keyed`. A table
/// registers when created and unregisters when dropped (code objects are freed by the
/// collector's sweep, with the world stopped). The lock is held only for these short,
/// safepoint-free operations. Not modelled under loom (the slot word it clears is one
/// atomic word; see `loom_slot_models`).
#[cfg(not(loom))]
static TABLES: std::sync::Mutex<Vec<(usize, usize)>> = std::sync::Mutex::new(Vec::new());

#[cfg(not(loom))]
fn tables() -> std::sync::MutexGuard<'static, Vec<(usize, usize)>> {
    TABLES.lock().unwrap_or_else(|e| e.into_inner())
}

/// Forget every fact cached by shape alone, in every entry of every live table: the
/// instance-slot words and the `shape_key` records (methods). Called by a class
/// mutation that may change such a fact: something that can shadow an instance
/// attribute (a data descriptor, a `__getattribute__`/`__setattr__`/`__delattr__`, a
/// `__set__`/`__delete__` that makes a type's instances data descriptors), or a
/// rebinding of a name that resolved to a method. Costs one pass over all entries; a
/// program that does it more than `MAX_FORGETS` times (say, rebinding methods in a
/// loop) stops getting shape-keyed facts, and its sites use the class-versioned keys.
pub fn forget_shape_keyed() {
    // Orders the caller's version bump before the clearing (see `record_slot_word`).
    fence(Ordering::SeqCst);
    #[cfg(not(loom))]
    {
        FORGETS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        for &(p, n) in tables().iter() {
            // SAFETY: registered tables are alive (they unregister in Drop, under this
            // lock) and `p` addresses their `n` entries.
            let entries = unsafe { std::slice::from_raw_parts(p as *const IcEntry, n) };
            for e in entries {
                e.forget_shape_facts();
            }
        }
    }
}

#[cfg(not(loom))]
static FORGETS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
/// `forget_shape_keyed` calls after which shape-keyed facts are no longer recorded.
pub const MAX_FORGETS: u32 = 1000;

/// Whether miss handlers may record shape-keyed facts (see `forget_shape_keyed`).
#[inline]
pub fn shape_keyed_enabled() -> bool {
    #[cfg(not(loom))]
    return FORGETS.load(std::sync::atomic::Ordering::Relaxed) < MAX_FORGETS;
    #[cfg(loom)]
    true
}

impl Drop for IcTable {
    fn drop(&mut self) {
        #[cfg(not(loom))]
        if !self.entries.is_empty() {
            let p = self.entries.as_ptr() as usize;
            let mut t = tables();
            if let Some(i) = t.iter().position(|&(q, _)| q == p) {
                t.swap_remove(i);
            }
        }
    }
}

impl IcTable {
    pub fn new(n: usize) -> Self {
        let t = IcTable {
            entries: (0..n).map(|_| IcEntry::new()).collect(),
        };
        #[cfg(not(loom))]
        if n > 0 {
            tables().push((t.entries.as_ptr() as usize, n));
        }
        t
    }
    /// The entry of IC slot `i`. The compiler numbers slots densely from 0, so `i` is
    /// always in range (checked in debug builds).
    #[inline(always)]
    pub fn get(&self, i: u16) -> &IcEntry {
        debug_assert!((i as usize) < self.entries.len());
        // SAFETY: IC slot indices come from the compiler, which allocates exactly
        // `n_ic` entries and numbers IC-bearing instructions 0..n_ic.
        unsafe { self.entries.get_unchecked(i as usize) }
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = &IcEntry> {
        self.entries.iter()
    }
}

/// Per-kind, per-state hit/miss counters for `--stats` (counted only when enabled).
pub mod stats {
    use super::{IcKind, IcState};
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

    pub const KINDS: [IcKind; 9] = [
        IcKind::Global,
        IcKind::Attr,
        IcKind::StoreAttr,
        IcKind::Method,
        IcKind::BinOp,
        IcKind::Compare,
        IcKind::Subscr,
        IcKind::Call,
        IcKind::Iter,
    ];
    static ENABLED: AtomicBool = AtomicBool::new(false);
    #[allow(clippy::declare_interior_mutable_const)]
    const Z: AtomicU64 = AtomicU64::new(0);
    #[allow(clippy::declare_interior_mutable_const)]
    const ROW: [AtomicU64; 4] = [Z; 4];
    static HITS: [[AtomicU64; 4]; 9] = [ROW; 9];
    static MISSES: [[AtomicU64; 4]; 9] = [ROW; 9];

    pub fn enable() {
        ENABLED.store(true, Ordering::Relaxed);
    }
    #[inline(always)]
    pub fn enabled() -> bool {
        ENABLED.load(Ordering::Relaxed)
    }
    #[inline(always)]
    pub fn hit(kind: IcKind, state: IcState) {
        if enabled() {
            HITS[kind as usize][state as usize].fetch_add(1, Ordering::Relaxed);
        }
    }
    #[inline]
    pub fn miss(kind: IcKind, state: IcState) {
        if enabled() {
            MISSES[kind as usize][state as usize].fetch_add(1, Ordering::Relaxed);
        }
    }
    /// (kind, state, hits, misses) for every non-zero counter.
    pub fn snapshot() -> Vec<(IcKind, IcState, u64, u64)> {
        let states = [IcState::Uninit, IcState::Mono, IcState::Poly, IcState::Mega];
        let mut v = vec![];
        for k in KINDS {
            for st in states {
                let h = HITS[k as usize][st as usize].load(Ordering::Relaxed);
                let m = MISSES[k as usize][st as usize].load(Ordering::Relaxed);
                if h + m > 0 {
                    v.push((k, st, h, m));
                }
            }
        }
        v
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

    /// `forget_shape_keyed` empties slot words and shape-keyed records in live tables
    /// and keeps class-versioned records; a dropped table is no longer visited.
    #[test]
    #[cfg(not(loom))]
    fn forget_shape_keyed_clears_only_shape_facts() {
        let t = IcTable::new(2);
        t.get(0).record_slot_word(5, 2, 1, || 1);
        assert_eq!(t.get(0).slot_for(5), Some(2));
        assert_eq!(t.get(0).slot_for(6), None);
        let versioned = 3 << 32 | 5;
        t.get(1).record_checked(shape_key(5), 0xAAAA, 1, || 1);
        t.get(1).record(versioned, 0xBBBB);
        assert_eq!(t.get(1).lookup(shape_key(5)), Some(0xAAAA));
        // A class change between the check and the record takes the record back.
        t.get(0).record_slot_word(9, 1, 1, || 2);
        assert_eq!(t.get(0).slot_for(9), None);
        let dropped = IcTable::new(1);
        drop(dropped);
        forget_shape_keyed();
        assert_eq!(t.get(0).slot_for(5), None);
        assert_eq!(t.get(1).lookup(shape_key(5)), None);
        assert_eq!(t.get(1).lookup(versioned), Some(0xBBBB));
        // No real shape's key is the LOCKED word; the dictionary-mode id maps to a low
        // half of 0 (never recorded).
        assert_ne!(shape_key(u32::MAX - 2), LOCKED);
        assert_eq!(shape_key(u32::MAX), SHAPE_KEY_HIGH);
    }

    #[test]
    #[cfg(not(loom))]
    fn states_go_mono_poly_mega_and_back_after_invalidation() {
        let e = IcEntry::new();
        assert_eq!(e.state(), IcState::Uninit);
        assert_eq!(e.lookup(10), None);
        e.record(10, 100);
        assert_eq!(e.state(), IcState::Mono);
        assert_eq!(e.lookup(10), Some(100));
        for k in 11..14 {
            e.record(k, k * 10);
        }
        assert_eq!(e.state(), IcState::Poly);
        assert_eq!(e.lookup(13), Some(130));
        e.record(14, 140); // a fifth receiver
        assert_eq!(e.state(), IcState::Mega);
        e.record(15, 150); // stays megamorphic while nothing was invalidated
        assert_eq!(e.state(), IcState::Mega);
        bump_epoch();
        e.record(16, 160); // invalidation: start over
        assert_eq!(e.state(), IcState::Mono);
        assert_eq!(e.lookup(16), Some(160));
        assert_eq!(e.lookup(10), None);
        assert!(e.transitions.load(Ordering::Relaxed) >= 4);
        let m = MegaCache::new(64);
        m.insert(5, 55);
        assert_eq!(m.lookup(5), Some(55));
        assert_eq!(m.lookup(6), None);
    }

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

/// Loom model: (key, value) records published by two racing writers are never seen
/// torn by a reader: a hit always returns the value that belongs to its key.
#[cfg(loom)]
mod loom_pair_models {
    use super::*;
    use loom::sync::Arc;
    use loom::thread;

    #[test]
    fn pair_records_are_never_torn() {
        loom::model(|| {
            let e = Arc::new(IcEntry::new());
            // Pre-fill the first way so the writers overwrite (reuse) ways.
            e.record(7, 700);
            let w1 = {
                let e = e.clone();
                thread::spawn(move || e.record(8, 800))
            };
            let w2 = {
                let e = e.clone();
                thread::spawn(move || {
                    let old = e.keys[0].load(Ordering::Relaxed);
                    publish(&e.keys[0], &e.vals[0], old, 9, 900);
                })
            };
            for (k, v) in [(7, 700), (8, 800), (9, 900)] {
                if let Some(got) = e.lookup(k) {
                    assert_eq!(got, v, "key {k} returned a value of another record");
                }
            }
            w1.join().unwrap();
            w2.join().unwrap();
        });
    }
    /// The JIT's inline monomorphic read (`lookup_way0`) racing with a miss handler
    /// that reuses way 0 and another publishing there: a hit is always the value of the
    /// record with that key.
    #[test]
    fn inline_way0_reads_are_never_torn() {
        loom::model(|| {
            let e = Arc::new(IcEntry::new());
            e.record(7, 700);
            let w1 = {
                let e = e.clone();
                thread::spawn(move || {
                    let old = e.keys[0].load(Ordering::Relaxed);
                    publish(&e.keys[0], &e.vals[0], old, 8, 800);
                })
            };
            let w2 = {
                let e = e.clone();
                thread::spawn(move || e.record(9, 900))
            };
            for (k, v) in [(7, 700), (8, 800), (9, 900)] {
                if let Some(got) = e.lookup_way0(k) {
                    assert_eq!(got, v, "inline read of key {k} got another record's value");
                }
            }
            w1.join().unwrap();
            w2.join().unwrap();
        });
    }
}

/// Loom model of the instance-slot word against a class mutation: a miss handler
/// records a slot (checked at version 1) while another thread bumps the class version
/// and clears the word as `forget_shape_keyed` does (fence, then store). Whatever the
/// interleaving, no slot word survives; a reader in between sees empty or the word.
#[cfg(loom)]
mod loom_slot_models {
    use super::*;
    use loom::sync::Arc;
    use loom::thread;

    #[test]
    fn slot_word_never_survives_a_class_change() {
        loom::model(|| {
            let e = Arc::new(IcEntry::new());
            let version = Arc::new(AtomicU64::new(1));
            let mutator = {
                let (e, version) = (e.clone(), version.clone());
                thread::spawn(move || {
                    version.store(2, Ordering::Release);
                    fence(Ordering::SeqCst);
                    e.slot.store(EMPTY, Ordering::Relaxed);
                })
            };
            e.record_slot_word(7, 3, 1, || version.load(Ordering::Acquire));
            let seen = e.slot.load(Ordering::Acquire);
            assert!(
                seen == EMPTY || seen == (3 << 32 | 7),
                "torn slot word {seen:#x}"
            );
            mutator.join().unwrap();
            assert_eq!(e.slot_for(7), None, "a slot word outlived the class change");
        });
    }

    /// The same protocol for a shape-keyed record in the ways (`record_checked` against
    /// the clearing of `forget_shape_facts`): no record survives the class change.
    #[test]
    fn shape_keyed_record_never_survives_a_class_change() {
        loom::model(|| {
            let e = Arc::new(IcEntry::new());
            let version = Arc::new(AtomicU64::new(1));
            let mutator = {
                let (e, version) = (e.clone(), version.clone());
                thread::spawn(move || {
                    version.store(2, Ordering::Release);
                    fence(Ordering::SeqCst);
                    e.forget_shape_facts();
                })
            };
            e.record_checked(shape_key(7), 700, 1, || version.load(Ordering::Acquire));
            mutator.join().unwrap();
            assert_eq!(
                e.lookup(shape_key(7)),
                None,
                "a record outlived the class change"
            );
        });
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

/// Byte offsets of the first way's key and value words in an `IcEntry`, for JIT
/// templates that read the monomorphic case inline (the same seqlock protocol as
/// `IcEntry::lookup`: key, value, key again).
pub const IC_KEY0_OFFSET: usize = std::mem::offset_of!(IcEntry, keys);
/// Byte offset of the instance-slot word (`IcEntry::slot_for`'s word).
pub const IC_SLOT_OFFSET: usize = std::mem::offset_of!(IcEntry, slot);
pub const IC_VAL0_OFFSET: usize = std::mem::offset_of!(IcEntry, vals);
