//! Subscripts (`o[k]`, `o[k] = v`, `del o[k]`), slices and membership.

use super::*;
use num_traits::Signed;

// ---- indices and slices -------------------------------------------------------------

/// What a subscript key is, for sequence indexing.
enum Key {
    Index(i64),
    /// An int too large for an index (IndexError "cannot fit 'int' into an index-sized integer").
    Huge,
    Slice,
    Other,
}

#[inline]
fn classify(key: Value) -> Key {
    if key.is_small() {
        return Key::Index(key.as_small());
    }
    if let Some(i) = as_i64(key) {
        return Key::Index(i);
    }
    match key.kind() {
        Some(ObjKind::Int) => Key::Huge,
        Some(ObjKind::Slice) => Key::Slice,
        _ => Key::Other,
    }
}

fn cannot_fit(vm: &mut Vm) -> Raised {
    vm.raise_msg(
        rt().excs.index_error,
        "cannot fit 'int' into an index-sized integer",
    )
}

/// A slice bound as a clamped i64 (CPython's _PyEval_SliceIndex): None → None.
fn slice_bound(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Some(i) = as_i64(v) {
        return Ok(Some(i));
    }
    if let Some(IntObj::Big(b)) = v.get::<IntObj>() {
        return Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX }));
    }
    if is_user_obj(v) {
        if let Some(i) = user_index(vm, v)? {
            return slice_bound(vm, i);
        }
    }
    Err(vm.type_error("slice indices must be integers or None or have an __index__ method".into()))
}

/// CPython's PySlice_Unpack + PySlice_AdjustIndices: (start, stop, step, slicelength).
pub fn slice_indices(vm: &mut Vm, slice: Value, length: usize) -> PyResult<(i64, i64, i64, usize)> {
    let s = slice.cast::<SliceObj>();
    let (start_v, stop_v, step_v) = (s.start, s.stop, s.step);
    let step = match slice_bound(vm, step_v)? {
        None => 1,
        Some(0) => return Err(vm.raise_msg(rt().excs.value_error, "slice step cannot be zero")),
        Some(st) => st.max(-i64::MAX),
    };
    let start = slice_bound(vm, start_v)?.unwrap_or(if step < 0 { i64::MAX } else { 0 });
    let stop = slice_bound(vm, stop_v)?.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX });
    let (a, b, n) = adjust_indices(length as i64, start, stop, step);
    Ok((a, b, step, n as usize))
}

/// PySlice_AdjustIndices.
pub fn adjust_indices(length: i64, mut start: i64, mut stop: i64, step: i64) -> (i64, i64, i64) {
    if start < 0 {
        start += length;
        if start < 0 {
            start = if step < 0 { -1 } else { 0 };
        }
    } else if start >= length {
        start = if step < 0 { length - 1 } else { length };
    }
    if stop < 0 {
        stop += length;
        if stop < 0 {
            stop = if step < 0 { -1 } else { 0 };
        }
    } else if stop >= length {
        stop = if step < 0 { length - 1 } else { length };
    }
    // (Unit steps without the division: `perm[k::-1]`, `x[a:b:1]`.)
    let n = if step < 0 {
        if stop >= start {
            0
        } else if step == -1 {
            start - stop
        } else {
            (start - stop - 1) / (-step) + 1
        }
    } else if start >= stop {
        0
    } else if step == 1 {
        stop - start
    } else {
        (stop - start - 1) / step + 1
    };
    (start, stop, n)
}

fn take_slice<T: Copy>(items: &[T], start: i64, step: i64, n: usize) -> Vec<T> {
    if step == 1 {
        let s = start as usize;
        return items[s..s + n].to_vec();
    }
    let mut v = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        v.push(items[i as usize]);
        i += step;
    }
    v
}

/// Normalise an index into `0..len`, or None if out of range.
#[inline]
fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}

// ---- str helpers -----------------------------------------------------------------------

/// The character at code-point index `i` (in range) of a str, as a new str.
fn str_char_at(s: &StrObj, i: usize) -> Value {
    if s.is_ascii() {
        return char_str(s.s.as_bytes()[i] as char);
    }
    let b = s.byte_offset(i);
    char_str(s.s[b..].chars().next().unwrap())
}

/// A one-character str (ASCII ones are interned).
pub(crate) fn char_str(c: char) -> Value {
    if c.is_ascii() {
        return super::ascii_char_str(c as u8);
    }
    let mut b = [0u8; 4];
    new_str(c.encode_utf8(&mut b))
}

fn str_slice(s: &StrObj, start: i64, step: i64, n: usize) -> Value {
    if n == 0 {
        return rt().empty_str;
    }
    if s.is_ascii() {
        let bytes = s.s.as_bytes();
        if step == 1 {
            let st = start as usize;
            return new_str(&s.s[st..st + n]);
        }
        let v = take_slice(bytes, start, step, n);
        // SAFETY: ASCII bytes are valid UTF-8.
        return new_string(unsafe { String::from_utf8_unchecked(v) });
    }
    if step == 1 {
        let st = start as usize;
        return new_str(&s.s[s.byte_offset(st)..s.byte_offset(st + n)]);
    }
    let chars: Vec<char> = s.s.chars().collect();
    let picked = take_slice(&chars, start, step, n);
    new_string(picked.into_iter().collect())
}

// ---- getitem ---------------------------------------------------------------------------

fn key_error(vm: &mut Vm, key: Value) -> Raised {
    let e = new_exception(rt().excs.key_error, &[key]);
    vm.set_exc(e)
}

fn index_error(vm: &mut Vm, msg: &str) -> Raised {
    vm.raise_msg(rt().excs.index_error, msg)
}

/// A user object used as a sequence index: its `__index__` value (None otherwise).
fn user_key_index(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Option<Value>> {
    if is_user_obj(key)
        && matches!(
            obj.kind(),
            Some(ObjKind::List | ObjKind::Tuple | ObjKind::Str | ObjKind::Range)
        )
    {
        return user_index(vm, key);
    }
    Ok(None)
}

/// `obj[key]`.
pub fn getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    if is_sub_builtin(obj) {
        if let Some(f) = user_special(obj, names().getitem) {
            return call_special(vm, f, obj, &[key]);
        }
    }
    getitem_base(vm, obj, key)
}

/// A dict subclass's `__missing__(key)` (None when the class has none).
fn dict_missing(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Option<Value>> {
    if !is_sub_builtin(obj) {
        return Ok(None);
    }
    match lookup_in_mro(type_of(obj), crate::sym!("__missing__")) {
        Some(f) => call_special(vm, f, obj, &[key]).map(Some),
        None => Ok(None),
    }
}

/// `obj[key]` by the builtin types' rules (`list.__getitem__` & co.: a subclass's own
/// `__getitem__` is not consulted; a dict subclass's `__missing__` is).
pub fn getitem_base(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    if let Some(i) = user_key_index(vm, obj, key)? {
        return getitem_base(vm, obj, i);
    }
    match obj.kind() {
        Some(ObjKind::Instance) => return user_getitem(vm, obj, key),
        Some(ObjKind::Class) if user_special(obj, names().getitem).is_some() => {
            return user_getitem(vm, obj, key)
        }
        Some(ObjKind::MappingProxy) => return getitem(vm, obj.cast::<MappingProxyObj>().d, key),
        Some(ObjKind::Exc) if is_user_obj(obj) => return user_getitem(vm, obj, key),
        _ => {}
    }
    match obj.kind() {
        Some(ObjKind::List) => {
            let items = &obj.cast::<ListObj>().items;
            match classify(key) {
                Key::Index(i) => match norm_index(i, items.len()).and_then(|j| items.get(j)) {
                    Some(v) => Ok(v),
                    None => Err(index_error(vm, "list index out of range")),
                },
                Key::Slice => {
                    // The bounds first (`__index__` may run Python code), then one
                    // snapshot of the items (another thread may resize the list).
                    let (a, _, st, n) = slice_indices(vm, key, items.len())?;
                    Ok(new_list_slice(&obj.cast::<ListObj>().items, a, st, n))
                }
                Key::Huge => Err(cannot_fit(vm)),
                Key::Other => Err(vm.type_error(format!(
                    "list indices must be integers or slices, not {}",
                    type_name(key)
                ))),
            }
        }
        Some(ObjKind::Tuple) => {
            let items = &obj.cast::<TupleObj>().items;
            match classify(key) {
                Key::Index(i) => match norm_index(i, items.len()) {
                    Some(j) => Ok(items[j]),
                    None => Err(index_error(vm, "tuple index out of range")),
                },
                Key::Slice => {
                    let len = items.len();
                    let (a, _, st, n) = slice_indices(vm, key, len)?;
                    if st == 1 && n == len && obj.cast::<TupleObj>().cls.is_null() {
                        return Ok(obj);
                    }
                    Ok(new_tuple(take_slice(
                        &obj.cast::<TupleObj>().items,
                        a,
                        st,
                        n,
                    )))
                }
                Key::Huge => Err(cannot_fit(vm)),
                Key::Other => Err(vm.type_error(format!(
                    "tuple indices must be integers or slices, not {}",
                    type_name(key)
                ))),
            }
        }
        Some(ObjKind::Dict) => {
            let h = hash(vm, key)?;
            let r = obj
                .cast::<DictObj>()
                .table
                .get(h, key, &mut |a, b| key_eq(vm, a, b))?;
            match r {
                Some(v) => Ok(v),
                None => match dict_missing(vm, obj, key)? {
                    Some(v) => Ok(v),
                    None => Err(key_error(vm, key)),
                },
            }
        }
        Some(ObjKind::Bytes) => crate::builtins::bytes::bytes_getitem(vm, obj, key),
        Some(ObjKind::ByteArray) => crate::builtins::bytearray::getitem(vm, obj, key),
        Some(ObjKind::Str) => {
            let s = obj.cast::<StrObj>();
            match classify(key) {
                Key::Index(i) => match norm_index(i, s.nchars) {
                    Some(j) => Ok(str_char_at(s, j)),
                    None => Err(index_error(vm, "string index out of range")),
                },
                Key::Slice => {
                    let (a, _, st, n) = slice_indices(vm, key, s.nchars)?;
                    if st == 1 && n == s.nchars {
                        return Ok(obj);
                    }
                    Ok(str_slice(s, a, st, n))
                }
                Key::Huge => Err(cannot_fit(vm)),
                Key::Other => Err(vm.type_error(format!(
                    "string indices must be integers, not '{}'",
                    type_name(key)
                ))),
            }
        }
        Some(ObjKind::Range) => {
            let (start, step, len) = {
                let r = obj.cast::<RangeObj>();
                (r.start, r.step, r.len())
            };
            match classify(key) {
                Key::Index(i) => match norm_index(i, len as usize) {
                    Some(j) => Ok(new_i128(start as i128 + j as i128 * step as i128)),
                    None => Err(index_error(vm, "range object index out of range")),
                },
                Key::Huge => Err(index_error(vm, "range object index out of range")),
                Key::Slice => {
                    let (a, b, st, _) = slice_indices(vm, key, len as usize)?;
                    let conv = |x: i64| start as i128 + x as i128 * step as i128;
                    let (ns, ne, nst) = (conv(a), conv(b), step as i128 * st as i128);
                    match (i64::try_from(ns), i64::try_from(ne), i64::try_from(nst)) {
                        (Ok(s2), Ok(e2), Ok(st2)) => Ok(alloc(RangeObj {
                            start: s2,
                            stop: e2,
                            step: st2,
                        })),
                        _ => Err(vm.raise_msg(
                            rt().excs.overflow_error,
                            "Python int too large to convert to C ssize_t",
                        )),
                    }
                }
                Key::Other => Err(vm.type_error(format!(
                    "range indices must be integers or slices, not {}",
                    type_name(key)
                ))),
            }
        }
        Some(ObjKind::Class) => {
            // `C[key]`: the class's __class_getitem__ (implicitly a classmethod).
            let f = lookup_in_mro(obj, crate::rt::intern("__class_getitem__"));
            match f.map(|f| (f, f.kind())) {
                Some((f, Some(ObjKind::Func))) => vm.call(f, &[obj, key], &[]),
                Some((f, Some(ObjKind::ClassMethod))) => {
                    vm.call(f.cast::<ClassMethodObj>().func, &[obj, key], &[])
                }
                // `list[int]`: the builtin generics' __class_getitem__ (PEP 585).
                None if is_builtin_generic(obj) => {
                    super::call_lib(vm, "_kiln_types", "GenericAlias", &[obj, key])
                }
                _ => Err(vm.type_error(format!("type '{}' is not subscriptable", class_name(obj)))),
            }
        }
        _ => Err(vm.type_error(format!("'{}' object is not subscriptable", type_name(obj)))),
    }
}

// ---- setitem / delitem -----------------------------------------------------------------

/// `obj[key] = v`.
pub fn setitem(vm: &mut Vm, obj: Value, key: Value, v: Value) -> PyResult<()> {
    if is_sub_builtin(obj) {
        if let Some(f) = user_special(obj, names().setitem) {
            return call_special(vm, f, obj, &[key, v]).map(|_| ());
        }
    }
    setitem_base(vm, obj, key, v)
}

/// `obj[key] = v` by the builtin types' rules (`list.__setitem__`, `dict.__setitem__`).
pub fn setitem_base(vm: &mut Vm, obj: Value, key: Value, v: Value) -> PyResult<()> {
    if let Some(i) = user_key_index(vm, obj, key)? {
        return setitem_base(vm, obj, i, v);
    }
    match obj.kind() {
        Some(ObjKind::Instance) => return user_setitem(vm, obj, key, v),
        Some(ObjKind::Exc) if is_user_obj(obj) => return user_setitem(vm, obj, key, v),
        _ => {}
    }
    match obj.kind() {
        Some(ObjKind::List) => match classify(key) {
            Key::Index(i) => {
                let items = &obj.cast::<ListObj>().items;
                match norm_index(i, items.len()) {
                    Some(j) if items.set(j, v) => Ok(()),
                    _ => Err(index_error(vm, "list assignment index out of range")),
                }
            }
            Key::Slice => list_assign_slice(vm, obj, key, v),
            Key::Huge => Err(cannot_fit(vm)),
            Key::Other => Err(vm.type_error(format!(
                "list indices must be integers or slices, not {}",
                type_name(key)
            ))),
        },
        Some(ObjKind::Dict) => dict_set(vm, obj, key, v),
        Some(ObjKind::ByteArray) => crate::builtins::bytearray::setitem(vm, obj, key, v),
        _ => Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            type_name(obj)
        ))),
    }
}

fn list_assign_slice(vm: &mut Vm, list: Value, slice: Value, v: Value) -> PyResult<()> {
    let step_is_one = {
        let s = slice.cast::<SliceObj>();
        s.step.is_none() || as_i64(s.step) == Some(1)
    };
    let seq: Vec<Value> = if v == list {
        list.cast::<ListObj>().items.to_vec()
    } else if let Some(t) = v.get::<TupleObj>() {
        t.items.to_vec()
    } else if let Some(l) = v.get::<ListObj>() {
        l.items.to_vec()
    } else {
        match get_iter(vm, v) {
            Ok(_) => {}
            Err(e) => {
                if isinstance_class(vm.exc, rt().excs.type_error) {
                    vm.exc = Value::NULL;
                    let msg = if step_is_one {
                        "can only assign an iterable"
                    } else {
                        "must assign iterable to extended slice"
                    };
                    return Err(vm.type_error(msg.into()));
                }
                return Err(e);
            }
        }
        collect_iterable(vm, v)?
    };
    let len = list.cast::<ListObj>().items.len();
    let (start, stop, step, n) = slice_indices(vm, slice, len)?;
    if step != 1 && seq.len() != n {
        return Err(vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            seq.len(),
            n
        )));
    }
    // One locked edit; indices are re-clamped in case another thread resized the list.
    list.cast::<ListObj>().items.update(|items| {
        if step == 1 {
            let lo = (start as usize).min(items.len());
            let hi = (stop.max(start) as usize).clamp(lo, items.len());
            items.splice(lo..hi, seq);
            return;
        }
        let mut i = start;
        for x in seq {
            if let Some(slot) = items.get_mut(i as usize) {
                *slot = x;
            }
            i += step;
        }
    });
    Ok(())
}

/// `del obj[key]`.
pub fn delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    if is_sub_builtin(obj) {
        if let Some(f) = user_special(obj, names().delitem) {
            return call_special(vm, f, obj, &[key]).map(|_| ());
        }
    }
    delitem_base(vm, obj, key)
}

/// `del obj[key]` by the builtin types' rules.
pub fn delitem_base(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    if let Some(i) = user_key_index(vm, obj, key)? {
        return delitem_base(vm, obj, i);
    }
    match obj.kind() {
        Some(ObjKind::Instance) => return user_delitem(vm, obj, key),
        Some(ObjKind::Exc) if is_user_obj(obj) => return user_delitem(vm, obj, key),
        _ => {}
    }
    match obj.kind() {
        Some(ObjKind::List) => match classify(key) {
            Key::Index(i) => {
                let items = &obj.cast::<ListObj>().items;
                match norm_index(i, items.len()).and_then(|j| items.remove(j)) {
                    Some(_) => Ok(()),
                    None => Err(index_error(vm, "list assignment index out of range")),
                }
            }
            Key::Slice => {
                let len = obj.cast::<ListObj>().items.len();
                let (start, _, step, n) = slice_indices(vm, key, len)?;
                if n == 0 {
                    return Ok(());
                }
                obj.cast::<ListObj>().items.update(|items| {
                    if step == 1 {
                        let lo = (start as usize).min(items.len());
                        items.drain(lo..(lo + n).min(items.len()));
                        return;
                    }
                    // Normalise to an ascending walk, then drop the marked positions.
                    let (lo, st) = if step < 0 {
                        (start + (n as i64 - 1) * step, -step)
                    } else {
                        (start, step)
                    };
                    let mut k = 0usize;
                    let mut next_del = lo as usize;
                    let mut deleted = 0usize;
                    items.retain(|_| {
                        let keep = !(deleted < n && k == next_del);
                        if !keep {
                            deleted += 1;
                            next_del += st as usize;
                        }
                        k += 1;
                        keep
                    });
                });
                Ok(())
            }
            Key::Huge => Err(cannot_fit(vm)),
            Key::Other => Err(vm.type_error(format!(
                "list indices must be integers or slices, not {}",
                type_name(key)
            ))),
        },
        Some(ObjKind::Dict) => match dict_del(vm, obj, key)? {
            Some(_) => Ok(()),
            None => Err(key_error(vm, key)),
        },
        Some(ObjKind::ByteArray) => crate::builtins::bytearray::delitem(vm, obj, key),
        Some(ObjKind::Tuple | ObjKind::Str | ObjKind::Range | ObjKind::Set) if is_int(key) => {
            Err(vm.type_error(format!(
                "'{}' object doesn't support item deletion",
                type_name(obj)
            )))
        }
        _ => Err(vm.type_error(format!(
            "'{}' object does not support item deletion",
            type_name(obj)
        ))),
    }
}

// ---- membership ---------------------------------------------------------------------------

fn range_contains_int(r: &RangeObj, x: Value) -> bool {
    let Some(x) = as_i64(x) else { return false };
    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
    let x = x as i128;
    if step > 0 {
        if x < start || x >= stop {
            return false;
        }
    } else if x > start || x <= stop {
        return false;
    }
    (x - start) % step == 0
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    if is_sub_builtin(container) {
        let n = names();
        if let Some(f) = user_special(container, n.contains) {
            let r = call_special(vm, f, container, &[item])?;
            return truthy(vm, r);
        }
    }
    contains_base(vm, container, item)
}

/// `item in container` by the builtin types' rules.
pub fn contains_base(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    if let Some(dv) = container.get::<DictViewObj>() {
        let (d, mode) = (dv.d, dv.mode);
        return match mode {
            0 => contains(vm, d, item),
            1 => {
                let vals = new_list(dict_view_items(container));
                with_roots(vm, &[vals], |vm| contains(vm, vals, item))
            }
            _ => {
                let Some(t) = item.get::<TupleObj>().filter(|t| t.items.len() == 2) else {
                    return Ok(false);
                };
                let (k, v) = (t.items[0], t.items[1]);
                match dict_get(vm, d, k)? {
                    Some(found) => eq(vm, found, v),
                    None => Ok(false),
                }
            }
        };
    }
    match container.kind() {
        Some(ObjKind::Instance) => user_contains(vm, container, item),
        Some(ObjKind::Class) if has_user_meta(container) => user_contains(vm, container, item),
        Some(ObjKind::MappingProxy) => contains(vm, container.cast::<MappingProxyObj>().d, item),
        Some(ObjKind::Exc) if is_user_obj(container) => user_contains(vm, container, item),
        Some(ObjKind::Bytes) => crate::builtins::bytes::bytes_contains(vm, container, item),
        Some(ObjKind::ByteArray) => crate::builtins::bytearray::contains(vm, container, item),
        Some(ObjKind::Str) => match item.get::<StrObj>() {
            Some(n) => Ok(str_of(container).contains(&*n.s)),
            None => Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(item)
            ))),
        },
        Some(ObjKind::List) => {
            let mut i = 0;
            loop {
                let x = match container.cast::<ListObj>().items.get(i) {
                    Some(x) => x,
                    None => return Ok(false),
                };
                if eq_elem(vm, x, item)? {
                    return Ok(true);
                }
                i += 1;
            }
        }
        Some(ObjKind::Tuple) => {
            let items = &container.cast::<TupleObj>().items;
            for &x in items.iter() {
                if eq_elem(vm, x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(ObjKind::Dict) => {
            let h = hash(vm, item)?;
            Ok(container
                .cast::<DictObj>()
                .table
                .get(h, item, &mut |a, b| key_eq(vm, a, b))?
                .is_some())
        }
        Some(ObjKind::Set) => {
            let h = super::cmp::hash_for_set_lookup(vm, item)?;
            container
                .cast::<SetObj>()
                .table
                .contains(h, item, &mut |a, b| key_eq(vm, a, b))
        }
        Some(ObjKind::Range) => {
            let r = container.cast::<RangeObj>();
            if is_int(item) {
                return Ok(range_contains_int(r, item));
            }
            if item.is_float() {
                let f = item.as_float();
                if f.is_finite() && f == f.trunc() && f.abs() < 9.2e18 {
                    return Ok(range_contains_int(r, new_int(f as i64)));
                }
                return Ok(false);
            }
            Ok(false)
        }
        Some(ObjKind::Iter | ObjKind::Generator | ObjKind::File) => {
            let it = container;
            while let Some(x) = iter_next(vm, it)? {
                let found = with_roots(vm, &[x], |vm| eq_elem(vm, x, item))?;
                if found {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(container)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn adjust_indices_matches_cpython() {
        // [0,1,2,3,4][::-1]
        assert_eq!(adjust_indices(5, i64::MAX, i64::MIN, -1), (4, -1, 5));
        // [0..10][1:8:3] -> 1,4,7
        assert_eq!(adjust_indices(10, 1, 8, 3), (1, 8, 3));
        // [0..5][-100:100]
        assert_eq!(adjust_indices(5, -100, 100, 1), (0, 5, 5));
        // [0..5][3:1]
        assert_eq!(adjust_indices(5, 3, 1, 1).2, 0);
        // [0..5][-2::-2] -> 3,1
        assert_eq!(adjust_indices(5, -2, i64::MIN, -2), (3, -1, 2));
        // empty
        assert_eq!(adjust_indices(0, i64::MAX, i64::MIN, -1), (-1, -1, 0));
    }
}

// ---- two-bound slices (BinarySlice / StoreSlice) -------------------------------------
//
// The common `x[a:b]` on plain lists and tuples with small-int/None bounds, without a
// slice object. Same clamping as `slice_indices` with step 1; anything else returns
// None/false and the caller takes the general `getitem`/`setitem` path.

/// CPython's clamping of a step-1 slice bound (None, or a small int) to `0..=n`.
#[inline(always)]
fn clamp_bound(v: Value, n: i64, default: i64) -> Option<i64> {
    if v.is_none() {
        return Some(default);
    }
    if !v.is_small() {
        return None;
    }
    let mut x = v.as_small();
    if x < 0 {
        x += n;
        if x < 0 {
            x = 0;
        }
    } else if x > n {
        x = n;
    }
    Some(x)
}

/// `o[start:stop]` for a plain list, tuple or str with small-int/None bounds (same result as
/// ops::getitem with a slice); None for everything else.
#[inline]
pub fn fast_slice(o: Value, start: Value, stop: Value) -> Option<Value> {
    match o.kind()? {
        ObjKind::List => {
            let l = o.cast::<ListObj>();
            if !l.cls.is_null() {
                return None;
            }
            let n = l.items.len() as i64;
            let lo = clamp_bound(start, n, 0)?;
            let hi = clamp_bound(stop, n, n)?.max(lo);
            Some(new_list_slice(&l.items, lo, 1, (hi - lo) as usize))
        }
        ObjKind::Tuple => {
            let t = o.cast::<TupleObj>();
            if !t.cls.is_null() {
                return None;
            }
            let n = t.items.len() as i64;
            let lo = clamp_bound(start, n, 0)?;
            let hi = clamp_bound(stop, n, n)?.max(lo);
            Some(if lo == 0 && hi == n {
                o
            } else {
                new_tuple(t.items[lo as usize..hi as usize].to_vec())
            })
        }
        ObjKind::Str => {
            let s = o.cast::<StrObj>();
            let n = s.nchars as i64;
            let lo = clamp_bound(start, n, 0)?;
            let hi = clamp_bound(stop, n, n)?.max(lo);
            Some(if lo == 0 && hi == n {
                o
            } else {
                str_slice(s, lo, 1, (hi - lo) as usize)
            })
        }
        _ => None,
    }
}

/// `o[start:stop:step]` for a plain list or tuple with small-int/None bounds and a
/// non-zero small-int/None step, without a slice object; None for the general path.
pub fn fast_slice_step(o: Value, start: Value, stop: Value, step: Value) -> Option<Value> {
    let small_or_none = |v: Value| v.is_none() || v.is_small();
    if !(small_or_none(start) && small_or_none(stop) && small_or_none(step)) {
        return None;
    }
    let step = if step.is_none() { 1 } else { step.as_small() };
    if step == 0 {
        return None; // ValueError from the general path
    }
    let bound = |v: Value, dflt: i64| if v.is_none() { dflt } else { v.as_small() };
    let start = bound(start, if step < 0 { i64::MAX } else { 0 });
    let stop = bound(stop, if step < 0 { i64::MIN } else { i64::MAX });
    match o.kind()? {
        ObjKind::List if o.cast::<ListObj>().cls.is_null() => {
            let l = o.cast::<ListObj>();
            let (a, _, n) = adjust_indices(l.items.len() as i64, start, stop, step);
            Some(new_list_slice(&l.items, a, step, n as usize))
        }
        ObjKind::Tuple if o.cast::<TupleObj>().cls.is_null() => {
            let items = &o.cast::<TupleObj>().items;
            let (a, _, n) = adjust_indices(items.len() as i64, start, stop, step);
            if step == 1 && n as usize == items.len() {
                return Some(o);
            }
            Some(new_tuple(take_slice(items, a, step, n as usize)))
        }
        _ => None,
    }
}

/// `o[start:stop] = v` for a plain list target and a plain list or tuple value with
/// small-int/None bounds; false when the general path must run.
#[inline]
pub fn fast_store_slice(o: Value, start: Value, stop: Value, v: Value) -> bool {
    let Some(l) = o.get::<ListObj>() else {
        return false;
    };
    if !l.cls.is_null() {
        return false;
    }
    match v.kind() {
        Some(ObjKind::List) if v.cast::<ListObj>().cls.is_null() => {}
        Some(ObjKind::Tuple) if v.cast::<TupleObj>().cls.is_null() => {}
        _ => return false,
    }
    let l = o.cast::<ListObj>();
    let n = l.items.len() as i64;
    let (Some(lo), Some(hi)) = (clamp_bound(start, n, 0), clamp_bound(stop, n, n)) else {
        return false;
    };
    let hi = hi.max(lo);
    {
        // Same length (`a[i:j] = b[k:l]` of equal size, common in permutation code):
        // overwrite in place under the writer lock, copying from one snapshot of the
        // source, with no intermediate buffer. (A list assigned to a slice of itself
        // has equal length only as `a[:] = a`, which copies nothing.)
        let mut w = l.items.lock();
        let len = w.len();
        let lo = (lo as usize).min(len);
        let hi = (hi as usize).clamp(lo, len);
        if v == o {
            if hi - lo == len {
                return true;
            }
        } else if let Some(t) = v.get::<TupleObj>() {
            if hi - lo == t.items.len() {
                for (k, &x) in t.items.iter().enumerate() {
                    w.set(lo + k, x);
                }
                return true;
            }
        } else {
            let src = v.cast::<ListObj>().items.view();
            if hi - lo == src.len() {
                for k in 0..src.len() {
                    w.set(lo + k, src.get(k).unwrap_or(Value::NONE));
                }
                return true;
            }
        }
    }
    let src: Vec<Value> = match v.get::<TupleObj>() {
        Some(t) => t.items.to_vec(),
        None => v.cast::<ListObj>().items.to_vec(),
    };
    l.items.update(|items| {
        let lo = (lo as usize).min(items.len());
        let hi = (hi as usize).clamp(lo, items.len());
        items.splice(lo..hi, src);
    });
    true
}

/// The builtin classes that `cls[...]` parameterizes (`types.GenericAlias`).
fn is_builtin_generic(cls: Value) -> bool {
    let t = &crate::rt::rt().types;
    [t.list, t.dict, t.tuple, t.set, t.frozenset, t.type_].contains(&cls)
}
