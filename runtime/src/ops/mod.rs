//! Runtime helpers: the one definition of each operation's semantics.
//!
//! The interpreter calls these for everything except a few inline fast paths, and
//! the baseline JIT's slow paths call the very same functions. CPython 3.11 is the
//! oracle for results, repr/str output and error messages.
//!
//! Layout:
//! - `mod.rs`   constructors, accessors, type queries, truthiness
//! - `num.rs`   int/float arithmetic, numeric hashing and comparison primitives
//! - `binop.rs` `binary_op` / unary operators dispatch
//! - `cmp.rs`   equality, ordering, hashing
//! - `repr.rs`  repr/str, float/str repr, format(), f-string pieces, `%` formatting
//! - `seq.rs`   subscripts, slices, `in`, sequence concatenation/repetition
//! - `iter.rs`  iterators, collection and unpacking
//! - `attr.rs`  attributes, methods, globals, imports
//! - `exc.rs`   exceptions, raising, call_ex, make_function
//! - `coll.rs`  dict/set/list mutation helpers

mod attr;
mod binop;
mod cmp;
mod coll;
mod dunder;
mod exc;
mod iter;
mod num;
mod object;
mod repr;
mod seq;

pub use attr::*;
pub use binop::*;
pub use cmp::*;
pub use coll::*;
pub use dunder::*;
pub use exc::*;
pub use iter::*;
pub use num::{hash_bigint, hash_f64, hash_i64, int_to_f64};
pub use object::*;
pub use repr::*;
pub use seq::*;

use crate::heap::{alloc, note_bytes, ObjKind};
use crate::interp::{Sink, Vm};
use crate::object::*;
use crate::rt::{bool_class, rt};
use crate::set::SetTable;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

// ---- constructors -----------------------------------------------------------

/// The interned one-character strs of ASCII, filled on first use (CPython keeps such
/// singletons too, so `s.split()`, `s[i]` and `list(s)` do not allocate per char).
static ASCII_CHARS: [std::sync::atomic::AtomicU64; 128] =
    [const { std::sync::atomic::AtomicU64::new(0) }; 128];

/// The one-character str of ASCII byte `b`.
#[inline]
pub fn ascii_char_str(b: u8) -> Value {
    use std::sync::atomic::Ordering::Relaxed;
    let w = ASCII_CHARS[(b & 0x7f) as usize].load(Relaxed);
    if w != 0 {
        return Value(w);
    }
    ascii_char_str_first(b & 0x7f)
}

#[cold]
#[inline(never)]
fn ascii_char_str_first(b: u8) -> Value {
    // Interned strs are runtime roots for the life of the process: the cached word
    // never dangles.
    let v = crate::rt::intern(std::str::from_utf8(&[b]).expect("ASCII"));
    ASCII_CHARS[b as usize].store(v.0, std::sync::atomic::Ordering::Relaxed);
    v
}

#[inline]
pub fn new_str(s: &str) -> Value {
    if s.is_empty() {
        return rt().empty_str;
    }
    if s.len() == 1 {
        return ascii_char_str(s.as_bytes()[0]);
    }
    if s.len() > 4096 {
        note_bytes(s.len());
    }
    if s.len() <= crate::object::INLINE_STR_MAX {
        let v = alloc(StrObj::inline_blank(s.len(), StrObj::count_chars(s)));
        v.cast::<StrObj>().fill_inline(&[s]);
        return v;
    }
    alloc(StrObj::new(s.into()))
}

/// BuildSet: a set of `items`. The new set is rooted while items hash: a user
/// `__hash__` may collect (it was freed under it once, a crash).
pub fn build_set(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let s = new_set(false);
    with_roots(vm, &[s], |vm| {
        for &x in items {
            set_add(vm, s, x)?;
        }
        Ok(s)
    })
}

/// BuildMap: a dict of the key, value pairs laid out flat in `kv`; rooted while
/// keys hash, as `build_set`'s set.
pub fn build_map(vm: &mut Vm, kv: &[Value]) -> PyResult<Value> {
    let d = crate::rt::new_dict_with_capacity(kv.len() / 2);
    with_roots(vm, &[d], |vm| {
        for pair in kv.chunks_exact(2) {
            dict_set(vm, d, pair[0], pair[1])?;
        }
        Ok(d)
    })
}

/// ListToTuple (star-args): a tuple of the list's items.
pub fn list_to_tuple(l: Value) -> Value {
    new_tuple_boxed(l.cast::<ListObj>().items.to_vec().into())
}

/// The concatenation of str values (BuildString): one exact-size buffer.
pub fn concat_strs(pieces: &[Value]) -> Value {
    let len = pieces.iter().map(|&p| str_of(p).len()).sum();
    let mut s = String::with_capacity(len);
    for &p in pieces {
        s.push_str(str_of(p));
    }
    new_string(s)
}

#[inline]
pub fn new_string(s: String) -> Value {
    if s.is_empty() {
        return rt().empty_str;
    }
    if s.len() == 1 {
        return ascii_char_str(s.as_bytes()[0]);
    }
    if s.len() > 4096 {
        note_bytes(s.len());
    }
    alloc(StrObj::new(s.into_boxed_str()))
}

/// An int from an i64: a small immediate when it fits 48 bits, else an `IntObj::I64`.
#[inline(always)]
pub fn new_int(i: i64) -> Value {
    match Value::try_small(i) {
        Some(v) => v,
        None => alloc(IntObj::I64(i)),
    }
}

/// An int from an i128 (normalised).
#[inline]
pub fn new_i128(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(x) => new_int(x),
        Err(_) => alloc(IntObj::Big(BigInt::from(i))),
    }
}

/// An int from a BigInt, normalised to the smallest representation.
pub fn new_bigint(b: BigInt) -> Value {
    match b.to_i64() {
        Some(x) => new_int(x),
        None => {
            let bytes = (b.bits() / 8) as usize;
            if bytes > 4096 {
                note_bytes(bytes);
            }
            alloc(IntObj::Big(b))
        }
    }
}

#[inline]
pub fn new_tuple(items: Vec<Value>) -> Value {
    new_tuple_boxed(items.into_boxed_slice())
}

#[inline]
pub fn new_tuple_boxed(items: Box<[Value]>) -> Value {
    if items.is_empty() {
        return rt().empty_tuple;
    }
    if items.len() > 512 {
        note_bytes(items.len() * 8);
    }
    alloc(TupleObj::new(items))
}

#[inline]
pub fn new_list(items: Vec<Value>) -> Value {
    new_list_from_slice(&items)
}

/// Lists of up to this many items are built with their first buffer in the list's own
/// allocation (`new_list_with`): one malloc instead of two. Growth past it moves the
/// items to a buffer of their own and leaves it unused for the list's life, so the
/// bound keeps that waste small.
const INLINE_LIST_MAX: usize = 64;

/// A new plain list of `n` items, item `k` being `item(k)`, built straight into its
/// buffer (in the list's own allocation when small). `item` must not reach a
/// safepoint: the list is not rooted yet.
#[inline]
pub fn new_list_with(n: usize, mut item: impl FnMut(usize) -> Value) -> Value {
    if n == 0 || n > INLINE_LIST_MAX {
        let items = crate::valuevec::ValueVec::from_fn(n, item);
        return new_list_items(items);
    }
    let words = kiln_threads::GrowVec::inline_bytes(n) / 8;
    let (v, tail) = crate::heap::alloc_with_tail(
        ListObj {
            items: crate::valuevec::ValueVec::new(),
            cls: Value::NULL,
            dict: Value::NULL,
        },
        words as u32,
    );
    // SAFETY: the tail is `words` words of the new list's own allocation, used for
    // nothing else, freed with it; the list is not yet visible to any thread.
    unsafe {
        v.cast::<ListObj>()
            .items
            .adopt_inline_with(tail, n, n, &mut item)
    };
    v
}

/// A new plain list of a copy of `items` (BuildList's operands).
#[inline]
pub fn new_list_from_slice(items: &[Value]) -> Value {
    new_list_with(items.len(), |k| items[k])
}

/// A new plain list of the `n` items of `items` from `start` on, `step` apart (a slice
/// whose bounds were adjusted to `items`' length when it was read).
pub fn new_list_slice(items: &crate::valuevec::ValueVec, start: i64, step: i64, n: usize) -> Value {
    let view = items.view();
    let last = start + step * (n as i64 - 1);
    if n == 0 || (start.max(last) as usize) < view.len() && start.min(last) >= 0 {
        // Every index lies in 0..view.len() (checked above), so `get` never misses.
        return new_list_with(n, |k| {
            view.get((start + step * k as i64) as usize)
                .unwrap_or(Value::NONE)
        });
    }
    // Another thread shrank the list meanwhile: the items still there.
    new_list_items(items.slice(start, step, n))
}

/// A new plain list owning `items` (already in their final buffer).
pub fn new_list_items(items: crate::valuevec::ValueVec) -> Value {
    if items.len() > 512 {
        note_bytes(items.len() * 8);
    }
    alloc(ListObj {
        items,
        cls: Value::NULL,
        dict: Value::NULL,
    })
}

/// A new bytes object.
pub fn new_bytes(data: Vec<u8>) -> Value {
    if data.len() > 512 {
        note_bytes(data.len());
    }
    alloc(BytesObj {
        data: data.into_boxed_slice(),
    })
}

/// A new empty set (or frozenset) with its first table in its own allocation (one
/// malloc; a set of up to 4 items never allocates another).
#[inline]
pub fn new_set(frozen: bool) -> Value {
    let words = kiln_threads::GrowVec::inline_bytes(SetTable::INLINE_WORDS) / 8;
    let (v, tail) =
        crate::heap::alloc_with_tail(SetObj::new(SetTable::new(), frozen), words as u32);
    // SAFETY: the tail is `words` words of the new set's own allocation, used for
    // nothing else, freed with it; the set is not yet visible to any thread.
    unsafe { v.cast::<SetObj>().table.adopt_inline_table(tail) };
    v
}

/// A new exception instance of class `cls` with `args`.
pub fn new_exception(cls: Value, args: &[Value]) -> Value {
    let args = new_tuple(args.to_vec());
    alloc(ExcObj {
        cls,
        args,
        traceback: Vec::new(),
        cause: Value::NULL,
        context: Value::NULL,
        suppress_context: false,
        dict: Value::NULL,
        group: Value::NULL,
    })
}

// ---- accessors --------------------------------------------------------------

/// The text of a str value (`v` must be a str).
#[inline(always)]
pub fn str_of(v: Value) -> &'static str {
    debug_assert!(v.is_kind(ObjKind::Str), "str_of on {v:?}");
    &v.cast::<StrObj>().s
}

/// The value of an int (or bool) that fits an i64.
#[inline(always)]
pub fn as_i64(v: Value) -> Option<i64> {
    if v.is_small() {
        return Some(v.as_small());
    }
    if v.is_bool() {
        return Some((v == Value::TRUE) as i64);
    }
    match v.get::<IntObj>() {
        Some(IntObj::I64(i)) => Some(*i),
        _ => None,
    }
}

/// Any int or bool as a BigInt.
pub fn to_bigint(v: Value) -> Option<BigInt> {
    bigint_of(v).map(std::borrow::Cow::into_owned)
}

/// Any int or bool as a BigInt, borrowed when it already is one (an int's BigInt is
/// immutable and lives as long as its object, which the caller holds): the hot
/// arithmetic and comparisons of big ints do not copy their operands' digits.
pub fn bigint_of(v: Value) -> Option<std::borrow::Cow<'static, BigInt>> {
    if let Some(i) = as_i64(v) {
        return Some(std::borrow::Cow::Owned(BigInt::from(i)));
    }
    match v.get::<IntObj>() {
        Some(IntObj::Big(b)) => Some(std::borrow::Cow::Borrowed(b)),
        _ => None,
    }
}

/// int or bool.
#[inline(always)]
pub fn is_int(v: Value) -> bool {
    v.is_small() || v.is_bool() || v.is_kind(ObjKind::Int)
}

#[inline(always)]
pub(crate) fn is_str(v: Value) -> bool {
    v.is_kind(ObjKind::Str)
}

// ---- types ------------------------------------------------------------------

/// The class object of `v`.
pub fn type_of(v: Value) -> Value {
    let t = &rt().types;
    if v.is_float() {
        return t.float;
    }
    if v.is_small() {
        return t.int;
    }
    let Some(k) = v.kind() else {
        return if v.is_bool() {
            bool_class()
        } else if v.is_none() {
            t.none
        } else {
            t.object
        };
    };
    match k {
        ObjKind::Str => t.str,
        ObjKind::Bytes => t.bytes,
        ObjKind::ByteArray => t.bytearray,
        ObjKind::Int => t.int,
        ObjKind::List => {
            let c = v.cast::<ListObj>().cls;
            if c.is_null() {
                t.list
            } else {
                c
            }
        }
        ObjKind::Tuple => {
            let c = v.cast::<TupleObj>().cls;
            if c.is_null() {
                t.tuple
            } else {
                c
            }
        }
        ObjKind::Dict => {
            let c = v.cast::<DictObj>().cls;
            if c.is_null() {
                t.dict
            } else {
                c
            }
        }
        ObjKind::Set => {
            let s = v.cast::<SetObj>();
            if !s.cls.is_null() {
                s.cls
            } else if s.frozen {
                t.frozenset
            } else {
                t.set
            }
        }
        ObjKind::Func => t.function,
        ObjKind::Code => t.code,
        ObjKind::Class => {
            let m = v.cast::<ClassObj>().meta;
            if m.is_null() {
                t.type_
            } else {
                m
            }
        }
        ObjKind::Instance => v.cast::<InstanceObj>().cls,
        ObjKind::StaticMethod => t.staticmethod,
        ObjKind::ClassMethod => t.classmethod,
        ObjKind::Super => t.super_,
        ObjKind::MappingProxy => t.mappingproxy,
        ObjKind::Exc => v.cast::<ExcObj>().cls,
        ObjKind::Module => t.module,
        ObjKind::Cell => t.cell,
        ObjKind::BoundMethod => t.method,
        ObjKind::Builtin => t.builtin,
        ObjKind::Range => t.range,
        ObjKind::Slice => t.slice,
        ObjKind::Iter => match &v.cast::<IterObj>().state {
            IterState::Seq { seq, .. } => {
                if seq.is_kind(ObjKind::Tuple) {
                    t.tuple_iterator
                } else {
                    t.list_iterator
                }
            }
            IterState::Range { .. } => t.range_iterator,
            IterState::Str { .. } => t.str_iterator,
            IterState::Bytes { b, .. } if b.is_kind(ObjKind::ByteArray) => t.bytearray_iterator,
            IterState::Bytes { .. } => t.bytes_iterator,
            IterState::Dict { mode, .. } => match mode {
                0 => t.dict_keyiterator,
                1 => t.dict_valueiterator,
                _ => t.dict_itemiterator,
            },
            IterState::Set { .. } => t.set_iterator,
            IterState::Reversed { seq, .. } if seq.is_kind(ObjKind::List) => t.list_reverseiterator,
            IterState::Reversed { .. } => t.reversed,
            IterState::Enumerate { .. } => t.enumerate,
            IterState::Zip { .. } => t.zip,
            IterState::Map { .. } => t.map,
            IterState::Filter { .. } => t.filter,
            IterState::Callable { .. } => t.callable_iterator,
            IterState::GetItem { .. } => t.iterator,
            IterState::Exhausted => t.list_iterator,
        },
        ObjKind::Generator => {
            if crate::interp::gen_is_coroutine(v.cast::<GenObj>()) {
                t.coroutine
            } else {
                t.generator
            }
        }
        ObjKind::File => crate::builtins::file::class_of(v.cast::<FileObj>()),
        ObjKind::Native => v.cast::<NativeObj>().cls,
        ObjKind::Property => t.property,
        ObjKind::DictView => match v.cast::<DictViewObj>().mode {
            0 => t.dict_keys,
            1 => t.dict_values,
            _ => t.dict_items,
        },
    }
}

/// The user subclass of a list/tuple/dict/set instance (`class C(list)`), or NULL for
/// plain builtin instances and every other object.
#[inline(always)]
pub fn sub_cls(v: Value) -> Value {
    match v.kind() {
        Some(ObjKind::List) => v.cast::<ListObj>().cls,
        Some(ObjKind::Tuple) => v.cast::<TupleObj>().cls,
        Some(ObjKind::Dict) => v.cast::<DictObj>().cls,
        Some(ObjKind::Set) => v.cast::<SetObj>().cls,
        _ => Value::NULL,
    }
}

/// Whether `v` is an instance of a user subclass of list/tuple/dict/set.
#[inline(always)]
pub fn is_sub_builtin(v: Value) -> bool {
    !sub_cls(v).is_null()
}

/// The attribute-dict slot of a subclass instance of a builtin container (None for
/// other objects).
#[inline]
pub(crate) fn sub_dict_slot(v: Value) -> Option<&'static mut Value> {
    match v.kind() {
        Some(ObjKind::List) => Some(&mut v.cast::<ListObj>().dict),
        Some(ObjKind::Tuple) => Some(&mut v.cast::<TupleObj>().dict),
        Some(ObjKind::Dict) => Some(&mut v.cast::<DictObj>().dict),
        Some(ObjKind::Set) => Some(&mut v.cast::<SetObj>().dict),
        _ => None,
    }
}

/// The class name of `v`'s type ("int", "NoneType", "ValueError", ...).
#[inline]
pub fn type_name(v: Value) -> &'static str {
    class_name(type_of(v))
}

/// `cls.__name__`.
#[inline]
pub fn class_name(cls: Value) -> &'static str {
    str_of(cls.cast::<ClassObj>().name)
}

/// `isinstance(v, cls)` for a single class.
#[inline]
pub fn isinstance_class(v: Value, cls: Value) -> bool {
    is_subclass(type_of(v), cls)
}

/// `issubclass(sub, cls)`, via `sub`'s mro.
#[inline]
pub fn is_subclass(sub: Value, cls: Value) -> bool {
    if sub == cls {
        return true;
    }
    match sub.get::<ClassObj>() {
        Some(c) => c.mro.iter().any(|&m| m == cls),
        None => false,
    }
}

// ---- identity, truth ----------------------------------------------------------

#[inline(always)]
pub fn is(a: Value, b: Value) -> bool {
    a.0 == b.0
}

/// `bool(v)`.
#[inline]
pub fn truthy(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if v.is_bool() {
        return Ok(v == Value::TRUE);
    }
    if v.is_small() {
        return Ok(v.as_small() != 0);
    }
    if v.is_float() {
        return Ok(v.as_float() != 0.0);
    }
    if v.is_none() {
        return Ok(false);
    }
    truthy_slow(vm, v)
}

fn truthy_slow(vm: &mut Vm, v: Value) -> PyResult<bool> {
    Ok(match v.kind() {
        Some(ObjKind::Instance) => return user_truthy(vm, v),
        Some(ObjKind::Class) if has_user_meta(v) => return user_truthy(vm, v),
        Some(ObjKind::Exc) if is_user_obj(v) => return user_truthy(vm, v),
        Some(ObjKind::List | ObjKind::Tuple | ObjKind::Dict | ObjKind::Set)
            if is_sub_builtin(v) && has_user_len_or_bool(v) =>
        {
            return user_truthy(vm, v)
        }
        Some(ObjKind::Str) => !v.cast::<StrObj>().s.is_empty(),
        Some(ObjKind::Bytes) => !v.cast::<BytesObj>().data.is_empty(),
        Some(ObjKind::ByteArray) => !v.cast::<ByteArrayObj>().data.lock().is_empty(),
        Some(ObjKind::Int) => true, // normalised: never zero
        Some(ObjKind::List) => !v.cast::<ListObj>().items.is_empty(),
        Some(ObjKind::Tuple) => !v.cast::<TupleObj>().items.is_empty(),
        Some(ObjKind::Dict) => v.cast::<DictObj>().table.len() != 0,
        Some(ObjKind::Set) => v.cast::<SetObj>().table.len() != 0,
        Some(ObjKind::Range) => v.cast::<RangeObj>().len() != 0,
        Some(ObjKind::DictView) => v.cast::<DictViewObj>().d.cast::<DictObj>().table.len() != 0,
        _ => true,
    })
}

/// Python's `len()` for builtin containers (None if `v` has no length).
pub fn len_of(v: Value) -> Option<usize> {
    Some(match v.kind()? {
        ObjKind::Str => v.cast::<StrObj>().nchars,
        ObjKind::Bytes => v.cast::<BytesObj>().data.len(),
        ObjKind::ByteArray => v.cast::<ByteArrayObj>().data.lock().len(),
        ObjKind::List => v.cast::<ListObj>().items.len(),
        ObjKind::Tuple => v.cast::<TupleObj>().items.len(),
        ObjKind::Dict => v.cast::<DictObj>().table.len(),
        ObjKind::Set => v.cast::<SetObj>().table.len(),
        ObjKind::Range => v.cast::<RangeObj>().len() as usize,
        ObjKind::DictView => v.cast::<DictViewObj>().d.cast::<DictObj>().table.len(),
        ObjKind::MappingProxy => v.cast::<MappingProxyObj>().d.cast::<DictObj>().table.len(),
        _ => return None,
    })
}

// ---- rooting ------------------------------------------------------------------

/// Run `f` with `vals` pushed on `vm.roots`; the roots are popped on every path.
#[inline]
pub(crate) fn with_roots<T>(
    vm: &mut Vm,
    vals: &[Value],
    f: impl FnOnce(&mut Vm) -> PyResult<T>,
) -> PyResult<T> {
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(vals);
    let r = f(vm);
    vm.roots.truncate(mark);
    r
}

/// The attribute dict in `slot` (the `dict` field of a function, an exception or a
/// builtin-subclass instance), created on first use. Two threads creating it at once
/// agree on one dict: the first compare-exchange publishes it (Release: its contents
/// are initialised), and the other thread's new dict is left to the collector.
pub(crate) fn ensure_attr_dict(slot: &mut Value) -> Value {
    use std::sync::atomic::{AtomicU64, Ordering};
    const _: () = assert!(std::mem::align_of::<Value>() >= std::mem::align_of::<AtomicU64>());
    // SAFETY: Value is repr(transparent) over u64, aligned for AtomicU64 (checked
    // above); every concurrent access to these fields is a whole-word access.
    let a = unsafe { AtomicU64::from_ptr(slot as *mut Value as *mut u64) };
    let cur = Value(a.load(Ordering::Acquire));
    if !cur.is_null() {
        return cur;
    }
    let d = crate::rt::new_dict();
    match a.compare_exchange(Value::NULL.0, d.0, Ordering::AcqRel, Ordering::Acquire) {
        Ok(_) => d,
        Err(w) => Value(w),
    }
}

/// Raise MemoryError (no message, as CPython).
pub(crate) fn memory_error(vm: &mut Vm) -> Raised {
    let e = new_exception(rt().excs.memory_error, &[]);
    vm.set_exc(e)
}

/// Total physical memory in bytes (cached); allocations larger than this raise
/// MemoryError up front instead of aborting or being OOM-killed.
pub(crate) fn physical_memory() -> usize {
    use std::sync::OnceLock;
    static MEM: OnceLock<usize> = OnceLock::new();
    *MEM.get_or_init(|| {
        // SAFETY: sysconf is thread-safe and has no preconditions.
        let (pages, size) = unsafe {
            (
                libc::sysconf(libc::_SC_PHYS_PAGES),
                libc::sysconf(libc::_SC_PAGESIZE),
            )
        };
        if pages > 0 && size > 0 {
            (pages as usize).saturating_mul(size as usize)
        } else {
            1 << 34
        }
    })
}

/// Check that `n` items of `item_size` bytes may be allocated; MemoryError otherwise.
#[inline]
pub(crate) fn check_alloc(vm: &mut Vm, n: usize, item_size: usize) -> PyResult<()> {
    match n.checked_mul(item_size) {
        Some(b) if b <= physical_memory() && n < (1usize << 40) => Ok(()),
        _ => Err(memory_error(vm)),
    }
}

/// A Vec with room for `n` values, or MemoryError.
pub(crate) fn try_vec<T>(vm: &mut Vm, n: usize) -> PyResult<Vec<T>> {
    check_alloc(vm, n, std::mem::size_of::<T>().max(1))?;
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return Err(memory_error(vm));
    }
    if n > 512 {
        note_bytes(n * std::mem::size_of::<T>());
    }
    Ok(v)
}

/// The elements a dict view currently shows: keys, values or (key, value) tuples.
pub fn dict_view_items(view: Value) -> Vec<Value> {
    let dv = view.cast::<DictViewObj>();
    let t = &dv.d.cast::<DictObj>().table;
    match dv.mode {
        0 => t.iter().map(|e| e.key).collect(),
        1 => t.iter().map(|e| e.value).collect(),
        _ => t.iter().map(|e| new_tuple(vec![e.key, e.value])).collect(),
    }
}

/// `d.keys()` / `d.values()` / `d.items()`.
pub fn new_dict_view(d: Value, mode: u8) -> Value {
    alloc(DictViewObj { d, mode })
}

/// keys() and items() views behave like sets (values() does not).
pub fn is_set_like_view(v: Value) -> bool {
    v.get::<DictViewObj>().is_some_and(|dv| dv.mode != 1)
}

/// A new set holding a view's elements (or, for any other iterable, its items).
pub fn view_to_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = new_set(false);
    let items = if v.is_kind(ObjKind::DictView) {
        new_list(dict_view_items(v))
    } else {
        v
    };
    with_roots(vm, &[s, items], |vm| set_update(vm, s, items))?;
    Ok(s)
}

/// Call `module.name(*args)` of the embedded Python library (runtime rules written
/// in Python, such as `_kiln_types`): the module is imported on first use.
pub(crate) fn call_lib(vm: &mut Vm, module: &str, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = import_name(vm, crate::rt::intern(module))?;
    let f = getattr(vm, m, crate::rt::intern(name))?;
    vm.call(f, args, &[])
}
