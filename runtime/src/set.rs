//! Open-addressing table behind `set` and `frozenset`, probing exactly as
//! CPython 3.11's setobject.c (linear probes of 9, then perturbed jumps; the same
//! resize rule), so iteration order, and therefore `print({3, 1, 2})`, matches CPython.

use crate::dict::EqFn;
use crate::heap::Marker;
use crate::object::PyResult;
use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// Hash marking a deleted slot (CPython's `dummy`); no real hash is -1.
const DUMMY_HASH: i64 = -1;

#[derive(Clone, Copy)]
struct Slot {
    key: Value, // NULL: unused or dummy (dummy has hash -1)
    hash: i64,
}
const EMPTY: Slot = Slot {
    key: Value::NULL,
    hash: 0,
};

pub struct SetTable {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> Self {
        SetTable {
            table: vec![EMPTY; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    fn mask(&self) -> usize {
        self.table.len() - 1
    }
    pub fn trace(&self, m: &mut Marker) {
        for s in &self.table {
            m.mark(s.key)
        }
    }
    /// Slot-order iteration (CPython's order).
    pub fn iter(&self) -> impl Iterator<Item = (Value, i64)> + '_ {
        self.table
            .iter()
            .filter(|s| !s.key.is_null())
            .map(|s| (s.key, s.hash))
    }
    /// The key at raw slot `i`, if occupied; for index-based iterators.
    pub fn slot(&self, i: usize) -> Option<Option<Value>> {
        self.table
            .get(i)
            .map(|s| if s.key.is_null() { None } else { Some(s.key) })
    }

    pub fn contains(&self, hash: i64, key: Value, eq: EqFn) -> PyResult<bool> {
        Ok(self.lookup(hash, key, eq)?.is_some())
    }

    fn lookup(&self, hash: i64, key: Value, eq: EqFn) -> PyResult<Option<usize>> {
        let mask = self.mask();
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
                let s = self.table[j];
                if s.key.is_null() && s.hash == 0 {
                    return Ok(None);
                }
                if s.hash == hash && !s.key.is_null() && (s.key == key || eq(s.key, key)?) {
                    return Ok(Some(j));
                }
                if probes == 0 {
                    break;
                }
                probes -= 1;
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Add a key; returns true if it was not present.
    pub fn add(&mut self, hash: i64, key: Value, eq: EqFn) -> PyResult<bool> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let unused;
        'outer: loop {
            let mut probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut j = i;
            loop {
                let s = self.table[j];
                if s.key.is_null() && s.hash == 0 {
                    unused = j;
                    break 'outer;
                }
                if s.hash == hash && !s.key.is_null() && (s.key == key || eq(s.key, key)?) {
                    return Ok(false);
                } else if s.hash == DUMMY_HASH && s.key.is_null() && freeslot.is_none() {
                    freeslot = Some(j);
                }
                if probes == 0 {
                    break;
                }
                probes -= 1;
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        if let Some(f) = freeslot {
            self.table[f] = Slot { key, hash };
            self.used += 1;
            return Ok(true);
        }
        self.table[unused] = Slot { key, hash };
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            let n = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(n);
        }
        Ok(true)
    }

    fn insert_clean(table: &mut [Slot], key: Value, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key.is_null() {
                table[i] = Slot { key, hash };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if table[j].key.is_null() {
                        table[j] = Slot { key, hash };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![EMPTY; newsize]);
        for s in old {
            if !s.key.is_null() {
                Self::insert_clean(&mut self.table, s.key, s.hash);
            }
        }
        self.fill = self.used;
    }

    pub fn discard(&mut self, hash: i64, key: Value, eq: EqFn) -> PyResult<bool> {
        match self.lookup(hash, key, eq)? {
            Some(j) => {
                self.table[j] = Slot {
                    key: Value::NULL,
                    hash: DUMMY_HASH,
                };
                self.used -= 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while self.table[j].key.is_null() {
            j = (j + 1) & mask;
        }
        let k = self.table[j].key;
        self.table[j] = Slot {
            key: Value::NULL,
            hash: DUMMY_HASH,
        };
        self.used -= 1;
        self.finger = j + 1;
        Some(k)
    }

    pub fn clear(&mut self) {
        *self = SetTable::new();
    }

    /// `self |= other` following CPython's set_merge (keeps CPython's resulting order).
    pub fn merge(&mut self, other: &SetTable, eq: EqFn) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.table.len() == other.table.len() && other.fill == other.used {
            self.table.copy_from_slice(&other.table);
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            for s in &other.table {
                if !s.key.is_null() {
                    Self::insert_clean(&mut self.table, s.key, s.hash);
                }
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for (k, h) in other.iter() {
            self.add(h, k, eq)?;
        }
        Ok(())
    }

    /// Pre-size for `n` more insertions from a dict (CPython's set_update_internal for dicts).
    pub fn reserve_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
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
        let mut t = SetTable::new();
        let mut eq = |a: Value, b: Value| Ok(a == b);
        for i in [3, 1, 2, 100, 17, 9] {
            t.add(i, Value::small(i), &mut eq).unwrap();
        }
        // Element-by-element adds (CPython: s = set(); s.add(3); ...).
        assert_eq!(ints(&t), vec![1, 2, 3, 100, 9, 17]);
        // A constant display is folded into a frozenset and merged into an empty set:
        // CPython 3.11: list({3, 1, 2, 100, 17, 9}) == [1, 2, 3, 100, 17, 9]
        let mut u = SetTable::new();
        u.merge(&t, &mut eq).unwrap();
        assert_eq!(ints(&u), vec![1, 2, 3, 100, 17, 9]);
    }
}
