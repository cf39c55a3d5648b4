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
use std::sync::atomic::{AtomicU8, Ordering};

macro_rules! for_each_kind {
    ($m:ident) => {
        $m! {
            Str(StrObj), Int(IntObj), List(ListObj), Tuple(TupleObj), Dict(DictObj),
            Set(SetObj), Func(FuncObj), Code(CodeObj), Class(ClassObj), Exc(ExcObj),
            Module(ModuleObj), Cell(CellObj), BoundMethod(BoundMethodObj),
            Builtin(BuiltinObj), Range(RangeObj), Slice(SliceObj), Iter(IterObj),
            Generator(GenObj), File(FileObj), Property(PropertyObj), DictView(DictViewObj),
            Instance(InstanceObj), StaticMethod(StaticMethodObj), ClassMethod(ClassMethodObj),
            Super(SuperObj), MappingProxy(MappingProxyObj)
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
        /// Free the object at `h`.
        ///
        /// # Safety
        /// `h` must be an unreachable object allocated by `alloc`.
        unsafe fn free_object(h: *mut Header) {
            // SAFETY: allocated as Box<Obj<T>> with T given by the kind.
            unsafe {
                match (*h).kind { $(ObjKind::$k => drop(Box::from_raw(h as *mut Obj<$t>))),* }
            }
        }
    };
}
for_each_kind!(define_kinds);

#[repr(C)]
pub struct Header {
    pub kind: ObjKind,
    mark: AtomicU8,
    pub flags: u16,
    pub aux: u32,
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
                self.stack.push(h);
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
const MIN_OBJECT_TRIGGER: usize = 200_000;
const MIN_BYTE_TRIGGER: usize = 64 << 20;

/// Per-thread allocator: the list of objects this thread allocated.
pub struct ThreadHeap {
    objects: Vec<*mut Header>,
    objects_since_gc: usize,
    bytes_since_gc: usize,
    object_trigger: usize,
    byte_trigger: usize,
    pub collections: u64,
    pub freed_total: u64,
}

impl ThreadHeap {
    const fn new() -> Self {
        ThreadHeap {
            objects: Vec::new(),
            objects_since_gc: 0,
            bytes_since_gc: 0,
            object_trigger: MIN_OBJECT_TRIGGER,
            byte_trigger: MIN_BYTE_TRIGGER,
            collections: 0,
            freed_total: 0,
        }
    }
}

thread_local! {
    // const-initialised: no lazy-init check on the allocation path.
    static HEAP: RefCell<ThreadHeap> = const { RefCell::new(ThreadHeap::new()) };
    /// Set once the allocation budget since the last collection is spent; the
    /// safepoint poll reads only this flag (one TLS load on the hot path).
    static WANTS_GC: Cell<bool> = const { Cell::new(false) };
    /// (mark stack, visited list), reused by every collection on this thread.
    static GC_BUFFERS: RefCell<(Vec<*mut Header>, Vec<*mut Header>)> = const { RefCell::new((Vec::new(), Vec::new())) };
}

/// Allocate an object. Never collects: collection happens only at safepoints.
#[inline]
pub fn alloc<T: Payload>(data: T) -> Value {
    let b = Box::new(Obj {
        header: Header {
            kind: T::KIND,
            mark: AtomicU8::new(0),
            flags: 0,
            aux: 0,
        },
        data,
    });
    let p = Box::into_raw(b);
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        h.objects.push(p as *mut Header);
        h.objects_since_gc += 1;
        h.bytes_since_gc += std::mem::size_of::<Obj<T>>();
        if h.objects_since_gc >= h.object_trigger || h.bytes_since_gc >= h.byte_trigger {
            WANTS_GC.with(|w| w.set(true));
        }
    });
    Value::from_ptr(p)
}

/// Account for memory an object owns outside its header (vector buffers, strings).
#[inline]
pub fn note_bytes(n: usize) {
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        h.bytes_since_gc += n;
        if h.bytes_since_gc >= h.byte_trigger {
            WANTS_GC.with(|w| w.set(true));
        }
    });
}

/// Whether enough was allocated since the last collection that a safepoint should collect.
#[inline]
pub fn wants_collection() -> bool {
    WANTS_GC.with(|w| w.get())
}

pub struct GcStats {
    pub live: usize,
    pub freed: usize,
}

/// Mark from the roots `enumerate_roots` reports, then sweep this thread's objects.
pub fn collect(enumerate_roots: impl FnOnce(&mut Marker)) -> GcStats {
    // The mark stack and visited list are kept between collections: allocating them
    // afresh each time faulted in (and zeroed) new pages on every collection.
    let (stack, mut visited) = GC_BUFFERS.with(|b| std::mem::take(&mut *b.borrow_mut()));
    let mut m = Marker { stack };
    enumerate_roots(&mut m);
    while let Some(h) = m.stack.pop() {
        visited.push(h);
        // SAFETY: only live headers are pushed on the mark stack.
        unsafe { trace_object(h, &mut m) };
    }
    let stats = HEAP.with(|h| {
        let mut h = h.borrow_mut();
        let before = h.objects.len();
        h.objects.retain(|&o| {
            // SAFETY: every pointer in `objects` is an allocated header until freed here.
            let mark = unsafe { &(*o).mark };
            if mark.load(Ordering::Relaxed) != 0 {
                mark.store(0, Ordering::Relaxed);
                true
            } else {
                // SAFETY: unmarked after a full mark from all roots => unreachable.
                unsafe { free_object(o) };
                false
            }
        });
        let live = h.objects.len();
        let freed = before - live;
        h.collections += 1;
        h.freed_total += freed as u64;
        h.objects_since_gc = 0;
        h.bytes_since_gc = 0;
        h.object_trigger = MIN_OBJECT_TRIGGER.max(live);
        h.byte_trigger = MIN_BYTE_TRIGGER;
        WANTS_GC.with(|w| w.set(false));
        GcStats { live, freed }
    });
    // Objects owned by another thread's heap (e.g. runtime roots made by whichever
    // thread ran `rt::init`) are not swept here; clear their marks so the next
    // collection traces through them again.
    for &h in &visited {
        // SAFETY: marked objects are reachable, hence not freed by the sweep.
        unsafe { (*h).mark.store(0, Ordering::Relaxed) };
    }
    visited.clear();
    m.stack.clear();
    GC_BUFFERS.with(|b| *b.borrow_mut() = (m.stack, visited));
    stats
}

pub fn heap_stats() -> (usize, u64, u64) {
    HEAP.with(|h| {
        let h = h.borrow();
        (h.objects.len(), h.collections, h.freed_total)
    })
}
