//! `list`: the constructor, list methods (append, extend, insert, pop, remove, index,
//! count, sort, reverse, copy, clear), and the stable sort shared with `sorted()`
//! (`sort_list` / `sort_values`: fast paths for homogeneous small ints / floats / strs,
//! otherwise a fallible merge sort calling `ops::lt`, which may raise).

use super::*;

pub(crate) fn install() {
    add_methods(
        rt().types.list,
        &[
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("sort", sort),
            ("reverse", reverse),
            ("copy", copy),
            ("clear", clear),
            ("__len__", dunder_len),
        ],
    );
}

#[inline]
fn lst<'a>(vm: &mut Vm, recv: Value, meth: &str) -> PyResult<&'a mut ListObj> {
    match recv.get::<ListObj>() {
        Some(l) => Ok(l),
        None => Err(vm.type_error(format!(
            "descriptor '{meth}' for 'list' objects doesn't apply to a '{}' object",
            ops::type_name(recv)
        ))),
    }
}

/// Equality with CPython's identity shortcut and cheap fast paths.
#[inline]
pub(crate) fn eq_fast(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a == b && !a.is_float() {
        return Ok(true);
    }
    if a.is_small() && b.is_small() {
        return Ok(false);
    }
    if is_str(a) && is_str(b) {
        return Ok(ops::str_of(a) == ops::str_of(b));
    }
    ops::eq(vm, a, b)
}

pub(crate) fn list_new(vm: &mut Vm, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments".into()));
    }
    check_npos(vm, a.pos.len(), "list", 0, 1)?;
    match a.pos.first() {
        None => Ok(ops::new_list(Vec::new())),
        Some(&v) => {
            let items = ops::collect_iterable(vm, v)?;
            Ok(ops::new_list(items))
        }
    }
}

fn dunder_len(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let l = lst(vm, recv, "__len__")?;
    no_args(vm, a, "list.__len__")?;
    Ok(int(l.items.len() as i64))
}

fn append(vm: &mut Vm, recv: Value, a: &Args) -> R {
    if let (Some(l), [x], []) = (recv.get::<ListObj>(), a.pos, a.kwnames) {
        l.items.push(*x);
        return Ok(Value::NONE);
    }
    let l = lst(vm, recv, "append")?;
    let x = one_arg(vm, a, "list.append")?;
    l.items.push(x);
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, recv: Value, a: &Args) -> R {
    lst(vm, recv, "extend")?;
    let it = one_arg(vm, a, "list.extend")?;
    ops::list_extend(vm, recv, it)?;
    Ok(Value::NONE)
}

fn insert(vm: &mut Vm, recv: Value, a: &Args) -> R {
    lst(vm, recv, "insert")?;
    check_pos(vm, a, "insert", 2, 2)?;
    let i = index_i64(vm, a.pos[0])?;
    let l = recv.cast::<ListObj>();
    let n = l.items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.items.insert(at as usize, a.pos[1]);
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, recv: Value, a: &Args) -> R {
    lst(vm, recv, "pop")?;
    check_pos(vm, a, "pop", 0, 1)?;
    let l = recv.cast::<ListObj>();
    if a.pos.is_empty() {
        return match l.items.pop() {
            Some(v) => Ok(v),
            None => Err(vm.raise(rt().excs.index_error, "pop from empty list".into())),
        };
    }
    let i = index_i64(vm, a.pos[0])?;
    let l = recv.cast::<ListObj>();
    if l.items.is_empty() {
        return Err(vm.raise(rt().excs.index_error, "pop from empty list".into()));
    }
    let n = l.items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.raise(rt().excs.index_error, "pop index out of range".into()));
    }
    match l.items.remove(j as usize) {
        Some(v) => Ok(v),
        None => Err(vm.raise(rt().excs.index_error, "pop index out of range".into())),
    }
}

fn remove(vm: &mut Vm, recv: Value, a: &Args) -> R {
    lst(vm, recv, "remove")?;
    let x = one_arg(vm, a, "list.remove")?;
    let mut i = 0;
    loop {
        let l = recv.cast::<ListObj>();
        let Some(item) = l.items.get(i) else {
            return Err(vm.value_error("list.remove(x): x not in list".into()));
        };
        if eq_fast(vm, item, x)? {
            let l = recv.cast::<ListObj>();
            // Another thread (or __eq__) may have moved the item meanwhile: remove it
            // where it is now.
            l.items.update(|v| {
                if v.get(i) == Some(&item) {
                    v.remove(i);
                } else if let Some(j) = v.iter().position(|&y| y == item) {
                    v.remove(j);
                }
            });
            return Ok(Value::NONE);
        }
        i += 1;
    }
}

/// Normalise optional start/stop like CPython's list.index (clamped to [0, len]).
fn norm_bound(v: Option<i64>, len: i64, default: i64) -> i64 {
    match v {
        None => default,
        Some(i) if i < 0 => (i + len).max(0),
        Some(i) => i,
    }
}

fn index(vm: &mut Vm, recv: Value, a: &Args) -> R {
    lst(vm, recv, "index")?;
    check_pos(vm, a, "index", 1, 3)?;
    let x = a.pos[0];
    let start = opt_index_strict(vm, a.pos.get(1).copied())?;
    let stop = opt_index_strict(vm, a.pos.get(2).copied())?;
    let len = recv.cast::<ListObj>().items.len() as i64;
    let mut i = norm_bound(start, len, 0);
    let stop = norm_bound(stop, len, i64::MAX);
    while i < stop {
        let l = recv.cast::<ListObj>();
        let Some(item) = l.items.get(i as usize) else {
            break;
        };
        if eq_fast(vm, item, x)? {
            return Ok(int(i));
        }
        i += 1;
    }
    let r = ops::repr(vm, x)?;
    Err(vm.value_error(format!("{r} is not in list")))
}

/// start/stop for index(): ints (clamped if huge); None is not accepted.
pub(crate) fn opt_index_strict(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if ops::is_int(v) => opt_index(vm, Some(v)),
        Some(v) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name(v)
        ))),
    }
}

fn count(vm: &mut Vm, recv: Value, a: &Args) -> R {
    lst(vm, recv, "count")?;
    let x = one_arg(vm, a, "list.count")?;
    let mut n = 0;
    let mut i = 0;
    loop {
        let l = recv.cast::<ListObj>();
        let Some(item) = l.items.get(i) else {
            break;
        };
        if eq_fast(vm, item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(int(n))
}

fn reverse(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let l = lst(vm, recv, "reverse")?;
    no_args(vm, a, "list.reverse")?;
    l.items.update(|v| v.reverse());
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let l = lst(vm, recv, "copy")?;
    no_args(vm, a, "list.copy")?;
    Ok(ops::new_list_slice(&l.items, 0, 1, l.items.len()))
}

fn clear(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let l = lst(vm, recv, "clear")?;
    no_args(vm, a, "list.clear")?;
    l.items.clear();
    Ok(Value::NONE)
}

fn sort(vm: &mut Vm, recv: Value, a: &Args) -> R {
    lst(vm, recv, "sort")?;
    if !a.pos.is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments".into()));
    }
    let mut key = Value::NONE;
    let mut rev = false;
    for (i, &k) in a.kwnames.iter().enumerate() {
        match ops::str_of(k) {
            "key" => key = a.kwvals[i],
            "reverse" => {
                let v = a.kwvals[i];
                if v.is_float() {
                    return Err(
                        vm.type_error("'float' object cannot be interpreted as an integer".into())
                    );
                }
                if !ops::is_int(v) {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        ops::type_name(v)
                    )));
                }
                rev = ops::truthy(vm, v)?;
            }
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
        }
    }
    sort_list(vm, recv, key, rev)?;
    Ok(Value::NONE)
}

// ---- sorting ------------------------------------------------------------------------

/// Sort a list in place (stable). While sorting the list is empty, as in CPython;
/// "list modified during sort" if it was changed meanwhile.
pub(crate) fn sort_list(vm: &mut Vm, l: Value, key: Value, reverse: bool) -> PyResult<()> {
    let lo = l.cast::<ListObj>();
    if lo.items.len() < 2 && key.is_none() {
        return Ok(());
    }
    // Like CPython, the list is empty while it sorts (so a key function or __lt__
    // that mutates it is detected); the items are rooted meanwhile.
    let mut items = lo.items.take();
    let r = with_roots(vm, |vm| {
        vm.roots.extend_from_slice(&items);
        sort_values(vm, &mut items, key, reverse)
    });
    let lo = l.cast::<ListObj>();
    let modified = lo.items.update(|v| {
        let modified = !v.is_empty();
        *v = std::mem::take(&mut items);
        modified
    });
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort".into()));
    }
    Ok(())
}

/// Stable sort of `items` (which the caller keeps rooted) by `key` (None: the items).
pub(crate) fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Value,
    reverse: bool,
) -> PyResult<()> {
    if key.is_none() {
        if sort_fast(items, reverse) {
            return Ok(());
        }
        let mut lt = |a: Value, b: Value| -> PyResult<bool> { lt_fast(vm, a, b) };
        return if reverse {
            merge_sort(items, &mut |a, b| lt(b, a))
        } else {
            merge_sort(items, &mut lt)
        };
    }
    // Decorate with keys.
    with_roots(vm, |vm| {
        vm.roots.push(key);
        let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(items.len());
        for &v in items.iter() {
            let k = vm.call(key, &[v], &[])?;
            vm.roots.push(k);
            pairs.push((k, v));
        }
        let mut keys: Vec<Value> = pairs.iter().map(|p| p.0).collect();
        let done = sort_fast_pairs(&mut pairs, &mut keys, reverse);
        if !done {
            let mut lt =
                |a: (Value, Value), b: (Value, Value)| -> PyResult<bool> { lt_fast(vm, a.0, b.0) };
            let r = if reverse {
                merge_sort(&mut pairs, &mut |a, b| lt(b, a))
            } else {
                merge_sort(&mut pairs, &mut lt)
            };
            // Even on error, leave the items as a permutation (CPython keeps a partial order).
            for (dst, p) in items.iter_mut().zip(pairs.iter()) {
                *dst = p.1;
            }
            return r;
        }
        for (dst, p) in items.iter_mut().zip(pairs.iter()) {
            *dst = p.1;
        }
        Ok(())
    })
}

#[inline]
fn lt_fast(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.is_small() && b.is_small() {
        return Ok(a.as_small() < b.as_small());
    }
    if a.is_float() && b.is_float() {
        return Ok(a.as_float() < b.as_float());
    }
    if is_str(a) && is_str(b) {
        return Ok(ops::str_of(a) < ops::str_of(b));
    }
    ops::lt(vm, a, b)
}

#[derive(PartialEq)]
enum Homog {
    Small,
    Float,
    Str,
    Mixed,
}
fn homogeneous(vs: &[Value]) -> Homog {
    let first = vs[0];
    if first.is_small() && vs.iter().all(|v| v.is_small()) {
        Homog::Small
    } else if first.is_float() && vs.iter().all(|v| v.is_float() && !v.as_float().is_nan()) {
        Homog::Float
    } else if is_str(first) && vs.iter().all(|&v| is_str(v)) {
        Homog::Str
    } else {
        Homog::Mixed
    }
}

/// The first 8 bytes of `s`, zero-padded, as a big-endian integer: integer order is the
/// strings' order except between a string and its zero-padded extensions.
fn str_prefix(s: &str) -> u64 {
    let mut b = [0u8; 8];
    let n = s.len().min(8);
    b[..n].copy_from_slice(&s.as_bytes()[..n]);
    u64::from_be_bytes(b)
}

/// Sort without Python callbacks when all items are small ints, non-NaN floats or strs.
fn sort_fast(items: &mut [Value], reverse: bool) -> bool {
    if items.len() < 2 {
        return true;
    }
    match homogeneous(items) {
        Homog::Small => {
            if reverse {
                items.sort_by(|a, b| b.as_small().cmp(&a.as_small()));
            } else {
                items.sort_unstable_by_key(|a| a.as_small());
            }
        }
        Homog::Float => {
            // Equal floats (0.0 / -0.0) are distinguishable, so stay stable.
            if reverse {
                items.sort_by(|a, b| b.as_float().partial_cmp(&a.as_float()).unwrap());
            } else {
                items.sort_by(|a, b| a.as_float().partial_cmp(&b.as_float()).unwrap());
            }
        }
        Homog::Str => {
            // Decorate with the string slices so each comparison reads the text directly
            // instead of chasing value -> object -> text (half the cache misses), and
            // with the first 8 bytes as a big-endian integer: most comparisons end
            // there, without a memcmp call (UTF-8 byte order is code point order).
            let mut keyed: Vec<(u64, &'static str, Value)> = items
                .iter()
                .map(|&v| {
                    let s = ops::str_of(v);
                    (str_prefix(s), s, v)
                })
                .collect();
            let cmp = |a: &(u64, &str, Value), b: &(u64, &str, Value)| {
                a.0.cmp(&b.0).then_with(|| {
                    if a.1.len() <= 8 && b.1.len() <= 8 {
                        // Both wholly in the prefix (zero-padded): the shorter is less.
                        a.1.len().cmp(&b.1.len())
                    } else {
                        a.1.cmp(b.1)
                    }
                })
            };
            if reverse {
                keyed.sort_by(|a, b| cmp(b, a));
            } else {
                keyed.sort_by(cmp);
            }
            for (dst, (_, _, v)) in items.iter_mut().zip(keyed) {
                *dst = v;
            }
        }
        Homog::Mixed => return false,
    }
    true
}

fn sort_fast_pairs(pairs: &mut [(Value, Value)], keys: &mut [Value], reverse: bool) -> bool {
    if pairs.len() < 2 {
        return true;
    }
    let h = homogeneous(keys);
    match h {
        Homog::Small => {
            if reverse {
                pairs.sort_by(|a, b| b.0.as_small().cmp(&a.0.as_small()));
            } else {
                pairs.sort_by_key(|a| a.0.as_small());
            }
        }
        Homog::Float => {
            if reverse {
                pairs.sort_by(|a, b| b.0.as_float().partial_cmp(&a.0.as_float()).unwrap());
            } else {
                pairs.sort_by(|a, b| a.0.as_float().partial_cmp(&b.0.as_float()).unwrap());
            }
        }
        Homog::Str => {
            // As in sort_fast: compare the decorated text directly.
            let mut keyed: Vec<(&'static str, (Value, Value))> =
                pairs.iter().map(|&p| (ops::str_of(p.0), p)).collect();
            if reverse {
                keyed.sort_by(|a, b| b.0.cmp(a.0));
            } else {
                keyed.sort_by(|a, b| a.0.cmp(b.0));
            }
            for (dst, (_, p)) in pairs.iter_mut().zip(keyed) {
                *dst = p;
            }
        }
        Homog::Mixed => return false,
    }
    true
}

/// Stable merge sort with a fallible `lt`. `lt(later, earlier)` is asked (as in CPython's
/// timsort), so comparison errors name the operands in CPython's order. On error the
/// slice is left as a permutation of its input.
pub(crate) fn merge_sort<T: Copy>(
    v: &mut [T],
    lt: &mut dyn FnMut(T, T) -> PyResult<bool>,
) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    const RUN: usize = 16;
    // Insertion-sort short runs.
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i];
            let mut j = i;
            while j > start {
                match lt(x, v[j - 1]) {
                    Ok(true) => {
                        v[j] = v[j - 1];
                        j -= 1;
                    }
                    Ok(false) => break,
                    Err(e) => {
                        v[j] = x;
                        return Err(e);
                    }
                }
            }
            v[j] = x;
        }
        start = end;
    }
    let mut buf: Vec<T> = Vec::with_capacity(n / 2 + 1);
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi && lt(v[mid], v[mid - 1])? {
                buf.clear();
                buf.extend_from_slice(&v[lo..mid]);
                let (mut i, mut j, mut k) = (0, mid, lo);
                let mut err = None;
                while i < buf.len() && j < hi {
                    match lt(v[j], buf[i]) {
                        Ok(true) => {
                            v[k] = v[j];
                            j += 1;
                        }
                        Ok(false) => {
                            v[k] = buf[i];
                            i += 1;
                        }
                        Err(e) => {
                            err = Some(e);
                            break;
                        }
                    }
                    k += 1;
                }
                while i < buf.len() {
                    v[k] = buf[i];
                    i += 1;
                    k += 1;
                }
                if let Some(e) = err {
                    return Err(e);
                }
            }
            lo += 2 * width;
        }
        width *= 2;
    }
    Ok(())
}
