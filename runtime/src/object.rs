//! Payload types of heap objects and what each one traces.
//!
//! Layouts are plain Rust structs behind the `Obj<T>` header (see heap.rs).
//! Operations on them live in `ops/` and `builtins/`; this file only defines data.

use crate::bytecode::CodeObject;
use crate::dict::DictTable;
use crate::heap::{Marker, Trace};
use crate::interp::Vm;
use crate::set::SetTable;
use crate::value::Value;
use crate::valuevec::ValueVec;
use num_bigint::BigInt;
use std::sync::atomic::{AtomicI64, AtomicU32, AtomicU64, AtomicUsize, Ordering};

pub type PyResult<T> = Result<T, Raised>;
/// Marker for "an exception is pending in `Vm::exc`".
#[derive(Debug, Clone, Copy)]
pub struct Raised;

pub struct StrObj {
    pub s: StrData,
    /// Cached hash; 0 means not computed yet.
    pub hash: AtomicI64,
    pub nchars: usize,
    /// A non-ASCII str's char index: the byte offset of every `STR_INDEX_STEP`th char
    /// (`nchars / STR_INDEX_STEP + 1` words), built at the first indexing that needs it
    /// and published with one CAS; null until then. Makes `s[i]` and slicing
    /// O(STR_INDEX_STEP) instead of O(i).
    char_index: std::sync::atomic::AtomicPtr<usize>,
}

/// Chars between two entries of a str's char index.
const STR_INDEX_STEP: usize = 64;

/// A str's characters: its own allocation, or a prefix of a growable buffer shared
/// with other strs (what `+` builds, so `s += t` in a loop appends in place instead
/// of copying `s` each time; see `StrObj::concat`), or, up to `INLINE_STR_MAX` bytes,
/// in the object itself (one allocation per short str instead of two; the enum is no
/// bigger for it). Derefs to `str`.
pub enum StrData {
    Owned(Box<str>),
    Shared(SharedStr),
    Inline(InlineStr),
}

/// The longest str kept inline in its `StrObj`.
pub const INLINE_STR_MAX: usize = 22;

/// Up to `INLINE_STR_MAX` bytes of UTF-8 stored in place.
pub struct InlineStr {
    len: u8,
    bytes: [u8; INLINE_STR_MAX],
}

const _: () = assert!(std::mem::size_of::<StrData>() == 24);

/// `len` bytes at the start of a `SharedBuf`.
pub struct SharedStr {
    buf: std::ptr::NonNull<SharedBuf>,
    len: usize,
}

// SAFETY: the bytes below `len` are never written again (appends go past `fill`,
// which only grows), and the buffer is freed by the last owner (`refs`).
unsafe impl Send for SharedStr {}
unsafe impl Sync for SharedStr {}

/// Header of a shared string buffer; `cap` bytes follow it. `fill` is how many bytes
/// some str already owns; an append claims `fill..fill+n` with one CAS from the
/// appended-to str's own length, so only the str ending at `fill` can extend in place.
#[repr(C)]
struct SharedBuf {
    refs: AtomicUsize,
    fill: AtomicUsize,
    cap: usize,
    bytes: [u8; 0],
}

impl SharedBuf {
    fn layout(cap: usize) -> std::alloc::Layout {
        std::alloc::Layout::new::<SharedBuf>()
            .extend(std::alloc::Layout::array::<u8>(cap).expect("str too large"))
            .expect("str too large")
            .0
            .pad_to_align()
    }
    /// A buffer of `cap` bytes holding `parts` concatenated (one reference).
    fn with(parts: &[&str], cap: usize) -> std::ptr::NonNull<SharedBuf> {
        let len: usize = parts.iter().map(|p| p.len()).sum();
        debug_assert!(len <= cap);
        // SAFETY: the layout has a nonzero size (the header); every header field is
        // written before use and the first `len` bytes are copied in.
        unsafe {
            let p = std::alloc::alloc(Self::layout(cap)) as *mut SharedBuf;
            let Some(nn) = std::ptr::NonNull::new(p) else {
                std::alloc::handle_alloc_error(Self::layout(cap));
            };
            p.write(SharedBuf {
                refs: AtomicUsize::new(1),
                fill: AtomicUsize::new(len),
                cap,
                bytes: [],
            });
            let mut at = (*p).bytes.as_mut_ptr();
            for part in parts {
                std::ptr::copy_nonoverlapping(part.as_ptr(), at, part.len());
                at = at.add(part.len());
            }
            nn
        }
    }
}

impl SharedStr {
    fn header(&self) -> &SharedBuf {
        // SAFETY: the buffer lives while any SharedStr refers to it.
        unsafe { self.buf.as_ref() }
    }
}

impl Drop for SharedStr {
    fn drop(&mut self) {
        if self.header().refs.fetch_sub(1, Ordering::AcqRel) == 1 {
            let cap = self.header().cap;
            // SAFETY: the last reference; allocated by `SharedBuf::with` with `cap`.
            unsafe { std::alloc::dealloc(self.buf.as_ptr() as *mut u8, SharedBuf::layout(cap)) };
        }
    }
}

impl std::ops::Deref for StrData {
    type Target = str;
    #[inline(always)]
    fn deref(&self) -> &str {
        match self {
            StrData::Owned(b) => b,
            // SAFETY: the first `len` bytes were copied from a str (valid UTF-8).
            StrData::Inline(i) => unsafe {
                std::str::from_utf8_unchecked(&i.bytes[..i.len as usize])
            },
            StrData::Shared(sh) => {
                // SAFETY: the first `len` bytes were copied in from strs (valid UTF-8)
                // before this SharedStr was made, and are never written again.
                unsafe {
                    let p = std::ptr::addr_of!((*sh.buf.as_ptr()).bytes) as *const u8;
                    std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, sh.len))
                }
            }
        }
    }
}

impl PartialEq for StrData {
    fn eq(&self, other: &StrData) -> bool {
        **self == **other
    }
}
impl PartialOrd for StrData {
    fn partial_cmp(&self, other: &StrData) -> Option<std::cmp::Ordering> {
        (**self).partial_cmp(&**other)
    }
}

impl StrObj {
    pub fn new(s: Box<str>) -> StrObj {
        let nchars = Self::count_chars(&s);
        StrObj::from_data(StrData::Owned(s), nchars)
    }
    /// An inline str of `len` zero bytes and `nchars` chars, for `fill_inline` to write
    /// in place once allocated: built as whole words, the object moves into its
    /// allocation without the store-forwarding stall a freshly byte-copied buffer
    /// caused (a third of a short slice's time).
    pub fn inline_blank(len: usize, nchars: usize) -> StrObj {
        debug_assert!(len <= INLINE_STR_MAX);
        StrObj::from_data(
            StrData::Inline(InlineStr {
                len: len as u8,
                bytes: [0; INLINE_STR_MAX],
            }),
            nchars,
        )
    }
    /// Write an `inline_blank` str's bytes (`parts` concatenated, exactly its length),
    /// before it is published.
    pub fn fill_inline(&mut self, parts: &[&str]) {
        if let StrData::Inline(i) = &mut self.s {
            let mut at = 0;
            for p in parts {
                i.bytes[at..at + p.len()].copy_from_slice(p.as_bytes());
                at += p.len();
            }
            debug_assert_eq!(i.len as usize, at);
        }
    }
    /// The char count of `s`.
    #[inline]
    pub fn count_chars(s: &str) -> usize {
        if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        }
    }
    fn from_data(s: StrData, nchars: usize) -> StrObj {
        StrObj {
            s,
            hash: AtomicI64::new(0),
            nchars,
            char_index: std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
        }
    }
    /// `a + b` (both non-empty). Appends in place when `a` ends its shared buffer and
    /// the buffer has room, so repeated `s += t` is amortised O(len(t)) per step.
    pub fn concat(a: &StrObj, b: &StrObj) -> StrObj {
        let total = a.s.len() + b.s.len();
        let nchars = a.nchars + b.nchars;
        if let StrData::Shared(sa) = &a.s {
            let h = sa.header();
            if total <= h.cap
                && h.fill
                    .compare_exchange(sa.len, total, Ordering::AcqRel, Ordering::Relaxed)
                    .is_ok()
            {
                // SAFETY: the CAS made this thread the only writer of sa.len..total,
                // which is within the buffer (total <= cap) and read by no str yet.
                unsafe {
                    let p = std::ptr::addr_of_mut!((*sa.buf.as_ptr()).bytes) as *mut u8;
                    std::ptr::copy_nonoverlapping(b.s.as_ptr(), p.add(sa.len), b.s.len());
                }
                h.refs.fetch_add(1, Ordering::Relaxed);
                let shared = SharedStr {
                    buf: sa.buf,
                    len: total,
                };
                return StrObj::from_data(StrData::Shared(shared), nchars);
            }
        }
        // A str built by `+` that is appended to again starts a buffer with room to
        // double (amortised in-place appends from then on); a first concatenation gets
        // an exact-size one, so one-off `a + b` results waste no memory.
        let grown = matches!(a.s, StrData::Shared(_));
        if total >= 64 || grown {
            let cap = if grown {
                total.saturating_mul(2)
            } else {
                total
            };
            let buf = SharedBuf::with(&[&a.s, &b.s], cap);
            return StrObj::from_data(StrData::Shared(SharedStr { buf, len: total }), nchars);
        }
        let mut out = String::with_capacity(total);
        out.push_str(&a.s);
        out.push_str(&b.s);
        StrObj::from_data(StrData::Owned(out.into_boxed_str()), nchars)
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    /// The byte offset of char `ci` (the end for `ci >= nchars`).
    pub fn byte_offset(&self, ci: usize) -> usize {
        if self.is_ascii() {
            return ci.min(self.s.len());
        }
        if ci >= self.nchars {
            return self.s.len();
        }
        if ci < STR_INDEX_STEP {
            return self
                .s
                .char_indices()
                .nth(ci)
                .map_or(self.s.len(), |(b, _)| b);
        }
        let index = self.char_index();
        let from = index[ci / STR_INDEX_STEP];
        self.s[from..]
            .char_indices()
            .nth(ci % STR_INDEX_STEP)
            .map_or(self.s.len(), |(b, _)| from + b)
    }
    /// The char index of byte offset `b` (a char boundary).
    pub fn char_offset(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        if b < 4 * STR_INDEX_STEP {
            return self.s[..b].chars().count();
        }
        let index = self.char_index();
        // The last indexed char at or before b, then count the rest.
        let k = index.partition_point(|&o| o <= b).saturating_sub(1);
        k * STR_INDEX_STEP + self.s[index[k]..b].chars().count()
    }
    fn char_index(&self) -> &[usize] {
        use std::sync::atomic::Ordering as O;
        let n = self.nchars / STR_INDEX_STEP + 1;
        let mut p = self.char_index.load(O::Acquire);
        if p.is_null() {
            let table: Box<[usize]> = self
                .s
                .char_indices()
                .step_by(STR_INDEX_STEP)
                .map(|(b, _)| b)
                .chain(std::iter::repeat(self.s.len()))
                .take(n)
                .collect();
            let fresh = Box::into_raw(table) as *mut usize;
            match self.char_index.compare_exchange(
                std::ptr::null_mut(),
                fresh,
                O::AcqRel,
                O::Acquire,
            ) {
                Ok(_) => p = fresh,
                Err(won) => {
                    // SAFETY: `fresh` came from Box::into_raw of an n-word slice just
                    // above and was never published.
                    drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(fresh, n)) });
                    p = won;
                }
            }
        }
        // SAFETY: a published table has exactly n words and lives as long as self.
        unsafe { std::slice::from_raw_parts(p, n) }
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != 0 {
            return h;
        }
        let h = bytes_hash(self.s.as_bytes());
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}
impl Trace for StrObj {
    const LEAF: bool = true;
    fn trace(&self, _: &mut Marker) {}
}
impl Drop for StrObj {
    fn drop(&mut self) {
        let p = *self.char_index.get_mut();
        if !p.is_null() {
            let n = self.nchars / STR_INDEX_STEP + 1;
            // SAFETY: a non-null index was published by `char_index` as an n-word box.
            drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(p, n)) });
        }
    }
}

/// The hash of a str's UTF-8 bytes, or of a bytes object's: FNV-1a (CPython randomises
/// str and bytes hashes, so any good hash will do; like CPython's, an ASCII str and
/// the bytes of its characters hash alike). Never 0 or -1.
pub fn bytes_hash(data: &[u8]) -> i64 {
    let mut x: u64 = 0xcbf29ce484222325;
    for &b in data {
        x ^= b as u64;
        x = x.wrapping_mul(0x100000001b3);
    }
    let h = (x >> 1) as i64;
    if h == 0 || h == -1 {
        1
    } else {
        h
    }
}

/// An immutable `bytes` object.
pub struct BytesObj {
    pub data: Box<[u8]>,
}
impl Trace for BytesObj {
    const LEAF: bool = true;
    fn trace(&self, _: &mut Marker) {}
}

/// A `bytearray`: mutable bytes. Guest threads may share one, so the buffer sits
/// behind a lock, held only for a copy in or out or one edit (never across Python
/// code or a safepoint).
pub struct ByteArrayObj {
    pub data: parking_lot::Mutex<Vec<u8>>,
}
impl Trace for ByteArrayObj {
    const LEAF: bool = true;
    fn trace(&self, _: &mut Marker) {}
}

/// An int outside the small (48-bit) range. `I64` keeps 64-bit values cheap.
pub enum IntObj {
    I64(i64),
    Big(BigInt),
}
impl Trace for IntObj {
    const LEAF: bool = true;
    fn trace(&self, _: &mut Marker) {}
}

// The builtin containers carry `cls` and `dict` as CPython's objects do: an instance
// of a user subclass (`class C(list)`) IS a list whose `cls` names the subclass (NULL
// for a plain instance of the builtin type) and whose `dict` holds its attributes
// (NULL until the first attribute store). Construct with `new`, never a literal.

pub struct ListObj {
    /// Lock-free to read, locked to write (shared by guest threads; see valuevec.rs).
    pub items: ValueVec,
    /// The user subclass this list is an instance of, or NULL for a plain list.
    pub cls: Value,
    /// Instance attribute dict (subclass instances only), or NULL.
    pub dict: Value,
}
impl Trace for ListObj {
    fn trace(&self, m: &mut Marker) {
        self.items.trace(m);
        m.mark(self.cls);
        m.mark(self.dict);
    }
}

pub struct TupleObj {
    pub items: Box<[Value]>,
    /// The user subclass, or NULL for a plain tuple.
    pub cls: Value,
    /// Instance attribute dict (subclass instances only), or NULL.
    pub dict: Value,
}
impl TupleObj {
    #[inline(always)]
    pub fn new(items: Box<[Value]>) -> TupleObj {
        TupleObj {
            items,
            cls: Value::NULL,
            dict: Value::NULL,
        }
    }
}
impl Trace for TupleObj {
    fn trace(&self, m: &mut Marker) {
        m.mark_all(&self.items);
        m.mark(self.cls);
        m.mark(self.dict);
    }
}

pub struct DictObj {
    pub table: DictTable,
    /// The user subclass, or NULL for a plain dict.
    pub cls: Value,
    /// Instance attribute dict (subclass instances only), or NULL.
    pub dict: Value,
}
impl DictObj {
    #[inline(always)]
    pub fn new(table: DictTable) -> DictObj {
        DictObj {
            table,
            cls: Value::NULL,
            dict: Value::NULL,
        }
    }
}
impl Trace for DictObj {
    fn trace(&self, m: &mut Marker) {
        self.table.trace(m);
        m.mark(self.cls);
        m.mark(self.dict);
    }
}

pub struct SetObj {
    pub table: SetTable,
    pub frozen: bool,
    /// The user subclass, or NULL for a plain set/frozenset.
    pub cls: Value,
    /// Instance attribute dict (subclass instances only), or NULL.
    pub dict: Value,
}
impl SetObj {
    #[inline(always)]
    pub fn new(table: SetTable, frozen: bool) -> SetObj {
        SetObj {
            table,
            frozen,
            cls: Value::NULL,
            dict: Value::NULL,
        }
    }
}
impl Trace for SetObj {
    fn trace(&self, m: &mut Marker) {
        self.table.trace(m);
        m.mark(self.cls);
        m.mark(self.dict);
    }
}

pub struct FuncObj {
    pub code: Value,
    pub globals: Value,
    pub name: Value,
    pub qualname: Value,
    /// Tuple of positional defaults, or NULL.
    pub defaults: Value,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: Value,
    /// Tuple of cells, or NULL.
    pub closure: Value,
    /// Attribute dict (`f.attr = ...`, `__doc__`), or NULL.
    pub dict: Value,
    pub doc: Value,
    pub module: Value,
}
impl Trace for FuncObj {
    fn trace(&self, m: &mut Marker) {
        for v in [
            self.code,
            self.globals,
            self.name,
            self.qualname,
            self.defaults,
            self.kwdefaults,
            self.closure,
            self.dict,
            self.doc,
            self.module,
        ] {
            m.mark(v)
        }
    }
}

pub struct CodeObj {
    pub code: CodeObject,
}
impl Trace for CodeObj {
    fn trace(&self, m: &mut Marker) {
        m.mark_all(&self.code.consts);
        m.mark_all(&self.code.names);
        m.mark(self.code.name);
        m.mark(self.code.qualname);
        m.mark(self.code.filename);
        m.mark(self.code.doc);
    }
}

/// What a class's instances look like in memory; builtin types name their kind.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    NoneType,
    Exception,
    /// `type` and its subclasses (metaclasses): instances are classes.
    Type,
    Other,
}

pub struct ClassObj {
    pub name: Value,
    pub bases: Vec<Value>,
    pub mro: Vec<Value>,
    pub dict: Value,
    pub layout: Layout,
    pub module: Value,
    /// A fresh number (from `next_class_version`, never reused) whenever the class or
    /// any base changes, so `(version, name)` identifies a lookup result. Stored last
    /// (Release) by a mutation, after the dict and `flags`; read with `version()`.
    pub version: AtomicU64,
    /// `__qualname__` (NULL: same as name).
    pub qualname: Value,
    /// The metaclass, or NULL for `type`.
    pub meta: Value,
    /// Created by `type(...)`/a class statement (attributes writable).
    pub heap: bool,
    /// `CF_*` bits: which special methods user code overrides (recomputed on change,
    /// before `version`); read with `flags()`.
    pub flags: AtomicU32,
    /// Direct subclasses (strong references: classes are long-lived), for version bumps.
    /// A `ValueVec`: pushed by class creation on any thread, read by mutations.
    pub subclasses: ValueVec,
    /// The root of this class's shape tree (instances start here).
    pub root_shape: &'static crate::shape::Shape,
    /// Slot capacity new instances get (largest seen so far).
    pub slot_hint: u32,
    /// With `__slots__` (and no `__dict__` slot) along the whole mro: the only
    /// attribute names instances may have. None: any name.
    pub allowed_attrs: Option<Box<[Value]>>,
    /// `interp::plain_init`'s class-level answer at `ctor_version` (the `__init__` on
    /// the mro when `__new__` is `object.__new__`, else NULL), so that constructor
    /// calls skip three MRO walks.
    /// Used only while one guest thread runs (then nothing can race the two words).
    pub ctor_version: AtomicU64,
    pub ctor_init: AtomicU64,
}
impl ClassObj {
    /// The current version (Acquire: a reader that sees a mutation's version sees the
    /// dict and flags it published before it).
    #[inline(always)]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }
    /// The `CF_*` bits.
    #[inline(always)]
    pub fn flags(&self) -> u32 {
        self.flags.load(Ordering::Acquire)
    }
}
impl Trace for ClassObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.name);
        m.mark_all(&self.bases);
        m.mark_all(&self.mro);
        m.mark(self.dict);
        m.mark(self.module);
        m.mark(self.qualname);
        m.mark(self.meta);
        self.subclasses.trace(m);
        m.mark(Value(self.ctor_init.load(Ordering::Relaxed)));
        if let Some(a) = &self.allowed_attrs {
            m.mark_all(a);
        }
    }
}

/// A read-only view of a class's dict (`C.__dict__`).
pub struct MappingProxyObj {
    pub d: Value,
}
impl Trace for MappingProxyObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.d)
    }
}

/// Class flag: a user `__getattribute__` somewhere in the mro.
pub const CF_GETATTRIBUTE: u32 = 1;
/// Class flag: `__getattr__` in the mro.
pub const CF_GETATTR: u32 = 2;
/// Class flag: a user `__setattr__`.
pub const CF_SETATTR: u32 = 4;
/// Class flag: a user `__delattr__`.
pub const CF_DELATTR: u32 = 8;
/// Class flag: a user rich comparison (`__eq__`, `__ne__`, `__lt__`, ...) in the mro.
pub const CF_RICHCMP: u32 = 16;
/// Class flag: a user `__bool__` or `__len__` in the mro (truth tests call them).
pub const CF_TRUTH: u32 = 32;

static CLASS_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
/// A class version never handed out before.
#[inline]
pub fn next_class_version() -> u64 {
    // Megamorphic IC sites may specialise again once class facts change.
    kiln_ic::bump_epoch();
    CLASS_VERSION.fetch_add(1, Ordering::Relaxed)
}

/// An instance of a user class whose layout is `Object`: the class, a shape and the
/// slot values the shape describes (or, in dictionary mode, a dict).
///
/// Shared by guest threads: `slots` is read lock-free; every change of the shape (an
/// attribute added or deleted, the switch to dictionary mode) happens under the
/// slots' writer lock (`slots.lock()`), which writes the slots first and then
/// publishes the new shape with release stores, so a reader that sees a shape id
/// (acquire) also sees every slot that shape describes.
pub struct InstanceObj {
    pub cls: Value,
    /// `shape().id`, duplicated so a guard is one load from the instance.
    shape_id: std::sync::atomic::AtomicU32,
    shape: std::sync::atomic::AtomicPtr<crate::shape::Shape>,
    pub slots: ValueVec,
    /// The attribute dict in dictionary mode, else NULL. Written once, under the slots
    /// lock, before the dictionary shape is published; read only after seeing it.
    pub dict: Value,
}
impl InstanceObj {
    pub fn new(cls: Value, shape: &'static crate::shape::Shape, capacity: usize) -> InstanceObj {
        InstanceObj {
            cls,
            shape_id: std::sync::atomic::AtomicU32::new(shape.id),
            shape: std::sync::atomic::AtomicPtr::new(shape as *const _ as *mut _),
            slots: ValueVec::with_capacity(capacity),
            dict: Value::NULL,
        }
    }
    #[inline(always)]
    pub fn shape_id(&self) -> u32 {
        self.shape_id.load(Ordering::Acquire)
    }
    #[inline(always)]
    pub fn shape(&self) -> &'static crate::shape::Shape {
        // SAFETY: shapes are immortal (leaked) and only ever stored from `&'static Shape`.
        unsafe { &*self.shape.load(Ordering::Acquire) }
    }
    /// Publish a new shape. The caller holds the slots' writer lock and has already
    /// stored the slots the shape describes.
    pub fn publish_shape(&self, s: &'static crate::shape::Shape) {
        self.shape.store(s as *const _ as *mut _, Ordering::Release);
        self.shape_id.store(s.id, Ordering::Release);
    }
}
impl Trace for InstanceObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.cls);
        self.slots.trace(m);
        m.mark(self.dict);
    }
}

/// `staticmethod(f)`.
pub struct StaticMethodObj {
    pub func: Value,
}
impl Trace for StaticMethodObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.func)
    }
}

/// `classmethod(f)`.
pub struct ClassMethodObj {
    pub func: Value,
}
impl Trace for ClassMethodObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.func)
    }
}

/// `super(type_, obj)`: lookups start after `type_` in the mro of `obj_type`.
pub struct SuperObj {
    pub type_: Value,
    pub obj: Value,
    pub obj_type: Value,
}
impl Trace for SuperObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.type_);
        m.mark(self.obj);
        m.mark(self.obj_type);
    }
}

/// One traceback entry: the code object and the line being executed.
#[derive(Clone, Copy)]
pub struct TbEntry {
    pub code: Value,
    pub line: u32,
    /// The instruction's source range (byte offsets; `CodeObject::positions`).
    pub pos: (u32, u32),
    pub frame_serial: u64,
    /// The frame's globals (for NameError suggestions, `suggestions.rs`).
    pub globals: Value,
}

pub struct ExcObj {
    pub cls: Value,
    pub args: Value,
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// Extra attributes, or NULL.
    pub dict: Value,
    /// An exception group's (message, exceptions tuple), else NULL.
    pub group: Value,
}
impl Trace for ExcObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.cls);
        m.mark(self.args);
        m.mark(self.group);
        for e in &self.traceback {
            m.mark(e.code);
            m.mark(e.globals);
        }
        m.mark(self.cause);
        m.mark(self.context);
        m.mark(self.dict);
    }
}

pub struct ModuleObj {
    pub name: Value,
    pub dict: Value,
}
impl Trace for ModuleObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.name);
        m.mark(self.dict);
    }
}

pub struct CellObj {
    pub v: Value,
}
impl Trace for CellObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.v)
    }
}

pub struct BoundMethodObj {
    pub func: Value,
    pub self_: Value,
}
impl Trace for BoundMethodObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.func);
        m.mark(self.self_);
    }
}

/// Arguments of a native call: positional values, then keyword names and values.
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvals: &'a [Value],
}
impl<'a> Args<'a> {
    pub fn positional(pos: &'a [Value]) -> Self {
        Args {
            pos,
            kwnames: &[],
            kwvals: &[],
        }
    }
}

/// A function implemented in Rust. `recv` is the bound receiver, or NULL.
pub type NativeFn = fn(&mut Vm, Value, &Args) -> PyResult<Value>;

pub struct BuiltinObj {
    pub name: &'static str,
    pub f: NativeFn,
    /// The receiver for a bound builtin method, or NULL.
    pub recv: Value,
    /// The owning type for unbound methods / class methods (NULL for plain functions).
    pub owner: Value,
    pub is_classmethod: bool,
    /// For `math` functions of one float (`math.sqrt`, `sin`, ...): the float
    /// function whose result, when finite, is the builtin's result for a float
    /// argument. The JIT's builtin call takes that case directly
    /// (`interp::kiln_jit_call_builtin`); everything else (ints, other types, a NaN
    /// or infinite result that may be an error) goes through `f`.
    pub f64_fn: Option<fn(f64) -> f64>,
    /// For `len` and `isinstance`: a core that answers the common cases from the
    /// positional arguments alone (no Vm, no error, no Python code), and None for
    /// everything else, which goes through `f`. `f` starts with it too; the JIT's
    /// builtin call tries it first, skipping the argument packing.
    pub value_fn: Option<fn(&[Value]) -> Option<Value>>,
}
impl Trace for BuiltinObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.recv);
        m.mark(self.owner);
    }
}

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}
impl RangeObj {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = if self.step > 0 && self.start < self.stop {
            (self.start, self.stop, self.step.unsigned_abs())
        } else if self.step < 0 && self.start > self.stop {
            (self.stop, self.start, self.step.unsigned_abs())
        } else {
            return 0;
        };
        // hi > lo, so their distance is 1..=u64::MAX and exact in u64 (a 64-bit
        // division: the i128 one was a `__divti3` call on every `for i in range(n)`).
        let span = hi.wrapping_sub(lo) as u64 - 1;
        (span / step + 1) as i64
    }
}
impl Trace for RangeObj {
    const LEAF: bool = true;
    fn trace(&self, _: &mut Marker) {}
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
impl Trace for SliceObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.start);
        m.mark(self.stop);
        m.mark(self.step);
    }
}

/// Built-in iterators share one kind; the state says which.
///
/// `repr(u8)`: each variant is laid out as a `repr(C)` struct (a u8 tag, then its
/// fields), so the JIT can read a range iterator inline (`layout::ITER_*`).
#[repr(u8)]
pub enum IterState {
    /// Index into a list or tuple (re-reads the length each step, as CPython).
    Seq {
        seq: Value,
        i: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    Str {
        s: Value,
        byte_pos: usize,
    },
    /// The ints of a bytes object, by index.
    Bytes {
        b: Value,
        i: usize,
    },
    /// Dict keys/values/items by entry index; `mode` 0 keys, 1 values, 2 items.
    Dict {
        d: Value,
        i: usize,
        mode: u8,
        expected_len: usize,
    },
    Set {
        s: Value,
        i: usize,
        expected_len: usize,
    },
    Reversed {
        seq: Value,
        i: isize,
    },
    Enumerate {
        it: Value,
        n: Value,
    },
    Zip {
        its: Vec<Value>,
    },
    Map {
        f: Value,
        its: Vec<Value>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    /// `obj[i]` for i = 0, 1, ... until IndexError/StopIteration (the `__getitem__`
    /// iteration protocol).
    GetItem {
        obj: Value,
        i: i64,
    },
    /// Calls `callable()` until it returns `sentinel`.
    Callable {
        f: Value,
        sentinel: Value,
    },
    Exhausted,
}
pub struct IterObj {
    pub state: IterState,
}
impl Trace for IterObj {
    fn trace(&self, m: &mut Marker) {
        match &self.state {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => m.mark(*seq),
            IterState::Str { s, .. } | IterState::Set { s, .. } => m.mark(*s),
            IterState::Bytes { b, .. } => m.mark(*b),
            IterState::Dict { d, .. } => m.mark(*d),
            IterState::Enumerate { it, n } => {
                m.mark(*it);
                m.mark(*n)
            }
            IterState::Zip { its } => m.mark_all(its),
            IterState::Map { f, its } => {
                m.mark(*f);
                m.mark_all(its)
            }
            IterState::Filter { f, it } => {
                m.mark(*f);
                m.mark(*it)
            }
            IterState::Callable { f, sentinel } => {
                m.mark(*f);
                m.mark(*sentinel)
            }
            IterState::GetItem { obj, .. } => m.mark(*obj),
            IterState::Range { .. } | IterState::Exhausted => {}
        }
    }
}

/// A generator or coroutine. Its frame (a `Frame` header followed by its slots) lives
/// here for the generator's whole life: resuming links it into the thread's frame
/// chain and runs it in place, so neither `yield` nor resumption copies slots.
pub struct GenObj {
    pub func: Value,
    /// `FRAME_HEADER_WORDS + frame_slots` words; empty once the generator finished.
    pub frame: Box<[u64]>,
    /// Where execution resumes (0 before the first `next`).
    pub pc: u32,
    /// Claimed (false -> true) by the one thread that resumes the generator, so two
    /// threads never run its frame at once ("generator already executing").
    pub running: std::sync::atomic::AtomicBool,
    pub finished: bool,
    pub started: bool,
    /// The code's COROUTINE flag and `CodeObject::delegates`, copied at creation so a
    /// `yield from` descent (`Vm::descend_delegates`) reads them without chasing
    /// func -> code for every level.
    pub coroutine: bool,
    pub delegates: bool,
    /// `__name__`/`__qualname__` when reassigned (NULL: the function's).
    pub name: Value,
    pub qualname: Value,
    /// While this generator runs in a frame entered through a `yield from` shortcut
    /// (`interp::FRAME_DELEGATED`): the generator that delegates to it, claimed but
    /// not linked (each one's own `resumer` leads further up). NULL otherwise.
    pub resumer: Value,
    /// While suspended in a `yield from` loop over a plain generator: that delegate,
    /// found once by `Vm::yield_from_delegate` (which checks the bytecode) and reused
    /// by later descents; cleared whenever the frame is linked to run. NULL otherwise.
    pub yf: Value,
    /// On the outermost generator of a *held* `yield from` chain (`Vm::gen_resume_core`,
    /// single guest thread only): the innermost generator, which last yielded; the
    /// generators between stay claimed and keep their `resumer` links, so the next
    /// resumption goes straight to it. `held_levels` is how many generators lie above
    /// it. Anything else that touches a member of the chain releases it first
    /// (`interp::unhold`). NULL otherwise.
    pub held: Value,
    pub held_levels: u32,
    /// A `yield from` descent from this generator found its delegate compiled and not
    /// delegating further, which its own `Send` resumes natively at less cost: `next`
    /// then runs this generator's machine code directly (`Vm::gen_next`) instead of
    /// descending. Only a hint: a later delegate of another sort is still resumed
    /// correctly by the Send, just without the shortcut for that level.
    pub native_delegate: bool,
}
impl GenObj {
    /// Whether resuming it takes the `yield from` shortcut's descent (or its held
    /// chain) rather than a direct entry into its code (`Vm::gen_next`).
    #[inline(always)]
    pub fn descends(&self) -> bool {
        self.delegates && !(self.native_delegate && self.held.is_null())
    }

    /// The frame's slots (locals, cells, operand stack) as values.
    pub fn slots_mut(&mut self) -> &mut [Value] {
        let h = crate::interp::FRAME_HEADER_WORDS.min(self.frame.len());
        // SAFETY: Value is a transparent u64; slot words always hold valid values
        // (initialised to NULL at creation).
        unsafe {
            std::slice::from_raw_parts_mut(
                self.frame.as_mut_ptr().add(h) as *mut Value,
                self.frame.len() - h,
            )
        }
    }
    /// Number of live slots while suspended at `pc`: locals, cells, operand stack.
    pub fn live_slots(&self) -> usize {
        if self.frame.is_empty() {
            return 0;
        }
        let code = &self.func.cast::<FuncObj>().code.cast::<CodeObj>().code;
        let d = code.depth.get(self.pc as usize).copied().unwrap_or(0);
        let d = if d == u16::MAX { 0 } else { d as usize };
        code.nlocals() + code.ncells() + d
    }
}
impl Trace for GenObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.func);
        m.mark(self.name);
        m.mark(self.qualname);
        m.mark(self.resumer);
        m.mark(self.yf);
        m.mark(self.held);
        if !self.frame.is_empty() {
            let h = crate::interp::FRAME_HEADER_WORDS;
            let n = self.live_slots().min(self.frame.len() - h);
            for &w in &self.frame[h..h + n] {
                m.mark(Value(w));
            }
        }
    }
}

pub struct FileObj {
    pub path: String,
    pub mode: String,
    pub reader: Option<String>,
    /// Binary mode ('b'): the contents read at open, instead of `reader`.
    pub bytes: Option<Vec<u8>>,
    pub binary: bool,
    pub read_pos: usize,
    pub writer: Option<std::fs::File>,
    pub closed: bool,
    /// Serialises reads, writes and close across guest threads (`file::file_lock`).
    pub lock: parking_lot::ReentrantMutex<()>,
}
impl Trace for FileObj {
    const LEAF: bool = true;
    fn trace(&self, _: &mut Marker) {}
}

pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    /// Deleter (None when absent).
    pub fdel: Value,
    pub doc: Value,
}
impl Trace for PropertyObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.fget);
        m.mark(self.fset);
        m.mark(self.fdel);
        m.mark(self.doc);
    }
}

/// A live view of a dict: `d.keys()` (mode 0), `d.values()` (1), `d.items()` (2).
pub struct DictViewObj {
    pub d: Value,
    pub mode: u8,
}
impl Trace for DictViewObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.d)
    }
}

/// An object of a builtin type implemented in Rust whose state is opaque to the rest of
/// the runtime (`_thread.lock`, ...). `cls` is its Python type; `data` holds the state.
/// The state must be `Sync`: any guest thread may use the object.
pub struct NativeObj {
    pub cls: Value,
    pub data: Box<dyn std::any::Any + Send + Sync>,
}
impl NativeObj {
    /// The state if it is a `T`.
    pub fn data<T: 'static>(&self) -> Option<&T> {
        self.data.downcast_ref::<T>()
    }
}
impl Trace for NativeObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.cls);
    }
}

impl GenObj {
    #[inline]
    pub fn is_running(&self) -> bool {
        self.running.load(std::sync::atomic::Ordering::Acquire)
    }
    /// Become the thread that runs this generator; false if one already does.
    #[inline]
    pub fn try_claim(&self) -> bool {
        use std::sync::atomic::Ordering::Relaxed;
        if !kiln_threads::multi_mutator() {
            // One guest thread: no other can race this claim (a second one could only
            // be started by this thread, after it). A locked compare-exchange here
            // was ~6% of a generator-expression-heavy benchmark.
            if self.running.load(Relaxed) {
                return false;
            }
            self.running.store(true, Relaxed);
            return true;
        }
        self.running
            .compare_exchange(
                false,
                true,
                std::sync::atomic::Ordering::Acquire,
                std::sync::atomic::Ordering::Relaxed,
            )
            .is_ok()
    }
    #[inline]
    pub fn release(&self) {
        self.running
            .store(false, std::sync::atomic::Ordering::Release);
    }
}

/// Layout facts the JIT's inline attribute templates rely on (byte offsets from the
/// object header; a Value's pointer payload addresses the header).
pub mod layout {
    use super::{ClassObj, InstanceObj};
    use crate::heap::Obj;
    pub const INSTANCE_CLS: usize =
        std::mem::offset_of!(Obj<InstanceObj>, data) + std::mem::offset_of!(InstanceObj, cls);
    pub const INSTANCE_SHAPE_ID: usize =
        std::mem::offset_of!(Obj<InstanceObj>, data) + std::mem::offset_of!(InstanceObj, shape_id);
    /// The `&'static Shape` pointer (published with the shape id).
    pub const INSTANCE_SHAPE: usize =
        std::mem::offset_of!(Obj<InstanceObj>, data) + std::mem::offset_of!(InstanceObj, shape);
    /// A shape's id (u32).
    pub const SHAPE_ID: usize = std::mem::offset_of!(crate::shape::Shape, id);
    /// The slots' GrowVec buffer pointer.
    pub const INSTANCE_SLOTS_BUF: usize = std::mem::offset_of!(Obj<InstanceObj>, data)
        + std::mem::offset_of!(InstanceObj, slots)
        + crate::valuevec::VALUEVEC_GROWVEC_OFFSET
        + kiln_threads::GROWVEC_BUF_OFFSET;
    pub const CLASS_VERSION: usize =
        std::mem::offset_of!(Obj<ClassObj>, data) + std::mem::offset_of!(ClassObj, version);
    /// The class's `CF_*` flags (u32).
    pub const CLASS_FLAGS: usize =
        std::mem::offset_of!(Obj<ClassObj>, data) + std::mem::offset_of!(ClassObj, flags);
    /// The metaclass (NULL for `type`).
    pub const CLASS_META: usize =
        std::mem::offset_of!(Obj<ClassObj>, data) + std::mem::offset_of!(ClassObj, meta);
    pub const HEADER_KIND: usize = std::mem::offset_of!(crate::heap::Header, kind);
    pub const CELL_VALUE: usize =
        std::mem::offset_of!(Obj<super::CellObj>, data) + std::mem::offset_of!(super::CellObj, v);

    pub const TUPLE_CLS: usize = std::mem::offset_of!(Obj<super::TupleObj>, data)
        + std::mem::offset_of!(super::TupleObj, cls);
    /// The items' `Box<[Value]>`: a (pointer, length) pair of words, in the order
    /// `boxed_slice_words` reads off a real box.
    pub const TUPLE_ITEMS: usize = std::mem::offset_of!(Obj<super::TupleObj>, data)
        + std::mem::offset_of!(super::TupleObj, items);

    /// Byte offsets of the data pointer and of the length within a `Box<[Value]>`
    /// (the order of a fat pointer's words is not a language guarantee).
    pub fn boxed_slice_words() -> (usize, usize) {
        let b: Box<[crate::value::Value]> = vec![crate::value::Value::NONE; 3].into_boxed_slice();
        let p = b.as_ptr() as usize;
        // SAFETY: a boxed slice is two words; copying its bits out as two usizes
        // reads nothing else (the box is dropped normally afterwards).
        let w: [usize; 2] = unsafe { std::mem::transmute_copy(&b) };
        if w == [p, 3] {
            (0, 8)
        } else {
            assert_eq!(w, [3, p], "unexpected Box<[T]> layout");
            (8, 0)
        }
    }

    pub const LIST_CLS: usize =
        std::mem::offset_of!(Obj<super::ListObj>, data) + std::mem::offset_of!(super::ListObj, cls);
    pub const LIST_DICT: usize = std::mem::offset_of!(Obj<super::ListObj>, data)
        + std::mem::offset_of!(super::ListObj, dict);
    pub const DICT_CLS: usize =
        std::mem::offset_of!(Obj<super::DictObj>, data) + std::mem::offset_of!(super::DictObj, cls);
    pub const DICT_DICT: usize = std::mem::offset_of!(Obj<super::DictObj>, data)
        + std::mem::offset_of!(super::DictObj, dict);
    pub const MODULE_DICT: usize = std::mem::offset_of!(Obj<super::ModuleObj>, data)
        + std::mem::offset_of!(super::ModuleObj, dict);
    /// The items' GrowVec buffer pointer.
    pub const LIST_ITEMS_BUF: usize = std::mem::offset_of!(Obj<super::ListObj>, data)
        + std::mem::offset_of!(super::ListObj, items)
        + crate::valuevec::VALUEVEC_GROWVEC_OFFSET
        + kiln_threads::GROWVEC_BUF_OFFSET;

    /// `IterState::Range` as `repr(u8)` lays it out.
    #[repr(C)]
    struct RangeRepr {
        tag: u8,
        next: i64,
        step: i64,
        remaining: i64,
    }
    const ITER_STATE: usize = std::mem::offset_of!(Obj<super::IterObj>, data)
        + std::mem::offset_of!(super::IterObj, state);
    pub const ITER_TAG: usize = ITER_STATE;
    pub const ITER_RANGE_NEXT: usize = ITER_STATE + std::mem::offset_of!(RangeRepr, next);
    pub const ITER_RANGE_STEP: usize = ITER_STATE + std::mem::offset_of!(RangeRepr, step);
    pub const ITER_RANGE_REMAINING: usize = ITER_STATE + std::mem::offset_of!(RangeRepr, remaining);

    /// `IterState::Seq` as `repr(u8)` lays it out.
    #[repr(C)]
    struct SeqRepr {
        tag: u8,
        seq: u64,
        i: usize,
    }
    pub const ITER_SEQ_SEQ: usize = ITER_STATE + std::mem::offset_of!(SeqRepr, seq);
    pub const ITER_SEQ_I: usize = ITER_STATE + std::mem::offset_of!(SeqRepr, i);

    /// The tag byte of `IterState::Seq`.
    pub fn iter_seq_tag() -> u8 {
        let probe = super::IterState::Seq {
            seq: crate::value::Value::NONE,
            i: 0,
        };
        // SAFETY: a repr(u8) enum starts with its u8 tag.
        unsafe { *(&probe as *const super::IterState as *const u8) }
    }

    /// The tag byte of `IterState::Range`.
    pub fn iter_range_tag() -> u8 {
        let probe = super::IterState::Range {
            next: 0,
            step: 0,
            remaining: 0,
        };
        // SAFETY: a repr(u8) enum starts with its u8 tag.
        unsafe { *(&probe as *const super::IterState as *const u8) }
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn range_iterator_layout_is_what_the_jit_reads() {
            let it = super::super::IterObj {
                state: super::super::IterState::Range {
                    next: 11,
                    step: 22,
                    remaining: 33,
                },
            };
            let base = &it as *const _ as *const u8;
            let data = std::mem::offset_of!(crate::heap::Obj<super::super::IterObj>, data);
            // SAFETY: the offsets lie inside `it` (checked against known field values).
            unsafe {
                let rd = |off: usize| *(base.add(off - data) as *const i64);
                assert_eq!(*base.add(super::ITER_TAG - data), super::iter_range_tag());
                assert_eq!(rd(super::ITER_RANGE_NEXT), 11);
                assert_eq!(rd(super::ITER_RANGE_STEP), 22);
                assert_eq!(rd(super::ITER_RANGE_REMAINING), 33);
            }
        }

        #[test]
        fn seq_iterator_layout_is_what_the_jit_reads() {
            let seq = crate::value::Value(0x1234_5678);
            let it = super::super::IterObj {
                state: super::super::IterState::Seq { seq, i: 44 },
            };
            let base = &it as *const _ as *const u8;
            let data = std::mem::offset_of!(crate::heap::Obj<super::super::IterObj>, data);
            // SAFETY: the offsets lie inside `it` (checked against known field values).
            unsafe {
                let rd = |off: usize| *(base.add(off - data) as *const u64);
                assert_eq!(*base.add(super::ITER_TAG - data), super::iter_seq_tag());
                assert_ne!(super::iter_seq_tag(), super::iter_range_tag());
                assert_eq!(rd(super::ITER_SEQ_SEQ), 0x1234_5678);
                assert_eq!(rd(super::ITER_SEQ_I), 44);
            }
        }
    }
}

/// Byte offset of a dict object's table from its header.
pub const DICT_TABLE_OFFSET: usize =
    std::mem::offset_of!(crate::heap::Obj<DictObj>, data) + std::mem::offset_of!(DictObj, table);

#[cfg(test)]
mod range_tests {
    use super::RangeObj;

    /// `RangeObj::len`'s 64-bit arithmetic agrees with the exact i128 formula, at the
    /// extremes of i64 too.
    #[test]
    fn range_len_matches_exact_formula() {
        let exact = |start: i64, stop: i64, step: i64| -> i64 {
            let (a, b, s) = (start as i128, stop as i128, step as i128);
            if s > 0 && a < b {
                ((b - a - 1) / s + 1) as i64
            } else if s < 0 && a > b {
                ((a - b - 1) / -s + 1) as i64
            } else {
                0
            }
        };
        let edges = [
            i64::MIN,
            i64::MIN + 1,
            -7,
            -1,
            0,
            1,
            2,
            7,
            100,
            i64::MAX - 1,
            i64::MAX,
        ];
        let steps = [i64::MIN, -3, -1, 1, 2, 3, i64::MAX];
        for &start in &edges {
            for &stop in &edges {
                for &step in &steps {
                    let r = RangeObj { start, stop, step };
                    assert_eq!(r.len(), exact(start, stop, step), "{start} {stop} {step}");
                }
            }
        }
    }
}
