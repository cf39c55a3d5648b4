//! Open-addressing table behind `set` and `frozenset`, probing exactly as
//! CPython 3.11's setobject.c (linear probes of 9, then perturbed jumps; the same
//! resize rule), so iteration order, and therefore `print({3, 1, 2})`, matches CPython.
//!
//! Shared by guest threads the way `dict.rs` is (`threads/PROTOCOLS.md`, *Set table*):
//!
//! * The slots are a `GrowVec` of two words per slot, (key, hash). The key word is NULL
//!   for an empty slot, `DUMMY` for a deleted one (CPython's dummy), else the element.
//!   No buffer (a never-filled set) reads as an empty table of `MIN_SIZE` slots.
//! * A buffer's size never changes: a resize or `clear` builds the whole new table and
//!   publishes it as a fresh buffer (`replace_fresh`), retiring the old one, so a probe
//!   that reads one snapshot sees one whole table, old or new.
//! * Within a buffer a slot only goes empty → element, element → dummy and dummy →
//!   element, never back to empty; a probe stops at the first empty slot, so it never
//!   stops early for an element present throughout. Writers store the hash before the
//!   key, readers load the key before the hash: a reader never pairs a key with an
//!   older hash.
//! * Readers (`contains`, `len`, iteration) take no lock. A lookup probes one snapshot,
//!   deciding identical keys and keys whose equality runs no Python code in place and
//!   collecting the other candidates with an equal hash; their `__eq__` runs after the
//!   snapshot is dropped (it may reach a safepoint, after which the snapshot's buffer
//!   may be freed).
//! * Writers hold the table's re-entrant lock (skipped while only one guest thread
//!   exists; waiting for another thread is a native wait, so a holder parked in a
//!   key's `__eq__` never stalls a collection). Every change bumps `mutations`; a lookup
//!   whose `__eq__` calls overlapped a change starts over, as CPython restarts when the
//!   table changed during a comparison (a re-entrant `__eq__` may even resize it).

use crate::dict::{eq_without_python, EqFn};
use crate::heap::Marker;
use crate::object::PyResult;
use crate::value::{Value, NULL_BITS, TAG_SPECIAL};
use kiln_threads::{GrowVec, Snapshot};
use parking_lot::{ReentrantMutex, ReentrantMutexGuard};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use Ordering::{Acquire, Relaxed, Release};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The key word of a deleted slot: a special immediate that is never a Python value.
const DUMMY: Value = Value((TAG_SPECIAL << 48) | 7);

/// The table lock when held (None: single guest thread, no lock needed).
type Guard<'a> = Option<ReentrantMutexGuard<'a, ()>>;

pub struct SetTable {
    lock: ReentrantMutex<()>,
    /// Two words per slot, (key, hash); see the module doc.
    slots: GrowVec,
    /// Non-empty slots (elements and dummies). Changed under the lock only.
    fill: AtomicUsize,
    /// Elements; read lock-free by `len`.
    used: AtomicUsize,
    /// Where `pop` resumes its scan (CPython's finger).
    finger: AtomicUsize,
    /// Bumped by every change (under the lock).
    mutations: AtomicU64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// What a probe decided: where `key` is, or that it is absent and where it would go
/// (the first dummy on the probe path, else the empty slot that ended it; `usize::MAX`
/// when there is no buffer yet; and whether that slot is a dummy), or that a
/// candidate needs `eq`.
#[derive(Clone, Copy)]
enum Probe {
    Found(usize),
    Absent(usize, bool),
    Undecided,
}

/// The next start of CPython's set probe sequence after the linear run at `i`.
#[inline(always)]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

/// Probe one snapshot for `key` (CPython's probe sequence). Runs no Python code.
/// Identical keys and keys `eq_without_python` decides are settled in place. The first
/// other candidate with an equal hash stops the probe with `Undecided`, unless
/// `COLLECT`: then it and every later hash-equal key go to `cands` in probe order
/// (their `eq` must run first), and the result describes only what follows if none of
/// them matches.
#[inline(always)]
fn probe<const COLLECT: bool>(
    s: &Snapshot<'_>,
    hash: i64,
    key: Value,
    cands: &mut Vec<(usize, Value)>,
) -> Probe {
    let mut free = usize::MAX;
    let size = s.len() / 2;
    if size == 0 {
        return Probe::Absent(free, false);
    }
    let mask = size - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let mut probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        let mut j = i;
        loop {
            // j <= mask: always within the snapshot.
            let k = Value(s.get(2 * j).unwrap_or(NULL_BITS));
            if k.is_null() {
                return if free == usize::MAX {
                    Probe::Absent(j, false)
                } else {
                    Probe::Absent(free, true)
                };
            }
            if k == DUMMY {
                if free == usize::MAX {
                    free = j;
                }
            } else if s.get(2 * j + 1).unwrap_or(0) as i64 == hash {
                if COLLECT && !cands.is_empty() {
                    // Keep probe order: everything after an undecided candidate waits.
                    cands.push((j, k));
                } else if k == key {
                    return Probe::Found(j);
                } else {
                    match eq_without_python(k, key) {
                        Some(true) => return Probe::Found(j),
                        Some(false) => {}
                        None if COLLECT => cands.push((j, k)),
                        None => return Probe::Undecided,
                    }
                }
            }
            if probes == 0 {
                break;
            }
            probes -= 1;
            j += 1;
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// Put `(key, hash)` into the first empty slot of its probe sequence in a table being
/// built (no dummies, no equal keys: CPython's set_insert_clean).
#[inline]
fn insert_clean(words: &mut [u64], key: Value, hash: i64) {
    let mask = words.len() / 2 - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    let put = |j: usize, words: &mut [u64]| {
        if words[2 * j] == NULL_BITS {
            words[2 * j] = key.0;
            words[2 * j + 1] = hash as u64;
            true
        } else {
            false
        }
    };
    loop {
        if put(i, words) {
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in i + 1..=i + LINEAR_PROBES {
                if put(j, words) {
                    return;
                }
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// The elements of a table's words, in slot order: (key, hash).
fn elements(words: &[u64]) -> impl Iterator<Item = (Value, i64)> + '_ {
    words
        .chunks_exact(2)
        .map(|c| (Value(c[0]), c[1] as i64))
        .filter(|(k, _)| !k.is_null() && *k != DUMMY)
}

impl SetTable {
    pub fn new() -> Self {
        SetTable {
            lock: ReentrantMutex::new(()),
            slots: GrowVec::new(),
            fill: AtomicUsize::new(0),
            used: AtomicUsize::new(0),
            finger: AtomicUsize::new(0),
            mutations: AtomicU64::new(0),
        }
    }

    /// Words of the first table a new set keeps in its own allocation
    /// (`adopt_inline_table`): `MIN_SIZE` slots, as CPython's `smalltable`.
    pub const INLINE_WORDS: usize = 2 * MIN_SIZE;

    /// Make the `GrowVec::inline_bytes(INLINE_WORDS)` bytes at `mem` this table's
    /// first buffer: `MIN_SIZE` empty slots, what the first insertion would otherwise
    /// allocate. Growth replaces it like any buffer (it is never freed by the table).
    ///
    /// # Safety
    /// As for `GrowVec::adopt_inline_with`: `mem` lies in the owner's own allocation,
    /// used for nothing else; the table is new and not yet shared.
    pub unsafe fn adopt_inline_table(&self, mem: *mut u8) {
        let n = Self::INLINE_WORDS;
        // SAFETY: (caller) as required.
        unsafe { self.slots.adopt_inline_with(mem, n, n, |_| NULL_BITS) };
    }

    /// Take the table lock (skipped while this is the only guest thread); waiting for
    /// another thread is a native wait.
    #[inline(always)]
    fn guard(&self) -> Guard<'_> {
        crate::guest::shared_lock(&self.lock)
    }

    /// Record a change. Callers hold the lock (writers are serialized), so a load and a
    /// store do what a read-modify-write would.
    #[inline]
    fn bump(&self) {
        let m = self.mutations.load(Relaxed);
        self.mutations.store(m.wrapping_add(1), Release);
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used.load(Acquire)
    }

    /// Slots in the current table (an unallocated table counts as `MIN_SIZE`).
    fn size(&self) -> usize {
        (self.slots.len() / 2).max(MIN_SIZE)
    }

    pub fn trace(&self, m: &mut Marker) {
        let mut k = 0;
        self.slots.for_each(|w| {
            if k % 2 == 0 {
                m.mark(Value(w));
            }
            k += 1;
        });
    }

    /// Slot-order iteration (CPython's order) over one snapshot: (key, hash).
    pub fn iter(&self) -> impl Iterator<Item = (Value, i64)> {
        self.entries().into_iter()
    }

    /// The (key, hash) entries of one snapshot, in slot order: one pass over the
    /// table into a vector of the entries alone (no copy of the empty slots).
    pub fn entries(&self) -> Vec<(Value, i64)> {
        let mut out = Vec::with_capacity(self.len());
        // A view: only plain reads until it is dropped (no Python code, no safepoint).
        let v = self.slots.view();
        for j in 0..v.len() / 2 {
            let (Some(k), Some(h)) = (v.get(2 * j), v.get(2 * j + 1)) else {
                break;
            };
            let k = Value(k);
            if !k.is_null() && k != DUMMY {
                out.push((k, h as i64));
            }
        }
        out
    }

    /// The (key, hash) at raw slot `i`, if occupied (None past the table's end): for
    /// loops over a set that may run Python code between two slots, so they cannot
    /// hold a snapshot and need not copy one.
    pub fn slot_entry(&self, i: usize) -> Option<Option<(Value, i64)>> {
        let (k, h) = self.slots.get_pair(2 * i)?;
        let k = Value(k);
        Some((!k.is_null() && k != DUMMY).then_some((k, h as i64)))
    }

    /// The key at raw slot `i`, if occupied; for index-based iterators.
    pub fn slot(&self, i: usize) -> Option<Option<Value>> {
        self.slots
            .get(2 * i)
            .map(|k| Some(Value(k)).filter(|k| !k.is_null() && *k != DUMMY))
    }

    /// Find `key`: `Found` or `Absent` (never `Undecided`). One snapshot probe; if a
    /// candidate needs `eq`, `find_slow`. With the lock held the result describes the
    /// current table; without it, one moment of it.
    #[inline(always)]
    fn find(&self, hash: i64, key: Value, eq: EqFn) -> PyResult<Probe> {
        // A view, not `read`: the probe stays inlined here. No Python code runs while
        // it is in use.
        match probe::<false>(&self.slots.view(), hash, key, &mut Vec::new()) {
            Probe::Undecided => self.find_slow(hash, key, eq),
            p => Ok(p),
        }
    }

    /// Probe collecting the candidates that need `eq`, then call it on them in probe
    /// order (no snapshot held: `eq` may run Python code); start over as soon as the
    /// table changed. That check also keeps the remaining candidates alive: only a
    /// change can drop one from the table, and a collection can run only inside `eq`.
    #[inline(never)]
    fn find_slow(&self, hash: i64, key: Value, eq: EqFn) -> PyResult<Probe> {
        'again: loop {
            let before = self.mutations.load(Acquire);
            let mut cands = Vec::new();
            let after = self.slots.read(|s| probe::<true>(s, hash, key, &mut cands));
            for &(j, k) in &cands {
                let same = k == key || eq(k, key)?;
                if self.mutations.load(Acquire) != before {
                    continue 'again;
                }
                if same {
                    return Ok(Probe::Found(j));
                }
            }
            return Ok(after);
        }
    }

    pub fn contains(&self, hash: i64, key: Value, eq: EqFn) -> PyResult<bool> {
        Ok(matches!(self.find(hash, key, eq)?, Probe::Found(_)))
    }

    /// Add a key; returns true if it was not present.
    pub fn add(&self, hash: i64, key: Value, eq: EqFn) -> PyResult<bool> {
        let _g = self.guard();
        let (j, reuse) = loop {
            match self.find(hash, key, eq)? {
                Probe::Found(_) => return Ok(false),
                Probe::Absent(free, dummy) if free != usize::MAX => break (free, dummy),
                // No buffer yet (or an `eq` call cleared the table): allocate, retry.
                _ => {
                    // All NULL: empty slots (built in place, no temporary vector).
                    self.slots.rebuild(2 * MIN_SIZE, NULL_BITS, |_, _| ());
                    self.bump();
                }
            }
        };
        // Hash first: a reader that sees the key sees its hash.
        self.slots.publish_pair(2 * j, key.0, hash as u64);
        self.used.store(self.used.load(Relaxed) + 1, Release);
        self.bump();
        if reuse {
            return Ok(true);
        }
        let fill = self.fill.load(Relaxed) + 1;
        self.fill.store(fill, Relaxed);
        if fill * 5 >= (self.size() - 1) * 3 {
            let used = self.used.load(Relaxed);
            self.resize(if used > 50000 { used * 2 } else { used * 4 });
        }
        Ok(true)
    }

    /// Rebuild with room for `minused` elements (caller holds the lock).
    fn resize(&self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        // All NULL: empty slots (an empty slot's hash word is never read).
        self.slots.rebuild(2 * newsize, NULL_BITS, |old, words| {
            for j in 0..old.len() / 2 {
                let k = Value(old.get(2 * j).unwrap_or(NULL_BITS));
                if !k.is_null() && k != DUMMY {
                    insert_clean(words, k, old.get(2 * j + 1).unwrap_or(0) as i64);
                }
            }
        });
        self.fill.store(self.used.load(Relaxed), Relaxed);
        self.bump();
    }

    pub fn discard(&self, hash: i64, key: Value, eq: EqFn) -> PyResult<bool> {
        let _g = self.guard();
        match self.find(hash, key, eq)? {
            Probe::Found(j) => {
                self.slots.set(2 * j, DUMMY.0);
                self.used.store(self.used.load(Relaxed) - 1, Release);
                self.bump();
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    pub fn pop(&self) -> Option<Value> {
        let _g = self.guard();
        if self.used.load(Relaxed) == 0 {
            return None;
        }
        // Read slot by slot under the lock (a copy of the whole table per pop made
        // emptying a set with pop() quadratic).
        let mask = self.slots.len() / 2 - 1;
        let key_at = |j: usize| Value(self.slots.get(2 * j).unwrap_or(Value::NULL.0));
        let mut j = self.finger.load(Relaxed) & mask;
        while key_at(j).is_null() || key_at(j) == DUMMY {
            j = (j + 1) & mask;
        }
        let key = key_at(j);
        self.slots.set(2 * j, DUMMY.0);
        self.used.store(self.used.load(Relaxed) - 1, Release);
        self.finger.store(j + 1, Relaxed);
        self.bump();
        Some(key)
    }

    pub fn clear(&self) {
        let _g = self.guard();
        self.slots.replace_fresh(&[]);
        self.fill.store(0, Relaxed);
        self.used.store(0, Release);
        self.finger.store(0, Relaxed);
        self.bump();
    }

    /// Make this table a copy of `other` (same layout and finger), as CPython's
    /// `set_swap_bodies` with a fresh table does for `intersection_update`.
    pub fn assign(&self, other: &SetTable) {
        if std::ptr::eq(self, other) {
            return;
        }
        let words = other.slots.to_vec();
        let used = elements(&words).count();
        let fill = words.chunks_exact(2).filter(|c| c[0] != NULL_BITS).count();
        let _g = self.guard();
        self.slots.replace_fresh(&words);
        self.fill.store(fill, Relaxed);
        self.used.store(used, Release);
        self.finger.store(other.finger.load(Relaxed), Relaxed);
        self.bump();
    }

    /// `self |= other` following CPython's set_merge (keeps CPython's resulting order).
    /// `other` is read from one snapshot, taken again if it changes while elements are
    /// added one by one (an `eq` may run Python code that removes elements from
    /// `other`, after which a collection may free them; adding twice is harmless).
    pub fn merge(&self, other: &SetTable, eq: EqFn) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        // The count first: a change after it is seen by the checks below.
        let mut before = other.mutations.load(Acquire);
        let _g = self.guard();
        // One copy of the other's words: its buffer may change in place meanwhile
        // (concurrent adds fill empty slots), so counting and copying must read the
        // same words (a table sized from one count and filled from a later read could
        // overflow).
        let mut words = other.slots.to_vec();
        let o_used = elements(&words).count();
        if o_used == 0 {
            return Ok(());
        }
        if self.fill.load(Relaxed) == 0 {
            // An empty target: its table built straight from those words in one
            // allocation, at the size `resize` would pick (so the order is CPython's).
            let o_fill = words.chunks_exact(2).filter(|c| c[0] != NULL_BITS).count();
            let mut size = self.size();
            if o_used * 5 >= (size - 1) * 3 {
                size = MIN_SIZE;
                while size <= o_used * 2 {
                    size <<= 1;
                }
            }
            self.slots.rebuild(2 * size, NULL_BITS, |_, fresh| {
                if size == words.len() / 2 && o_fill == o_used {
                    fresh.copy_from_slice(&words);
                } else {
                    for (k, h) in elements(&words) {
                        insert_clean(fresh, k, h);
                    }
                }
            });
            self.fill.store(o_used, Relaxed);
            self.used.store(o_used, Release);
            self.bump();
            return Ok(());
        }
        if (self.fill.load(Relaxed) + o_used) * 5 >= (self.size() - 1) * 3 {
            self.resize((self.used.load(Relaxed) + o_used) * 2);
        }
        let mut j = 0;
        while j < words.len() / 2 {
            let now = other.mutations.load(Acquire);
            if now != before {
                (before, words, j) = (now, other.slots.to_vec(), 0);
                continue;
            }
            let k = Value(words[2 * j]);
            if !k.is_null() && k != DUMMY {
                self.add(words[2 * j + 1] as i64, k, eq)?;
            }
            j += 1;
        }
        Ok(())
    }

    /// Pre-size for `n` more insertions from a dict (CPython's set_update_internal for dicts).
    pub fn reserve_for(&self, n: usize) {
        let _g = self.guard();
        if (self.fill.load(Relaxed) + n) * 5 >= (self.size() - 1) * 3 {
            self.resize((self.used.load(Relaxed) + n) * 2);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn ints(t: &SetTable) -> Vec<i64> {
        t.iter().map(|(k, _)| k.as_small()).collect()
    }
    #[test]
    fn cpython_order_for_small_ints() {
        let t = SetTable::new();
        let mut eq = |a: Value, b: Value| Ok(a == b);
        for i in [3, 1, 2, 100, 17, 9] {
            t.add(i, Value::small(i), &mut eq).unwrap();
        }
        // Element-by-element adds (CPython: s = set(); s.add(3); ...).
        assert_eq!(ints(&t), vec![1, 2, 3, 100, 9, 17]);
        // A constant display is folded into a frozenset and merged into an empty set:
        // CPython 3.11: list({3, 1, 2, 100, 17, 9}) == [1, 2, 3, 100, 17, 9]
        let u = SetTable::new();
        u.merge(&t, &mut eq).unwrap();
        assert_eq!(ints(&u), vec![1, 2, 3, 100, 17, 9]);
    }

    #[test]
    fn add_discard_pop_and_growth() {
        let t = SetTable::new();
        let mut eq = |a: Value, b: Value| Ok(a == b);
        assert_eq!((t.len(), t.pop(), t.slot(0)), (0, None, None));
        for i in 0..1000 {
            assert!(t.add(i, Value::small(i), &mut eq).unwrap());
        }
        assert!(!t.add(5, Value::small(5), &mut eq).unwrap());
        assert_eq!(t.len(), 1000);
        for i in (0..1000).step_by(2) {
            assert!(t.discard(i, Value::small(i), &mut eq).unwrap());
        }
        assert!(!t.discard(0, Value::small(0), &mut eq).unwrap());
        assert_eq!(t.len(), 500);
        // Dummies are reused.
        assert!(t.add(0, Value::small(0), &mut eq).unwrap());
        let mut all = ints(&t);
        all.sort_unstable();
        let mut want: Vec<i64> = (1..1000).step_by(2).collect();
        want.insert(0, 0);
        assert_eq!(all, want);
        let mut popped = 0;
        while t.pop().is_some() {
            popped += 1;
        }
        assert_eq!((popped, t.len()), (501, 0));
        t.add(7, Value::small(7), &mut eq).unwrap();
        t.clear();
        assert_eq!((t.len(), t.iter().count()), (0, 0));
    }

    /// An `eq` that changes the table makes the lookup start over (CPython restarts).
    #[test]
    fn eq_changing_the_table_restarts_the_lookup() {
        let t = SetTable::new();
        let mut plain = |a: Value, b: Value| Ok(a == b);
        // Two distinct keys with the same hash: the lookup must call `eq` (floats: not
        // decided inside the probe).
        t.add(42, Value::float(1.5), &mut plain).unwrap();
        let mut calls = 0;
        let mut mutating = |a: Value, b: Value| {
            calls += 1;
            if calls == 1 {
                t.add(7, Value::small(7), &mut |x: Value, y: Value| Ok(x == y))?;
            }
            Ok(a == b)
        };
        assert!(!t.contains(42, Value::float(2.5), &mut mutating).unwrap());
        assert_eq!(calls, 2);
        assert_eq!(t.len(), 2);
    }
}
