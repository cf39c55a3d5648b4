//! Equality, ordering and hashing.

use super::num::{cmp_int_float, cmp_ints, hash_bigint, hash_f64, hash_i64};
use super::*;
use crate::bytecode::CmpKind;
use std::cmp::Ordering;

#[inline(always)]
pub fn cmp_ord(kind: CmpKind, o: Ordering) -> bool {
    match kind {
        CmpKind::Lt => o == Ordering::Less,
        CmpKind::Le => o != Ordering::Greater,
        CmpKind::Eq => o == Ordering::Equal,
        CmpKind::Ne => o != Ordering::Equal,
        CmpKind::Gt => o == Ordering::Greater,
        CmpKind::Ge => o != Ordering::Less,
    }
}

#[inline(always)]
pub fn cmp_f64(kind: CmpKind, a: f64, b: f64) -> bool {
    match kind {
        CmpKind::Lt => a < b,
        CmpKind::Le => a <= b,
        CmpKind::Eq => a == b,
        CmpKind::Ne => a != b,
        CmpKind::Gt => a > b,
        CmpKind::Ge => a >= b,
    }
}

/// Key equality for dict/set probing: identity, str bytes, ints, then `eq`.
#[inline]
pub fn key_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if a.is_small() && b.is_small() {
        return Ok(false);
    }
    if let (Some(x), Some(y)) = (a.get::<StrObj>(), b.get::<StrObj>()) {
        return Ok(x.s == y.s);
    }
    eq(vm, a, b)
}

/// Element equality inside containers (CPython's PyObject_RichCompareBool: identity first).
#[inline]
pub(crate) fn eq_elem(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    eq(vm, a, b)
}

/// Numeric comparison of two numbers (int/bool/float); None if either is NaN.
fn num_cmp(a: Value, b: Value) -> Option<Ordering> {
    match (a.is_float(), b.is_float()) {
        (true, true) => a.as_float().partial_cmp(&b.as_float()),
        (false, false) => Some(cmp_ints(a, b)),
        (true, false) => cmp_int_float(b, a.as_float()).map(Ordering::reverse),
        (false, true) => cmp_int_float(a, b.as_float()),
    }
}

#[inline(always)]
fn is_num(v: Value) -> bool {
    v.is_float() || is_int(v)
}

/// `a == b`.
pub fn eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.is_small() && b.is_small() {
        return Ok(a == b);
    }
    if a.is_float() && b.is_float() {
        return Ok(a.as_float() == b.as_float());
    }
    if is_user_obj(a) || is_user_obj(b) {
        return user_eq(vm, a, b);
    }
    eq_base(vm, a, b)
}

/// `a == b` by the builtin types' own rules (no user special methods consulted for
/// `a` and `b` themselves; elements still compare normally).
pub fn eq_base(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if is_num(a) && is_num(b) {
        return Ok(num_cmp(a, b) == Some(Ordering::Equal));
    }
    if a == b {
        return Ok(true);
    }
    let (Some(ka), Some(kb)) = (a.kind(), b.kind()) else {
        return Ok(false);
    };
    if (ka == ObjKind::DictView || kb == ObjKind::DictView)
        && (is_set_like_view(a) || ka == ObjKind::Set)
        && (is_set_like_view(b) || kb == ObjKind::Set)
    {
        let sa = view_to_set(vm, a)?;
        let mark = vm.roots.len();
        vm.roots.push(sa);
        let r = view_to_set(vm, b).and_then(|sb| eq(vm, sa, sb));
        vm.roots.truncate(mark);
        return r;
    }
    match (ka, kb) {
        (ObjKind::Str, ObjKind::Str) => Ok(str_of(a) == str_of(b)),
        (ObjKind::Bytes, ObjKind::Bytes) => {
            Ok(a.cast::<BytesObj>().data == b.cast::<BytesObj>().data)
        }
        (ObjKind::Bytes | ObjKind::ByteArray, ObjKind::Bytes | ObjKind::ByteArray) => {
            let (x, y) = (
                crate::builtins::bytes::bytes_like(a).expect("bytes-like"),
                crate::builtins::bytes::bytes_like(b).expect("bytes-like"),
            );
            Ok(x == y)
        }
        (ObjKind::Tuple, ObjKind::Tuple) => {
            let (x, y) = (&a.cast::<TupleObj>().items, &b.cast::<TupleObj>().items);
            seq_eq(vm, x, y)
        }
        (ObjKind::List, ObjKind::List) => {
            if a.cast::<ListObj>().items.len() != b.cast::<ListObj>().items.len() {
                return Ok(false);
            }
            // Re-read the lists each step: element comparisons may mutate them.
            let mut i = 0;
            loop {
                let (x, y) = (&a.cast::<ListObj>().items, &b.cast::<ListObj>().items);
                let (Some(p), Some(q)) = (x.get(i), y.get(i)) else {
                    return Ok(x.len() == y.len());
                };
                if !eq_elem(vm, p, q)? {
                    return Ok(false);
                }
                i += 1;
            }
        }
        (ObjKind::Dict, ObjKind::Dict) => dict_eq(vm, a, b),
        (ObjKind::Set, ObjKind::Set) => {
            let (x, y) = (a.cast::<SetObj>(), b.cast::<SetObj>());
            if x.table.len() != y.table.len() {
                return Ok(false);
            }
            set_issubset(vm, a, b)
        }
        (ObjKind::Range, ObjKind::Range) => {
            let (x, y) = (a.cast::<RangeObj>(), b.cast::<RangeObj>());
            let (lx, ly) = (x.len(), y.len());
            Ok(lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step))))
        }
        (ObjKind::Slice, ObjKind::Slice) => {
            let (x, y) = (a.cast::<SliceObj>(), b.cast::<SliceObj>());
            let (p, q) = ([x.start, x.stop, x.step], [y.start, y.stop, y.step]);
            seq_eq(vm, &p, &q)
        }
        (ObjKind::BoundMethod, ObjKind::BoundMethod) => {
            let (x, y) = (a.cast::<BoundMethodObj>(), b.cast::<BoundMethodObj>());
            Ok(x.func == y.func && x.self_ == y.self_)
        }
        (ObjKind::Builtin, ObjKind::Builtin) => {
            let (x, y) = (a.cast::<BuiltinObj>(), b.cast::<BuiltinObj>());
            Ok(x.f as usize == y.f as usize
                && x.recv == y.recv
                && x.owner == y.owner
                && !x.recv.is_null())
        }
        _ => Ok(false),
    }
}

fn seq_eq(vm: &mut Vm, x: &[Value], y: &[Value]) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for (&p, &q) in x.iter().zip(y.iter()) {
        if !eq_elem(vm, p, q)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn dict_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.cast::<DictObj>().table.len() != b.cast::<DictObj>().table.len() {
        return Ok(false);
    }
    let entries: Vec<crate::dict::Entry> = a.cast::<DictObj>().table.iter().collect();
    for e in entries {
        let other = b
            .cast::<DictObj>()
            .table
            .get(e.hash, e.key, &mut |x, y| key_eq(vm, x, y))?;
        match other {
            Some(v) => {
                if !eq_elem(vm, e.value, v)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// Every element of set `a` is in set `b`.
pub(crate) fn set_issubset(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.cast::<SetObj>().table.len() > b.cast::<SetObj>().table.len() {
        return Ok(false);
    }
    // Slot by slot (no copy of `a`): a key read from `a` is passed to any `__eq__`
    // that runs, which roots it.
    let mut i = 0;
    while let Some(slot) = a.cast::<SetObj>().table.slot_entry(i) {
        if let Some((k, h)) = slot {
            if !b
                .cast::<SetObj>()
                .table
                .contains(h, k, &mut |x, y| key_eq(vm, x, y))?
            {
                return Ok(false);
            }
        }
        i += 1;
    }
    Ok(true)
}

fn not_supported(vm: &mut Vm, kind: CmpKind, a: Value, b: Value) -> Raised {
    vm.type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        kind.symbol(),
        type_name(a),
        type_name(b)
    ))
}

/// The ordering of `a` and `b` for `<`-style comparisons; `Ok(None)` means unordered
/// (NaN involved). Raises TypeError for incomparable types.
fn order(vm: &mut Vm, kind: CmpKind, a: Value, b: Value) -> PyResult<Result<Ordering, bool>> {
    if is_user_obj(a) || is_user_obj(b) {
        let r = user_compare(vm, kind, a, b)?;
        let t = if r.is_bool() {
            r == Value::TRUE
        } else {
            with_roots(vm, &[r], |vm| truthy(vm, r))?
        };
        return Ok(Err(t));
    }
    order_base(vm, kind, a, b)
}

fn order_base(vm: &mut Vm, kind: CmpKind, a: Value, b: Value) -> PyResult<Result<Ordering, bool>> {
    if is_num(a) && is_num(b) {
        return Ok(match num_cmp(a, b) {
            Some(o) => Ok(o),
            None => Err(kind == CmpKind::Ne),
        });
    }
    match (a.kind(), b.kind()) {
        (Some(ObjKind::Str), Some(ObjKind::Str)) => Ok(Ok(str_of(a).cmp(str_of(b)))),
        (Some(ObjKind::Bytes), Some(ObjKind::Bytes)) => Ok(Ok(a
            .cast::<BytesObj>()
            .data
            .cmp(&b.cast::<BytesObj>().data))),
        (Some(ObjKind::Bytes | ObjKind::ByteArray), Some(ObjKind::Bytes | ObjKind::ByteArray)) => {
            let (x, y) = (
                crate::builtins::bytes::bytes_like(a).expect("bytes-like"),
                crate::builtins::bytes::bytes_like(b).expect("bytes-like"),
            );
            Ok(Ok(x.cmp(&y)))
        }
        (Some(ObjKind::List), Some(ObjKind::List))
        | (Some(ObjKind::Tuple), Some(ObjKind::Tuple)) => seq_order(vm, kind, a, b),
        (Some(ObjKind::Set), Some(ObjKind::Set)) => {
            let (la, lb) = (
                a.cast::<SetObj>().table.len(),
                b.cast::<SetObj>().table.len(),
            );
            let r = match kind {
                CmpKind::Lt => la < lb && set_issubset(vm, a, b)?,
                CmpKind::Le => set_issubset(vm, a, b)?,
                CmpKind::Gt => la > lb && set_issubset(vm, b, a)?,
                CmpKind::Ge => set_issubset(vm, b, a)?,
                CmpKind::Eq => eq(vm, a, b)?,
                CmpKind::Ne => !eq(vm, a, b)?,
            };
            Ok(Err(r))
        }
        _ => Err(not_supported(vm, kind, a, b)),
    }
}

/// (length, item i) of a list or tuple, re-read at each step.
fn item_of(v: Value, i: usize) -> (usize, Option<Value>) {
    match v.get::<ListObj>() {
        Some(l) => (l.items.len(), l.items.get(i)),
        None => {
            let t = &v.cast::<TupleObj>().items;
            (t.len(), t.get(i).copied())
        }
    }
}

/// Lexicographic comparison of two lists or two tuples: find the first differing
/// element (by ==), then compare it with `kind`, else compare lengths.
fn seq_order(vm: &mut Vm, kind: CmpKind, a: Value, b: Value) -> PyResult<Result<Ordering, bool>> {
    let mut i = 0;
    loop {
        let ((nx, x), (ny, y)) = (item_of(a, i), item_of(b, i));
        let (Some(p), Some(q)) = (x, y) else {
            return Ok(Ok(nx.min(i).cmp(&ny.min(i)).then(nx.cmp(&ny))));
        };
        if !eq_elem(vm, p, q)? {
            return Ok(Err(match kind {
                CmpKind::Eq => false,
                CmpKind::Ne => true,
                _ => {
                    let r = compare(vm, kind, p, q)?;
                    truthy(vm, r)?
                }
            }));
        }
        i += 1;
    }
}

/// `a <kind> b` as a Python value.
pub fn compare(vm: &mut Vm, kind: CmpKind, a: Value, b: Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.get::<StrObj>(), b.get::<StrObj>()) {
        // Two strs (exact: subclasses are instances): code point order is UTF-8 byte
        // order.
        let o = if a == b {
            Ordering::Equal
        } else {
            x.s.as_bytes().cmp(y.s.as_bytes())
        };
        return Ok(Value::bool(cmp_ord(kind, o)));
    }
    if is_user_obj(a) || is_user_obj(b) {
        return user_compare(vm, kind, a, b);
    }
    match kind {
        CmpKind::Eq => return Ok(Value::bool(eq(vm, a, b)?)),
        CmpKind::Ne => return Ok(Value::bool(!eq(vm, a, b)?)),
        _ => {}
    }
    Ok(Value::bool(match order(vm, kind, a, b)? {
        Ok(o) => cmp_ord(kind, o),
        Err(b) => b,
    }))
}

/// `a <kind> b` by the builtin types' own rules, ignoring user overrides on `a` and
/// `b` themselves (what `list.__eq__` & co. do for subclass instances).
pub fn compare_base(vm: &mut Vm, kind: CmpKind, a: Value, b: Value) -> PyResult<Value> {
    match kind {
        CmpKind::Eq => return Ok(Value::bool(eq_base(vm, a, b)?)),
        CmpKind::Ne => return Ok(Value::bool(!eq_base(vm, a, b)?)),
        _ => {}
    }
    Ok(Value::bool(match order_base(vm, kind, a, b)? {
        Ok(o) => cmp_ord(kind, o),
        Err(b) => b,
    }))
}

/// `a < b` as a Rust bool (sorting, min, max).
#[inline]
pub fn lt(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.is_small() && b.is_small() {
        return Ok(a.as_small() < b.as_small());
    }
    if a.is_float() && b.is_float() {
        return Ok(a.as_float() < b.as_float());
    }
    if let (Some(x), Some(y)) = (a.get::<StrObj>(), b.get::<StrObj>()) {
        return Ok(x.s < y.s);
    }
    Ok(match order(vm, CmpKind::Lt, a, b)? {
        Ok(o) => o == Ordering::Less,
        Err(b) => b,
    })
}

// ---- hashing ----------------------------------------------------------------------

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython's tuplehash (xxHash-based, 3.8+) over element hashes.
pub(crate) fn tuple_hash_of(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = hashes.len();
    let mut acc = XXPRIME_5;
    for h in hashes {
        acc = tuple_hash_step(acc, h);
    }
    tuple_hash_finish(acc, len)
}

/// One item of CPython's tuple hash (xxHash's round).
#[inline(always)]
fn tuple_hash_step(acc: u64, h: i64) -> u64 {
    acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2))
        .rotate_left(31)
        .wrapping_mul(XXPRIME_1)
}

#[inline(always)]
fn tuple_hash_finish(acc: u64, len: usize) -> i64 {
    let acc = acc.wrapping_add(len as u64 ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// CPython's frozenset hash over the element hashes.
pub(crate) fn frozenset_hash_of(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut hash: u64 = 0;
    for h in hashes {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (len as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

/// Identity hash (CPython's _Py_HashPointer): `object.__hash__`.
#[inline]
pub fn identity_hash(v: Value) -> i64 {
    pointer_hash(v)
}

#[inline]
fn pointer_hash(v: Value) -> i64 {
    let p = v.0;
    let h = p.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn unhashable(vm: &mut Vm, v: Value) -> Raised {
    vm.type_error(format!("unhashable type: '{}'", type_name(v)))
}

/// `hash(v)`.
#[inline]
pub fn hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_small() {
        return Ok(hash_i64(v.as_small()));
    }
    if let Some(s) = v.get::<StrObj>() {
        return Ok(s.hash());
    }
    hash_slow(vm, v)
}

fn hash_slow(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_float() {
        return Ok(hash_f64(v.as_float()));
    }
    if v.is_bool() {
        return Ok((v == Value::TRUE) as i64);
    }
    if v.is_none() {
        return Ok(0xFCA86420u32 as i64 >> 4);
    }
    if is_sub_builtin(v) {
        return sub_hash(vm, v);
    }
    hash_base(vm, v)
}

/// `hash(v)` for an instance of a user subclass of a builtin container: a user
/// `__hash__`, TypeError when the class (or list/dict/set) set it to None, else the
/// builtin hash.
fn sub_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match lookup_in_mro(type_of(v), names().hash) {
        Some(f) if f.is_none() => Err(unhashable(vm, v)),
        Some(f) if is_user_value(f) => user_hash(vm, v),
        _ => hash_base(vm, v),
    }
}

/// `hash(v)` by the builtin types' own rules (no user `__hash__` on `v` itself).
pub fn hash_base(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_small() {
        return Ok(hash_i64(v.as_small()));
    }
    if let Some(s) = v.get::<StrObj>() {
        return Ok(s.hash());
    }
    if v.is_float() || v.is_bool() || v.is_none() {
        return hash_slow(vm, v);
    }
    match v.kind() {
        Some(ObjKind::Bytes) => Ok(crate::object::bytes_hash(&v.cast::<BytesObj>().data)),
        Some(ObjKind::Int) => Ok(match v.cast::<IntObj>() {
            IntObj::I64(i) => hash_i64(*i),
            IntObj::Big(b) => hash_bigint(b),
        }),
        Some(ObjKind::Tuple) => {
            // Streamed: no vector of item hashes (a tuple key hashed per dict lookup).
            let items = &v.cast::<TupleObj>().items;
            let mut acc = XXPRIME_5;
            for &x in items.iter() {
                acc = tuple_hash_step(acc, hash(vm, x)?);
            }
            Ok(tuple_hash_finish(acc, items.len()))
        }
        Some(ObjKind::Set) => {
            let s = v.cast::<SetObj>();
            if !s.frozen {
                return Err(unhashable(vm, v));
            }
            Ok(frozenset_hash_of(
                s.table.iter().map(|(_, h)| h),
                s.table.len(),
            ))
        }
        Some(ObjKind::Range) => {
            let r = v.cast::<RangeObj>();
            let n = r.len();
            let none_h = hash(vm, Value::NONE)?;
            let hs = if n == 0 {
                [hash_i64(0), none_h, none_h]
            } else if n == 1 {
                [hash_i64(1), hash_i64(r.start), none_h]
            } else {
                [hash_i64(n), hash_i64(r.start), hash_i64(r.step)]
            };
            Ok(tuple_hash_of(hs.into_iter()))
        }
        Some(ObjKind::List | ObjKind::Dict | ObjKind::Slice | ObjKind::ByteArray) => {
            Err(unhashable(vm, v))
        }
        Some(ObjKind::Instance) => user_hash(vm, v),
        Some(ObjKind::Exc) if is_user_obj(v) => user_hash(vm, v),
        Some(ObjKind::BoundMethod) => {
            let b = v.cast::<BoundMethodObj>();
            Ok(pointer_hash(b.func) ^ pointer_hash(b.self_))
        }
        _ => Ok(pointer_hash(v)),
    }
}

/// Hash for set/dict lookups where a (non-frozen) set key is looked up as a frozenset
/// (CPython's set.__contains__ / remove / discard retry).
pub(crate) fn hash_for_set_lookup(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(s) = v.get::<SetObj>() {
        return Ok(frozenset_hash_of(
            s.table.iter().map(|(_, h)| h),
            s.table.len(),
        ));
    }
    hash(vm, v)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn tuple_hash_matches_cpython() {
        // hash(()) and hash((1, 2)) and hash((-1,)) in CPython 3.11
        assert_eq!(tuple_hash_of([].into_iter()), 5740354900026072187);
        assert_eq!(tuple_hash_of([1i64, 2].into_iter()), -3550055125485641917);
        assert_eq!(
            tuple_hash_of([hash_i64(-1)].into_iter()),
            8078679518589016365
        );
    }
    #[test]
    fn frozenset_hash_matches_cpython() {
        assert_eq!(
            frozenset_hash_of([1i64, 2, 3].into_iter(), 3),
            -272375401224217160
        );
        assert_eq!(frozenset_hash_of([].into_iter(), 0), 133146708735736);
    }
}
