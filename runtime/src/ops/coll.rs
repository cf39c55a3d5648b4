//! Mutation helpers for dicts, sets and lists shared by the interpreter and builtins.

use super::*;

/// `d.get(k)` (None when absent).
#[inline]
pub fn dict_get(vm: &mut Vm, d: Value, k: Value) -> PyResult<Option<Value>> {
    let h = hash(vm, k)?;
    d.cast::<DictObj>()
        .table
        .get(h, k, &mut |a, b| key_eq(vm, a, b))
}

/// `d[k] = v`.
#[inline]
pub fn dict_set(vm: &mut Vm, d: Value, k: Value, v: Value) -> PyResult<()> {
    let h = hash(vm, k)?;
    d.cast::<DictObj>()
        .table
        .insert(h, k, v, &mut |a, b| key_eq(vm, a, b))
}

/// `d[name] = v` for an interned name (STORE_NAME, STORE_GLOBAL): rebinding a name
/// that is already there is one identity probe of the index (no hash call, no `eq`).
/// Out of line: the interpreter loop keeps only the call.
#[inline(never)]
pub fn store_name(vm: &mut Vm, d: Value, name: Value, v: Value) -> PyResult<()> {
    if is_sub_builtin(d) {
        // A namespace from a metaclass's __prepare__: its __setitem__ decides.
        return setitem(vm, d, name, v);
    }
    let h = name.cast::<StrObj>().hash();
    if d.cast::<DictObj>().table.set_by_identity(h, name, v) {
        return Ok(());
    }
    dict_set(vm, d, name, v)
}

/// Remove `k`; the old value, or None if absent.
pub fn dict_del(vm: &mut Vm, d: Value, k: Value) -> PyResult<Option<Value>> {
    let h = hash(vm, k)?;
    d.cast::<DictObj>()
        .table
        .remove(h, k, &mut |a, b| key_eq(vm, a, b))
}

/// `s.add(v)`.
#[inline]
pub fn set_add(vm: &mut Vm, s: Value, v: Value) -> PyResult<()> {
    let h = hash(vm, v)?;
    s.cast::<SetObj>()
        .table
        .add(h, v, &mut |a, b| key_eq(vm, a, b))?;
    Ok(())
}

/// A key whose hash and equality (against other plain keys) run no user code and
/// cannot fail: a small int or a str.
#[inline]
pub fn is_plain_key(v: Value) -> bool {
    v.is_small() || v.get::<StrObj>().is_some()
}

/// `acc + v` when both are small ints or floats and so is the result (an immediate:
/// `sum()`'s running total in a drain sink); None otherwise.
#[inline]
pub fn sum_immediate(acc: Value, v: Value) -> Option<Value> {
    match (acc.is_small(), v.is_small()) {
        (true, true) => Value::try_small(acc.as_small() + v.as_small()),
        (true, false) if v.is_float() => Some(Value::float(acc.as_small() as f64 + v.as_float())),
        (false, true) if acc.is_float() => Some(Value::float(acc.as_float() + v.as_small() as f64)),
        (false, false) if acc.is_float() && v.is_float() => {
            Some(Value::float(acc.as_float() + v.as_float()))
        }
        _ => None,
    }
}

/// The truth of `v` when no user code decides it (bool, None, small int, float, str).
#[inline]
pub fn plain_truth(v: Value) -> Option<bool> {
    if v.is_bool() {
        Some(v == Value::TRUE)
    } else if v.is_none() {
        Some(false)
    } else if v.is_small() {
        Some(v.as_small() != 0)
    } else if v.is_float() {
        Some(v.as_float() != 0.0)
    } else {
        v.get::<StrObj>().map(|s| !s.s.is_empty())
    }
}

/// Add `v` to `s` if it is a plain key (`is_plain_key`); the caller knows `s` holds
/// only plain keys, so nothing runs user code. False (and nothing added) otherwise.
pub fn set_add_plain(s: Value, v: Value) -> bool {
    let h = if v.is_small() {
        hash_i64(v.as_small())
    } else if let Some(st) = v.get::<StrObj>() {
        st.hash()
    } else {
        return false;
    };
    // Between plain keys the dicts' Python-free equality decides; an int and a str
    // (undecided there) are unequal.
    let plain_eq = &mut |a: Value, b: Value| -> PyResult<bool> {
        Ok(crate::dict::eq_without_python(a, b).unwrap_or(false))
    };
    // Plain equality cannot raise, so neither can the add.
    let _ = s.cast::<SetObj>().table.add(h, v, plain_eq);
    true
}

/// `s |= iterable` (set.update with one argument; CPython's set_update_internal).
pub fn set_update(vm: &mut Vm, s: Value, iterable: Value) -> PyResult<()> {
    match iterable.kind() {
        Some(ObjKind::Set) => {
            if iterable == s {
                return Ok(());
            }
            let other = &iterable.cast::<SetObj>().table;
            s.cast::<SetObj>()
                .table
                .merge(other, &mut |a, b| key_eq(vm, a, b))
        }
        Some(ObjKind::Dict) => {
            let entries: Vec<(i64, Value)> = iterable
                .cast::<DictObj>()
                .table
                .iter()
                .map(|e| (e.hash, e.key))
                .collect();
            s.cast::<SetObj>().table.reserve_for(entries.len());
            for (h, k) in entries {
                s.cast::<SetObj>()
                    .table
                    .add(h, k, &mut |a, b| key_eq(vm, a, b))?;
            }
            Ok(())
        }
        Some(ObjKind::List | ObjKind::Tuple) => {
            let mut i = 0;
            loop {
                let x = match iterable.get::<ListObj>() {
                    Some(l) => l.items.get(i),
                    None => iterable.cast::<TupleObj>().items.get(i).copied(),
                };
                let Some(x) = x else { return Ok(()) };
                set_add(vm, s, x)?;
                i += 1;
            }
        }
        _ => {
            // The target is rooted too: callers often hold a fresh set only in Rust.
            let it = get_iter(vm, iterable)?;
            with_roots(vm, &[it, s], |vm| {
                if is_drainable(it) && s.cast::<SetObj>().table.len() == 0 {
                    // `set(genexpr)`: plain keys go straight into the (so far plain)
                    // set from the running generator (`Vm::gen_drain`); the first
                    // other value ends the shortcut and the loop below goes on.
                    let saved = crate::interp::sink_get();
                    crate::interp::sink_set(Sink::PlainSet(s));
                    let r = vm.gen_drain(it);
                    crate::interp::sink_set(saved);
                    match r? {
                        None => return Ok(()),
                        Some(x) => with_roots(vm, &[x], |vm| set_add(vm, s, x))?,
                    }
                }
                while let Some(x) = iter_next(vm, it)? {
                    with_roots(vm, &[x], |vm| set_add(vm, s, x))?;
                }
                Ok(())
            })
        }
    }
}

/// `l.extend(iterable)` / `l += iterable`.
pub fn list_extend(vm: &mut Vm, l: Value, iterable: Value) -> PyResult<()> {
    match iterable.kind() {
        Some(ObjKind::List) => {
            let src = iterable.cast::<ListObj>().items.to_vec();
            l.cast::<ListObj>().items.extend_from_slice(&src);
            Ok(())
        }
        Some(ObjKind::Tuple) => {
            let src = &iterable.cast::<TupleObj>().items;
            l.cast::<ListObj>().items.extend_from_slice(src);
            Ok(())
        }
        Some(ObjKind::Range | ObjKind::Str | ObjKind::Dict | ObjKind::Set) => {
            let items = collect_iterable(vm, iterable)?;
            l.cast::<ListObj>().items.extend_from_slice(&items);
            Ok(())
        }
        _ => {
            let it = get_iter(vm, iterable)?;
            with_roots(vm, &[it, l], |vm| {
                while let Some(x) = iter_next(vm, it)? {
                    l.cast::<ListObj>().items.push(x);
                }
                Ok(())
            })
        }
    }
}

/// Update dict `d` from `other`: a dict, or (non-strict) an iterable of key/value pairs.
/// `strict` is `f(**a, **b)` merging: duplicate keys are a TypeError.
pub fn dict_update(vm: &mut Vm, d: Value, other: Value, strict: bool) -> PyResult<()> {
    dict_update_impl(vm, d, other, strict, None)
}

/// `{**other}` (DictUpdate): like `dict.update`, but `other` must be a mapping (an
/// iterable of pairs is a TypeError, as CPython's PyDict_Update).
pub fn dict_update_mapping(vm: &mut Vm, d: Value, other: Value) -> PyResult<()> {
    let other = match other.get::<MappingProxyObj>() {
        Some(p) => p.d,
        None => other,
    };
    if !other.is_kind(ObjKind::Dict) && !is_user_obj(other) {
        return Err(vm.type_error(format!("'{}' object is not a mapping", type_name(other))));
    }
    if is_user_obj(other) && getattr_opt(vm, other, crate::sym!("keys"))?.is_none() {
        return Err(vm.type_error(format!("'{}' object is not a mapping", type_name(other))));
    }
    dict_update_impl(vm, d, other, false, None)
}

/// `f(**a, **b)` merge with CPython's messages naming the callee
/// ("__main__.f() got multiple values for keyword argument 'a'").
pub fn dict_merge_for_call(vm: &mut Vm, d: Value, other: Value, callee: Value) -> PyResult<()> {
    dict_update_impl(vm, d, other, true, Some(callee))
}

fn dict_update_impl(
    vm: &mut Vm,
    d: Value,
    other: Value,
    strict: bool,
    callee: Option<Value>,
) -> PyResult<()> {
    if let Some(o) = other.get::<DictObj>() {
        if other == d {
            if strict && o.table.len() > 0 {
                let k = o.table.iter().next().unwrap().key;
                return Err(multiple_values(vm, k, callee));
            }
            return Ok(());
        }
        let entries: Vec<crate::dict::Entry> = o.table.iter().collect();
        for e in entries {
            if strict {
                if !is_str(e.key) {
                    return Err(vm.type_error("keywords must be strings".into()));
                }
                let t = &mut d.cast::<DictObj>().table;
                if t.find(e.hash, e.key, &mut |a, b| key_eq(vm, a, b))?
                    .is_some()
                {
                    return Err(multiple_values(vm, e.key, callee));
                }
                t.insert_new(e.hash, e.key, e.value);
            } else {
                d.cast::<DictObj>()
                    .table
                    .insert(e.hash, e.key, e.value, &mut |a, b| key_eq(vm, a, b))?;
            }
        }
        return Ok(());
    }
    // A user mapping (has `keys`): d[k] = other[k] for k in other.keys().
    if is_user_obj(other) {
        if let Some(keys) = getattr_opt(vm, other, crate::sym!("keys"))? {
            let ks = with_roots(vm, &[keys], |vm| vm.call(keys, &[], &[]))?;
            let ks = with_roots(vm, &[ks], |vm| collect_iterable(vm, ks))?;
            let keep = new_list(ks);
            return with_roots(vm, &[keep, d], |vm| {
                let ks = keep.cast::<ListObj>().items.to_vec();
                for k in ks {
                    let v = getitem(vm, other, k)?;
                    if strict {
                        if !is_str(k) {
                            return Err(vm.type_error("keywords must be strings".into()));
                        }
                        if dict_get(vm, d, k)?.is_some() {
                            return Err(multiple_values(vm, k, callee));
                        }
                    }
                    dict_set(vm, d, k, v)?;
                }
                Ok(())
            });
        }
    }
    if strict {
        let msg = match callee {
            Some(c) => format!(
                "{} argument after ** must be a mapping, not {}",
                function_str(c),
                type_name(other)
            ),
            None => format!("'{}' object is not a mapping", type_name(other)),
        };
        return Err(vm.type_error(msg));
    }
    // An iterable of pairs (dict.update / dict |=).
    let it = get_iter(vm, other)?;
    with_roots(vm, &[it, d], |vm| {
        let mut n = 0usize;
        while let Some(item) = iter_next(vm, it)? {
            with_roots(vm, &[item], |vm| {
                let pair: Vec<Value> = match item.kind() {
                    Some(
                        ObjKind::Tuple
                        | ObjKind::List
                        | ObjKind::Str
                        | ObjKind::Range
                        | ObjKind::Dict
                        | ObjKind::Set
                        | ObjKind::Iter
                        | ObjKind::Generator,
                    ) => collect_iterable(vm, item)?,
                    _ if is_iterable(item) => collect_iterable(vm, item)?,
                    _ => {
                        return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{n} to a sequence"
                        )))
                    }
                };
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{n} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                dict_set(vm, d, pair[0], pair[1])
            })?;
            n += 1;
        }
        Ok(())
    })
}

fn multiple_values(vm: &mut Vm, k: Value, callee: Option<Value>) -> Raised {
    let name = if is_str(k) {
        str_of(k).to_string()
    } else {
        "?".into()
    };
    match callee {
        Some(c) => vm.type_error(format!(
            "{} got multiple values for keyword argument '{name}'",
            function_str(c)
        )),
        None => vm.type_error(format!("got multiple values for keyword argument '{name}'")),
    }
}

/// `[*x]`, `(*x,)`, `f(*x)` list building (LIST_EXTEND): like `list_extend`, but a
/// non-iterable gives CPython's "Value after * must be an iterable, not int".
pub fn list_extend_unpack(vm: &mut Vm, l: Value, iterable: Value) -> PyResult<()> {
    if !matches!(
        iterable.kind(),
        Some(
            ObjKind::List
                | ObjKind::Tuple
                | ObjKind::Str
                | ObjKind::Range
                | ObjKind::Dict
                | ObjKind::Set
                | ObjKind::Iter
                | ObjKind::Generator
                | ObjKind::File
        )
    ) {
        return Err(vm.type_error(format!(
            "Value after * must be an iterable, not {}",
            type_name(iterable)
        )));
    }
    list_extend(vm, l, iterable)
}
