//! Insertion-ordered hash table behind `dict` (and module globals, class dicts).
//!
//! Entries live in a dense vector in insertion order; a hashbrown `HashTable<u32>`
//! indexes them by hash. Deleted entries become tombstones (key NULL) and are
//! compacted away once they outnumber live ones. `keys_version` changes whenever the
//! set of keys or their entry positions change, so global-load caches can be validated.
//!
//! Shared by guest threads. Every operation that uses the index or changes the table
//! holds the table's lock (re-entrant: a key's `__eq__` may use the same dict on the
//! same thread; another thread waiting for it waits as a native wait, so a holder that
//! parks at a safepoint inside `__eq__` never stalls a collection). The entries are a
//! `GrowVec` of three words per entry (hash, key, value), so `entry`, `len` and the
//! global-load IC read them lock-free: a grown buffer is retired, not freed, until the
//! next stop-the-world collection.

use crate::heap::Marker;
use crate::object::{PyResult, StrObj};
use crate::value::Value;
use hashbrown::HashTable;
use kiln_threads::GrowVec;
use parking_lot::{ReentrantMutex, ReentrantMutexGuard};
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// Key equality for lookups (called only for keys with equal hashes that are not
/// identical). It must agree with `str` equality for two `str`s: `find` decides those
/// itself (`eq_without_python`).
pub type EqFn<'a> = &'a mut dyn FnMut(Value, Value) -> PyResult<bool>;

/// The table lock when held (None: single guest thread, no lock needed).
type Guard<'a> = Option<ReentrantMutexGuard<'a, ()>>;

/// Words per entry in `entries`.
const W: usize = 3;

/// The index's hash of a Python hash. hashbrown places an entry by the hash's low
/// bits and filters its probe groups by the top seven, which Python's hashes of small
/// ints (the ints themselves) leave all zero: every full slot of a group would then be
/// a candidate to compare. A multiply by an odd constant (Fibonacci hashing) fills the
/// top bits and keeps the low bits a bijection of the hash's.
#[inline(always)]
fn index_hash(hash: i64) -> u64 {
    let m = (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    m ^ (m >> 32)
}

pub struct DictTable {
    lock: ReentrantMutex<()>,
    entries: GrowVec,
    /// Only touched with `lock` held.
    index: UnsafeCell<HashTable<u32>>,
    live: AtomicUsize,
    /// No live entry sits below this index (iteration starts here): removing the first
    /// entries of a dict (a FIFO, `OrderedDict.popitem(last=False)`) leaves tombstones
    /// that each later `iter()` would otherwise skip again. Reset by compaction and clear.
    first_live: AtomicUsize,
    /// Bumped when the set of keys or their entry indices change (insert of a new
    /// key, removal, clear, compaction) but not when a value is replaced: a cached
    /// (keys_version, index) pair stays valid across value stores.
    keys_version: AtomicU32,
}

// SAFETY: `index` is only accessed with `lock` held (see `idx`); everything else is
// atomic or a GrowVec (itself Sync).
unsafe impl Sync for DictTable {}
unsafe impl Send for DictTable {}

impl Default for DictTable {
    fn default() -> Self {
        DictTable::with_capacity(0)
    }
}

impl DictTable {
    pub fn new() -> Self {
        DictTable::default()
    }
    /// `with_capacity` written field by field into `p` (see `heap::alloc_in_place`).
    ///
    /// # Safety
    /// `p` is valid for writes of a `DictTable` and holds nothing that needs dropping.
    #[inline(always)]
    pub unsafe fn write_with_capacity(p: *mut DictTable, n: usize) {
        use std::ptr::addr_of_mut;
        addr_of_mut!((*p).lock).write(ReentrantMutex::new(()));
        addr_of_mut!((*p).entries).write(GrowVec::with_capacity(n * W));
        addr_of_mut!((*p).index).write(UnsafeCell::new(HashTable::with_capacity(n)));
        addr_of_mut!((*p).live).write(AtomicUsize::new(0));
        addr_of_mut!((*p).first_live).write(AtomicUsize::new(0));
        addr_of_mut!((*p).keys_version).write(AtomicU32::new(0));
    }

    pub fn with_capacity(n: usize) -> Self {
        let mut t = std::mem::MaybeUninit::<DictTable>::uninit();
        // SAFETY: `write_with_capacity` initialises every field of the fresh table.
        unsafe {
            Self::write_with_capacity(t.as_mut_ptr(), n);
            t.assume_init()
        }
    }
    /// Take the table lock (skipped while this is the only guest thread); waiting for
    /// another thread is a native wait.
    #[inline]
    fn guard(&self) -> Guard<'_> {
        crate::guest::shared_lock(&self.lock)
    }
    /// The index. Caller holds the lock (the guard is passed to prove it).
    #[allow(clippy::mut_from_ref)]
    #[inline]
    fn idx<'a>(&'a self, _g: &Guard<'a>) -> &'a mut HashTable<u32> {
        // SAFETY: the lock is held by this thread; re-entrant callers on the same
        // thread do not keep a reference across their nested call (every use is a
        // short expression).
        unsafe { &mut *self.index.get() }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.live.load(Ordering::Acquire)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The lowest entry index that may be live (where iteration can start).
    #[inline]
    pub fn first_live(&self) -> usize {
        self.first_live.load(Ordering::Acquire)
    }
    /// Number of entry positions including tombstones (for iterators that index).
    #[inline]
    pub fn n_entries(&self) -> usize {
        self.entries.len() / W
    }
    /// Entry `i`'s value if its key is `key`, read lock-free: the global and
    /// module-attribute ICs' read (the LoadGlobal template and the module-attribute
    /// probe do the same inline). The value is read before the key, and every write of
    /// an entry's words stores its key before its value (appends in index order;
    /// `remove_at` clears the key, then the value), so a value read comes with its own
    /// key or a later one: never a removed key paired with the value of an entry that
    /// reused its slot (loom models `keyed_read_value_first_never_tears` and, failing on
    /// purpose, `keyed_read_key_first_tears` in kiln-threads' growvec). A NULL value (a
    /// removal in progress) is a miss, as in the templates' reads.
    #[inline(always)]
    pub fn keyed_entry(&self, i: usize, key: Value) -> Option<Value> {
        let (k, v) = self.entries.get_pair_value_first(i * W + 1)?;
        (Value(k) == key && !Value(v).is_null()).then_some(Value(v))
    }

    /// (key, value) of entry `i` (key NULL for a tombstone), read lock-free from one
    /// buffer, value first (see `keyed_entry`).
    #[inline(always)]
    pub fn key_value(&self, i: usize) -> Option<(Value, Value)> {
        self.entries
            .get_pair_value_first(i * W + 1)
            .map(|(k, v)| (Value(k), Value(v)))
    }
    /// Entry `i` (its key is NULL for a tombstone), read lock-free.
    #[inline]
    pub fn entry(&self, i: usize) -> Option<Entry> {
        let b = i * W;
        Some(Entry {
            hash: self.entries.get(b)? as i64,
            key: Value(self.entries.get(b + 1)?),
            value: Value(self.entries.get(b + 2)?),
        })
    }
    #[inline]
    fn entry_hash(&self, i: usize) -> i64 {
        self.entries.get(i * W).unwrap_or(0) as i64
    }
    #[inline]
    fn entry_key(&self, i: usize) -> Value {
        self.entries.get(i * W + 1).map_or(Value::NULL, Value)
    }
    /// The live entries, as one snapshot.
    pub fn iter(&self) -> impl Iterator<Item = Entry> {
        let words = self.entries.to_vec();
        (0..words.len() / W)
            .map(move |i| Entry {
                hash: words[i * W] as i64,
                key: Value(words[i * W + 1]),
                value: Value(words[i * W + 2]),
            })
            .filter(|e| !e.key.is_null())
    }
    pub fn trace(&self, m: &mut Marker) {
        let mut k = 0;
        self.entries.for_each(|w| {
            if k % W != 0 {
                m.mark(Value(w));
            }
            k += 1;
        });
    }

    /// Index of `key` in the entry vector.
    ///
    /// One probe of the index, in its order: an identical key matches, and a key with
    /// an equal hash whose equality runs no Python code (`str` with `str`, see
    /// `eq_without_python`) is compared in place. The first other candidate with an
    /// equal hash stops the probe and hands over to `find_slow`, which calls `eq` (a
    /// user `__eq__` may re-enter this dict on the same thread, so it never runs while
    /// the index is borrowed).
    #[inline]
    pub fn find(&self, hash: i64, key: Value, eq: EqFn) -> PyResult<Option<usize>> {
        let g = self.guard();
        let mut undecided = false;
        let found = self
            .idx(&g)
            .find(index_hash(hash), |&i| {
                let Some((h, k)) = self.entries.get_pair(i as usize * W) else {
                    return false;
                };
                if Value(k) == key {
                    return true;
                }
                if h as i64 != hash {
                    return false;
                }
                eq_without_python(Value(k), key).unwrap_or_else(|| {
                    undecided = true;
                    true
                })
            })
            .copied();
        drop(g);
        match found {
            Some(i) if !undecided => Ok(Some(i as usize)),
            Some(_) => self.find_slow(hash, key, eq),
            None => Ok(None),
        }
    }

    /// `find` once a candidate needs `eq`: collect the candidates (identical or
    /// equal-hash keys, in probe order) under the lock, then compare them without the
    /// index borrowed.
    #[inline(never)]
    fn find_slow(&self, hash: i64, key: Value, eq: EqFn) -> PyResult<Option<usize>> {
        let g = self.guard();
        let mut cands = smallvec_lite::Small::new();
        for &i in self.idx(&g).iter_hash(index_hash(hash)) {
            let i = i as usize;
            if self.entry_key(i) == key || self.entry_hash(i) == hash {
                cands.push(i);
            }
        }
        for i in cands.iter() {
            let k = self.entry_key(i);
            if k.is_null() {
                continue;
            }
            if k == key || eq(k, key)? {
                // The entry may have moved while `__eq__` ran; trust it only if unchanged.
                if self.entry_key(i) == k {
                    return Ok(Some(i));
                }
                return self.find(hash, key, eq);
            }
        }
        Ok(None)
    }

    pub fn get(&self, hash: i64, key: Value, eq: EqFn) -> PyResult<Option<Value>> {
        // `find` releases the lock before it returns the index: another thread may
        // remove the entry (its value reads NULL) or compact the table before the value
        // is read. So the value is read under the lock, and only if the keys version
        // is the one `find` started from (a remove, insert or compaction moves it);
        // otherwise look again. (Reading it unlocked let `getattr(o, "a", 1)` on a
        // dict-mode instance return NULL while another thread deleted and re-added
        // `a`: stress/programs/attr_delete.py.)
        for _ in 0..100 {
            let version = self.keys_version();
            let Some(i) = self.find(hash, key, eq)? else {
                return Ok(None);
            };
            let _g = self.guard();
            if self.keys_version() == version {
                return Ok(Some(self.value_at(i)));
            }
        }
        // A key whose `__eq__` keeps changing this dict: settle for the entry as it is
        // now, under the lock, absent if it was removed.
        let _g = self.guard();
        Ok(self
            .find(hash, key, eq)?
            .map(|i| self.value_at(i))
            .filter(|v| !v.is_null()))
    }

    /// The entry index of `key` found by identity (interned names), if present.
    pub fn index_by_identity(&self, hash: i64, key: Value) -> Option<usize> {
        let g = self.guard();
        let i = *self
            .idx(&g)
            .find(index_hash(hash), |&i| self.entry_key(i as usize) == key)?;
        Some(i as usize)
    }

    /// Fast lookup for keys compared by identity (interned strings), e.g. globals.
    #[inline]
    pub fn get_by_identity(&self, hash: i64, key: Value) -> Option<Value> {
        let g = self.guard();
        let i = *self
            .idx(&g)
            .find(index_hash(hash), |&i| self.entry_key(i as usize) == key)?;
        Some(self.value_at(i as usize))
    }

    /// Replace the value of `key` if it is present as this very object (interned
    /// names); false if it is not found that way.
    #[inline]
    pub fn set_by_identity(&self, hash: i64, key: Value, value: Value) -> bool {
        let g = self.guard();
        let Some(&i) = self
            .idx(&g)
            .find(index_hash(hash), |&i| self.entry_key(i as usize) == key)
        else {
            return false;
        };
        self.set_value_at(i as usize, value);
        true
    }

    #[inline(always)]
    pub fn keys_version(&self) -> u32 {
        self.keys_version.load(Ordering::Acquire)
    }
    /// Callers hold the table lock (or are the only mutator): writers are serialized,
    /// so a plain load and store do what an atomic read-modify-write would, cheaper.
    fn bump_keys_version(&self) {
        let v = self.keys_version.load(Ordering::Relaxed);
        self.keys_version
            .store(v.wrapping_add(1), Ordering::Release);
    }
    #[inline]
    pub fn value_at(&self, i: usize) -> Value {
        self.entries.get(i * W + 2).map_or(Value::NULL, Value)
    }
    #[inline]
    pub fn set_value_at(&self, i: usize, v: Value) {
        self.entries.set(i * W + 2, v.0);
    }

    #[inline]
    pub fn insert(&self, hash: i64, key: Value, value: Value, eq: EqFn) -> PyResult<()> {
        let _g = self.guard();
        if let Some(i) = self.find(hash, key, eq)? {
            self.set_value_at(i, value);
            return Ok(());
        }
        self.insert_new(hash, key, value);
        Ok(())
    }

    /// Insert a key known to be absent.
    pub fn insert_new(&self, hash: i64, key: Value, value: Value) {
        let g = self.guard();
        let idx = self.n_entries() as u32;
        // One append: a lock-free reader that sees the new length sees the whole
        // entry (GrowVec publishes the length after the words).
        self.entries
            .extend_from_slice(&[hash as u64, key.0, value.0]);
        self.idx(&g).insert_unique(index_hash(hash), idx, |&i| {
            index_hash(self.entry_hash(i as usize))
        });
        // Under the lock, as in `bump_keys_version`.
        let live = self.live.load(Ordering::Relaxed);
        self.live.store(live + 1, Ordering::Release);
        self.bump_keys_version();
    }

    pub fn remove(&self, hash: i64, key: Value, eq: EqFn) -> PyResult<Option<Value>> {
        let _g = self.guard();
        let Some(i) = self.find(hash, key, eq)? else {
            return Ok(None);
        };
        Ok(Some(self.remove_at(i)))
    }

    /// Remove the entry at index `i` (must be live).
    pub fn remove_at(&self, i: usize) -> Value {
        let g = self.guard();
        let h = self.entry_hash(i);
        if let Ok(e) = self.idx(&g).find_entry(index_hash(h), |&j| j as usize == i) {
            e.remove();
        }
        let old = self.value_at(i);
        self.bump_keys_version();
        // Key, then value: the order `keyed_entry`'s value-first read relies on.
        self.entries.set(i * W + 1, Value::NULL.0);
        self.entries.set(i * W + 2, Value::NULL.0);
        let live = self.live.load(Ordering::Relaxed) - 1;
        self.live.store(live, Ordering::Release);
        let n = self.n_entries();
        if i + 1 == n {
            // The last entry: drop the trailing tombstones, so popitem() finds the new
            // last entry at once.
            let mut end = i;
            while end > 0 && self.entry_key(end - 1).is_null() {
                end -= 1;
            }
            self.entries.truncate(end * W);
            if self.first_live.load(Ordering::Relaxed) > end {
                self.first_live.store(end, Ordering::Release);
            }
        } else if i == self.first_live.load(Ordering::Relaxed) {
            let mut j = i + 1;
            while j < n && self.entry_key(j).is_null() {
                j += 1;
            }
            self.first_live.store(j, Ordering::Release);
        }
        if self.n_entries() > 16 && live * 2 < self.n_entries() {
            self.compact(&g);
        }
        old
    }

    /// Last live entry (for popitem).
    pub fn last_index(&self) -> Option<usize> {
        let _g = self.guard();
        (0..self.n_entries())
            .rev()
            .find(|&i| !self.entry_key(i).is_null())
    }

    fn compact(&self, g: &Guard<'_>) {
        self.bump_keys_version();
        // The live entries into a fresh buffer (one pass): a lock-free keyed reader
        // (`keyed_entry`) still on the old buffer sees every entry whole (growvec's loom
        // model `compaction_keeps_keyed_reads_whole`).
        let mut w = self.entries.to_vec();
        let mut to = 0;
        for from in (0..w.len()).step_by(W) {
            if w[from + 1] != Value::NULL.0 {
                w.copy_within(from..from + W, to);
                to += W;
            }
        }
        w.truncate(to);
        self.entries.replace_fresh(&w);
        self.first_live.store(0, Ordering::Release);
        let index = self.idx(g);
        index.clear();
        for i in 0..self.n_entries() {
            let h = index_hash(self.entry_hash(i));
            index.insert_unique(h, i as u32, |&j| index_hash(self.entry_hash(j as usize)));
        }
    }

    pub fn clear(&self) {
        let g = self.guard();
        self.bump_keys_version();
        self.entries.clear();
        self.idx(&g).clear();
        self.live.store(0, Ordering::Release);
        self.first_live.store(0, Ordering::Release);
    }
}

/// Equality of two keys with equal hashes when deciding it runs no Python code: two
/// `str`s compare by contents (every `EqFn` agrees on that), two small ints only by
/// identity, and plain tuples of such keys (and of floats and bytes) item by item
/// (identity first, as `==` on tuples): the pair and triple keys of counting dicts.
/// None: leave it to the caller's `eq`.
#[inline]
pub(crate) fn eq_without_python(a: Value, b: Value) -> Option<bool> {
    if a.is_small() && b.is_small() {
        return Some(a == b);
    }
    match (a.get::<StrObj>(), b.get::<StrObj>()) {
        (Some(x), Some(y)) => Some(x.s == y.s),
        (None, None) => tuple_eq_without_python(a, b),
        _ => None,
    }
}

/// `eq_without_python` of two plain tuples (not subclass instances, whose `__eq__`
/// may be Python code); None for anything else, or for items it cannot decide.
#[cold]
fn tuple_eq_without_python(a: Value, b: Value) -> Option<bool> {
    use crate::object::{BytesObj, TupleObj};
    let (x, y) = (a.get::<TupleObj>()?, b.get::<TupleObj>()?);
    if !x.cls.is_null() || !y.cls.is_null() {
        return None;
    }
    if x.items.len() != y.items.len() {
        return Some(false);
    }
    for (&p, &q) in x.items.iter().zip(y.items.iter()) {
        if p == q {
            continue;
        }
        let equal = if p.is_float() && q.is_float() {
            p.as_float() == q.as_float()
        } else if let (Some(m), Some(n)) = (p.get::<BytesObj>(), q.get::<BytesObj>()) {
            m.data == n.data
        } else if (p.is_small() || p.is_float()) && (q.is_small() || q.is_float()) {
            // A small int (exact as an f64) against a float, or two distinct ints.
            let f = |v: Value| {
                if v.is_small() {
                    v.as_small() as f64
                } else {
                    v.as_float()
                }
            };
            f(p) == f(q)
        } else {
            eq_without_python(p, q)?
        };
        if !equal {
            return Some(false);
        }
    }
    Some(true)
}

/// A small inline list of candidate indices (almost always 0 or 1).
mod smallvec_lite {
    pub struct Small {
        inline: [usize; 4],
        n: usize,
        spill: Vec<usize>,
    }
    impl Small {
        #[inline]
        pub fn new() -> Self {
            Small {
                inline: [0; 4],
                n: 0,
                spill: Vec::new(),
            }
        }
        pub fn push(&mut self, i: usize) {
            if self.n < 4 {
                self.inline[self.n] = i;
                self.n += 1;
            } else {
                self.spill.push(i);
            }
        }
        pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
            self.inline[..self.n]
                .iter()
                .chain(self.spill.iter())
                .copied()
        }
    }
}

/// Layout facts for JIT templates that read a dict's entries inline (the global IC):
/// byte offsets within a `DictTable`, and the words per entry (hash, key, value).
pub mod layout {
    use super::DictTable;
    pub const TABLE_ENTRIES_BUF: usize =
        std::mem::offset_of!(DictTable, entries) + kiln_threads::GROWVEC_BUF_OFFSET;
    pub const TABLE_KEYS_VERSION: usize = std::mem::offset_of!(DictTable, keys_version);
    pub const ENTRY_WORDS: usize = super::W;
}
