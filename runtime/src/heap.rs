//! The garbage-collected heap: object headers, allocation, and a precise,
//! non-moving mark-sweep collector.
//!
//! Every heap object is an `Obj<T>`: an 8-byte `Header` (kind, mark bit) followed by
//! its payload `T`. The kinds are listed once in `for_each_kind!`; tracing and
//! freeing dispatch on the kind.
//!
//! Allocation is per thread (`ThreadHeap` in a thread-local): no lock on the
//! allocation path. Collections happen only at safepoints (calls, loop back-edges),
//! where every live value is in a frame slot, a global, a constant, or an explicit
//! root (`Roots`). The collector is stop-the-world: the thread that wants to collect
//! raises the safepoint poll word (`kiln_threads::safepoint`), every mutator parks,
//! the collector marks from all threads' roots and sweeps every thread's object list.

use crate::object::*;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};

macro_rules! for_each_kind {
    ($m:ident) => {
        $m! {
            Str(StrObj), Int(IntObj), List(ListObj), Tuple(TupleObj), Dict(DictObj),
            Set(SetObj), Func(FuncObj), Code(CodeObj), Class(ClassObj), Exc(ExcObj),
            Module(ModuleObj), Cell(CellObj), BoundMethod(BoundMethodObj),
            Builtin(BuiltinObj), Range(RangeObj), Slice(SliceObj), Iter(IterObj),
            Generator(GenObj), File(FileObj), Property(PropertyObj), DictView(DictViewObj),
            Instance(InstanceObj), StaticMethod(StaticMethodObj), ClassMethod(ClassMethodObj),
            Super(SuperObj), MappingProxy(MappingProxyObj), Native(NativeObj),
            Bytes(BytesObj), ByteArray(ByteArrayObj)
        }
    };
}

macro_rules! define_kinds {
    ($($k:ident($t:ty)),* $(,)?) => {
        /// The heap layout of an object (not its Python class: see `types::type_of`).
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum ObjKind { $($k),* }
        $(impl Payload for $t { const KIND: ObjKind = ObjKind::$k; })*

        /// Trace the payload of `h` (kind-dispatched).
        ///
        /// # Safety
        /// `h` must be a live object header.
        unsafe fn trace_object(h: *mut Header, m: &mut Marker) {
            // SAFETY: the kind says which Obj<T> this header starts.
            unsafe {
                match (*h).kind { $(ObjKind::$k => (*(h as *mut Obj<$t>)).data.trace(m)),* }
            }
        }
        /// Whether objects of this kind hold no references (`Trace::LEAF`).
        #[inline(always)]
        fn kind_is_leaf(kind: ObjKind) -> bool {
            match kind { $(ObjKind::$k => <$t as Trace>::LEAF),* }
        }
        /// Free the object at `h`.
        ///
        /// # Safety
        /// `h` must be an unreachable object allocated by `alloc`.
        unsafe fn free_object(h: *mut Header) {
            // SAFETY: allocated by `alloc` or `alloc_with_tail` as Obj<T>, T given by
            // the kind.
            unsafe {
                match (*h).kind { $(ObjKind::$k => free_typed::<$t>(h)),* }
            }
        }
    };
}
for_each_kind!(define_kinds);

/// Header flag: the object was allocated by `alloc_with_tail`; `aux` holds the tail's
/// size in words.
const HAS_TAIL: u16 = 1;

/// Free an `Obj<T>` (the `free_object` dispatch target).
///
/// # Safety
/// `h` is an unreachable `Obj<T>` allocated by `alloc` or `alloc_with_tail`.
unsafe fn free_typed<T>(h: *mut Header) {
    // SAFETY: (caller) `alloc` made it a Box<Obj<T>>; `alloc_with_tail` allocated
    // `tail_layout::<T>(aux)` and wrote an Obj<T> at its start.
    unsafe {
        if (*h).flags & HAS_TAIL == 0 {
            drop(Box::from_raw(h as *mut Obj<T>));
        } else {
            let layout = tail_layout::<T>((*h).aux as usize);
            std::ptr::drop_in_place(h as *mut Obj<T>);
            std::alloc::dealloc(h as *mut u8, layout);
        }
    }
}

/// The allocation of an `Obj<T>` followed by `words` 8-byte words.
fn tail_layout<T>(words: usize) -> std::alloc::Layout {
    let obj = std::alloc::Layout::new::<Obj<T>>();
    debug_assert!(obj.size() % 8 == 0 && obj.align() >= 8);
    std::alloc::Layout::from_size_align(obj.size() + words * 8, obj.align())
        .expect("object tail size")
}

#[repr(C)]
pub struct Header {
    pub kind: ObjKind,
    mark: AtomicU8,
    pub flags: u16,
    pub aux: u32,
}

impl Header {
    /// The header of a new, unmarked object.
    #[inline(always)]
    const fn fresh(kind: ObjKind, flags: u16, aux: u32) -> Header {
        Header {
            kind,
            mark: AtomicU8::new(0),
            flags,
            aux,
        }
    }
}

#[repr(C)]
pub struct Obj<T> {
    pub header: Header,
    pub data: T,
}

/// A type that can live on the heap. `trace` reports every Value it holds.
pub trait Payload: Sized + 'static {
    const KIND: ObjKind;
}

pub trait Trace {
    /// The payload never holds references to other objects (its `trace` is empty):
    /// the marker sets its mark without putting it on the work list.
    const LEAF: bool = false;
    fn trace(&self, m: &mut Marker);
}

/// Marking work list.
pub struct Marker {
    stack: Vec<*mut Header>,
}

impl Marker {
    #[inline]
    pub fn mark(&mut self, v: Value) {
        if v.is_ptr() {
            let h = v.ptr_bits() as *mut Header;
            // SAFETY: pointer values address live headers.
            let mark = unsafe { &(*h).mark };
            if mark.load(Ordering::Relaxed) == 0 {
                mark.store(1, Ordering::Relaxed);
                // SAFETY: as above.
                if !kind_is_leaf(unsafe { (*h).kind }) {
                    self.stack.push(h);
                }
            }
        }
    }
    pub fn mark_all(&mut self, vs: &[Value]) {
        for &v in vs {
            self.mark(v);
        }
    }
}

/// GC policy numbers.
const MIN_OBJECT_TRIGGER: usize = 30_000;
const MIN_BYTE_TRIGGER: usize = 8 << 20;

/// `--gc-interval=N` (0 = off): every thread's object budget is N, whatever the live
/// set, so collections happen at nearly every safepoint (GC stress testing).
static GC_INTERVAL: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

pub fn set_gc_interval(n: usize) {
    GC_INTERVAL.store(n, Ordering::Relaxed);
    HEAP.with(|h| h.borrow_mut().object_trigger = n);
}

fn object_budget(share: usize) -> usize {
    match GC_INTERVAL.load(Ordering::Relaxed) {
        0 => MIN_OBJECT_TRIGGER.max(share),
        n => n,
    }
}

/// Per-thread allocator: the list of objects this thread allocated.
pub struct ThreadHeap {
    objects: Vec<*mut Header>,
    objects_since_gc: usize,
    bytes_since_gc: usize,
    /// The part of `bytes_since_gc` that is object sizes (not `note_bytes` buffers).
    object_bytes_since_gc: usize,
    object_trigger: usize,
    byte_trigger: usize,
}

impl ThreadHeap {
    const fn new() -> Self {
        ThreadHeap {
            objects: Vec::new(),
            objects_since_gc: 0,
            bytes_since_gc: 0,
            object_bytes_since_gc: 0,
            object_trigger: MIN_OBJECT_TRIGGER,
            byte_trigger: MIN_BYTE_TRIGGER,
        }
    }
}

thread_local! {
    // const-initialised and without drop glue (ManuallyDrop): the allocation path is a
    // plain thread-local access, with no lazy-init or destructor-registration check
    // (with drop glue, every access went through an out-of-line `LocalKey::with`,
    // ~3 ns of each instance construction). Nothing is lost at thread exit: a thread
    // hands its objects over (`take_objects`) before it detaches, leaving the vector
    // empty.
    static HEAP: std::mem::ManuallyDrop<RefCell<ThreadHeap>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(ThreadHeap::new())) };
    /// Set once the allocation budget since the last collection is spent; the
    /// safepoint poll reads only this flag (one TLS load on the hot path).
    static WANTS_GC: Cell<bool> = const { Cell::new(false) };
    /// `set_poll_countdown`'s pointer.
    static POLL_COUNTDOWN: Cell<*mut u32> = const { Cell::new(std::ptr::null_mut()) };
    /// The mark stack, reused by every collection this thread runs.
    static GC_BUFFERS: RefCell<(Vec<*mut Header>,)> = const { RefCell::new((Vec::new(),)) };
}

/// Allocate an object. Never collects: collection happens only at safepoints.
#[inline]
pub fn alloc<T: Payload>(data: T) -> Value {
    let b = Box::new(Obj {
        header: Header::fresh(T::KIND, 0, 0),
        data,
    });
    let p = Box::into_raw(b);
    record_alloc(p as *mut Header, std::mem::size_of::<Obj<T>>());
    Value::from_ptr(p)
}

/// `alloc` for a payload built in place by `init` (which must initialise all of it):
/// a large payload passed by value was assembled on the stack and copied, and the
/// copy's wide loads stalled on the narrow stores that built it.
#[inline]
pub fn alloc_in_place<T: Payload>(init: impl FnOnce(*mut T)) -> Value {
    let layout = std::alloc::Layout::new::<Obj<T>>();
    // SAFETY: the layout is non-empty (the header alone is).
    let p = unsafe { std::alloc::alloc(layout) } as *mut Obj<T>;
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    // SAFETY: p is a fresh allocation for an Obj<T>: the header is written here and the
    // payload by `init` (its contract), before anything reads either.
    unsafe {
        std::ptr::addr_of_mut!((*p).header).write(Header::fresh(T::KIND, 0, 0));
        init(std::ptr::addr_of_mut!((*p).data));
    }
    record_alloc(p as *mut Header, layout.size());
    Value::from_ptr(p)
}

/// Put a new object on this thread's list and charge it to the collection budget
/// (one non-generic function: every allocation shares its thread-local access).
#[inline]
fn record_alloc(p: *mut Header, bytes: usize) {
    // Only the address is taken inside `with`: a closure this small inlines, so the
    // access is a plain thread-pointer offset (with the whole body inside, `with`
    // stayed out of line and reached the slot through LocalKey's accessor pointer:
    // a call plus an indirect call on every allocation).
    let heap: *const RefCell<ThreadHeap> = HEAP.with(|h| &**h as *const _);
    // SAFETY: the thread-local lives as long as this thread; `RefCell` still checks
    // the borrow.
    let mut h = unsafe { &*heap }.borrow_mut();
    h.objects.push(p);
    h.objects_since_gc += 1;
    h.bytes_since_gc += bytes;
    h.object_bytes_since_gc += bytes;
    if h.objects_since_gc >= h.object_trigger || h.bytes_since_gc >= h.byte_trigger {
        drop(h);
        want_collection();
    }
}

/// Allocate an object followed by `words` 8-byte words of tail that belong to it (an
/// instance's inline slot buffer): one allocation instead of two. Returns the object
/// and the tail's address (uninitialised; the caller initialises it before publishing
/// the object). Freed with the object.
#[inline]
pub fn alloc_with_tail<T: Payload>(data: T, words: u32) -> (Value, *mut u8) {
    let layout = tail_layout::<T>(words as usize);
    // SAFETY: the layout is non-empty (the header alone is).
    let p = unsafe { std::alloc::alloc(layout) } as *mut Obj<T>;
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    // SAFETY: p is a fresh allocation with room for an Obj<T> at its start.
    unsafe {
        p.write(Obj {
            header: Header::fresh(T::KIND, HAS_TAIL, words),
            data,
        })
    };
    record_alloc(p as *mut Header, layout.size());
    // SAFETY: the tail starts right after the Obj<T>, inside the allocation.
    let tail = unsafe { (p as *mut u8).add(std::mem::size_of::<Obj<T>>()) };
    (Value::from_ptr(p), tail)
}

/// Account for memory an object owns outside its header (vector buffers, strings).
#[inline]
pub fn note_bytes(n: usize) {
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        h.bytes_since_gc += n;
        if h.bytes_since_gc >= h.byte_trigger {
            want_collection();
        }
    });
}

/// Whether enough was allocated since the last collection that a safepoint should collect.
#[inline]
pub fn wants_collection() -> bool {
    WANTS_GC.with(|w| w.get())
}

/// Register the countdown this thread's machine code polls at (`Vm::jit_budget`;
/// null: none). When the allocation budget is spent the allocator sets it to 1, so
/// compiled code reaches a safepoint at its next call or loop back-edge, as the
/// interpreter does, instead of up to a whole countdown later (which let big
/// allocations, long ints, pile up).
pub fn set_poll_countdown(p: *mut u32) {
    POLL_COUNTDOWN.with(|c| c.set(p));
}

/// The registered countdown, if any.
pub fn poll_countdown() -> *mut u32 {
    POLL_COUNTDOWN.with(|c| c.get())
}

/// Raise this thread's wants-a-collection flag and make compiled code poll soon.
#[cold]
fn want_collection() {
    WANTS_GC.with(|w| w.set(true));
    let p = poll_countdown();
    if !p.is_null() {
        // SAFETY: a registered countdown is a live field of this thread's Vm (the Vm
        // unregisters it when dropped); only this thread reads or writes it.
        unsafe { p.write(1) };
    }
}

/// Make this thread's next safepoint collect (the GrowVec reclaim hook: many retired
/// buffers are waiting, see `kiln_threads::set_reclaim_hook`).
pub fn request_collection() {
    want_collection();
}

pub struct GcStats {
    pub live: usize,
    pub freed: usize,
}

/// A thread's heap as the stop-the-world collector sees it: raw pointers into that
/// thread's thread-locals, valid while the thread is attached (see `guest.rs`). The
/// collector touches them only while the owner is stopped (parked or in native code),
/// and the safepoint handshake orders those accesses with the owner's.
#[derive(Clone, Copy)]
pub struct HeapHandle {
    heap: *mut ThreadHeap,
    wants: *const Cell<bool>,
}
// SAFETY: see the type's doc: used only by the collector while the owner is stopped.
unsafe impl Send for HeapHandle {}

/// The calling thread's heap handle.
pub fn current_heap() -> HeapHandle {
    HeapHandle {
        heap: HEAP.with(|h| h.as_ptr()),
        wants: WANTS_GC.with(|w| w as *const Cell<bool>),
    }
}

/// Hand over every object the calling thread allocated (it is detaching: its objects
/// may still be referenced by other threads; the collector sweeps them as orphans).
pub fn take_objects() -> Vec<*mut Header> {
    HEAP.with(|h| std::mem::take(&mut h.borrow_mut().objects))
}

/// Collections and objects freed over the whole process.
static COLLECTIONS: AtomicU64 = AtomicU64::new(0);
static FREED_TOTAL: AtomicU64 = AtomicU64::new(0);

/// Free the unmarked objects of `list` and clear the marks of the rest.
fn sweep(list: &mut Vec<*mut Header>) -> usize {
    /// How many objects ahead the sweep prefetches headers: the list is in allocation
    /// order, so the headers it reaches are scattered over the heap and mostly out of
    /// cache by the time of the collection.
    const PREFETCH_AHEAD: usize = 8;
    let n = list.len();
    let mut kept = 0;
    for i in 0..n {
        #[cfg(target_arch = "x86_64")]
        if let Some(&ahead) = list.get(i + PREFETCH_AHEAD) {
            // SAFETY: a prefetch never faults and changes no program state.
            unsafe {
                std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                    ahead as *const i8,
                )
            };
        }
        let o = list[i];
        // SAFETY: every pointer in an object list is an allocated header until freed here.
        let mark = unsafe { &(*o).mark };
        if mark.load(Ordering::Relaxed) != 0 {
            mark.store(0, Ordering::Relaxed);
            list[kept] = o;
            kept += 1;
        } else {
            // SAFETY: unmarked after a full mark from all roots => unreachable.
            unsafe { free_object(o) };
        }
    }
    list.truncate(kept);
    n - kept
}

/// A whole-heap collection with the world stopped: mark from the roots
/// `enumerate_roots` reports (every thread's stack and the runtime roots), then sweep
/// every attached thread's object list and the orphans of detached threads.
///
/// # Safety
/// Every thread whose heap is in `heaps` must be stopped (or be the caller), and every
/// object reachable from a mutator must be reported as a root or be reachable from one.
pub unsafe fn collect_world(
    enumerate_roots: impl FnOnce(&mut Marker),
    heaps: &[HeapHandle],
    orphans: &mut Vec<*mut Header>,
) -> GcStats {
    // The mark stack is kept between collections: allocating it afresh each time
    // faulted in (and zeroed) new pages on every collection.
    let stack = GC_BUFFERS.with(|b| std::mem::take(&mut b.borrow_mut().0));
    let mut m = Marker { stack };
    enumerate_roots(&mut m);
    while let Some(h) = m.stack.pop() {
        // SAFETY: only live headers are pushed on the mark stack.
        unsafe { trace_object(h, &mut m) };
    }
    let mut freed = sweep(orphans);
    let mut live = orphans.len();
    for hh in heaps {
        // SAFETY: the owner is stopped (caller's contract), so nothing else touches its
        // heap; a stopped thread is never inside `alloc` (no borrow is active).
        let h = unsafe { &mut *hh.heap };
        freed += sweep(&mut h.objects);
        live += h.objects.len();
    }
    // Budgets restart for every thread; the next trigger scales with the live set
    // divided among the threads that allocate it.
    let share = live / heaps.len().max(1);
    for hh in heaps {
        // SAFETY: as above.
        let h = unsafe { &mut *hh.heap };
        // The byte budget scales with the live set too, at the object size this thread
        // allocated since the last collection (big buffers left out: garbage strings
        // must not inflate it): a fixed 8 MiB made a program with a large live set of
        // small objects (600k: 55k suspended asyncio tasks) collect every ~70k
        // allocations, each collection marking all of it.
        let bytes_per_object = h.object_bytes_since_gc / h.objects_since_gc.max(1);
        h.objects_since_gc = 0;
        h.bytes_since_gc = 0;
        h.object_bytes_since_gc = 0;
        h.object_trigger = object_budget(share);
        h.byte_trigger = MIN_BYTE_TRIGGER.max(share.saturating_mul(bytes_per_object));
        // SAFETY: as above; the flag is only read by its owner at safepoints.
        unsafe { (*hh.wants).set(false) };
    }
    COLLECTIONS.fetch_add(1, Ordering::Relaxed);
    FREED_TOTAL.fetch_add(freed as u64, Ordering::Relaxed);
    m.stack.clear();
    GC_BUFFERS.with(|b| b.borrow_mut().0 = m.stack);
    GcStats { live, freed }
}

/// Every object this thread allocated and still owns (its object list), as values.
/// Only while this is the only mutator, or with the world stopped.
pub fn for_each_own_object(mut f: impl FnMut(Value)) {
    let list: Vec<*mut Header> = HEAP.with(|h| h.borrow().objects.clone());
    for h in list {
        f(Value::from_ptr(h as *const Obj<()>));
    }
}

/// (objects this thread owns, collections so far, objects freed so far).
pub fn heap_stats() -> (usize, u64, u64) {
    (
        HEAP.with(|h| h.borrow().objects.len()),
        COLLECTIONS.load(Ordering::Relaxed),
        FREED_TOTAL.load(Ordering::Relaxed),
    )
}
