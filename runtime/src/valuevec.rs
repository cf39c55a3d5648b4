//! `ValueVec`: the item storage of lists (and other growable value arrays shared
//! between guest threads): `kiln_threads::GrowVec` typed as `Value`s.
//!
//! Readers (`len`, `get`, `to_vec`, iteration by index) take no lock; writers are
//! serialised by the vector's own lock and publish a grown buffer with one release
//! store, retiring the old one until the next stop-the-world collection, so a reader
//! on another thread never reads freed memory (see `kiln_threads::growvec`).
//!
//! Rule: closures given to `update` run under the lock and must not call Python
//! code or reach a safepoint (a thread parked while holding the lock would block
//! every other writer, which could then never reach its own safepoint).

use crate::heap::Marker;
use crate::value::Value;
use kiln_threads::{GrowVec, GrowVecWriter, Snapshot};

pub struct ValueVec(GrowVec);

/// One buffer snapshot of a `ValueVec` (`GrowVec::view`'s contract: no write to the
/// vector and no safepoint while it is in use).
pub struct ValueView<'a>(Snapshot<'a>);

impl ValueView<'_> {
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.0.len()
    }
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.0.get(i).map(Value)
    }
}

#[inline(always)]
fn words(v: &[Value]) -> &[u64] {
    // SAFETY: Value is repr(transparent) over u64.
    unsafe { std::slice::from_raw_parts(v.as_ptr() as *const u64, v.len()) }
}

#[inline(always)]
fn values(w: Vec<u64>) -> Vec<Value> {
    let mut w = std::mem::ManuallyDrop::new(w);
    // SAFETY: Value is repr(transparent) over u64: same size, alignment and validity
    // for the bit patterns stored (every word in a ValueVec came from a Value).
    unsafe { Vec::from_raw_parts(w.as_mut_ptr() as *mut Value, w.len(), w.capacity()) }
}

#[inline(always)]
fn words_vec(v: Vec<Value>) -> Vec<u64> {
    let mut v = std::mem::ManuallyDrop::new(v);
    // SAFETY: as in `values`, in the other direction.
    unsafe { Vec::from_raw_parts(v.as_mut_ptr() as *mut u64, v.len(), v.capacity()) }
}

impl Default for ValueVec {
    fn default() -> Self {
        ValueVec::new()
    }
}

impl ValueVec {
    pub fn new() -> Self {
        ValueVec(GrowVec::new())
    }
    pub fn with_capacity(n: usize) -> Self {
        ValueVec(GrowVec::with_capacity(n))
    }
    /// See `GrowVec::adopt_inline`.
    ///
    /// # Safety
    /// As for `GrowVec::adopt_inline`.
    pub unsafe fn adopt_inline(&self, mem: *mut u8, cap: usize) {
        // SAFETY: (caller) as GrowVec::adopt_inline requires.
        unsafe { self.0.adopt_inline(mem, cap) }
    }
    /// See `GrowVec::adopt_inline_with`.
    ///
    /// # Safety
    /// As for `GrowVec::adopt_inline_with`.
    pub unsafe fn adopt_inline_with(
        &self,
        mem: *mut u8,
        cap: usize,
        len: usize,
        mut item: impl FnMut(usize) -> Value,
    ) {
        // SAFETY: (caller) as GrowVec::adopt_inline_with requires.
        unsafe { self.0.adopt_inline_with(mem, cap, len, |i| item(i).0) }
    }
    pub fn from_slice(v: &[Value]) -> Self {
        ValueVec(GrowVec::from_slice(words(v)))
    }
    /// `n` items, item `k` being `item(k)`, built straight into the buffer.
    pub fn from_fn(n: usize, mut item: impl FnMut(usize) -> Value) -> Self {
        ValueVec(GrowVec::from_fn(n, |k| item(k).0))
    }
    pub fn from_vec(v: Vec<Value>) -> Self {
        Self::from_slice(&v)
    }
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.0.len()
    }
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.0.len() == 0
    }
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.0.get(i).map(Value)
    }
    /// Python-style read: a negative `i` counts from the end (one buffer snapshot).
    #[inline(always)]
    pub fn get_signed(&self, i: i64) -> Option<Value> {
        self.0.get_signed(i).map(Value)
    }
    /// Python-style store: a negative `i` counts from the end; false if out of range.
    #[inline(always)]
    pub fn set_signed(&self, i: i64, v: Value) -> bool {
        self.0.set_signed(i, v.0)
    }
    /// If there are exactly `dst.len()` items, copy them into `dst` last item first
    /// (one buffer snapshot) and return true.
    #[inline]
    pub fn copy_rev_exact(&self, dst: &mut [Value]) -> bool {
        // SAFETY: Value is repr(transparent) over u64, and every u64 written comes from
        // a Value stored in this vector.
        let w = unsafe { std::slice::from_raw_parts_mut(dst.as_mut_ptr() as *mut u64, dst.len()) };
        self.0.copy_rev_exact(w)
    }
    pub fn last(&self) -> Option<Value> {
        let n = self.len();
        if n == 0 {
            None
        } else {
            self.get(n - 1)
        }
    }
    /// A copy of the items (one consistent buffer).
    pub fn to_vec(&self) -> Vec<Value> {
        values(self.0.to_vec())
    }
    /// One snapshot of the items, for a run of reads (see `ValueView`).
    #[inline(always)]
    pub fn view(&self) -> ValueView<'_> {
        ValueView(self.0.view())
    }
    /// The `n` items `start, start + step, ...` as a new vector, read from one buffer
    /// snapshot and written straight into the new buffer. The indices were computed
    /// for the current length; if another thread shrank the list since, the items
    /// still there are taken.
    pub fn slice(&self, start: i64, step: i64, n: usize) -> ValueVec {
        let view = self.0.view();
        let last = start + step * (n as i64 - 1);
        if n == 0 || (start.max(last) as usize) < view.len() && start.min(last) >= 0 {
            // Every index lies in 0..view.len() (checked above), so `get` never misses
            // (the 0 is unreachable); `from_fn` allocates without reaching a safepoint,
            // as the view's contract requires.
            let at = |k: usize| start + step * k as i64;
            return ValueVec(GrowVec::from_fn(n, |k| {
                view.get(at(k) as usize).unwrap_or(0)
            }));
        }
        let v: Vec<u64> = (0..n)
            .map_while(|k| view.get((start + step * k as i64) as usize))
            .collect();
        ValueVec(GrowVec::from_slice(&v))
    }
    /// Items `lo..hi` (clipped to the current length), read one by one.
    pub fn range_to_vec(&self, lo: usize, hi: usize) -> Vec<Value> {
        (lo..hi).map_while(|i| self.get(i)).collect()
    }
    /// Iterate by index (lock-free; sees appends made while iterating, like CPython's
    /// list iterator).
    pub fn iter(&self) -> impl Iterator<Item = Value> + '_ {
        let mut i = 0;
        std::iter::from_fn(move || {
            let v = self.get(i);
            i += 1;
            v
        })
    }
    #[inline(always)]
    pub fn push(&self, v: Value) {
        self.0.push(v.0)
    }
    #[inline]
    pub fn pop(&self) -> Option<Value> {
        self.0.pop().map(Value)
    }
    /// Store at `i`; false if out of range.
    #[inline(always)]
    pub fn set(&self, i: usize, v: Value) -> bool {
        self.0.set(i, v.0)
    }
    pub fn insert(&self, i: usize, v: Value) {
        self.0.insert(i, v.0)
    }
    pub fn remove(&self, i: usize) -> Option<Value> {
        self.0.remove(i).map(Value)
    }
    pub fn truncate(&self, n: usize) {
        self.0.truncate(n)
    }
    pub fn clear(&self) {
        self.0.clear()
    }
    #[inline]
    pub fn extend_from_slice(&self, v: &[Value]) {
        self.0.extend_from_slice(words(v))
    }
    /// Replace the whole contents.
    pub fn replace(&self, v: &[Value]) {
        self.0.replace(words(v))
    }
    /// Swap items `i` and `j` in place (no-op if either is out of range).
    pub fn swap(&self, i: usize, j: usize) {
        self.0.swap(i, j)
    }
    /// Store `v` at `i`, returning the item it replaces (None if out of range).
    pub fn exchange(&self, i: usize, v: Value) -> Option<Value> {
        self.0.exchange(i, v.0).map(Value)
    }
    /// Take the contents, leaving the vector empty.
    pub fn take(&self) -> Vec<Value> {
        self.update(std::mem::take)
    }
    /// Edit the items as a `Vec` under the writer lock (O(n): for rare bulk edits).
    /// `f` must not call Python code (see the module doc).
    pub fn update<R>(&self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        self.0.update(|w| {
            let mut v = values(std::mem::take(w));
            let r = f(&mut v);
            *w = words_vec(v);
            r
        })
    }
    pub fn trace(&self, m: &mut Marker) {
        self.0.for_each(|w| m.mark(Value(w)));
    }
}

/// The writer lock of a `ValueVec`, held to keep several fields consistent with the
/// items (an instance's shape with its slots). Same rule as `update`: no Python code
/// and no safepoint while it is held.
pub struct ValueVecWriter<'a>(GrowVecWriter<'a>);

impl ValueVecWriter<'_> {
    #[inline]
    pub fn len(&self) -> usize {
        self.0.len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.0.get(i).map(Value)
    }
    #[inline]
    pub fn push(&mut self, v: Value) {
        self.0.push(v.0)
    }
    #[inline]
    pub fn set(&mut self, i: usize, v: Value) -> bool {
        self.0.set(i, v.0)
    }
    pub fn remove(&mut self, i: usize) -> Option<Value> {
        self.0.remove(i).map(Value)
    }
    pub fn clear(&mut self) {
        self.0.clear()
    }
}

impl ValueVec {
    /// Take the writer lock.
    #[inline]
    pub fn lock(&self) -> ValueVecWriter<'_> {
        ValueVecWriter(self.0.write())
    }
}

impl Clone for ValueVec {
    fn clone(&self) -> Self {
        ValueVec::from_vec(self.to_vec())
    }
}

/// Byte offset of the GrowVec inside a ValueVec (for JIT templates).
pub const VALUEVEC_GROWVEC_OFFSET: usize = std::mem::offset_of!(ValueVec, 0);
