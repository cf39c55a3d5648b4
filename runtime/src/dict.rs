//! Insertion-ordered hash table behind `dict` (and module globals).
//!
//! Entries live in a dense vector in insertion order; a hashbrown `HashTable<u32>`
//! indexes them by hash. Deleted entries become tombstones (key NULL) and are
//! compacted away once they outnumber live ones. `version` changes on every
//! mutation that can change what a key maps to, so global-load caches can be validated.

use crate::heap::Marker;
use crate::object::PyResult;
use crate::value::Value;
use hashbrown::HashTable;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

pub type EqFn<'a> = &'a mut dyn FnMut(Value, Value) -> PyResult<bool>;

#[derive(Default)]
pub struct DictTable {
    entries: Vec<Entry>,
    index: HashTable<u32>,
    live: usize,
    pub version: u64,
    /// Bumped when the set of keys or their entry indices change (insert of a new
    /// key, removal, clear, compaction) but not when a value is replaced: a cached
    /// (keys_version, index) pair stays valid across value stores.
    keys_version: u32,
}

impl DictTable {
    pub fn new() -> Self {
        DictTable::default()
    }
    pub fn with_capacity(n: usize) -> Self {
        DictTable {
            entries: Vec::with_capacity(n),
            index: HashTable::with_capacity(n),
            live: 0,
            version: 0,
            keys_version: 0,
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.live
    }
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }
    /// Raw entries including tombstones (key NULL); used by iterators that index.
    #[inline]
    pub fn raw_entries(&self) -> &[Entry] {
        &self.entries
    }
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }
    pub fn trace(&self, m: &mut Marker) {
        for e in &self.entries {
            m.mark(e.key);
            m.mark(e.value);
        }
    }

    /// Index of `key` in the entry vector.
    pub fn find(&self, hash: i64, key: Value, eq: EqFn) -> PyResult<Option<usize>> {
        let entries = &self.entries;
        let mut err = None;
        let found = self.index.find(hash as u64, |&i| {
            if err.is_some() {
                return false;
            }
            let e = &entries[i as usize];
            if e.key == key {
                return true;
            }
            if e.hash != hash {
                return false;
            }
            match eq(e.key, key) {
                Ok(b) => b,
                Err(x) => {
                    err = Some(x);
                    false
                }
            }
        });
        if let Some(x) = err {
            return Err(x);
        }
        Ok(found.map(|&i| i as usize))
    }

    pub fn get(&self, hash: i64, key: Value, eq: EqFn) -> PyResult<Option<Value>> {
        Ok(self.find(hash, key, eq)?.map(|i| self.entries[i].value))
    }

    /// Fast lookup for keys compared by identity (interned strings), e.g. globals.
    #[inline]
    pub fn get_by_identity(&self, hash: i64, key: Value) -> Option<Value> {
        let entries = &self.entries;
        self.index
            .find(hash as u64, |&i| entries[i as usize].key == key)
            .map(|&i| entries[i as usize].value)
    }

    #[inline(always)]
    pub fn keys_version(&self) -> u32 {
        self.keys_version
    }
    #[inline]
    pub fn value_at(&self, i: usize) -> Value {
        self.entries[i].value
    }
    #[inline]
    pub fn set_value_at(&mut self, i: usize, v: Value) {
        self.entries[i].value = v;
        self.version += 1;
    }

    pub fn insert(&mut self, hash: i64, key: Value, value: Value, eq: EqFn) -> PyResult<()> {
        if let Some(i) = self.find(hash, key, eq)? {
            self.entries[i].value = value;
            self.version += 1;
            return Ok(());
        }
        self.insert_new(hash, key, value);
        Ok(())
    }

    /// Insert a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let idx = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.index
            .insert_unique(hash as u64, idx, |&i| entries[i as usize].hash as u64);
        self.live += 1;
        self.version += 1;
        self.keys_version = self.keys_version.wrapping_add(1);
    }

    pub fn remove(&mut self, hash: i64, key: Value, eq: EqFn) -> PyResult<Option<Value>> {
        let Some(i) = self.find(hash, key, eq)? else {
            return Ok(None);
        };
        Ok(Some(self.remove_at(i)))
    }

    /// Remove the entry at index `i` (must be live).
    pub fn remove_at(&mut self, i: usize) -> Value {
        let h = self.entries[i].hash;
        if let Ok(e) = self.index.find_entry(h as u64, |&j| j as usize == i) {
            e.remove();
        }
        let old = self.entries[i].value;
        self.entries[i].key = Value::NULL;
        self.entries[i].value = Value::NULL;
        self.live -= 1;
        self.version += 1;
        self.keys_version = self.keys_version.wrapping_add(1);
        if self.entries.len() > 16 && self.live * 2 < self.entries.len() {
            self.compact();
        }
        old
    }

    /// Last live entry (for popitem).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_null())
    }

    fn compact(&mut self) {
        self.keys_version = self.keys_version.wrapping_add(1);
        self.entries.retain(|e| !e.key.is_null());
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            let entries = &self.entries;
            self.index.insert_unique(e.hash as u64, i as u32, |&j| {
                entries[j as usize].hash as u64
            });
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.live = 0;
        self.version += 1;
        self.keys_version = self.keys_version.wrapping_add(1);
    }
}
