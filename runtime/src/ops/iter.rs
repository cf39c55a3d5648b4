//! Iteration: `iter()`, `next()`, collecting and unpacking.

use super::seq::char_str;
use super::*;

/// Whether `iter(v)` can succeed (builtin iterables, user objects with `__iter__` or
/// `__getitem__`).
pub fn is_iterable(v: Value) -> bool {
    if is_iterable_kind(v) || v.is_kind(ObjKind::DictView) || v.is_kind(ObjKind::MappingProxy) {
        return true;
    }
    let n = names();
    is_user_obj(v) && (user_special(v, n.iter).is_some() || user_special(v, n.getitem).is_some())
}

fn is_iterable_kind(v: Value) -> bool {
    matches!(
        v.kind(),
        Some(
            ObjKind::List
                | ObjKind::Tuple
                | ObjKind::Str
                | ObjKind::Bytes
                | ObjKind::ByteArray
                | ObjKind::Range
                | ObjKind::Dict
                | ObjKind::Set
                | ObjKind::Iter
                | ObjKind::Generator
                | ObjKind::File
        )
    )
}

/// Whether `v` is an instance of a user subclass of a builtin container that defines
/// its own `__iter__` (builtin fast paths over its items must not be used).
#[inline]
pub fn overrides_iter(v: Value) -> bool {
    is_sub_builtin(v) && user_special(v, names().iter).is_some()
}

/// `iter(v)`.
pub fn get_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if overrides_iter(v) {
        return user_iter(vm, v);
    }
    get_iter_base(vm, v)
}

/// A fresh iterator's state over set or frozenset `v`.
fn set_state(v: Value) -> IterState {
    IterState::Set {
        s: v,
        i: 0,
        expected_len: v.cast::<SetObj>().table.len(),
    }
}

/// A fresh iterator's state over range `v`.
fn range_state(v: Value) -> IterState {
    let r = v.cast::<RangeObj>();
    IterState::Range {
        next: r.start,
        step: r.step,
        remaining: r.len(),
    }
}

/// `iter(range(args))` for one to three small-int arguments (step not 0): the range
/// iterator, without the range object; None for anything else (the call and `iter`
/// run as written). The JIT fuses `for i in range(...)`'s Call and GetIter with it
/// (`jit::kiln_jit_range_iter`).
#[inline]
pub fn range_iter_direct(args: &[Value]) -> Option<Value> {
    let small = |v: &Value| v.is_small().then(|| v.as_small());
    let (start, stop, step) = match args {
        [stop] => (0, small(stop)?, 1),
        [start, stop] => (small(start)?, small(stop)?, 1),
        [start, stop, step] => (
            small(start)?,
            small(stop)?,
            small(step).filter(|&s| s != 0)?,
        ),
        _ => return None,
    };
    let r = RangeObj { start, stop, step };
    Some(alloc(IterObj {
        state: IterState::Range {
            next: start,
            step,
            remaining: r.len(),
        },
    }))
}

/// `iter(v)` for the cases that need no Vm: a list, tuple, set or frozenset (or a
/// subclass of one that does not override `__iter__`), a range, a builtin iterator or a
/// generator (itself);
/// None otherwise. The JIT's GetIter takes it first (`jit::kiln_jit_get_iter_plain`).
#[inline]
pub fn plain_iter(v: Value) -> Option<Value> {
    let state = match v.kind()? {
        // A subclass that does not override `__iter__` iterates its items too.
        ObjKind::List | ObjKind::Tuple if !overrides_iter(v) => IterState::Seq { seq: v, i: 0 },
        ObjKind::Set if !overrides_iter(v) => set_state(v),
        ObjKind::Range => range_state(v),
        ObjKind::Iter | ObjKind::Generator => return Some(v),
        _ => return None,
    };
    Some(alloc(IterObj { state }))
}

/// `iter(v)` by the builtin types' rules (`list.__iter__` & co.).
pub fn get_iter_base(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let state = match v.kind() {
        Some(ObjKind::List | ObjKind::Tuple) => IterState::Seq { seq: v, i: 0 },
        Some(ObjKind::Range) => range_state(v),
        Some(ObjKind::Str) => IterState::Str { s: v, byte_pos: 0 },
        Some(ObjKind::Bytes | ObjKind::ByteArray) => IterState::Bytes { b: v, i: 0 },
        Some(ObjKind::Dict) => IterState::Dict {
            d: v,
            i: v.cast::<DictObj>().table.first_live(),
            mode: 0,
            expected_len: v.cast::<DictObj>().table.len(),
        },
        Some(ObjKind::DictView) => {
            let dv = v.cast::<DictViewObj>();
            IterState::Dict {
                d: dv.d,
                i: dv.d.cast::<DictObj>().table.first_live(),
                mode: dv.mode,
                expected_len: dv.d.cast::<DictObj>().table.len(),
            }
        }
        Some(ObjKind::Set) => set_state(v),
        Some(ObjKind::Iter | ObjKind::Generator | ObjKind::File) => return Ok(v),
        Some(ObjKind::Instance) => return user_iter(vm, v),
        Some(ObjKind::Class) if has_user_meta(v) => return user_iter(vm, v),
        Some(ObjKind::MappingProxy) => return get_iter(vm, v.cast::<MappingProxyObj>().d),
        Some(ObjKind::Exc) if is_user_obj(v) => return user_iter(vm, v),
        _ => return Err(vm.type_error(format!("'{}' object is not iterable", type_name(v)))),
    };
    Ok(alloc(IterObj { state }))
}

/// `next(it)`: Ok(None) when exhausted (no exception left pending).
pub fn iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    match it.kind() {
        Some(ObjKind::Iter) => iterobj_next(vm, it),
        Some(ObjKind::Generator) => vm.gen_next(it),
        Some(ObjKind::File) => crate::builtins::file::file_next(vm, it),
        Some(ObjKind::Instance) => user_next(vm, it),
        _ => Err(vm.type_error(format!("'{}' object is not an iterator", type_name(it)))),
    }
}

/// One step of a `enumerate` iterator: (count, item), without building the tuple.
fn enumerate_next(vm: &mut Vm, it: Value) -> PyResult<Option<(Value, Value)>> {
    let IterState::Enumerate { it: inner, .. } = &it.cast::<IterObj>().state else {
        unreachable!()
    };
    let Some(x) = iter_next(vm, *inner)? else {
        return Ok(None);
    };
    let IterState::Enumerate { n, .. } = &mut it.cast::<IterObj>().state else {
        unreachable!()
    };
    let cur = *n;
    let nn = match cur.is_small() {
        true => new_int(cur.as_small() + 1),
        false => with_roots(vm, &[x], |vm| {
            binary_op(
                vm,
                crate::bytecode::BinOpKind::Add,
                false,
                cur,
                Value::small(1),
            )
        })?,
    };
    let IterState::Enumerate { n, .. } = &mut it.cast::<IterObj>().state else {
        unreachable!()
    };
    *n = nn;
    Ok(Some((cur, x)))
}

/// One step of a two-way `zip` iterator: (a, b), without building the tuple.
fn zip2_next(vm: &mut Vm, it: Value) -> PyResult<Option<(Value, Value)>> {
    let IterState::Zip { its } = &it.cast::<IterObj>().state else {
        unreachable!()
    };
    let (i0, i1) = (its[0], its[1]);
    let Some(a) = iter_next(vm, i0)? else {
        return Ok(None);
    };
    Ok(with_roots(vm, &[a], |vm| iter_next(vm, i1))?.map(|b| (a, b)))
}

/// One step of a dict keys/values/items iterator: the next (key, value) entry.
fn dict_iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<(Value, Value)>> {
    let IterState::Dict {
        d, i, expected_len, ..
    } = &mut it.cast::<IterObj>().state
    else {
        unreachable!()
    };
    let table = &d.cast::<DictObj>().table;
    if table.len() != *expected_len {
        *expected_len = usize::MAX;
        return Err(vm.raise_msg(
            rt().excs.runtime_error,
            "dictionary changed size during iteration",
        ));
    }
    while let Some(e) = table.entry(*i) {
        *i += 1;
        if !e.key.is_null() {
            return Ok(Some((e.key, e.value)));
        }
    }
    Ok(None)
}

/// One step of an iterator whose items are pairs that the caller unpacks at once
/// (`for i, x in enumerate(s)`, `for a, b in zip(x, y)`, `for k, v in d.items()`):
/// the pair without its tuple. `Ok(None)`: `it` is not such an iterator (use
/// `iter_next`); `Ok(Some(None))`: exhausted.
pub fn iter_next_pair(vm: &mut Vm, it: Value) -> PyResult<Option<Option<(Value, Value)>>> {
    let Some(io) = it.get::<IterObj>() else {
        return Ok(None);
    };
    match &io.state {
        IterState::Enumerate { .. } => enumerate_next(vm, it).map(Some),
        IterState::Zip { its } if its.len() == 2 => zip2_next(vm, it).map(Some),
        IterState::Dict { mode: 2, .. } => dict_iter_next(vm, it).map(Some),
        _ => Ok(None),
    }
}

fn iterobj_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let st = &mut it.cast::<IterObj>().state;
    match st {
        IterState::Seq { seq, i } => {
            let item = match seq.get::<ListObj>() {
                Some(l) => l.items.get(*i),
                None => seq.cast::<TupleObj>().items.get(*i).copied(),
            };
            match item {
                Some(x) => {
                    *i += 1;
                    Ok(Some(x))
                }
                None => {
                    *i = usize::MAX;
                    Ok(None)
                }
            }
        }
        IterState::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining > 0 {
                let v = *next;
                *next = next.wrapping_add(*step);
                *remaining -= 1;
                Ok(Some(new_int(v)))
            } else {
                Ok(None)
            }
        }
        IterState::Str { s, byte_pos } => {
            let text = str_of(*s);
            match text[*byte_pos..].chars().next() {
                Some(c) => {
                    *byte_pos += c.len_utf8();
                    Ok(Some(char_str(c)))
                }
                None => Ok(None),
            }
        }
        IterState::Bytes { b, i } => match b.get::<BytesObj>().map_or_else(
            || b.cast::<ByteArrayObj>().data.lock().get(*i).copied(),
            |o| o.data.get(*i).copied(),
        ) {
            Some(x) => {
                *i += 1;
                Ok(Some(Value::small(x as i64)))
            }
            None => Ok(None),
        },
        IterState::Dict { mode, .. } => {
            let mode = *mode;
            Ok(dict_iter_next(vm, it)?.map(|(k, v)| match mode {
                0 => k,
                1 => v,
                _ => new_tuple(vec![k, v]),
            }))
        }
        IterState::Set { s, i, expected_len } => {
            let table = &s.cast::<SetObj>().table;
            if table.len() != *expected_len {
                *expected_len = usize::MAX;
                return Err(
                    vm.raise_msg(rt().excs.runtime_error, "Set changed size during iteration")
                );
            }
            loop {
                match table.slot(*i) {
                    None => return Ok(None),
                    Some(slot) => {
                        *i += 1;
                        if let Some(k) = slot {
                            return Ok(Some(k));
                        }
                    }
                }
            }
        }
        IterState::Reversed { seq, i } => {
            if *i < 0 {
                return Ok(None);
            }
            let idx = *i as usize;
            let seq = *seq;
            let got = match seq.kind() {
                Some(ObjKind::List) => seq.cast::<ListObj>().items.get(idx),
                Some(ObjKind::Tuple) => seq.cast::<TupleObj>().items.get(idx).copied(),
                Some(ObjKind::Str) => {
                    let so = seq.cast::<StrObj>();
                    let b = so.byte_offset(idx);
                    so.s[b..].chars().next().map(char_str)
                }
                _ => match getitem(vm, seq, new_int(idx as i64)) {
                    Ok(v) => Some(v),
                    Err(e) => {
                        if isinstance_class(vm.exc, rt().excs.index_error)
                            || isinstance_class(vm.exc, rt().excs.stop_iteration)
                        {
                            vm.exc = Value::NULL;
                            None
                        } else {
                            return Err(e);
                        }
                    }
                },
            };
            let IterState::Reversed { i, .. } = &mut it.cast::<IterObj>().state else {
                unreachable!()
            };
            match got {
                Some(v) => {
                    *i -= 1;
                    Ok(Some(v))
                }
                None => {
                    *i = -1;
                    Ok(None)
                }
            }
        }
        IterState::Enumerate { .. } => {
            Ok(enumerate_next(vm, it)?.map(|(n, x)| new_tuple(vec![n, x])))
        }
        IterState::Zip { its } if its.len() == 2 => {
            Ok(zip2_next(vm, it)?.map(|(a, b)| new_tuple(vec![a, b])))
        }
        IterState::Zip { its } => {
            if its.is_empty() {
                return Ok(None);
            }
            let its = its.clone();
            let mark = vm.roots.len();
            let r = (|| {
                for &i in &its {
                    match iter_next(vm, i)? {
                        Some(x) => vm.roots.push(x),
                        None => return Ok(None),
                    }
                }
                Ok(Some(new_tuple(vm.roots[mark..].to_vec())))
            })();
            vm.roots.truncate(mark);
            r
        }
        IterState::Map { f, its } => {
            let f = *f;
            let its = its.clone();
            let mark = vm.roots.len();
            let r = (|| {
                for &i in &its {
                    match iter_next(vm, i)? {
                        Some(x) => vm.roots.push(x),
                        None => return Ok(None),
                    }
                }
                let args = vm.roots[mark..].to_vec();
                vm.call(f, &args, &[]).map(Some)
            })();
            vm.roots.truncate(mark);
            r
        }
        IterState::Filter { f, it: inner } => {
            let (f, inner) = (*f, *inner);
            loop {
                let Some(x) = iter_next(vm, inner)? else {
                    return Ok(None);
                };
                let keep = with_roots(vm, &[x], |vm| {
                    if f.is_none() || f == crate::rt::bool_class() {
                        truthy(vm, x)
                    } else {
                        let r = vm.call(f, &[x], &[])?;
                        truthy(vm, r)
                    }
                })?;
                if keep {
                    return Ok(Some(x));
                }
            }
        }
        IterState::Callable { f, sentinel } => {
            let (f, sentinel) = (*f, *sentinel);
            if f.is_null() {
                return Ok(None); // exhausted (keeps the callable_iterator type)
            }
            let r = match vm.call(f, &[], &[]) {
                Ok(r) => r,
                Err(e) => {
                    if isinstance_class(vm.exc, rt().excs.stop_iteration) {
                        vm.exc = Value::NULL;
                        it.cast::<IterObj>().state = IterState::Callable {
                            f: Value::NULL,
                            sentinel: Value::NULL,
                        };
                        return Ok(None);
                    }
                    return Err(e);
                }
            };
            if with_roots(vm, &[r], |vm| eq(vm, r, sentinel))? {
                it.cast::<IterObj>().state = IterState::Callable {
                    f: Value::NULL,
                    sentinel: Value::NULL,
                };
                return Ok(None);
            }
            Ok(Some(r))
        }
        IterState::GetItem { .. } => super::dunder::getitem_iter_next(vm, it),
        IterState::Exhausted => Ok(None),
    }
}

/// All items of an iterable, in order (fast paths for builtin containers; values from
/// a generic iterator are rooted while iterating).
pub fn collect_iterable(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    match v.kind() {
        Some(ObjKind::List | ObjKind::Tuple | ObjKind::Dict | ObjKind::Set)
            if overrides_iter(v) => {}
        Some(ObjKind::List) => return Ok(v.cast::<ListObj>().items.to_vec()),
        Some(ObjKind::Tuple) => return Ok(v.cast::<TupleObj>().items.to_vec()),
        Some(ObjKind::Str) => return Ok(str_of(v).chars().map(char_str).collect()),
        Some(ObjKind::Dict) => {
            return Ok(v.cast::<DictObj>().table.iter().map(|e| e.key).collect())
        }
        Some(ObjKind::Set) => return Ok(v.cast::<SetObj>().table.iter().map(|(k, _)| k).collect()),
        Some(ObjKind::Range) => {
            let (start, step, n) = {
                let r = v.cast::<RangeObj>();
                (r.start, r.step, r.len() as usize)
            };
            let mut out = try_vec(vm, n)?;
            let mut x = start;
            for _ in 0..n {
                out.push(new_int(x));
                x = x.wrapping_add(step);
            }
            return Ok(out);
        }
        _ => {}
    }
    // The items accumulate on the thread's root stack (rooted there, no list object
    // or growing shared buffer), then leave it as one exactly-sized vector.
    let it = get_iter(vm, v)?;
    let mark = vm.roots.len();
    vm.roots.push(it);
    let r = if is_drainable(it) {
        // A generator runs to its end in one resumption, its yields pushed straight
        // onto the root stack (`Vm::gen_drain`); a value the sink declines comes back
        // as an ordinary yield.
        let saved = crate::interp::sink_get();
        let r = loop {
            crate::interp::sink_set(Sink::Roots {
                expect: vm.roots.len(),
            });
            match vm.gen_drain(it) {
                Ok(Some(x)) => vm.roots.push(x),
                Ok(None) => break Ok(vm.roots[mark + 1..].to_vec()),
                Err(e) => break Err(e),
            }
        };
        crate::interp::sink_set(saved);
        r
    } else {
        loop {
            match iter_next(vm, it) {
                Ok(Some(x)) => vm.roots.push(x),
                Ok(None) => break Ok(vm.roots[mark + 1..].to_vec()),
                Err(e) => break Err(e),
            }
        }
    };
    vm.roots.truncate(mark);
    r
}

/// A generator `Vm::gen_drain` can run to its end for a builtin consumer: a plain
/// generator (not a coroutine) without `yield from`.
#[inline]
pub fn is_drainable(v: Value) -> bool {
    v.get::<GenObj>()
        .is_some_and(|g| !g.coroutine && !g.delegates)
}

/// Unpack `seq` for an assignment target: exactly `before` items (`after` None), or
/// `before` items, a list of the rest, and `after` items (starred target).
pub fn unpack_iterable(
    vm: &mut Vm,
    seq: Value,
    before: usize,
    after: Option<usize>,
) -> PyResult<Vec<Value>> {
    if !is_iterable(seq) {
        return Err(vm.type_error(format!(
            "cannot unpack non-iterable {} object",
            type_name(seq)
        )));
    }
    match after {
        None => {
            let items: Vec<Value> = match seq.kind() {
                Some(ObjKind::List) if !overrides_iter(seq) => seq.cast::<ListObj>().items.to_vec(),
                Some(ObjKind::Tuple) if !overrides_iter(seq) => {
                    seq.cast::<TupleObj>().items.to_vec()
                }
                _ => {
                    // Take at most before+1 items (CPython stops at the first extra one).
                    let it = get_iter(vm, seq)?;
                    let acc = new_list(Vec::new());
                    with_roots(vm, &[it, acc], |vm| {
                        while acc.cast::<ListObj>().items.len() <= before {
                            match iter_next(vm, it)? {
                                Some(x) => acc.cast::<ListObj>().items.push(x),
                                None => break,
                            }
                        }
                        Ok(())
                    })?;
                    acc.cast::<ListObj>().items.take()
                }
            };
            if items.len() < before {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    before,
                    items.len()
                )));
            }
            if items.len() > before {
                return Err(
                    vm.value_error(format!("too many values to unpack (expected {before})"))
                );
            }
            Ok(items)
        }
        Some(after) => {
            let mut items = collect_iterable(vm, seq)?;
            let n = items.len();
            if n < before + after {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    n
                )));
            }
            let tail: Vec<Value> = items.split_off(n - after);
            let middle: Vec<Value> = items.split_off(before);
            items.push(new_list(middle));
            items.extend(tail);
            Ok(items)
        }
    }
}
