//! `GrowVec`: a vector of 64-bit words (NaN-boxed values) with lock-free readers and
//! serialized writers, for list items, instance slots and dict entries.
//!
//! Layout: `GrowVec` is one pointer to the current `Buf` (null while empty: no
//! allocation for empty vectors) plus the writers' mutex. A `Buf` is one allocation: a
//! `#[repr(C)]` header `{ len, cap }` immediately followed by `cap` atomic slots
//! (`BUF_*_OFFSET` give the offsets for compiled code).
//!
//! Readers take no lock: load `buf` (Acquire), then its `len` (Acquire), check the index
//! against that `len` (never above that buffer's `cap`), load the slot (Acquire).
//! Writers hold the vector's lock for the whole operation, so they are serialized, and
//! only ever write into the *current* buffer:
//! * within capacity, slots are stored (Release) before `len` is (Release): a reader
//!   that sees the new `len` sees the slots. Slot stores are Release and slot loads
//!   Acquire (free on x86) because a `set` publishes a freshly built object through the
//!   slot alone; the reader must see that object's contents.
//! * growth builds a complete new buffer (copied slots, the new words, `len`), publishes
//!   it with a Release store of `buf`, and *retires* the old one: a reader may still be
//!   reading it. Retired buffers are freed by `reclaim_retired`, which the runtime calls
//!   while the world is stopped (no reader can be mid-read: reads never span a
//!   safepoint). Writers never touch a retired buffer again, so its contents are frozen.
//! * buffers are never freed or shrunk in place. `pop`/`truncate`/`remove` only lower
//!   `len` and leave the old words in their slots, so a reader that loaded an older,
//!   larger `len` still reads a word that was really stored at that index (and its
//!   object is still alive: nothing is collected before that reader's next safepoint,
//!   where it no longer uses the stale `len`).
//!
//! What readers can observe while racing a writer: every word read from index `i` is a
//! word that some writer stored at index `i` (never uninitialised memory or a torn word).
//! Operations that shift in place (`insert`/`remove` within capacity) or rewrite in place
//! (`replace`/`update` when the result fits) are not atomic snapshots for racing
//! readers: an iteration may see a neighbour twice or miss one, as with any unlocked
//! concurrent list mutation. Callers needing consistency across several reads or fields
//! take `write()`.
//!
//! Inline first buffer: an owner that embeds room for a buffer in its own allocation
//! (an instance's slots, allocated with the instance) hands it over with `adopt_inline`.
//! It is the vector's first buffer; growth replaces it like any other, except that it is
//! neither retired nor freed: it lives as long as its owner, and a reader can only be
//! reading it while it holds the owner. The `inline_first` flag says whether the current
//! buffer is that one (cleared by the first `publish`).
//!
//! Single-mutator mode (`set_multi_mutator(false)`, the process default): while only one
//! guest thread exists nobody can race a writer or read a buffer behind its back, so
//! writers skip the lock (the one-shot operations run inline at the caller, the locking
//! path is out of line) and growth frees the old buffer at once instead of retiring it
//! (no other thread can hold it, and no operation keeps a buffer pointer past its own
//! call: `for_each`'s callback must not write the vector). The runtime switches to
//! locking before it starts a second thread. Loom models always lock; the unit tests
//! that run writers on several threads switch locking on.

use crate::sync::{lock, AtomicPtr, AtomicU64, AtomicU8, AtomicUsize, Mutex, MutexGuard, Ordering};
use std::alloc::{self, Layout};
use std::ptr;

use Ordering::{Acquire, Relaxed, Release};

/// Header of a buffer; `cap` atomic slots follow it in the same allocation.
#[repr(C)]
struct Buf {
    len: AtomicUsize,
    cap: usize,
    /// Zero-sized: marks where the slots start (and aligns them).
    slots: [AtomicU64; 0],
}

/// Offsets inside a buffer, for compiled code that reads a `GrowVec` inline.
#[cfg(not(loom))]
pub const BUF_LEN_OFFSET: usize = std::mem::offset_of!(Buf, len);
#[cfg(not(loom))]
pub const BUF_CAP_OFFSET: usize = std::mem::offset_of!(Buf, cap);
#[cfg(not(loom))]
pub const BUF_SLOTS_OFFSET: usize = std::mem::offset_of!(Buf, slots);
/// Offset of the buffer pointer inside a `GrowVec` (null when empty).
#[cfg(not(loom))]
pub const GROWVEC_BUF_OFFSET: usize = std::mem::offset_of!(GrowVec, buf);

fn buf_layout(cap: usize) -> Layout {
    let slots = Layout::array::<AtomicU64>(cap).expect("GrowVec capacity overflow");
    let (l, off) = Layout::new::<Buf>()
        .extend(slots)
        .expect("GrowVec capacity overflow");
    debug_assert_eq!(off, std::mem::offset_of!(Buf, slots));
    l.pad_to_align()
}

/// A pointer to slot `i` of buffer `p`.
///
/// # Safety
/// `p` must be a live (current or retired) buffer and `i < (*p).cap`.
#[inline(always)]
unsafe fn slot<'a>(p: *mut Buf, i: usize) -> &'a AtomicU64 {
    // SAFETY: (caller) p is a live buffer of cap > i initialised slots. The pointer is
    // derived from `p` (the whole allocation), not from a reference to the header.
    unsafe { &*ptr::addr_of!((*p).slots).cast::<AtomicU64>().add(i) }
}

/// Allocate a buffer of `cap > 0` slots holding `len` words `word(0..len)` (zeros after).
fn alloc_buf(cap: usize, len: usize, mut word: impl FnMut(usize) -> u64) -> *mut Buf {
    assert!(cap > 0 && len <= cap);
    let layout = buf_layout(cap);
    // SAFETY: layout has non-zero size (the header alone is non-empty).
    let p = unsafe { alloc::alloc(layout) } as *mut Buf;
    if p.is_null() {
        alloc::handle_alloc_error(layout);
    }
    // SAFETY: p is a fresh allocation of `layout`: room for the header and cap slots.
    // Every field and slot is initialised before the buffer is published.
    unsafe {
        ptr::addr_of_mut!((*p).len).write(AtomicUsize::new(len));
        ptr::addr_of_mut!((*p).cap).write(cap);
        let s = ptr::addr_of_mut!((*p).slots).cast::<AtomicU64>();
        for i in 0..initialised_slots(len, cap) {
            s.add(i)
                .write(AtomicU64::new(if i < len { word(i) } else { 0 }));
        }
    }
    p
}

/// How many of a new buffer's `cap` slots are written when it is made with `len`
/// words: only those, since no reader or writer reads a slot at or past `len` before
/// a writer stored it (every read is bounds-checked against a `len` that grows only
/// after its slots were stored; an instance's shape covers only stored slots). Zeroing
/// the rest was a `memset` on every instance construction and list growth. Loom's
/// atomics are real objects: under loom every slot is made.
#[inline(always)]
fn initialised_slots(len: usize, cap: usize) -> usize {
    if cfg!(loom) {
        cap
    } else {
        len
    }
}

/// Free a buffer.
///
/// # Safety
/// `p` came from `alloc_buf` and no thread can access it any more.
unsafe fn free_buf(p: *mut Buf) {
    // SAFETY: (caller) exclusive access; cap was written by alloc_buf.
    unsafe {
        let cap = (*p).cap;
        // Plain atomics have nothing to drop (and slots never stored are not values at
        // all: `initialised_slots`); loom's are objects, all made.
        if cfg!(loom) {
            let s = ptr::addr_of_mut!((*p).slots).cast::<AtomicU64>();
            ptr::drop_in_place(ptr::slice_from_raw_parts_mut(s, cap));
        }
        ptr::drop_in_place(ptr::addr_of_mut!((*p).len));
        alloc::dealloc(p as *mut u8, buf_layout(cap));
    }
}

/// A Python-style index (negative counts from `len`) as a position; out-of-range
/// negative indices become `usize` values `>= len`.
#[inline(always)]
fn wrap_index(i: i64, len: usize) -> usize {
    if i < 0 {
        // len <= isize::MAX (it counts allocated words): no overflow; a still-negative
        // sum wraps to a huge usize, which every caller treats as out of range.
        (i + len as i64) as usize
    } else {
        i as usize
    }
}

/// Capacity after growth to hold at least `needed` words.
fn grown(cap: usize, needed: usize) -> usize {
    needed.max(cap * 2).max(4)
}

// ---------------------------------------------------------------------------------------
// Retired buffers: a global list, freed only while the world is stopped.

/// A buffer no longer reachable from any `GrowVec`, still maybe being read.
struct Retired(*mut Buf);

// SAFETY: a retired buffer is owned by the retire list alone (no writer touches it again);
// moving that ownership between threads is fine.
unsafe impl Send for Retired {}

struct RetireList {
    bufs: Vec<Retired>,
    bytes: usize,
}

impl RetireList {
    const fn new() -> Self {
        RetireList {
            bufs: Vec::new(),
            bytes: 0,
        }
    }

    /// Free everything; returns the bytes freed.
    ///
    /// # Safety
    /// No thread may be reading any of the buffers.
    unsafe fn free_all(&mut self) -> usize {
        for Retired(p) in self.bufs.drain(..) {
            // SAFETY: (caller) no reader; retired buffers are unreachable from writers.
            unsafe { free_buf(p) };
        }
        std::mem::take(&mut self.bytes)
    }
}

impl Drop for RetireList {
    /// The process-wide list is a static and never dropped; under loom it is a per-model
    /// lazy static dropped when the execution ends, after every model thread finished.
    fn drop(&mut self) {
        // SAFETY: dropping the list means no GrowVec operation can be in flight (see above).
        unsafe { self.free_all() };
    }
}

#[cfg(not(loom))]
static RETIRED: Mutex<RetireList> = Mutex::new(RetireList::new());

#[cfg(not(loom))]
fn with_retired<R>(f: impl FnOnce(&mut RetireList) -> R) -> R {
    f(&mut lock(&RETIRED))
}

// Under loom a std static would outlive each execution (and its mutex would be invisible
// to the model); loom's lazy_static is per execution and its Mutex is modeled.
#[cfg(loom)]
loom::lazy_static! {
    static ref RETIRED: Mutex<RetireList> = Mutex::new(RetireList::new());
}

#[cfg(loom)]
fn with_retired<R>(f: impl FnOnce(&mut RetireList) -> R) -> R {
    f(&mut lock(&RETIRED))
}

fn retire(p: *mut Buf) {
    if p.is_null() {
        return;
    }
    // SAFETY: p is a live buffer (the caller just unpublished it, holding the vec's lock).
    let bytes = buf_layout(unsafe { (*p).cap }).size();
    let _over = with_retired(|r| {
        r.bufs.push(Retired(p));
        r.bytes += bytes;
        r.bytes > RECLAIM_TRIGGER_BYTES
    });
    #[cfg(not(loom))]
    if _over {
        RECLAIM_WANTED.store(true, Relaxed);
        let hook = RECLAIM_HOOK.load(Relaxed);
        if !hook.is_null() {
            // SAFETY: only `set_reclaim_hook` stores this pointer, and it stores a `fn()`.
            let hook: fn() = unsafe { std::mem::transmute::<*mut (), fn()>(hook) };
            hook();
        }
    }
}

/// Retired bytes past which the runtime should stop the world and reclaim them even if
/// the heap itself does not need a collection (code that only shuffles list items or
/// deletes attributes allocates retired buffers but few objects).
const RECLAIM_TRIGGER_BYTES: usize = 64 << 20;
#[cfg(not(loom))]
static RECLAIM_WANTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
/// A `fn()` called on the retiring thread while retired bytes exceed the trigger (null:
/// none). The runtime's hook makes that thread's next safepoint collect, so the
/// safepoint fast path needs no extra load for this.
#[cfg(not(loom))]
static RECLAIM_HOOK: std::sync::atomic::AtomicPtr<()> =
    std::sync::atomic::AtomicPtr::new(ptr::null_mut());

/// Whether enough retired memory is waiting that a safepoint should collect.
#[cfg(not(loom))]
#[inline(always)]
pub fn reclaim_wanted() -> bool {
    RECLAIM_WANTED.load(Relaxed)
}

/// Install the function called (on the retiring thread) while more than the trigger's
/// worth of retired buffers waits for `reclaim_retired`.
#[cfg(not(loom))]
pub fn set_reclaim_hook(f: fn()) {
    RECLAIM_HOOK.store(f as *mut (), Relaxed);
}

/// Free every retired buffer; returns the bytes freed.
///
/// # Safety
/// No thread may be inside a `GrowVec` read (or holding a word loaded from a stale `len`
/// it will still index with): call only while the world is stopped, or when no other
/// thread can touch any `GrowVec`.
pub unsafe fn reclaim_retired() -> usize {
    #[cfg(not(loom))]
    RECLAIM_WANTED.store(false, Relaxed);
    with_retired(|r| {
        // SAFETY: (caller) no reader can be reading a retired buffer.
        unsafe { r.free_all() }
    })
}

/// Bytes currently held by retired buffers (waiting for `reclaim_retired`).
pub fn retired_bytes() -> usize {
    with_retired(|r| r.bytes)
}

// ---------------------------------------------------------------------------------------

/// Whether more than one mutator thread exists (see `set_multi_mutator`).
#[cfg(not(loom))]
static MULTI_MUTATOR: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Writers lock only when another mutator may touch the same vector. The runtime sets
/// this to true on the parent thread *before* it starts a second thread (so the parent's
/// later writes lock), and back to false (release) once only one thread is left; that
/// thread's acquire load then orders its unlocked writes after the others' last ones.
#[cfg(not(loom))]
pub fn set_multi_mutator(on: bool) {
    MULTI_MUTATOR.store(on, Release);
}
#[cfg(not(loom))]
#[inline(always)]
pub fn multi_mutator() -> bool {
    MULTI_MUTATOR.load(Acquire)
}
/// The flag's address, for compiled code that stores without the lock only while it is
/// false (a byte load: 0 = single mutator).
#[cfg(not(loom))]
pub fn multi_mutator_flag() -> *const u8 {
    MULTI_MUTATOR.as_ptr() as *const u8
}
/// Under loom every model has several threads: always lock.
#[cfg(loom)]
#[inline(always)]
fn multi_mutator() -> bool {
    true
}

#[repr(C)]
pub struct GrowVec {
    /// The current buffer; null when nothing was ever stored (or after `shrink_to_fit` of
    /// an empty vector).
    buf: AtomicPtr<Buf>,
    /// Serializes writers.
    lock: Mutex<()>,
    /// 1 while the current buffer is the owner's inline one (`adopt_inline`): never
    /// retired or freed. Written only by writers (under the lock in multi-mutator mode).
    inline_first: AtomicU8,
}

// GrowVec is Send + Sync automatically (an atomic pointer and a mutex): every access to
// the shared buffer goes through atomics, and only lock holders write.

impl Default for GrowVec {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for GrowVec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.to_vec()).finish()
    }
}

impl Drop for GrowVec {
    #[inline]
    fn drop(&mut self) {
        let p = self.buf.load(Relaxed);
        if !p.is_null() && self.inline_first.load(Relaxed) == 0 {
            // SAFETY: `&mut self`: no reader or writer of this vector remains; the current
            // buffer is owned by it alone (retired ones belong to the retire list). A
            // reader of *this* vector racing its drop would be a use-after-free of the
            // vector itself, ruled out by the owner (the GC frees objects only while the
            // world is stopped).
            unsafe { free_buf(p) };
        }
    }
}

impl GrowVec {
    #[inline]
    pub fn new() -> Self {
        Self::from_raw(ptr::null_mut())
    }

    #[inline]
    pub fn with_capacity(n: usize) -> Self {
        if n == 0 {
            return Self::new();
        }
        Self::from_raw(alloc_buf(n, 0, |_| 0))
    }

    pub fn from_slice(w: &[u64]) -> Self {
        if w.is_empty() {
            return Self::new();
        }
        Self::from_raw(alloc_buf(w.len(), w.len(), |i| w[i]))
    }

    /// A vector of exactly `n` words, word `i` being `word(i)` (built straight into its
    /// buffer: no intermediate `Vec`).
    pub fn from_fn(n: usize, word: impl FnMut(usize) -> u64) -> Self {
        if n == 0 {
            return Self::new();
        }
        Self::from_raw(alloc_buf(n, n, word))
    }

    #[inline]
    fn from_raw(p: *mut Buf) -> Self {
        GrowVec {
            buf: AtomicPtr::new(p),
            lock: Mutex::new(()),
            inline_first: AtomicU8::new(0),
        }
    }

    /// Bytes an inline buffer of `cap` words takes (header and slots), 8-aligned.
    pub const fn inline_bytes(cap: usize) -> usize {
        std::mem::size_of::<Buf>() + cap * 8
    }

    /// Make the `inline_bytes(cap)` bytes at `mem` this vector's (empty) first buffer.
    /// The vector must have no buffer yet and must not be shared with other threads yet.
    ///
    /// # Safety
    /// `mem` is 8-aligned, valid for writes of `inline_bytes(cap)` bytes, used for
    /// nothing else, and stays allocated as long as this vector and any reader of it
    /// (the owner embeds it in its own allocation).
    #[inline]
    pub unsafe fn adopt_inline(&self, mem: *mut u8, cap: usize) {
        // SAFETY: (caller) as required here; no words to fill.
        unsafe { self.adopt_inline_with(mem, cap, 0, |_| 0) }
    }

    /// `adopt_inline`, the buffer already holding `len` words, word `i` being `word(i)`
    /// (a list built straight into its own allocation).
    ///
    /// # Safety
    /// As for `adopt_inline`; `len <= cap`.
    #[inline]
    pub unsafe fn adopt_inline_with(
        &self,
        mem: *mut u8,
        cap: usize,
        len: usize,
        mut word: impl FnMut(usize) -> u64,
    ) {
        assert!(cap > 0 && len <= cap && self.buf.load(Relaxed).is_null());
        let p = mem as *mut Buf;
        // SAFETY: (caller) room for the header and cap slots, exclusively ours; every
        // field and slot is initialised before the pointer is stored.
        unsafe {
            ptr::addr_of_mut!((*p).len).write(AtomicUsize::new(len));
            ptr::addr_of_mut!((*p).cap).write(cap);
            let s = ptr::addr_of_mut!((*p).slots).cast::<AtomicU64>();
            for i in 0..initialised_slots(len, cap) {
                s.add(i)
                    .write(AtomicU64::new(if i < len { word(i) } else { 0 }));
            }
        }
        self.inline_first.store(1, Relaxed);
        // Release like any publication (the owner's own publication orders it too).
        self.buf.store(p, Release);
    }

    /// The current buffer for a reader (Acquire: its header and slots are initialised).
    #[inline(always)]
    fn snapshot(&self) -> *mut Buf {
        self.buf.load(Acquire)
    }

    #[inline]
    pub fn len(&self) -> usize {
        let p = self.snapshot();
        if p.is_null() {
            return 0;
        }
        // SAFETY: a published buffer stays allocated until the next stopped world.
        unsafe { (*p).len.load(Acquire) }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<u64> {
        let p = self.snapshot();
        if p.is_null() {
            return None;
        }
        // SAFETY: p stays allocated until the next stopped world; `len <= cap` always
        // holds for a buffer (writers never store a larger len), so `i < len` is in bounds.
        unsafe {
            let len = (*p).len.load(Acquire);
            debug_assert!(len <= (*p).cap);
            if i < len {
                Some(slot(p, i).load(Acquire))
            } else {
                None
            }
        }
    }

    /// Python-style read: a negative `i` counts from the end (`i + len`); None when out
    /// of range. The length and the word come from one buffer snapshot.
    #[inline(always)]
    pub fn get_signed(&self, i: i64) -> Option<u64> {
        let p = self.snapshot();
        if p.is_null() {
            return None;
        }
        // SAFETY: as in `get`: j < len <= cap of a buffer alive until the next stop.
        unsafe {
            let len = (*p).len.load(Acquire);
            let j = wrap_index(i, len);
            if j < len {
                Some(slot(p, j).load(Acquire))
            } else {
                None
            }
        }
    }

    /// If the vector holds exactly `dst.len()` words, copy them into `dst` last word
    /// first (the order `UNPACK_SEQUENCE` pushes them) from one buffer snapshot and
    /// return true; otherwise leave `dst` alone and return false.
    #[inline]
    pub fn copy_rev_exact(&self, dst: &mut [u64]) -> bool {
        let n = dst.len();
        let p = self.snapshot();
        if p.is_null() {
            return n == 0;
        }
        // SAFETY: as in `get`: every index is below len == n <= cap of a live buffer.
        unsafe {
            if (*p).len.load(Acquire) != n {
                return false;
            }
            for (k, d) in dst.iter_mut().enumerate() {
                *d = slot(p, n - 1 - k).load(Acquire);
            }
        }
        true
    }

    /// Words `i` and `i + 1` from one buffer snapshot (both below its len), e.g. a
    /// dict entry's key and value.
    #[inline]
    pub fn get_pair(&self, i: usize) -> Option<(u64, u64)> {
        self.pair::<false>(i)
    }

    /// Words `i + 1` and `i` of one buffer snapshot, loaded in that order: a reader of
    /// a (key, value) pair whose writers store the key before the value reads the value
    /// first, so a value it sees comes with its own key or a later one (never an older
    /// key paired with a newer value: the dict's keyed read, see runtime/src/dict.rs).
    #[inline]
    pub fn get_pair_value_first(&self, i: usize) -> Option<(u64, u64)> {
        self.pair::<true>(i)
    }

    /// Words `i` and `i + 1` of one buffer snapshot, word `i + 1` loaded first when
    /// `SECOND_FIRST`.
    #[inline(always)]
    fn pair<const SECOND_FIRST: bool>(&self, i: usize) -> Option<(u64, u64)> {
        let p = self.snapshot();
        if p.is_null() {
            return None;
        }
        // SAFETY: as in `get`: i + 1 < len <= cap of a buffer alive until the next stop.
        unsafe {
            let len = (*p).len.load(Acquire);
            if i + 1 >= len {
                return None;
            }
            Some(if SECOND_FIRST {
                let second = slot(p, i + 1).load(Acquire);
                (slot(p, i).load(Acquire), second)
            } else {
                let first = slot(p, i).load(Acquire);
                (first, slot(p, i + 1).load(Acquire))
            })
        }
    }

    /// Call `f` on each word of one buffer snapshot (`0..len` as loaded once).
    /// `f` must not write to this vector: with a single mutator a grown buffer is
    /// freed at once, and this loop would go on reading it.
    pub fn for_each(&self, mut f: impl FnMut(u64)) {
        let p = self.snapshot();
        if p.is_null() {
            return;
        }
        // SAFETY: as in `get`: p is alive and every i < len <= cap is in bounds.
        unsafe {
            let len = (*p).len.load(Acquire);
            for i in 0..len {
                f(slot(p, i).load(Acquire));
            }
        }
    }

    /// Run `f` on one buffer snapshot, for a sequence of reads that must all come from
    /// the same buffer (a hash-table probe). `f` must not write this vector and must not
    /// reach a safepoint (call Python code): the buffer may be retired meanwhile, and
    /// it stays allocated only until this thread's next safepoint.
    #[inline(always)]
    pub fn read<R>(&self, f: impl FnOnce(&Snapshot<'_>) -> R) -> R {
        f(&self.view())
    }

    /// The snapshot `read` hands out, for callers whose reads are not one closure (a
    /// probe loop that must stay inlined). Same contract: no write to this vector and
    /// no safepoint while it is in use.
    #[inline(always)]
    pub fn view(&self) -> Snapshot<'_> {
        let p = self.snapshot();
        let len = if p.is_null() {
            0
        } else {
            // SAFETY: as in `len`.
            unsafe { (*p).len.load(Acquire) }
        };
        Snapshot {
            p,
            len,
            _v: std::marker::PhantomData,
        }
    }

    /// The words of one buffer snapshot.
    pub fn to_vec(&self) -> Vec<u64> {
        let p = self.snapshot();
        if p.is_null() {
            return Vec::new();
        }
        // SAFETY: as in `get`: p is alive and every i < len <= cap is in bounds.
        unsafe {
            let len = (*p).len.load(Acquire);
            let mut v = Vec::with_capacity(len);
            let dst: *mut u64 = v.as_mut_ptr();
            for i in 0..len {
                dst.add(i).write(slot(p, i).load(Acquire));
            }
            // SAFETY: the first `len` elements were just written.
            v.set_len(len);
            v
        }
    }

    pub fn capacity(&self) -> usize {
        let p = self.snapshot();
        if p.is_null() {
            return 0;
        }
        // SAFETY: p is alive (see `len`); cap is immutable.
        unsafe { (*p).cap }
    }

    /// Take the writers' lock: the returned guard has every mutating method plus reads
    /// that are consistent with each other while it is held. With a single mutator
    /// thread in the process (`set_multi_mutator(false)`) no other thread can touch
    /// the vector, so the lock is skipped.
    #[inline]
    pub fn write(&self) -> GrowVecWriter<'_> {
        GrowVecWriter {
            v: self,
            _guard: if multi_mutator() {
                Some(lock(&self.lock))
            } else {
                None
            },
        }
    }

    /// Run one write operation. With a single mutator it runs inline without the lock
    /// (the common case, kept to a flag test plus the operation itself); otherwise it
    /// runs under the lock, out of line so the locking code stays off the fast path.
    #[inline(always)]
    fn writing<R>(&self, f: impl FnOnce(&mut GrowVecWriter<'_>) -> R) -> R {
        if multi_mutator() {
            return self.locked(f);
        }
        f(&mut GrowVecWriter {
            v: self,
            _guard: None,
        })
    }

    #[inline(never)]
    fn locked<R>(&self, f: impl FnOnce(&mut GrowVecWriter<'_>) -> R) -> R {
        f(&mut GrowVecWriter {
            v: self,
            _guard: Some(lock(&self.lock)),
        })
    }

    #[inline]
    pub fn push(&self, w: u64) {
        self.writing(|v| v.push(w))
    }
    #[inline]
    pub fn pop(&self) -> Option<u64> {
        self.writing(|v| v.pop())
    }
    /// Store `w` at `i`; false if `i` is out of range.
    #[inline(always)]
    pub fn set(&self, i: usize, w: u64) -> bool {
        self.writing(|v| v.set(i, w))
    }
    /// Swap words `i` and `j` in place (no-op if either is out of range).
    pub fn swap(&self, i: usize, j: usize) {
        self.writing(|v| v.swap(i, j))
    }
    /// Store `w` at `i` and return the word it replaces (None if out of range).
    pub fn exchange(&self, i: usize, w: u64) -> Option<u64> {
        self.writing(|v| v.exchange(i, w))
    }
    /// Python-style store: a negative `i` counts from the end; false if out of range.
    #[inline(always)]
    pub fn set_signed(&self, i: i64, w: u64) -> bool {
        self.writing(|v| v.set_signed(i, w))
    }
    /// Store the pair (`first`, `second`) at `i`, `i + 1`, second word first (see
    /// `GrowVecWriter::publish_pair`); false if out of range.
    #[inline]
    pub fn publish_pair(&self, i: usize, first: u64, second: u64) -> bool {
        self.writing(|v| v.publish_pair(i, first, second))
    }
    /// Insert at `i` (clamped to `len`).
    pub fn insert(&self, i: usize, w: u64) {
        self.writing(|v| v.insert(i, w))
    }
    pub fn remove(&self, i: usize) -> Option<u64> {
        self.writing(|v| v.remove(i))
    }
    pub fn truncate(&self, n: usize) {
        self.writing(|v| v.truncate(n))
    }
    pub fn clear(&self) {
        self.writing(|v| v.clear())
    }
    #[inline]
    pub fn extend_from_slice(&self, w: &[u64]) {
        self.writing(|v| v.extend_from_slice(w))
    }
    /// Replace the whole contents (a new buffer only if the capacity is too small).
    pub fn replace(&self, w: &[u64]) {
        self.writing(|v| v.replace(w))
    }
    /// Replace the whole contents with a new buffer (see `GrowVecWriter::replace_fresh`).
    pub fn replace_fresh(&self, w: &[u64]) {
        self.writing(|v| v.replace_fresh(w))
    }
    /// Replace the contents with a new buffer built from the current one (see
    /// `GrowVecWriter::rebuild`).
    pub fn rebuild<R>(
        &self,
        n: usize,
        init: u64,
        f: impl FnOnce(&Snapshot<'_>, &mut [u64]) -> R,
    ) -> R {
        self.writing(|v| v.rebuild(n, init, f))
    }
    /// Under the lock: copy out, let `f` edit a `Vec`, write back. For rare O(n) edits.
    pub fn update<R>(&self, f: impl FnOnce(&mut Vec<u64>) -> R) -> R {
        self.writing(|v| v.update(f))
    }
    /// Move the contents to a buffer of exactly `len` (none if empty), retiring the old.
    pub fn shrink_to_fit(&self) {
        self.writing(|v| v.shrink_to_fit())
    }
}

/// One buffer of a `GrowVec` as a reader saw it (see `GrowVec::read`): its `len` was
/// loaded once, and every read is bounds-checked against it.
pub struct Snapshot<'a> {
    p: *mut Buf,
    len: usize,
    _v: std::marker::PhantomData<&'a GrowVec>,
}

impl Snapshot<'_> {
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<u64> {
        if i < self.len {
            // SAFETY: i < len <= cap of a buffer that stays allocated until this
            // thread's next safepoint (the contract of `GrowVec::read`).
            Some(unsafe { slot(self.p, i).load(Acquire) })
        } else {
            None
        }
    }
    /// The words of this snapshot.
    pub fn to_vec(&self) -> Vec<u64> {
        (0..self.len).map_while(|i| self.get(i)).collect()
    }
}

/// The writers' lock of a `GrowVec`, with its mutating operations.
pub struct GrowVecWriter<'a> {
    v: &'a GrowVec,
    _guard: Option<MutexGuard<'a, ()>>,
}

impl GrowVecWriter<'_> {
    /// The current buffer. Relaxed suffices: we hold the lock, which orders us after the
    /// previous writer's publication, and only lock holders store `buf`.
    #[inline(always)]
    fn cur(&self) -> *mut Buf {
        self.v.buf.load(Relaxed)
    }

    /// (buffer, len, cap) of the current buffer; (null, 0, 0) when there is none.
    #[inline(always)]
    fn parts(&self) -> (*mut Buf, usize, usize) {
        let p = self.cur();
        if p.is_null() {
            return (p, 0, 0);
        }
        // SAFETY: the current buffer is alive; only lock holders (us) store its len.
        unsafe { (p, (*p).len.load(Relaxed), (*p).cap) }
    }

    /// Publish `new` as the current buffer and retire `old` (or, with a single
    /// mutator, free it at once).
    fn publish(&mut self, old: *mut Buf, new: *mut Buf) {
        // Release: readers that load `new` see its initialised header and slots.
        self.v.buf.store(new, Release);
        if old.is_null() {
            return;
        }
        if self.v.inline_first.load(Relaxed) != 0 {
            // The owner's inline buffer: it lives as long as the owner, so a racing
            // reader (which holds the owner) may go on reading it; nothing to free.
            self.v.inline_first.store(0, Relaxed);
            return;
        }
        if multi_mutator() {
            retire(old);
        } else {
            // SAFETY: with a single mutator no other thread can be reading `old` (the
            // flag is raised before a second thread starts, and an exiting thread
            // clears it with Release after its last heap access, which our Acquire
            // load orders before this free). This thread holds no pointer to it
            // either: no operation keeps a buffer beyond its own call, except
            // `for_each`, whose callback must not write the vector.
            unsafe { free_buf(old) };
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.parts().1
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn capacity(&self) -> usize {
        self.parts().2
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<u64> {
        let (p, len, _) = self.parts();
        (i < len).then(|| {
            // SAFETY: i < len <= cap of the live current buffer.
            unsafe { slot(p, i).load(Relaxed) }
        })
    }

    pub fn to_vec(&self) -> Vec<u64> {
        let (p, len, _) = self.parts();
        (0..len)
            .map(|i| {
                // SAFETY: i < len <= cap of the live current buffer.
                unsafe { slot(p, i).load(Relaxed) }
            })
            .collect()
    }

    #[inline]
    pub fn push(&mut self, w: u64) {
        let (p, len, cap) = self.parts();
        if len < cap {
            // SAFETY: len < cap: in bounds of the live current buffer.
            unsafe {
                slot(p, len).store(w, Release);
                (*p).len.store(len + 1, Release);
            }
        } else {
            self.push_grow(w);
        }
    }

    /// `push` into a full buffer (out of line: inlined callers keep only the fast path).
    #[inline(never)]
    fn push_grow(&mut self, w: u64) {
        let (p, len, cap) = self.parts();
        let new = alloc_buf(grown(cap, len + 1), len + 1, |i| {
            if i < len {
                // SAFETY: i < len <= cap of the old buffer, alive until retired.
                unsafe { slot(p, i).load(Relaxed) }
            } else {
                w
            }
        });
        self.publish(p, new);
    }

    #[inline]
    pub fn pop(&mut self) -> Option<u64> {
        let (p, len, _) = self.parts();
        if len == 0 {
            return None;
        }
        // SAFETY: len - 1 < len <= cap. The word stays in its slot for racing readers.
        unsafe {
            let w = slot(p, len - 1).load(Relaxed);
            (*p).len.store(len - 1, Release);
            Some(w)
        }
    }

    #[inline(always)]
    pub fn set(&mut self, i: usize, w: u64) -> bool {
        let (p, len, _) = self.parts();
        if i >= len {
            return false;
        }
        // SAFETY: i < len <= cap. Release: publishes the object `w` may point to.
        unsafe { slot(p, i).store(w, Release) };
        true
    }

    pub fn swap(&mut self, i: usize, j: usize) {
        let (p, len, _) = self.parts();
        if i >= len || j >= len {
            return;
        }
        // SAFETY: i, j < len <= cap. Each slot always holds one of the two words.
        unsafe {
            let (a, b) = (slot(p, i).load(Relaxed), slot(p, j).load(Relaxed));
            slot(p, i).store(b, Release);
            slot(p, j).store(a, Release);
        }
    }

    pub fn exchange(&mut self, i: usize, w: u64) -> Option<u64> {
        let (p, len, _) = self.parts();
        if i >= len {
            return None;
        }
        // SAFETY: i < len <= cap. Release: publishes the object `w` may point to.
        unsafe {
            let old = slot(p, i).load(Relaxed);
            slot(p, i).store(w, Release);
            Some(old)
        }
    }

    /// Store the pair (`first`, `second`) at `i`, `i + 1` with `second` stored first: a
    /// reader that loads word `i` and then word `i + 1` and sees this `first` sees this
    /// `second` or a later one (a set slot's key publishes its hash). False if
    /// `i + 1` is out of range.
    #[inline]
    pub fn publish_pair(&mut self, i: usize, first: u64, second: u64) -> bool {
        let (p, len, _) = self.parts();
        if i.checked_add(1).is_none_or(|j| j >= len) {
            return false;
        }
        // SAFETY: i + 1 < len <= cap of the live current buffer. Release stores: the
        // second word before the first.
        unsafe {
            slot(p, i + 1).store(second, Release);
            slot(p, i).store(first, Release);
        }
        true
    }

    /// `set` with a Python-style index (negative counts from the end).
    #[inline(always)]
    pub fn set_signed(&mut self, i: i64, w: u64) -> bool {
        let (p, len, _) = self.parts();
        let j = wrap_index(i, len);
        if j >= len {
            return false;
        }
        // SAFETY: j < len <= cap. Release: publishes the object `w` may point to.
        unsafe { slot(p, j).store(w, Release) };
        true
    }

    pub fn insert(&mut self, i: usize, w: u64) {
        let (p, len, cap) = self.parts();
        let i = i.min(len);
        if len < cap {
            // SAFETY: every index touched is <= len < cap. Shifting right from the end
            // means each slot always holds some word once stored there.
            unsafe {
                for j in (i..len).rev() {
                    slot(p, j + 1).store(slot(p, j).load(Relaxed), Release);
                }
                slot(p, i).store(w, Release);
                (*p).len.store(len + 1, Release);
            }
        } else {
            let new = alloc_buf(grown(cap, len + 1), len + 1, |j| {
                let from = match j.cmp(&i) {
                    std::cmp::Ordering::Less => j,
                    std::cmp::Ordering::Equal => return w,
                    std::cmp::Ordering::Greater => j - 1,
                };
                // SAFETY: from < len <= cap of the old buffer, alive until retired.
                unsafe { slot(p, from).load(Relaxed) }
            });
            self.publish(p, new);
        }
    }

    pub fn remove(&mut self, i: usize) -> Option<u64> {
        let (p, len, _) = self.parts();
        if i >= len {
            return None;
        }
        // SAFETY: every index touched is < len <= cap.
        unsafe {
            let w = slot(p, i).load(Relaxed);
            for j in i..len - 1 {
                slot(p, j).store(slot(p, j + 1).load(Relaxed), Release);
            }
            (*p).len.store(len - 1, Release);
            Some(w)
        }
    }

    pub fn truncate(&mut self, n: usize) {
        let (p, len, _) = self.parts();
        if n < len {
            // SAFETY: p is non-null since len > n >= 0. Slots keep their words.
            unsafe { (*p).len.store(n, Release) };
        }
    }

    pub fn clear(&mut self) {
        self.truncate(0)
    }

    #[inline]
    pub fn extend_from_slice(&mut self, w: &[u64]) {
        if w.is_empty() {
            return;
        }
        let (p, len, cap) = self.parts();
        let n = len + w.len();
        if n <= cap {
            // SAFETY: len + k < n <= cap. Slots first, then len (Release).
            unsafe {
                for (k, &x) in w.iter().enumerate() {
                    slot(p, len + k).store(x, Release);
                }
                (*p).len.store(n, Release);
            }
        } else {
            self.extend_grow(w);
        }
    }

    /// `extend_from_slice` past the capacity (out of line, as `push_grow`).
    #[inline(never)]
    fn extend_grow(&mut self, w: &[u64]) {
        let (p, len, cap) = self.parts();
        let n = len + w.len();
        let new = alloc_buf(grown(cap, n), n, |i| {
            if i < len {
                // SAFETY: i < len <= cap of the old buffer, alive until retired.
                unsafe { slot(p, i).load(Relaxed) }
            } else {
                w[i - len]
            }
        });
        self.publish(p, new);
    }

    pub fn replace(&mut self, w: &[u64]) {
        let (p, len, cap) = self.parts();
        if w.len() <= cap {
            // SAFETY: i < w.len() <= cap; p non-null since cap > 0 or w is empty (then the
            // loop is empty, and p is only dereferenced if non-null below). Only slots
            // below `len` were stored before (`initialised_slots`), so only those are read.
            unsafe {
                for (i, &x) in w.iter().enumerate() {
                    let s = slot(p, i);
                    // Skip unchanged words: no needless cache-line traffic for readers.
                    if i >= len || s.load(Relaxed) != x {
                        s.store(x, Release);
                    }
                }
                if !p.is_null() {
                    (*p).len.store(w.len(), Release);
                }
            }
        } else {
            let new = alloc_buf(w.len(), w.len(), |i| w[i]);
            self.publish(p, new);
        }
    }

    /// Replace the whole contents with a new buffer, always (never rewriting in place,
    /// unlike `replace`): a reader's snapshot keeps the complete old contents, so a
    /// hash table rebuilt this way never shows a probing reader a half-moved table.
    /// An empty `w` leaves no buffer.
    pub fn replace_fresh(&mut self, w: &[u64]) {
        let (p, _, _) = self.parts();
        let new = if w.is_empty() {
            ptr::null_mut()
        } else {
            alloc_buf(w.len(), w.len(), |i| w[i])
        };
        self.publish(p, new);
    }

    /// Replace the contents with a new buffer of `n` words built by `f` from the
    /// current ones, without copying them out first: `f` gets the current buffer (as a
    /// snapshot) and the new words, all `init` at first and seen by nobody else yet.
    /// Then the new buffer is published and the old one retired, as by `replace_fresh`
    /// (so a table rebuilt this way is never seen half-moved). `n == 0`: no buffer.
    pub fn rebuild<R>(
        &mut self,
        n: usize,
        init: u64,
        f: impl FnOnce(&Snapshot<'_>, &mut [u64]) -> R,
    ) -> R {
        let (p, len, _) = self.parts();
        let cur = Snapshot {
            p,
            len,
            _v: std::marker::PhantomData,
        };
        if n == 0 {
            let r = f(&cur, &mut []);
            self.publish(p, ptr::null_mut());
            return r;
        }
        #[cfg(not(loom))]
        let (new, r) = {
            let new = alloc_buf(n, n, |_| init);
            // SAFETY: `new` has n initialised slots and is not published yet, so this
            // thread has the only access. AtomicU64 has the same size and bit validity
            // as u64 and at least its alignment, so the slots can be viewed as u64s.
            let words = unsafe {
                std::slice::from_raw_parts_mut(ptr::addr_of_mut!((*new).slots).cast::<u64>(), n)
            };
            (new, f(&cur, words))
        };
        // Loom's atomics are not plain words: build a vector, then copy it.
        #[cfg(loom)]
        let (new, r) = {
            let mut words = vec![init; n];
            let r = f(&cur, &mut words);
            (alloc_buf(n, n, |i| words[i]), r)
        };
        self.publish(p, new);
        r
    }

    pub fn update<R>(&mut self, f: impl FnOnce(&mut Vec<u64>) -> R) -> R {
        let mut v = self.to_vec();
        // A panic in `f` leaves the vector untouched (nothing written back yet).
        let r = f(&mut v);
        self.replace(&v);
        r
    }

    pub fn shrink_to_fit(&mut self) {
        let (p, len, cap) = self.parts();
        if len == cap {
            return;
        }
        let new = if len == 0 {
            ptr::null_mut()
        } else {
            alloc_buf(len, len, |i| {
                // SAFETY: i < len <= cap of the old buffer, alive until retired.
                unsafe { slot(p, i).load(Relaxed) }
            })
        };
        self.publish(p, new);
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicBool;
    use std::sync::Arc;
    use std::thread;

    /// Serializes these tests: `reclaim_retired` must not run while another test's reader
    /// may be reading a retired buffer, and `retired_bytes` is process-wide.
    static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    /// Also switches writers to locking mode (the process default is the single-mutator
    /// mode, where writers skip the lock): these tests run writers on several threads.
    fn serial() -> std::sync::MutexGuard<'static, ()> {
        let g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
        set_multi_mutator(true);
        g
    }

    /// An inline first buffer holds the first `cap` words; growth moves them out without
    /// retiring or freeing it (its owner frees it), in both writer modes, and a vector
    /// still on its inline buffer drops without freeing it.
    #[test]
    fn inline_first_buffer() {
        let _s = serial();
        for multi in [false, true] {
            set_multi_mutator(multi);
            let mut mem = vec![0u64; GrowVec::inline_bytes(2) / 8];
            let retired_before = retired_bytes();
            {
                let v = GrowVec::new();
                // SAFETY: mem is 8-aligned, big enough, unused elsewhere and outlives v.
                unsafe { v.adopt_inline(mem.as_mut_ptr() as *mut u8, 2) };
                v.push(1);
                v.push(2);
                assert_eq!(v.to_vec(), vec![1, 2]);
                assert_eq!(v.capacity(), 2);
                v.push(3);
                assert_eq!(v.to_vec(), vec![1, 2, 3]);
                assert!(v.capacity() > 2);
                // Growth out of the inline buffer retired nothing.
                assert_eq!(retired_bytes(), retired_before);
            }
            // The inline buffer still holds what was written into it before growth.
            assert_eq!(&mem[..4], &[2, 2, 1, 2]);
            let w = GrowVec::new();
            // SAFETY: as above.
            unsafe { w.adopt_inline(mem.as_mut_ptr() as *mut u8, 2) };
            w.push(9);
            drop(w); // must not free mem
            assert_eq!(mem[2], 9);
        }
        set_multi_mutator(true);
    }

    /// A vector adopting a filled inline buffer (a list built in its own allocation)
    /// reads its words, and growth past it copies them out without retiring it.
    #[test]
    fn inline_first_buffer_filled() {
        let _s = serial();
        for multi in [false, true] {
            set_multi_mutator(multi);
            let mut mem = vec![0u64; GrowVec::inline_bytes(3) / 8];
            let retired_before = retired_bytes();
            let v = GrowVec::new();
            // SAFETY: mem is 8-aligned, big enough, unused elsewhere and outlives v.
            unsafe { v.adopt_inline_with(mem.as_mut_ptr() as *mut u8, 3, 3, |i| 10 + i as u64) };
            assert_eq!(v.to_vec(), vec![10, 11, 12]);
            assert_eq!((v.len(), v.capacity()), (3, 3));
            v.push(13);
            assert_eq!(v.to_vec(), vec![10, 11, 12, 13]);
            assert_eq!(retired_bytes(), retired_before);
            drop(v);
            assert_eq!(&mem[..5], &[3, 3, 10, 11, 12]);
        }
        set_multi_mutator(true);
    }

    #[test]
    fn single_mutator_mode_and_pairs() {
        let _s = serial();
        set_multi_mutator(false);
        let v = GrowVec::new();
        v.extend_from_slice(&[1, 2, 3]);
        v.push(4);
        assert_eq!(v.get_pair(0), Some((1, 2)));
        assert_eq!(v.get_pair(2), Some((3, 4)));
        assert_eq!(v.get_pair(3), None);
        {
            let mut w = v.write();
            w.set(0, 10);
            assert_eq!(w.to_vec(), vec![10, 2, 3, 4]);
        }
        assert_eq!(GrowVec::new().get_pair(0), None);
        set_multi_mutator(true);
    }

    /// With one mutator, growth frees the old buffer at once (nothing is retired); with
    /// several it retires it.
    #[test]
    fn single_mutator_growth_frees_at_once() {
        let _s = serial();
        // SAFETY: tests touching GrowVec are serialized; no reader is running.
        unsafe { reclaim_retired() };
        set_multi_mutator(false);
        let v = GrowVec::with_capacity(1);
        for i in 0..100 {
            v.push(i);
        }
        v.extend_from_slice(&[7; 300]);
        v.insert(0, 5);
        v.replace(&[1; 1000]);
        v.shrink_to_fit();
        assert_eq!(retired_bytes(), 0);
        assert_eq!(v.to_vec(), vec![1; 1000]);
        set_multi_mutator(true);
        v.push(2);
        assert!(retired_bytes() > 0);
        // SAFETY: as above.
        unsafe { reclaim_retired() };
    }

    #[test]
    fn snapshot_reads_and_fresh_replace() {
        let _s = serial();
        for multi in [false, true] {
            set_multi_mutator(multi);
            let v = GrowVec::from_slice(&[1, 2, 3]);
            let (n, w, out) = v.read(|s| (s.len(), s.get(2), s.get(3)));
            assert_eq!((n, w, out), (3, Some(3), None));
            assert_eq!(v.read(|s| s.to_vec()), vec![1, 2, 3]);
            let cap = v.capacity();
            v.replace_fresh(&[4, 5]);
            assert_eq!((v.to_vec(), v.capacity()), (vec![4, 5], 2));
            assert!(cap != 2);
            v.replace_fresh(&[6, 7]); // same size: still a new buffer
            assert_eq!(v.to_vec(), vec![6, 7]);
            v.replace_fresh(&[]);
            assert_eq!((v.len(), v.capacity()), (0, 0));
            assert!(v.read(|s| s.is_empty() && s.get(0).is_none()));
        }
        set_multi_mutator(true);
        // SAFETY: tests touching GrowVec are serialized; no reader is running.
        unsafe { reclaim_retired() };
    }

    #[test]
    fn signed_indices_and_exact_copies() {
        let _s = serial();
        for multi in [false, true] {
            set_multi_mutator(multi);
            let v = GrowVec::from_slice(&[1, 2, 3]);
            assert_eq!(v.get_signed(0), Some(1));
            assert_eq!(v.get_signed(2), Some(3));
            assert_eq!(v.get_signed(3), None);
            assert_eq!(v.get_signed(-1), Some(3));
            assert_eq!(v.get_signed(-3), Some(1));
            assert_eq!(v.get_signed(-4), None);
            assert_eq!(v.get_signed(i64::MIN), None);
            assert_eq!(v.get_signed(i64::MAX), None);
            assert!(v.set_signed(-1, 30));
            assert!(v.set_signed(0, 10));
            assert!(!v.set_signed(3, 0));
            assert!(!v.set_signed(-4, 0));
            assert!(!v.set_signed(i64::MIN, 0));
            assert_eq!(v.to_vec(), vec![10, 2, 30]);
            let mut d = [0; 3];
            assert!(v.copy_rev_exact(&mut d));
            assert_eq!(d, [30, 2, 10]);
            let mut d2 = [0; 2];
            assert!(!v.copy_rev_exact(&mut d2));
            assert_eq!(d2, [0, 0]);
            let e = GrowVec::new();
            assert_eq!((e.get_signed(0), e.get_signed(-1)), (None, None));
            assert!(!e.set_signed(-1, 1));
            assert!(e.copy_rev_exact(&mut []));
            assert!(!e.copy_rev_exact(&mut [0]));
        }
        set_multi_mutator(true);
    }

    #[test]
    fn layout_for_compiled_code() {
        assert_eq!(
            (BUF_LEN_OFFSET, BUF_CAP_OFFSET, BUF_SLOTS_OFFSET),
            (0, 8, 16)
        );
        assert_eq!(GROWVEC_BUF_OFFSET, 0);
        assert_eq!(buf_layout(3).size(), 16 + 24);
    }

    #[test]
    fn basic_ops_match_vec() {
        let _s = serial();
        let v = GrowVec::new();
        let mut m: Vec<u64> = Vec::new();
        assert_eq!((v.len(), v.capacity(), v.get(0)), (0, 0, None));
        assert_eq!(v.pop(), None);
        assert!(!v.set(0, 1));
        for i in 0..10 {
            v.push(i);
            m.push(i);
        }
        assert_eq!(v.to_vec(), m);
        assert_eq!(v.pop(), m.pop());
        assert!(v.set(3, 33));
        m[3] = 33;
        v.insert(0, 100);
        m.insert(0, 100);
        v.insert(5, 55);
        m.insert(5, 55);
        v.insert(1000, 7); // clamped
        m.push(7);
        assert_eq!(v.to_vec(), m);
        assert_eq!(v.remove(2), Some(m.remove(2)));
        assert_eq!(v.remove(100), None);
        v.extend_from_slice(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
        m.extend_from_slice(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
        assert_eq!(v.to_vec(), m);
        v.truncate(4);
        m.truncate(4);
        assert_eq!(v.to_vec(), m);
        assert_eq!(v.get(3), Some(m[3]));
        assert_eq!(v.get(4), None);
        let r = v.update(|x| {
            x.reverse();
            x.push(9);
            x.len()
        });
        m.reverse();
        m.push(9);
        assert_eq!(r, 5);
        assert_eq!(v.to_vec(), m);
        v.replace(&[5; 40]);
        assert_eq!(v.to_vec(), vec![5; 40]);
        v.replace(&[1, 2]);
        assert_eq!(v.to_vec(), vec![1, 2]);
        assert!(v.capacity() >= 40);
        v.shrink_to_fit();
        assert_eq!((v.to_vec(), v.capacity()), (vec![1, 2], 2));
        v.clear();
        assert!(v.is_empty());
        v.shrink_to_fit();
        assert_eq!(v.capacity(), 0);
        let mut seen = Vec::new();
        GrowVec::from_slice(&[4, 5, 6]).for_each(|w| seen.push(w));
        assert_eq!(seen, vec![4, 5, 6]);
        assert_eq!(GrowVec::with_capacity(8).capacity(), 8);
        assert_eq!(format!("{:?}", GrowVec::from_slice(&[1, 2])), "[1, 2]");
    }

    #[test]
    fn writer_guard_keeps_ops_together() {
        let _s = serial();
        let v = GrowVec::from_slice(&[1, 2, 3]);
        {
            let mut w = v.write();
            w.push(4);
            w.set(0, 10);
            assert_eq!(w.get(0), Some(10));
            assert_eq!(w.len(), 4);
            assert_eq!(w.remove(1), Some(2));
            assert_eq!(w.to_vec(), vec![10, 3, 4]);
        }
        assert_eq!(v.to_vec(), vec![10, 3, 4]);
    }

    #[test]
    fn growth_retires_and_reclaim_frees() {
        let _s = serial();
        // SAFETY: tests touching GrowVec are serialized; no reader is running.
        unsafe { reclaim_retired() };
        let v = GrowVec::with_capacity(1);
        v.push(1);
        assert_eq!(retired_bytes(), 0);
        v.push(2); // grows: the cap-1 buffer is retired
        assert_eq!(retired_bytes(), buf_layout(1).size());
        // SAFETY: as above.
        assert_eq!(unsafe { reclaim_retired() }, buf_layout(1).size());
        assert_eq!(retired_bytes(), 0);
        assert_eq!(v.to_vec(), vec![1, 2]);
    }

    /// Readers hammer a vector while writers push, set, pop and insert; every read word
    /// must be one that was stored (the writers only store values with a marker bit).
    #[test]
    fn concurrent_readers_never_see_garbage() {
        let _s = serial();
        const MARK: u64 = 1 << 63;
        let v = Arc::new(GrowVec::new());
        let done = Arc::new(AtomicBool::new(false));
        let mut readers = Vec::new();
        for _ in 0..3 {
            let (v, done) = (v.clone(), done.clone());
            readers.push(thread::spawn(move || {
                let mut n = 0u64;
                while !done.load(Ordering::Relaxed) {
                    let len = v.len();
                    for i in 0..len {
                        if let Some(w) = v.get(i) {
                            assert!(w & MARK != 0, "garbage word {w:#x} at {i}");
                            n += 1;
                        }
                    }
                    v.for_each(|w| assert!(w & MARK != 0));
                }
                n
            }));
        }
        let writers: Vec<_> = (0..2u64)
            .map(|t| {
                let v = v.clone();
                thread::spawn(move || {
                    for k in 0..20_000u64 {
                        let w = MARK | (t << 32) | k;
                        match k % 7 {
                            0..=2 => v.push(w),
                            3 => {
                                v.set(k as usize % 16, w);
                            }
                            4 => {
                                v.pop();
                            }
                            5 => v.insert(k as usize % 8, w),
                            _ => {
                                v.remove(k as usize % 8);
                            }
                        }
                    }
                })
            })
            .collect();
        for w in writers {
            w.join().unwrap();
        }
        done.store(true, Ordering::Relaxed);
        for r in readers {
            r.join().unwrap();
        }
        // Every op mix above: 3 pushes, 1 pop, 1 insert, 1 remove per 7 (set is neutral;
        // pop/remove on short vectors may find nothing), so the length is bounded below.
        assert!(!v.is_empty());
        // SAFETY: all threads joined.
        unsafe { reclaim_retired() };
    }

    #[test]
    fn concurrent_pushes_lose_nothing() {
        let _s = serial();
        let v = Arc::new(GrowVec::new());
        let hs: Vec<_> = (0..4u64)
            .map(|t| {
                let v = v.clone();
                thread::spawn(move || (0..5000u64).for_each(|k| v.push(t * 10_000 + k)))
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        let mut all = v.to_vec();
        all.sort_unstable();
        let mut want: Vec<u64> = (0..4u64)
            .flat_map(|t| (0..5000).map(move |k| t * 10_000 + k))
            .collect();
        want.sort_unstable();
        assert_eq!(all, want);
        // SAFETY: all threads joined.
        unsafe { reclaim_retired() };
    }
}

/// Loom models of the reader/writer protocol. Growth allocates real loom atomics for the
/// new slots, so loom checks that a reader only touches slots whose initialisation
/// happens-before its read (through the Release/Acquire publication of `buf`). Readers
/// are spawned first and the writer runs on the main thread, so loom's initial schedule
/// runs the writer first and its DPOR then moves the reader before each racing store
/// (see `loom_check` for why the opposite shape explores nothing).
#[cfg(all(test, loom))]
mod loom_models {
    use super::*;
    use crate::loom_check::check;
    use loom::cell::UnsafeCell;
    use loom::sync::Arc;
    use loom::thread;

    /// (a) A writer pushes 1, 2, 3 into a cap-1 vector (in place, growth, in place)
    /// while a reader reads: each word seen at index i is i + 1 (never zero or garbage),
    /// `get(i)` is Some below an observed `len`, `len` never decreases, snapshots are
    /// prefixes. Afterwards the retired buffer is reclaimed.
    #[test]
    fn push_past_capacity_with_reader() {
        check("push_past_capacity_with_reader", None, || {
            let v = Arc::new(GrowVec::with_capacity(1));
            let r = {
                let v = v.clone();
                thread::spawn(move || {
                    let mut last = 0;
                    for _ in 0..2 {
                        let len = v.len();
                        assert!(len >= last, "len went backwards");
                        last = len;
                        for i in 0..len {
                            assert_eq!(v.get(i), Some(i as u64 + 1));
                        }
                    }
                    let snap = v.to_vec();
                    assert_eq!(snap, (1..=snap.len() as u64).collect::<Vec<_>>());
                })
            };
            for x in 1..=3 {
                v.push(x);
            }
            r.join().unwrap();
            assert_eq!(v.to_vec(), vec![1, 2, 3]);
            // SAFETY: every other thread of the model has been joined.
            assert!(unsafe { reclaim_retired() } > 0);
            assert_eq!(retired_bytes(), 0);
        });
    }

    /// (a'') As (a), starting from an inline first buffer owned by the shared object: the
    /// reader sees only pushed words while the writer grows out of it, and growth
    /// retires nothing (the owner keeps the inline buffer alive for racing readers).
    #[test]
    fn push_out_of_inline_buffer_with_reader() {
        struct Owner {
            v: GrowVec,
            mem: Box<[u64]>,
        }
        check("push_out_of_inline_buffer_with_reader", None, || {
            let mut o = Owner {
                v: GrowVec::new(),
                mem: vec![0u64; GrowVec::inline_bytes(1) / 8].into_boxed_slice(),
            };
            let mem = o.mem.as_mut_ptr() as *mut u8;
            // SAFETY: the boxed words are 8-aligned, big enough, used for nothing else,
            // and live as long as the owner (and so every reader of `v`).
            unsafe { o.v.adopt_inline(mem, 1) };
            let o = Arc::new(o);
            let r = {
                let o = o.clone();
                thread::spawn(move || {
                    let len = o.v.len();
                    for i in 0..len {
                        assert_eq!(o.v.get(i), Some(i as u64 + 1));
                    }
                })
            };
            o.v.push(1);
            o.v.push(2);
            r.join().unwrap();
            assert_eq!(o.v.to_vec(), vec![1, 2]);
            assert_eq!(retired_bytes(), 0);
        });
    }

    /// (a') The smallest form of (a)'s publication check: a reader that finds index 0
    /// within `len` reads the pushed word, not the slot's initial zero (this needs `len`
    /// loaded with Acquire; loom misses that bug in the larger model (a), see the notes in
    /// PROTOCOLS.md).
    #[test]
    fn pushed_len_publishes_slot() {
        check("pushed_len_publishes_slot", None, || {
            let v = Arc::new(GrowVec::with_capacity(2));
            let r = {
                let v = v.clone();
                thread::spawn(move || {
                    if let Some(x) = v.get(0) {
                        assert_eq!(x, 7);
                    }
                })
            };
            v.push(7);
            r.join().unwrap();
        });
    }

    /// (b) Two writers push concurrently through growth while a reader reads: nothing is
    /// lost, each writer's pushes stay in order, the reader sees only pushed words.
    #[test]
    fn concurrent_pushes_lose_nothing() {
        check("concurrent_pushes_lose_nothing", None, || {
            let v = Arc::new(GrowVec::with_capacity(1));
            let r = {
                let v = v.clone();
                thread::spawn(move || {
                    v.for_each(|w| assert!(matches!(w, 1 | 2 | 10), "read {w}"));
                })
            };
            let a = {
                let v = v.clone();
                thread::spawn(move || {
                    v.push(1);
                    v.push(2);
                })
            };
            v.push(10);
            a.join().unwrap();
            r.join().unwrap();
            let all = v.to_vec();
            let mine: Vec<u64> = all.iter().copied().filter(|&x| x < 10).collect();
            assert_eq!(mine, vec![1, 2]);
            let mut sorted = all.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, vec![1, 2, 10]);
        });
    }

    /// (b') Two in-place pushes (no growth, so no retire-list lock in between): the
    /// writers' mutex is what keeps both. A push that ran unlocked would lose one.
    #[test]
    fn in_place_pushes_are_serialized() {
        check("in_place_pushes_are_serialized", None, || {
            let v = Arc::new(GrowVec::with_capacity(4));
            let a = {
                let v = v.clone();
                thread::spawn(move || v.push(1))
            };
            v.push(2);
            a.join().unwrap();
            let mut all = v.to_vec();
            all.sort_unstable();
            assert_eq!(all, vec![1, 2]);
        });
    }

    /// (b'') A dict entry (key, value) appended with one `extend_from_slice` is seen whole
    /// by `get_pair` or not at all, in place and through growth.
    #[test]
    fn pairs_are_published_whole() {
        check("pairs_are_published_whole", None, || {
            let v = Arc::new(GrowVec::with_capacity(2));
            let r = {
                let v = v.clone();
                thread::spawn(move || {
                    for i in [0, 2] {
                        match v.get_pair(i) {
                            None => {}
                            Some(p) => assert_eq!(p, (i as u64 + 1, i as u64 + 2)),
                        }
                    }
                })
            };
            v.extend_from_slice(&[1, 2]); // fills the capacity in place
            v.extend_from_slice(&[3, 4]); // grows
            r.join().unwrap();
            assert_eq!(v.to_vec(), vec![1, 2, 3, 4]);
        });
    }

    /// (b3) The Python-style reads used by the interpreter's fast paths race a writer
    /// that grows the vector and stores through a negative index: `get_signed(-1)`
    /// reads the last word of the one buffer whose `len` it used, and `copy_rev_exact`
    /// copies a whole snapshot of exactly that length or nothing.
    #[test]
    fn signed_and_exact_reads_race_writer() {
        check("signed_and_exact_reads_race_writer", None, || {
            let v = Arc::new(GrowVec::from_slice(&[1, 2]));
            let r = {
                let v = v.clone();
                thread::spawn(move || {
                    let last = v.get_signed(-1);
                    assert!(matches!(last, Some(2 | 3 | 30)), "last {last:?}");
                    let mut d = [0u64; 2];
                    if v.copy_rev_exact(&mut d) {
                        assert_eq!(d, [2, 1]);
                    } else {
                        assert_eq!(d, [0, 0]);
                    }
                })
            };
            v.push(3); // grows: a new buffer of len 3
            assert!(v.set_signed(-1, 30));
            r.join().unwrap();
            assert_eq!(v.to_vec(), vec![1, 2, 30]);
        });
    }

    /// (e) A hash table rebuilt with `replace_fresh` races a probing reader: the reader
    /// probes one `read` snapshot, which is either the whole old table or the whole new
    /// one, so a key present in both is always found (an in-place `replace` would let
    /// the reader see the key's old slot already cleared and its new slot not yet
    /// written). Tables are (key, hash) word pairs; key 0 marks an empty slot.
    #[test]
    fn replace_fresh_race_probe() {
        check("replace_fresh_race_probe", None, || {
            let v = Arc::new(GrowVec::from_slice(&[10, 1000, 0, 0]));
            let r = {
                let v = v.clone();
                thread::spawn(move || {
                    let found = v.read(|s| (0..s.len() / 2).any(|j| s.get(2 * j) == Some(10)));
                    assert!(found, "key 10 missed during a rebuild");
                })
            };
            // Rebuilt at the same size (as a table with dummies can be), key 10 moved
            // to slot 1.
            v.replace_fresh(&[0, 0, 10, 1000]);
            r.join().unwrap();
            assert_eq!(v.to_vec(), vec![0, 0, 10, 1000]);
            v.replace_fresh(&[]);
            assert_eq!(v.len(), 0);
        });
    }

    /// (f) The set table's slot protocol (runtime/src/set.rs) on a (key, hash) pair:
    /// writers store the hash before the key (`publish_pair`), and a discard only
    /// rewrites the key (to a dummy marker); readers load the key, then the hash. A reader that sees a key
    /// sees that key's hash or one stored after it, never an older one. Keys: 0 empty,
    /// 1 dummy, 10 and 20 real (hash = key * 100).
    #[test]
    fn set_slot_pairs_race_reader() {
        check("set_slot_pairs_race_reader", None, || {
            let v = Arc::new(GrowVec::from_slice(&[0, 0]));
            let r = {
                let v = v.clone();
                thread::spawn(move || {
                    let (k, h) = v.read(|s| (s.get(0).unwrap(), s.get(1).unwrap()));
                    match k {
                        0 | 1 => {}
                        10 => assert!(matches!(h, 1000 | 2000), "key 10 with hash {h}"),
                        20 => assert_eq!(h, 2000),
                        _ => panic!("key {k}"),
                    }
                })
            };
            // add 10, discard it, add 20 into the dummy slot.
            assert!(v.publish_pair(0, 10, 1000));
            assert!(v.set(0, 1));
            assert!(v.publish_pair(0, 20, 2000));
            r.join().unwrap();
            assert_eq!(v.to_vec(), vec![20, 2000]);
        });
    }

    /// (c) `set` then `pop` race a reader. The writer builds an "object" (a plain,
    /// non-atomic cell) before `set` publishes a word naming it; a reader that sees the
    /// word reads the object, which loom flags as a data race unless the slot's
    /// Release/Acquire orders the two. Every word read at index 1 is 20 or 99.
    #[test]
    fn set_and_pop_race_reader() {
        check("set_and_pop_race_reader", None, || {
            let v = Arc::new(GrowVec::from_slice(&[10, 20]));
            let obj = Arc::new(UnsafeCell::new(0u64));
            let r = {
                let (v, obj) = (v.clone(), obj.clone());
                thread::spawn(move || {
                    for _ in 0..2 {
                        assert_eq!(v.get(0), Some(10));
                        match v.get(1) {
                            None | Some(20) => {}
                            Some(99) => {
                                // SAFETY: the writer no longer writes the cell; loom
                                // checks that its write happens-before this read.
                                assert_eq!(obj.with(|p| unsafe { *p }), 42);
                            }
                            other => panic!("index 1 held {other:?}"),
                        }
                    }
                })
            };
            // SAFETY: nobody reads the cell before the word naming it is published.
            obj.with_mut(|p| unsafe { *p = 42 });
            assert!(v.set(1, 99));
            assert_eq!(v.pop(), Some(99));
            r.join().unwrap();
            assert_eq!(v.to_vec(), vec![10]);
        });
    }

    /// (d) In-place shifts (`insert` at the front, `remove`) race a reader: every word
    /// read is one that was stored in the vector.
    #[test]
    fn shifts_race_reader() {
        check("shifts_race_reader", None, || {
            let v = Arc::new(GrowVec::with_capacity(4));
            v.extend_from_slice(&[1, 2]);
            let r = {
                let v = v.clone();
                thread::spawn(move || {
                    let len = v.len();
                    for i in 0..len {
                        let x = v.get(i);
                        assert!(matches!(x, None | Some(1..=3)), "read {x:?}");
                    }
                })
            };
            v.insert(0, 3);
            assert_eq!(v.remove(1), Some(1));
            r.join().unwrap();
            assert_eq!(v.to_vec(), vec![3, 2]);
        });
    }

    /// (k) The dict's lock-free keyed read (runtime/src/dict.rs `keyed_entry`, as the
    /// global and module-attribute ICs use it): a reader that cached key A's entry index
    /// checks the keys version, reads the entry's value then its key, and takes the
    /// value only if the key is A. Compaction (a tombstone dropped, later entries moved
    /// left, the version bumped first) publishes a fresh buffer: a reader still on the
    /// old one sees A with its own value. `compaction_in_place_tears_a_keyed_read` shows
    /// the protocol this replaced (an in-place rewrite read key first) failing.
    fn keyed_read_during_compaction(in_place: bool, value_first: bool) {
        const TOMBSTONE: u64 = 0;
        const A: u64 = 1;
        const B: u64 = 2;
        let v = Arc::new(GrowVec::from_slice(&[TOMBSTONE, 0, A, 10, B, 20]));
        let version = Arc::new(AtomicUsize::new(0));
        let r = {
            let (v, version) = (v.clone(), version.clone());
            thread::spawn(move || {
                // The reader's cache: A at entry 1 (words 2, 3) under version 0.
                if version.load(Acquire) == 0 {
                    let pair = if value_first {
                        v.get_pair_value_first(2)
                    } else {
                        v.get_pair(2)
                    };
                    if let Some((k, val)) = pair {
                        if k == A {
                            assert_eq!(val, 10, "A read with another entry's value");
                        }
                    }
                }
            })
        };
        version.store(1, Release);
        if in_place {
            v.replace(&[A, 10, B, 20]);
        } else {
            v.replace_fresh(&[A, 10, B, 20]);
        }
        r.join().unwrap();
        assert_eq!(v.to_vec(), vec![A, 10, B, 20]);
        // SAFETY: every other thread of the model has been joined.
        unsafe { reclaim_retired() };
    }

    #[test]
    fn compaction_keeps_keyed_reads_whole() {
        check("compaction_keeps_keyed_reads_whole", None, || {
            keyed_read_during_compaction(false, true)
        });
    }

    #[test]
    #[should_panic(expected = "A read with another entry's value")]
    fn compaction_in_place_tears_a_keyed_read() {
        check("compaction_in_place_tears_a_keyed_read", None, || {
            keyed_read_during_compaction(true, false)
        });
    }
    /// (l) The dict's keyed read (`DictTable::keyed_entry`): entry A:10 is removed (its
    /// key cleared, then its value; the vector truncated) and its slot reused by an
    /// append C:30 (key before value, as every entry write) while a reader that cached
    /// A reads the pair. Reading the value first (`get_pair_value_first`), a value it
    /// sees comes with its own key or a later one, so A is never paired with 30;
    /// `keyed_read_key_first_tears` shows the key-first read failing.
    fn keyed_read_during_removal(value_first: bool) {
        const NULL: u64 = 0;
        const A: u64 = 1;
        const C: u64 = 3;
        let v = Arc::new(GrowVec::with_capacity(2));
        v.extend_from_slice(&[A, 10]);
        let r = {
            let v = v.clone();
            thread::spawn(move || {
                let pair = if value_first {
                    v.get_pair_value_first(0)
                } else {
                    v.get_pair(0)
                };
                if let Some((k, val)) = pair {
                    if k == A {
                        assert!(
                            val == 10 || val == NULL,
                            "A read with another entry's value"
                        );
                    }
                }
            })
        };
        v.set(0, NULL);
        v.set(1, NULL);
        v.truncate(0);
        v.extend_from_slice(&[C, 30]);
        r.join().unwrap();
        assert_eq!(v.to_vec(), vec![C, 30]);
    }

    #[test]
    fn keyed_read_value_first_never_tears() {
        check("keyed_read_value_first_never_tears", None, || {
            keyed_read_during_removal(true)
        });
    }

    #[test]
    #[should_panic(expected = "A read with another entry's value")]
    fn keyed_read_key_first_tears() {
        check("keyed_read_key_first_tears", None, || {
            keyed_read_during_removal(false)
        });
    }
}
