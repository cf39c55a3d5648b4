//! `set` and `frozenset`: constructors and methods. Algorithms follow CPython's
//! setobject.c (which operand is iterated, into which fresh table elements are
//! added) so that the iteration order of results — and therefore printed output —
//! matches CPython.

use super::*;
use crate::set::SetTable;

pub(crate) fn install() {
    let common: &[(&'static str, NativeFn)] = &[
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
    ];
    add_methods(rt().types.set, common);
    add_methods(rt().types.frozenset, common);
    add_methods(
        rt().types.set,
        &[
            ("add", add),
            ("remove", remove),
            ("discard", discard),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
        ],
    );
}

#[inline]
fn tbl(v: Value) -> &'static SetTable {
    &v.cast::<SetObj>().table
}

#[inline]
fn is_set(v: Value) -> bool {
    v.is_kind(ObjKind::Set)
}

#[inline]
fn is_frozen(v: Value) -> bool {
    v.cast::<SetObj>().frozen
}

fn recv_set(vm: &mut Vm, recv: Value, meth: &str, mutating: bool) -> PyResult<()> {
    match recv.get::<SetObj>() {
        Some(s) if !(mutating && s.frozen) => Ok(()),
        _ => {
            let t = if mutating { "set" } else { "frozenset" };
            Err(vm.type_error(format!(
                "descriptor '{meth}' for '{t}' objects doesn't apply to a '{}' object",
                ops::type_name(recv)
            )))
        }
    }
}

fn add_key(vm: &mut Vm, s: Value, k: Value) -> PyResult<bool> {
    let h = ops::hash(vm, k)?;
    tbl(s).add(h, k, &mut |a, b| ops::eq(vm, a, b))
}

fn contains_key(vm: &mut Vm, s: Value, k: Value) -> PyResult<bool> {
    let h = ops::hash(vm, k)?;
    tbl(s).contains(h, k, &mut |a, b| ops::eq(vm, a, b))
}

fn contains_hashed(vm: &mut Vm, s: Value, k: Value, h: i64) -> PyResult<bool> {
    tbl(s).contains(h, k, &mut |a, b| ops::eq(vm, a, b))
}

fn discard_hashed(vm: &mut Vm, s: Value, k: Value, h: i64) -> PyResult<bool> {
    tbl(s).discard(h, k, &mut |a, b| ops::eq(vm, a, b))
}

/// Snapshot of a set's (key, hash) pairs in slot order, its keys rooted in `vm.roots`
/// (every caller runs inside `with_roots`): the loops over it call `__eq__`, which may
/// remove keys from `s` (or another thread may) and reach a collection.
fn entries(vm: &mut Vm, s: Value) -> Vec<(Value, i64)> {
    let e: Vec<(Value, i64)> = tbl(s).iter().collect();
    vm.roots.extend(e.iter().map(|&(k, _)| k));
    e
}

/// A new set of the same kind as `like` holding `src`'s elements (CPython's set_copy).
fn copy_of(vm: &mut Vm, src: Value, frozen: bool) -> PyResult<Value> {
    let r = ops::new_set(frozen);
    tbl(r).merge(tbl(src), &mut |a, b| ops::eq(vm, a, b))?;
    Ok(r)
}

/// `s |= other` for any iterable (CPython's set_update_internal).
pub(crate) fn update_internal(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if is_set(other) {
        return tbl(s).merge(tbl(other), &mut |a, b| ops::eq(vm, a, b));
    }
    ops::set_update(vm, s, other)
}

/// `other` as a set: itself if it already is one, else a new set built from it.
fn as_set(vm: &mut Vm, other: Value) -> PyResult<Value> {
    if is_set(other) {
        return Ok(other);
    }
    let r = ops::new_set(false);
    vm.roots.push(r);
    ops::set_update(vm, r, other)?;
    Ok(r)
}

pub(crate) fn set_new(vm: &mut Vm, a: &Args, frozen: bool) -> R {
    let name = if frozen { "frozenset" } else { "set" };
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    check_npos(vm, a.pos.len(), name, 0, 1)?;
    let s = ops::new_set(frozen);
    if let Some(&src) = a.pos.first() {
        if frozen
            && src
                .get::<SetObj>()
                .is_some_and(|o| o.frozen && o.cls.is_null())
        {
            return Ok(src);
        }
        with_roots(vm, |vm| {
            vm.roots.push(s);
            update_internal(vm, s, src)
        })?;
    }
    Ok(s)
}

fn dunder_len(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "__len__", false)?;
    no_args(vm, a, "set.__len__")?;
    Ok(int(tbl(recv).len() as i64))
}

fn dunder_contains(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "__contains__", false)?;
    let k = one_arg(vm, a, "set.__contains__")?;
    Ok(Value::bool(contains_key(vm, recv, k)?))
}

// ---- mutation -----------------------------------------------------------------------

fn add(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "add", true)?;
    let k = one_arg(vm, a, "set.add")?;
    add_key(vm, recv, k)?;
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "remove", true)?;
    let k = one_arg(vm, a, "set.remove")?;
    let h = ops::hash(vm, k)?;
    if !discard_hashed(vm, recv, k, h)? {
        return Err(vm.set_exc(ops::new_exception(rt().excs.key_error, &[k])));
    }
    Ok(Value::NONE)
}

fn discard(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "discard", true)?;
    let k = one_arg(vm, a, "set.discard")?;
    let h = ops::hash(vm, k)?;
    discard_hashed(vm, recv, k, h)?;
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "pop", true)?;
    no_args(vm, a, "set.pop")?;
    match tbl(recv).pop() {
        Some(v) => Ok(v),
        None => {
            let m = ops::new_str("pop from an empty set");
            Err(vm.set_exc(ops::new_exception(rt().excs.key_error, &[m])))
        }
    }
}

fn clear(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "clear", true)?;
    no_args(vm, a, "set.clear")?;
    tbl(recv).clear();
    Ok(Value::NONE)
}

fn update(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "update", true)?;
    check_pos(vm, a, "update", 0, usize::MAX)?;
    for &o in a.pos {
        update_internal(vm, recv, o)?;
    }
    Ok(Value::NONE)
}

// ---- algebra --------------------------------------------------------------------------

fn copy(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "copy", false)?;
    no_args(vm, a, "set.copy")?;
    if is_frozen(recv) {
        return Ok(recv);
    }
    copy_of(vm, recv, false)
}

fn union(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "union", false)?;
    check_pos(vm, a, "union", 0, usize::MAX)?;
    let r = copy_of(vm, recv, is_frozen(recv))?;
    with_roots(vm, |vm| {
        vm.roots.push(r);
        for &o in a.pos {
            if o == recv {
                continue;
            }
            update_internal(vm, r, o)?;
        }
        Ok(r)
    })
}

/// CPython's set_intersection(so, other) → a new set of so's kind.
fn intersection2(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let frozen = is_frozen(so);
    let r = ops::new_set(frozen);
    vm.roots.push(r);
    if is_set(other) {
        let (mut big, mut small) = (so, other);
        if tbl(small).len() > tbl(big).len() {
            std::mem::swap(&mut big, &mut small);
        }
        for (k, h) in entries(vm, small) {
            if contains_hashed(vm, big, k, h)? {
                tbl(r).add(h, k, &mut |a, b| ops::eq(vm, a, b))?;
            }
        }
        return Ok(r);
    }
    let it = ops::get_iter(vm, other)?;
    vm.roots.push(it);
    while let Some(k) = ops::iter_next(vm, it)? {
        let h = ops::hash(vm, k)?;
        if contains_hashed(vm, so, k, h)? {
            tbl(r).add(h, k, &mut |a, b| ops::eq(vm, a, b))?;
        }
    }
    Ok(r)
}

fn intersection_multi(vm: &mut Vm, recv: Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return if is_frozen(recv) {
            Ok(recv)
        } else {
            copy_of(vm, recv, false)
        };
    }
    with_roots(vm, |vm| {
        let mut r = recv;
        for &o in others {
            r = intersection2(vm, r, o)?;
            vm.roots.push(r);
        }
        Ok(r)
    })
}

fn intersection(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "intersection", false)?;
    check_pos(vm, a, "intersection", 0, usize::MAX)?;
    intersection_multi(vm, recv, a.pos)
}

fn intersection_update(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "intersection_update", true)?;
    check_pos(vm, a, "intersection_update", 0, usize::MAX)?;
    let r = intersection_multi(vm, recv, a.pos)?;
    if r != recv {
        tbl(recv).assign(tbl(r));
    }
    Ok(Value::NONE)
}

/// CPython's set_difference_update_internal(so, other).
fn difference_update_internal(vm: &mut Vm, so: Value, other: Value) -> PyResult<()> {
    if so == other {
        tbl(so).clear();
        return Ok(());
    }
    if is_set(other) {
        let other = if tbl(other).len() >> 3 > tbl(so).len() {
            intersection2(vm, so, other)?
        } else {
            other
        };
        vm.roots.push(other);
        for (k, h) in entries(vm, other) {
            discard_hashed(vm, so, k, h)?;
        }
        return Ok(());
    }
    let it = ops::get_iter(vm, other)?;
    vm.roots.push(it);
    while let Some(k) = ops::iter_next(vm, it)? {
        let h = ops::hash(vm, k)?;
        discard_hashed(vm, so, k, h)?;
    }
    Ok(())
}

/// CPython's set_difference(so, other).
fn difference2(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let frozen = is_frozen(so);
    let other_size = if is_set(other) {
        Some(tbl(other).len())
    } else {
        other.get::<DictObj>().map(|d| d.table.len())
    };
    match other_size {
        Some(n) if tbl(so).len() >> 2 <= n => {
            let r = ops::new_set(frozen);
            vm.roots.push(r);
            let is_dict = other.is_kind(ObjKind::Dict);
            for (k, h) in entries(vm, so) {
                let present = if is_dict {
                    ops::dict_get(vm, other, k)?.is_some()
                } else {
                    contains_hashed(vm, other, k, h)?
                };
                if !present {
                    tbl(r).add(h, k, &mut |a, b| ops::eq(vm, a, b))?;
                }
            }
            Ok(r)
        }
        _ => {
            let r = copy_of(vm, so, frozen)?;
            vm.roots.push(r);
            difference_update_internal(vm, r, other)?;
            Ok(r)
        }
    }
}

fn difference(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "difference", false)?;
    check_pos(vm, a, "difference", 0, usize::MAX)?;
    if a.pos.is_empty() {
        return if is_frozen(recv) {
            Ok(recv)
        } else {
            copy_of(vm, recv, false)
        };
    }
    with_roots(vm, |vm| {
        let r = difference2(vm, recv, a.pos[0])?;
        vm.roots.push(r);
        for &o in &a.pos[1..] {
            difference_update_internal(vm, r, o)?;
        }
        Ok(r)
    })
}

fn difference_update(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "difference_update", true)?;
    check_pos(vm, a, "difference_update", 0, usize::MAX)?;
    with_roots(vm, |vm| {
        for &o in a.pos {
            difference_update_internal(vm, recv, o)?;
        }
        Ok(Value::NONE)
    })
}

/// CPython's set_symmetric_difference_update(so, other).
fn symdiff_update_internal(vm: &mut Vm, so: Value, other: Value) -> PyResult<()> {
    if so == other {
        tbl(so).clear();
        return Ok(());
    }
    let otherset = as_set(vm, other)?;
    for (k, h) in entries(vm, otherset) {
        if !discard_hashed(vm, so, k, h)? {
            tbl(so).add(h, k, &mut |a, b| ops::eq(vm, a, b))?;
        }
    }
    Ok(())
}

fn symmetric_difference(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "symmetric_difference", false)?;
    let other = one_arg(vm, a, "set.symmetric_difference")?;
    with_roots(vm, |vm| {
        // otherset = type(so)(other); otherset ^= so
        let r = ops::new_set(is_frozen(recv));
        vm.roots.push(r);
        update_internal(vm, r, other)?;
        symdiff_update_internal(vm, r, recv)?;
        Ok(r)
    })
}

fn symmetric_difference_update(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "symmetric_difference_update", true)?;
    let other = one_arg(vm, a, "set.symmetric_difference_update")?;
    with_roots(vm, |vm| symdiff_update_internal(vm, recv, other))?;
    Ok(Value::NONE)
}

// ---- predicates -------------------------------------------------------------------------

fn issubset(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "issubset", false)?;
    let other = one_arg(vm, a, "set.issubset")?;
    with_roots(vm, |vm| {
        let o = as_set(vm, other)?;
        if tbl(recv).len() > tbl(o).len() {
            return Ok(Value::FALSE);
        }
        for (k, h) in entries(vm, recv) {
            if !contains_hashed(vm, o, k, h)? {
                return Ok(Value::FALSE);
            }
        }
        Ok(Value::TRUE)
    })
}

fn issuperset(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "issuperset", false)?;
    let other = one_arg(vm, a, "set.issuperset")?;
    with_roots(vm, |vm| {
        if is_set(other) {
            if tbl(other).len() > tbl(recv).len() {
                return Ok(Value::FALSE);
            }
            for (k, h) in entries(vm, other) {
                if !contains_hashed(vm, recv, k, h)? {
                    return Ok(Value::FALSE);
                }
            }
            return Ok(Value::TRUE);
        }
        let it = ops::get_iter(vm, other)?;
        vm.roots.push(it);
        while let Some(k) = ops::iter_next(vm, it)? {
            if !contains_key(vm, recv, k)? {
                return Ok(Value::FALSE);
            }
        }
        Ok(Value::TRUE)
    })
}

fn isdisjoint(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_set(vm, recv, "isdisjoint", false)?;
    let other = one_arg(vm, a, "set.isdisjoint")?;
    with_roots(vm, |vm| {
        if is_set(other) {
            let (mut big, mut small) = (recv, other);
            if tbl(small).len() > tbl(big).len() {
                std::mem::swap(&mut big, &mut small);
            }
            for (k, h) in entries(vm, small) {
                if contains_hashed(vm, big, k, h)? {
                    return Ok(Value::FALSE);
                }
            }
            return Ok(Value::TRUE);
        }
        let it = ops::get_iter(vm, other)?;
        vm.roots.push(it);
        while let Some(k) = ops::iter_next(vm, it)? {
            if contains_key(vm, recv, k)? {
                return Ok(Value::FALSE);
            }
        }
        Ok(Value::TRUE)
    })
}
