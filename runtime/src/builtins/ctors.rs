//! Constructors of the remaining builtin classes — range, bool, type, slice,
//! enumerate, zip, map, filter, reversed, property — and the methods/attributes of
//! range (count, index, start/stop/step), slice (indices, start/stop/step) and
//! property (getter/setter/deleter, fget/fset).
//!
//! Iterator states built here (stepped by ops::iter_next):
//! - `Reversed { seq, i }`: `seq` is a list or tuple, `i` the next index to yield,
//!   counting down; exhausted when `i < 0` (or `i >= len`, if the list shrank).
//! - `Enumerate { it, n }`: `it` an iterator, `n` the next count (an int Value).
//! - `Map { f, its }`, `Zip { its }`, `Filter { f, it }` (f may be None), all over
//!   iterators (get_iter already applied).
//! - `Range` for reversed(range).
//! Property objects store missing accessors as None.

use super::*;

pub(crate) fn install() {
    let t = &rt().types;
    add_methods(t.range, &[("count", range_count), ("index", range_index)]);
    add_methods(t.slice, &[("indices", slice_indices)]);
    add_methods(
        t.property,
        &[
            ("getter", prop_getter),
            ("setter", prop_setter),
            ("deleter", prop_deleter),
        ],
    );
    let props: &[(Value, &'static str, NativeFn)] = &[
        (t.range, "start", range_start),
        (t.range, "stop", range_stop),
        (t.range, "step", range_step),
        (t.slice, "start", slice_start),
        (t.slice, "stop", slice_stop),
        (t.slice, "step", slice_step),
        (t.property, "fget", prop_fget),
        (t.property, "fset", prop_fset),
        (t.property, "fdel", prop_fdel),
        (t.property, "__doc__", prop_doc),
    ];
    for &(cls, name, f) in props {
        add_property(cls, name, f);
    }
}

/// A read-only attribute on a builtin type: a property whose getter is a builtin
/// function called with the instance as its only argument.
pub(crate) fn add_property(cls: Value, name: &'static str, f: NativeFn) {
    let getter = new_builtin(name, f, Value::NULL, false);
    set_str_key(
        cls.cast::<ClassObj>().dict,
        name,
        alloc(PropertyObj {
            fget: getter,
            fset: Value::NONE,
            fdel: Value::NONE,
            doc: Value::NONE,
        }),
    );
}

fn prop_self(a: &Args) -> Value {
    a.pos.first().copied().unwrap_or(Value::NONE)
}

// ---- range ----------------------------------------------------------------------------

fn range_int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_float() || !(ops::is_int(v) || v.is_kind(ObjKind::Instance)) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name(v)
        )));
    }
    index_i64(vm, v)
}

pub(crate) fn range_new(vm: &mut Vm, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments".into()));
    }
    check_npos(vm, a.pos.len(), "range", 1, 3)?;
    let (start, stop, step) = match a.pos.len() {
        1 => (0, range_int(vm, a.pos[0])?, 1),
        2 => (range_int(vm, a.pos[0])?, range_int(vm, a.pos[1])?, 1),
        _ => {
            let s = range_int(vm, a.pos[0])?;
            let e = range_int(vm, a.pos[1])?;
            let st = range_int(vm, a.pos[2])?;
            if st == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero".into()));
            }
            (s, e, st)
        }
    };
    Ok(alloc(RangeObj { start, stop, step }))
}

fn rng<'a>(vm: &mut Vm, v: Value, meth: &str) -> PyResult<&'a RangeObj> {
    match v.get::<RangeObj>() {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "descriptor '{meth}' for 'range' objects doesn't apply to a '{}' object",
            ops::type_name(v)
        ))),
    }
}

/// Index of int `x` in the range, if present.
fn range_find(r: &RangeObj, x: Value) -> Option<i64> {
    let x = if x.is_bool() {
        (x == Value::TRUE) as i64
    } else {
        small_or_i64(x)?
    };
    let (s, e, st) = (r.start as i128, r.stop as i128, r.step as i128);
    let x = x as i128;
    let inside = if st > 0 {
        x >= s && x < e
    } else {
        x <= s && x > e
    };
    if inside && (x - s) % st == 0 {
        Some(((x - s) / st) as i64)
    } else {
        None
    }
}

fn range_count(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let r = rng(vm, recv, "count")?;
    let x = one_arg(vm, a, "range.count")?;
    if ops::is_int(x) {
        return Ok(Value::small(range_find(r, x).is_some() as i64));
    }
    // Generic: count equal elements.
    let mut n = 0;
    let len = r.len();
    for i in 0..len {
        let v = int(r.start + i * r.step);
        if ops::eq(vm, v, x)? {
            n += 1;
        }
    }
    Ok(int(n))
}

fn range_index(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let r = rng(vm, recv, "index")?;
    let x = one_arg(vm, a, "range.index")?;
    if ops::is_int(x) {
        if let Some(i) = range_find(r, x) {
            return Ok(int(i));
        }
    } else {
        let len = r.len();
        for i in 0..len {
            let v = int(r.start + i * r.step);
            if ops::eq(vm, v, x)? {
                return Ok(int(i));
            }
        }
    }
    let rep = ops::repr(vm, x)?;
    Err(vm.value_error(format!("{rep} is not in range")))
}

fn range_start(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(int(rng(vm, prop_self(a), "start")?.start))
}
fn range_stop(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(int(rng(vm, prop_self(a), "stop")?.stop))
}
fn range_step(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(int(rng(vm, prop_self(a), "step")?.step))
}

// ---- bool ------------------------------------------------------------------------

pub(crate) fn bool_new(vm: &mut Vm, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments".into()));
    }
    check_npos(vm, a.pos.len(), "bool", 0, 1)?;
    match a.pos.first() {
        None => Ok(Value::FALSE),
        Some(&v) => Ok(Value::bool(ops::truthy(vm, v)?)),
    }
}

// ---- slice -------------------------------------------------------------------------------

pub(crate) fn slice_new(vm: &mut Vm, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("slice() takes no keyword arguments".into()));
    }
    check_npos(vm, a.pos.len(), "slice", 1, 3)?;
    let (start, stop, step) = match a.pos.len() {
        1 => (Value::NONE, a.pos[0], Value::NONE),
        2 => (a.pos[0], a.pos[1], Value::NONE),
        _ => (a.pos[0], a.pos[1], a.pos[2]),
    };
    Ok(alloc(SliceObj { start, stop, step }))
}

fn slc<'a>(vm: &mut Vm, v: Value, meth: &str) -> PyResult<&'a SliceObj> {
    match v.get::<SliceObj>() {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!(
            "descriptor '{meth}' for 'slice' objects doesn't apply to a '{}' object",
            ops::type_name(v)
        ))),
    }
}

fn slice_start(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(slc(vm, prop_self(a), "start")?.start)
}
fn slice_stop(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(slc(vm, prop_self(a), "stop")?.stop)
}
fn slice_step(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(slc(vm, prop_self(a), "step")?.step)
}

/// CPython's PySlice_GetIndicesEx semantics: (start, stop, step) for a sequence of `len`.
pub(crate) fn slice_indices_for(vm: &mut Vm, s: &SliceObj, len: i64) -> PyResult<(i64, i64, i64)> {
    let step = if s.step.is_none() {
        1
    } else {
        let st = slice_index(vm, s.step)?;
        if st == 0 {
            return Err(vm.value_error("slice step cannot be zero".into()));
        }
        st
    };
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: i64, def: i64| -> i64 {
        let _ = def;
        if v < 0 {
            let x = v.saturating_add(len);
            if x < lower {
                lower
            } else {
                x
            }
        } else if v > upper {
            upper
        } else {
            v
        }
    };
    let start = if s.start.is_none() {
        if step < 0 {
            upper
        } else {
            lower
        }
    } else {
        clamp(slice_index(vm, s.start)?, 0)
    };
    let stop = if s.stop.is_none() {
        if step < 0 {
            lower
        } else {
            upper
        }
    } else {
        clamp(slice_index(vm, s.stop)?, 0)
    };
    Ok((start, stop, step))
}

fn slice_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match opt_index(vm, Some(v))? {
        Some(i) => Ok(i),
        None => Ok(0),
    }
}

fn slice_indices(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = slc(vm, recv, "indices")?;
    let lv = one_arg(vm, a, "slice.indices")?;
    let len = index_i64(vm, lv)?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative".into()));
    }
    let (st, sp, step) = slice_indices_for(vm, s, len)?;
    Ok(ops::new_tuple(vec![int(st), int(sp), int(step)]))
}

// ---- iterator classes ----------------------------------------------------------------------

pub(crate) fn enumerate_new(vm: &mut Vm, a: &Args) -> R {
    let mut p = [Value::NULL; 2];
    bind(vm, a, "enumerate", &["iterable", "start"], 0, &mut p)?;
    if p[0].is_null() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'".into()));
    }
    let n = if p[1].is_null() {
        Value::small(0)
    } else if ops::is_int(p[1]) {
        if p[1].is_bool() {
            Value::small((p[1] == Value::TRUE) as i64)
        } else {
            p[1]
        }
    } else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name(p[1])
        )));
    };
    let it = ops::get_iter(vm, p[0])?;
    Ok(alloc(IterObj {
        state: IterState::Enumerate { it, n },
    }))
}

/// get_iter over each argument, keeping the iterators rooted while building.
fn iters_of(vm: &mut Vm, srcs: &[Value]) -> PyResult<Vec<Value>> {
    with_roots(vm, |vm| {
        let mark = vm.roots.len();
        for &s in srcs {
            let it = ops::get_iter(vm, s)?;
            vm.roots.push(it);
        }
        Ok(vm.roots[mark..].to_vec())
    })
}

pub(crate) fn zip_new(vm: &mut Vm, a: &Args) -> R {
    for (i, &k) in a.kwnames.iter().enumerate() {
        match ops::str_of(k) {
            "strict" => {
                if ops::truthy(vm, a.kwvals[i])? {
                    return Err(vm.raise(
                        rt().excs.not_implemented_error,
                        "zip(strict=True) is not supported".into(),
                    ));
                }
            }
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for zip()"
                )))
            }
        }
    }
    let its = iters_of(vm, a.pos)?;
    Ok(alloc(IterObj {
        state: IterState::Zip { its },
    }))
}

pub(crate) fn map_new(vm: &mut Vm, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("map() takes no keyword arguments".into()));
    }
    if a.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments.".into()));
    }
    let its = iters_of(vm, &a.pos[1..])?;
    Ok(alloc(IterObj {
        state: IterState::Map { f: a.pos[0], its },
    }))
}

pub(crate) fn filter_new(vm: &mut Vm, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("filter() takes no keyword arguments".into()));
    }
    check_npos(vm, a.pos.len(), "filter", 2, 2)?;
    let it = ops::get_iter(vm, a.pos[1])?;
    Ok(alloc(IterObj {
        state: IterState::Filter { f: a.pos[0], it },
    }))
}

pub(crate) fn reversed_new(vm: &mut Vm, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("reversed() takes no keyword arguments".into()));
    }
    check_npos(vm, a.pos.len(), "reversed", 1, 1)?;
    let seq = a.pos[0];
    if ops::is_sub_builtin(seq) || ops::has_user_meta(seq) {
        if let Some(f) = ops::user_special(seq, crate::sym!("__reversed__")) {
            return ops::call_special(vm, f, seq, &[]);
        }
    }
    match seq.kind() {
        Some(ObjKind::List) => {
            let n = seq.cast::<ListObj>().items.len() as isize;
            Ok(alloc(IterObj {
                state: IterState::Reversed { seq, i: n - 1 },
            }))
        }
        Some(ObjKind::Tuple) => {
            let n = seq.cast::<TupleObj>().items.len() as isize;
            Ok(alloc(IterObj {
                state: IterState::Reversed { seq, i: n - 1 },
            }))
        }
        Some(ObjKind::Range) => {
            let r = seq.cast::<RangeObj>();
            let len = r.len();
            let last = r.start as i128 + (len as i128 - 1).max(0) * r.step as i128;
            Ok(alloc(IterObj {
                state: IterState::Range {
                    next: last as i64,
                    step: r.step.wrapping_neg(),
                    remaining: len,
                },
            }))
        }
        Some(ObjKind::Str) => {
            let mut chars: Vec<Value> = ops::str_of(seq).chars().map(str::char_str).collect();
            chars.reverse();
            let l = ops::new_list(chars);
            Ok(alloc(IterObj {
                state: IterState::Seq { seq: l, i: 0 },
            }))
        }
        Some(ObjKind::Dict) => {
            let mut keys: Vec<Value> = seq.cast::<DictObj>().table.iter().map(|e| e.key).collect();
            keys.reverse();
            let l = ops::new_list(keys);
            Ok(alloc(IterObj {
                state: IterState::Seq { seq: l, i: 0 },
            }))
        }
        Some(ObjKind::DictView) => {
            // dict_reversekeyiterator & co.: a snapshot in reverse insertion order.
            let mut items = ops::dict_view_items(seq);
            items.reverse();
            let l = ops::new_list(items);
            Ok(alloc(IterObj {
                state: IterState::Seq { seq: l, i: 0 },
            }))
        }
        _ => {
            if ops::is_user_obj(seq) {
                let n = ops::names();
                if let Some(f) = ops::user_special(seq, crate::sym!("__reversed__")) {
                    return ops::call_special(vm, f, seq, &[]);
                }
                if ops::user_special(seq, n.len).is_some()
                    && ops::user_special(seq, n.getitem).is_some()
                {
                    let len = ops::len(vm, seq)?;
                    let acc = ops::new_list(Vec::with_capacity(len));
                    ops::with_roots(vm, &[acc], |vm| {
                        for i in (0..len).rev() {
                            let v = ops::getitem(vm, seq, int(i as i64))?;
                            acc.cast::<ListObj>().items.push(v);
                        }
                        Ok(())
                    })?;
                    return Ok(alloc(IterObj {
                        state: IterState::Seq { seq: acc, i: 0 },
                    }));
                }
            }
            Err(vm.type_error(format!(
                "'{}' object is not reversible",
                ops::type_name(seq)
            )))
        }
    }
}

// ---- property --------------------------------------------------------------------------------

pub(crate) fn property_new(vm: &mut Vm, a: &Args) -> R {
    let mut p = [Value::NULL; 4];
    bind(
        vm,
        a,
        "property",
        &["fget", "fset", "fdel", "doc"],
        0,
        &mut p,
    )?;
    let f = |v: Value| if v.is_null() { Value::NONE } else { v };
    let mut doc = f(p[3]);
    if doc.is_none() && !p[0].is_null() && !p[0].is_none() {
        if let Some(fo) = p[0].get::<FuncObj>() {
            doc = if fo.doc.is_null() {
                Value::NONE
            } else {
                fo.doc
            };
        }
    }
    Ok(alloc(PropertyObj {
        fget: f(p[0]),
        fset: f(p[1]),
        fdel: f(p[2]),
        doc,
    }))
}

fn prop<'a>(vm: &mut Vm, v: Value, meth: &str) -> PyResult<&'a PropertyObj> {
    match v.get::<PropertyObj>() {
        Some(p) => Ok(p),
        None => Err(vm.type_error(format!(
            "descriptor '{meth}' for 'property' objects doesn't apply to a '{}' object",
            ops::type_name(v)
        ))),
    }
}

/// A copy of property `p` with accessor `which` (0 get, 1 set, 2 del) replaced.
fn prop_with(p: &PropertyObj, which: usize, f: Value) -> Value {
    let mut acc = [p.fget, p.fset, p.fdel];
    acc[which] = f;
    let mut doc = p.doc;
    if which == 0 && doc.is_none() {
        if let Some(fo) = f.get::<FuncObj>() {
            doc = if fo.doc.is_null() {
                Value::NONE
            } else {
                fo.doc
            };
        }
    }
    alloc(PropertyObj {
        fget: acc[0],
        fset: acc[1],
        fdel: acc[2],
        doc,
    })
}

fn prop_getter(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let p = prop(vm, recv, "getter")?;
    let f = one_arg(vm, a, "property.getter")?;
    Ok(prop_with(p, 0, f))
}
fn prop_setter(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let p = prop(vm, recv, "setter")?;
    let f = one_arg(vm, a, "property.setter")?;
    Ok(prop_with(p, 1, f))
}
fn prop_deleter(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let p = prop(vm, recv, "deleter")?;
    let f = one_arg(vm, a, "property.deleter")?;
    Ok(prop_with(p, 2, f))
}
fn prop_fdel(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(prop(vm, prop_self(a), "fdel")?.fdel)
}
fn prop_doc(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(prop(vm, prop_self(a), "__doc__")?.doc)
}
fn prop_fget(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(prop(vm, prop_self(a), "fget")?.fget)
}
fn prop_fset(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(prop(vm, prop_self(a), "fset")?.fset)
}
