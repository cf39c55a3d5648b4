//! `dict`: the constructor and dict methods (get, setdefault, pop, popitem, update,
//! keys, values, items, copy, clear, fromkeys). keys()/values()/items() return
//! lists (in insertion order) — there is no view kind on the heap yet.

use super::*;
use crate::dict::DictTable;

pub(crate) fn install() {
    let cls = rt().types.dict;
    add_methods(
        cls,
        &[
            ("get", get),
            ("setdefault", setdefault),
            ("pop", pop),
            ("popitem", popitem),
            ("update", update),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("copy", copy),
            ("clear", clear),
            ("__len__", dunder_len),
            ("__contains__", dunder_contains),
            ("__getitem__", dunder_getitem),
        ],
    );
    add_classmethod(cls, "fromkeys", fromkeys);
    if let Some(f) = crate::ops::dict_lookup_str(cls.cast::<ClassObj>().dict, rt::intern("get")) {
        f.cast::<BuiltinObj>().value_fn = Some(get_core);
    }
}

/// `d.get(k[, default])` (receiver first) when it needs no Python code: a plain dict
/// and a small-int or str key, whose lookup compares without calling `__eq__`
/// (`BuiltinObj::value_fn`). None when any of that does not hold: the method runs.
fn get_core(args: &[Value]) -> Option<Value> {
    let (d, k, default) = match *args {
        [d, k] => (d, k, Value::NONE),
        [d, k, default] => (d, k, default),
        _ => return None,
    };
    let dict = d.get::<DictObj>().filter(|d| d.cls.is_null())?;
    let h = if k.is_small() {
        ops::hash_i64(k.as_small())
    } else {
        k.get::<StrObj>()?.hash()
    };
    // A candidate `eq_without_python` cannot decide ends the fast path (Err).
    let found = dict
        .table
        .get(h, k, &mut |_, _| Err(crate::object::Raised))
        .ok()?;
    Some(found.unwrap_or(default))
}

fn dct<'a>(vm: &mut Vm, recv: Value, meth: &str) -> PyResult<&'a mut DictObj> {
    match recv.get::<DictObj>() {
        Some(d) => Ok(d),
        None => Err(vm.type_error(format!(
            "descriptor '{meth}' for 'dict' objects doesn't apply to a '{}' object",
            ops::type_name(recv)
        ))),
    }
}

/// A shallow copy of a dict's table (no hashing or comparisons needed).
pub(crate) fn copy_table(src: &DictTable) -> DictTable {
    let t = DictTable::with_capacity(src.len());
    for e in src.iter() {
        t.insert_new(e.hash, e.key, e.value);
    }
    t
}

pub(crate) fn dict_new(vm: &mut Vm, a: &Args) -> R {
    check_npos(vm, a.pos.len(), "dict", 0, 1)?;
    if let Some(&src) = a.pos.first() {
        if let Some(s) = src.get::<DictObj>() {
            let d = alloc(DictObj::new(copy_table(&s.table)));
            if a.kwnames.is_empty() {
                return Ok(d);
            }
            return with_roots(vm, |vm| {
                vm.roots.push(d);
                set_kwargs(vm, d, a)?;
                Ok(d)
            });
        }
    }
    let d = rt::new_dict();
    with_roots(vm, |vm| {
        vm.roots.push(d);
        if let Some(&src) = a.pos.first() {
            update_from(vm, d, src)?;
        }
        set_kwargs(vm, d, a)?;
        Ok(d)
    })
}

pub(crate) fn set_kwargs(vm: &mut Vm, d: Value, a: &Args) -> PyResult<()> {
    for (i, &k) in a.kwnames.iter().enumerate() {
        ops::dict_set(vm, d, k, a.kwvals[i])?;
    }
    Ok(())
}

/// d.update(src) for a dict or an iterable of pairs (CPython's error messages).
pub(crate) fn update_from(vm: &mut Vm, d: Value, src: Value) -> PyResult<()> {
    if src.is_kind(ObjKind::Dict)
        || (ops::is_user_obj(src) && ops::getattr_opt(vm, src, crate::sym!("keys"))?.is_some())
    {
        return ops::dict_update(vm, d, src, false);
    }
    with_roots(vm, |vm| {
        let it = ops::get_iter(vm, src)?;
        vm.roots.push(it);
        let mut n = 0usize;
        while let Some(item) = ops::iter_next(vm, it)? {
            vm.roots.push(item);
            let (k, v) = if let Some(t) = item.get::<TupleObj>().filter(|t| t.items.len() == 2) {
                (t.items[0], t.items[1])
            } else if let Some([k, v]) = item
                .get::<ListObj>()
                .and_then(|l| <[Value; 2]>::try_from(l.items.to_vec()).ok())
            {
                (k, v)
            } else {
                let iterable = item.is_ptr()
                    && matches!(
                        item.kind(),
                        Some(
                            ObjKind::Str
                                | ObjKind::List
                                | ObjKind::Tuple
                                | ObjKind::Dict
                                | ObjKind::Set
                                | ObjKind::Range
                                | ObjKind::Iter
                                | ObjKind::Generator
                        )
                    )
                    || ops::is_iterable(item);
                if !iterable {
                    return Err(vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    )));
                }
                let parts = ops::collect_iterable(vm, item)?;
                if parts.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{n} has length {}; 2 is required",
                        parts.len()
                    )));
                }
                (parts[0], parts[1])
            };
            ops::dict_set(vm, d, k, v)?;
            vm.roots.pop();
            n += 1;
        }
        Ok(())
    })
}

fn dunder_len(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let d = dct(vm, recv, "__len__")?;
    no_args(vm, a, "dict.__len__")?;
    Ok(int(d.table.len() as i64))
}

fn dunder_contains(vm: &mut Vm, recv: Value, a: &Args) -> R {
    dct(vm, recv, "__contains__")?;
    let k = one_arg(vm, a, "dict.__contains__")?;
    Ok(Value::bool(ops::dict_get(vm, recv, k)?.is_some()))
}

fn dunder_getitem(vm: &mut Vm, recv: Value, a: &Args) -> R {
    dct(vm, recv, "__getitem__")?;
    let k = one_arg(vm, a, "dict.__getitem__")?;
    match ops::dict_get(vm, recv, k)? {
        Some(v) => Ok(v),
        None => Err(vm.set_exc(ops::new_exception(rt().excs.key_error, &[k]))),
    }
}

fn get(vm: &mut Vm, recv: Value, a: &Args) -> R {
    dct(vm, recv, "get")?;
    check_pos(vm, a, "get", 1, 2)?;
    match ops::dict_get(vm, recv, a.pos[0])? {
        Some(v) => Ok(v),
        None => Ok(a.pos.get(1).copied().unwrap_or(Value::NONE)),
    }
}

fn setdefault(vm: &mut Vm, recv: Value, a: &Args) -> R {
    dct(vm, recv, "setdefault")?;
    check_pos(vm, a, "setdefault", 1, 2)?;
    let k = a.pos[0];
    if let Some(v) = ops::dict_get(vm, recv, k)? {
        return Ok(v);
    }
    let dv = a.pos.get(1).copied().unwrap_or(Value::NONE);
    ops::dict_set(vm, recv, k, dv)?;
    Ok(dv)
}

fn pop(vm: &mut Vm, recv: Value, a: &Args) -> R {
    dct(vm, recv, "pop")?;
    check_pos(vm, a, "pop", 1, 2)?;
    let k = a.pos[0];
    match ops::dict_del(vm, recv, k)? {
        Some(v) => Ok(v),
        None => match a.pos.get(1) {
            Some(&d) => Ok(d),
            None => Err(vm.set_exc(ops::new_exception(rt().excs.key_error, &[k]))),
        },
    }
}

fn popitem(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let d = dct(vm, recv, "popitem")?;
    no_args(vm, a, "dict.popitem")?;
    match d.table.last_index() {
        Some(i) => {
            let k = d.table.entry(i).map_or(Value::NULL, |e| e.key);
            let v = d.table.remove_at(i);
            Ok(ops::new_tuple(vec![k, v]))
        }
        None => {
            let m = ops::new_str("popitem(): dictionary is empty");
            Err(vm.set_exc(ops::new_exception(rt().excs.key_error, &[m])))
        }
    }
}

fn update(vm: &mut Vm, recv: Value, a: &Args) -> R {
    dct(vm, recv, "update")?;
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            a.pos.len()
        )));
    }
    if let Some(&src) = a.pos.first() {
        update_from(vm, recv, src)?;
    }
    set_kwargs(vm, recv, a)?;
    Ok(Value::NONE)
}

fn keys(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let d = dct(vm, recv, "keys")?;
    no_args(vm, a, "dict.keys")?;
    let _ = d;
    Ok(ops::new_dict_view(recv, 0))
}

fn values(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let d = dct(vm, recv, "values")?;
    no_args(vm, a, "dict.values")?;
    let _ = d;
    Ok(ops::new_dict_view(recv, 1))
}

fn items(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let d = dct(vm, recv, "items")?;
    no_args(vm, a, "dict.items")?;
    let _ = d;
    Ok(ops::new_dict_view(recv, 2))
}

fn copy(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let d = dct(vm, recv, "copy")?;
    no_args(vm, a, "dict.copy")?;
    Ok(alloc(DictObj::new(copy_table(&d.table))))
}

fn clear(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let d = dct(vm, recv, "clear")?;
    no_args(vm, a, "dict.clear")?;
    d.table.clear();
    Ok(Value::NONE)
}

fn fromkeys(vm: &mut Vm, cls: Value, a: &Args) -> R {
    check_pos(vm, a, "fromkeys", 1, 2)?;
    let v = a.pos.get(1).copied().unwrap_or(Value::NONE);
    // A subclass: `cls()`, then `d[k] = v` (its __setitem__ honoured), as CPython.
    let sub = cls.is_kind(ObjKind::Class) && cls != rt().types.dict;
    let d = if sub {
        vm.call(cls, &[], &[])?
    } else {
        rt::new_dict()
    };
    with_roots(vm, |vm| {
        vm.roots.push(d);
        let it = ops::get_iter(vm, a.pos[0])?;
        vm.roots.push(it);
        while let Some(k) = ops::iter_next(vm, it)? {
            if sub {
                ops::setitem(vm, d, k, v)?;
            } else {
                ops::dict_set(vm, d, k, v)?;
            }
        }
        Ok(d)
    })
}
