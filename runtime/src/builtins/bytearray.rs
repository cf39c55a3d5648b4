//! `bytearray`: mutable bytes. The constructor, the mutating methods (append, extend,
//! insert, pop, remove, clear, reverse, copy), item and slice assignment and deletion,
//! and the operators' helpers (`getitem`, `setitem`, `delitem`, `contains`, `concat`,
//! `repeat`, `extend_in_place`).
//!
//! The methods bytes also has (find, split, replace, decode, ...) run bytes' own code on
//! a snapshot of the contents, so their rules live once in `bytes.rs`; a bytes result
//! comes back as a bytearray (and a list of them as a list of bytearrays), as
//! CPython's bytearray methods answer. The buffer is a `ByteArrayObj`'s lock-guarded
//! `Vec<u8>`: every operation copies in or out, or edits, under the lock, and never
//! runs Python code while holding it.

use super::bytes::{byte_value, bytes_like, bytes_source, find_sub};
use super::*;

pub(crate) fn install() {
    let cls = rt().types.bytearray;
    add_methods(
        cls,
        &[
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("clear", clear),
            ("reverse", reverse),
            ("copy", copy),
            ("__len__", dunder_len),
            ("__alloc__", alloc_size),
        ],
    );
    add_methods(cls, BYTES_METHODS);
    add_classmethod(cls, "fromhex", fromhex);
}

/// A new bytearray holding `data`.
pub(crate) fn new_bytearray(data: Vec<u8>) -> Value {
    if data.len() > 512 {
        crate::heap::note_bytes(data.len());
    }
    alloc(ByteArrayObj {
        data: parking_lot::Mutex::new(data),
    })
}

fn buf(v: Value) -> &'static parking_lot::Mutex<Vec<u8>> {
    &v.cast::<ByteArrayObj>().data
}

/// A copy of the contents.
pub(crate) fn snapshot(v: Value) -> Vec<u8> {
    buf(v).lock().clone()
}

fn recv_bytearray(vm: &mut Vm, recv: Value, meth: &str) -> PyResult<Value> {
    if recv.is_kind(ObjKind::ByteArray) {
        return Ok(recv);
    }
    Err(vm.type_error(format!(
        "descriptor '{meth}' for 'bytearray' objects doesn't apply to a '{}' object",
        ops::type_name(recv)
    )))
}

/// `bytearray()`, `bytearray(n)`, `bytearray(iterable_of_ints)`,
/// `bytearray(bytes_like)`, `bytearray(str, encoding[, errors])`.
pub(crate) fn bytearray_new(vm: &mut Vm, a: &Args) -> R {
    let mut p = [Value::NULL; 3];
    bind(
        vm,
        a,
        "bytearray",
        &["source", "encoding", "errors"],
        0,
        &mut p,
    )?;
    Ok(new_bytearray(bytes_source(vm, p, "bytearray")?))
}

// ---- operators ---------------------------------------------------------------------

/// `ba[key]`: an int for an index, a new bytearray for a slice.
pub(crate) fn getitem(vm: &mut Vm, ba: Value, key: Value) -> R {
    if key.is_kind(ObjKind::Slice) {
        let data = snapshot(ba);
        let (start, _, step, n) = ops::slice_indices(vm, key, data.len())?;
        let out = (0..n)
            .map(|k| data[(start + k as i64 * step) as usize])
            .collect();
        return Ok(new_bytearray(out));
    }
    let i = item_index(vm, key, "bytearray indices")?;
    let data = buf(ba).lock();
    match norm(i, data.len()).map(|j| data[j]) {
        Some(x) => Ok(Value::small(x as i64)),
        None => {
            drop(data);
            Err(vm.raise_msg(rt().excs.index_error, "bytearray index out of range"))
        }
    }
}

/// `ba[key] = v`: a byte value at an index; a bytes-like object or an iterable of
/// ints for a slice (an extended slice must keep its length).
pub(crate) fn setitem(vm: &mut Vm, ba: Value, key: Value, v: Value) -> PyResult<()> {
    if key.is_kind(ObjKind::Slice) {
        let src = if ops::is_int(v) {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)".into(),
            ));
        } else {
            bytes_source(vm, [v, Value::NULL, Value::NULL], "bytearray")?
        };
        let len = buf(ba).lock().len();
        let (start, stop, step, n) = ops::slice_indices(vm, key, len)?;
        if step != 1 && src.len() != n {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                src.len(),
                n
            )));
        }
        let mut data = buf(ba).lock();
        if step == 1 {
            let lo = (start as usize).min(data.len());
            let hi = (stop.max(start) as usize).clamp(lo, data.len());
            data.splice(lo..hi, src);
        } else {
            let mut i = start;
            for x in src {
                if let Some(slot) = data.get_mut(i as usize) {
                    *slot = x;
                }
                i += step;
            }
        }
        return Ok(());
    }
    let i = item_index(vm, key, "bytearray indices")?;
    let x = byte_value(vm, v)?;
    let mut data = buf(ba).lock();
    match norm(i, data.len()) {
        Some(j) => {
            data[j] = x;
            Ok(())
        }
        None => {
            drop(data);
            Err(vm.raise_msg(rt().excs.index_error, "bytearray index out of range"))
        }
    }
}

/// `del ba[key]`.
pub(crate) fn delitem(vm: &mut Vm, ba: Value, key: Value) -> PyResult<()> {
    if key.is_kind(ObjKind::Slice) {
        let len = buf(ba).lock().len();
        let (start, _, step, n) = ops::slice_indices(vm, key, len)?;
        let mut drop_at: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
        drop_at.sort_unstable();
        let mut data = buf(ba).lock();
        let mut k = 0;
        let mut i = 0;
        data.retain(|_| {
            let gone = drop_at.get(k) == Some(&i);
            if gone {
                k += 1;
            }
            i += 1;
            !gone
        });
        return Ok(());
    }
    let i = item_index(vm, key, "bytearray indices")?;
    let mut data = buf(ba).lock();
    match norm(i, data.len()) {
        Some(j) => {
            data.remove(j);
            Ok(())
        }
        None => {
            drop(data);
            Err(vm.raise_msg(rt().excs.index_error, "bytearray index out of range"))
        }
    }
}

/// `x in ba`: an int in 0..256 is a byte, a bytes-like object a subsequence.
pub(crate) fn contains(vm: &mut Vm, ba: Value, x: Value) -> PyResult<bool> {
    if let Some(sub) = bytes_like(x) {
        let data = buf(ba).lock();
        return Ok(find_sub(&data, &sub, 0, data.len()).is_some());
    }
    if ops::is_int(x) {
        let c = byte_value(vm, x)?;
        return Ok(buf(ba).lock().contains(&c));
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        ops::type_name(x)
    )))
}

/// `ba + other`: a new bytearray.
pub(crate) fn concat(vm: &mut Vm, ba: Value, other: Value) -> R {
    let Some(y) = bytes_like(other) else {
        return Err(vm.type_error(format!(
            "can't concat {} to bytearray",
            ops::type_name(other)
        )));
    };
    let mut out = snapshot(ba);
    out.extend_from_slice(&y);
    Ok(new_bytearray(out))
}

/// `ba += other`: extends `ba` in place.
pub(crate) fn extend_in_place(vm: &mut Vm, ba: Value, other: Value) -> R {
    let Some(y) = bytes_like(other) else {
        return Err(vm.type_error(format!(
            "can't concat {} to bytearray",
            ops::type_name(other)
        )));
    };
    buf(ba).lock().extend_from_slice(&y);
    Ok(ba)
}

/// `ba * n` (`inplace`: `ba *= n`, in place).
pub(crate) fn repeat(vm: &mut Vm, ba: Value, n: Value, inplace: bool) -> R {
    if !ops::is_int(n) {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            ops::type_name(n)
        )));
    }
    let c = index_i64(vm, n)?.max(0) as usize;
    let data = snapshot(ba);
    if data.len().saturating_mul(c) > 1 << 40 {
        return Err(vm.raise(rt().excs.memory_error, String::new()));
    }
    let out = data.repeat(c);
    if inplace {
        *buf(ba).lock() = out;
        return Ok(ba);
    }
    Ok(new_bytearray(out))
}

fn item_index(vm: &mut Vm, key: Value, what: &str) -> PyResult<i64> {
    if !ops::is_int(key) && ops::user_index(vm, key)?.is_none() {
        return Err(vm.type_error(format!(
            "{what} must be integers or slices, not {}",
            ops::type_name(key)
        )));
    }
    index_i64(vm, key)
}

fn norm(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    usize::try_from(j).ok().filter(|&j| j < len)
}

// ---- mutating methods ----------------------------------------------------------------

fn append(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let ba = recv_bytearray(vm, recv, "append")?;
    let x = one_arg(vm, a, "bytearray.append")?;
    let c = byte_value(vm, x)?;
    buf(ba).lock().push(c);
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let ba = recv_bytearray(vm, recv, "extend")?;
    let x = one_arg(vm, a, "bytearray.extend")?;
    if is_str(x) {
        return Err(vm.type_error("expected iterable of integers; got: 'str'".into()));
    }
    let more = match bytes_like(x) {
        Some(b) => b.into_owned(),
        None if ops::is_iterable(x) => {
            bytes_source(vm, [x, Value::NULL, Value::NULL], "bytearray")?
        }
        None => {
            return Err(vm.type_error(format!("can't extend bytearray with {}", ops::type_name(x))))
        }
    };
    buf(ba).lock().extend_from_slice(&more);
    Ok(Value::NONE)
}

fn insert(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let ba = recv_bytearray(vm, recv, "insert")?;
    check_pos(vm, a, "insert", 2, 2)?;
    let i = index_i64(vm, a.pos[0])?;
    let c = byte_value(vm, a.pos[1])?;
    let mut data = buf(ba).lock();
    let n = data.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    data.insert(at as usize, c);
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let ba = recv_bytearray(vm, recv, "pop")?;
    check_pos(vm, a, "pop", 0, 1)?;
    let i = match a.pos.first() {
        Some(&x) => index_i64(vm, x)?,
        None => -1,
    };
    let mut data = buf(ba).lock();
    if data.is_empty() {
        drop(data);
        return Err(vm.raise_msg(rt().excs.index_error, "pop from empty bytearray"));
    }
    match norm(i, data.len()) {
        Some(j) => Ok(Value::small(data.remove(j) as i64)),
        None => {
            drop(data);
            Err(vm.raise_msg(rt().excs.index_error, "pop index out of range"))
        }
    }
}

fn remove(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let ba = recv_bytearray(vm, recv, "remove")?;
    let x = one_arg(vm, a, "bytearray.remove")?;
    let c = byte_value(vm, x)?;
    let mut data = buf(ba).lock();
    match data.iter().position(|&b| b == c) {
        Some(j) => {
            data.remove(j);
            Ok(Value::NONE)
        }
        None => {
            drop(data);
            Err(vm.raise_msg(rt().excs.value_error, "value not found in bytearray"))
        }
    }
}

fn clear(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let ba = recv_bytearray(vm, recv, "clear")?;
    check_pos(vm, a, "clear", 0, 0)?;
    buf(ba).lock().clear();
    Ok(Value::NONE)
}

fn reverse(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let ba = recv_bytearray(vm, recv, "reverse")?;
    check_pos(vm, a, "reverse", 0, 0)?;
    buf(ba).lock().reverse();
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let ba = recv_bytearray(vm, recv, "copy")?;
    check_pos(vm, a, "copy", 0, 0)?;
    Ok(new_bytearray(snapshot(ba)))
}

fn dunder_len(vm: &mut Vm, recv: Value, _: &Args) -> R {
    let ba = recv_bytearray(vm, recv, "__len__")?;
    Ok(Value::small(buf(ba).lock().len() as i64))
}

/// `__alloc__()`: the bytes allocated (CPython counts the trailing NUL it keeps).
fn alloc_size(vm: &mut Vm, recv: Value, _: &Args) -> R {
    let ba = recv_bytearray(vm, recv, "__alloc__")?;
    let data = buf(ba).lock();
    Ok(Value::small(if data.capacity() == 0 {
        0
    } else {
        data.capacity() as i64 + 1
    }))
}

// ---- the methods bytes also has ---------------------------------------------------------

/// Run bytes' method `f` on a snapshot of the bytearray; bytes results (alone or in a
/// list) come back as bytearrays.
fn as_bytes_method(vm: &mut Vm, recv: Value, a: &Args, meth: &str, f: NativeFn) -> R {
    let ba = recv_bytearray(vm, recv, meth)?;
    let tmp = ops::new_bytes(snapshot(ba));
    let r = ops::with_roots(vm, &[tmp], |vm| f(vm, tmp, a))?;
    Ok(to_bytearrays(r))
}

fn to_bytearrays(r: Value) -> Value {
    if let Some(b) = super::bytes::bytes_of(r) {
        return new_bytearray(b.to_vec());
    }
    if let Some(l) = r.get::<ListObj>() {
        let items = l.items.to_vec();
        if items.iter().all(|v| v.is_kind(ObjKind::Bytes)) {
            return ops::new_list(items.into_iter().map(to_bytearrays).collect());
        }
    }
    r
}

macro_rules! bytes_methods {
    ($($name:ident),* $(,)?) => {
        $(fn $name(vm: &mut Vm, recv: Value, a: &Args) -> R {
            as_bytes_method(vm, recv, a, stringify!($name), super::bytes::$name)
        })*
        /// The methods bytes also has, by name.
        const BYTES_METHODS: &[(&str, NativeFn)] = &[$((stringify!($name), $name as NativeFn)),*];
    };
}
bytes_methods!(
    decode, hex, find, rfind, index, rindex, count, startswith, endswith, split, join, strip,
    lstrip, rstrip, replace, upper, lower, isdigit, isalpha, isalnum, isspace, isupper, islower,
    translate,
);

/// `bytearray.fromhex(s)`.
fn fromhex(vm: &mut Vm, cls: Value, a: &Args) -> R {
    let r = super::bytes::fromhex(vm, cls, a)?;
    Ok(to_bytearrays(r))
}
