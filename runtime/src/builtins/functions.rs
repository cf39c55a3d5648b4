//! Builtin functions of the `builtins` module: print, len, abs, min, max, sum, any,
//! all, sorted, iter, next, isinstance, issubclass, hash, id, chr, ord, hex, oct,
//! bin, round, divmod, pow, callable, getattr, setattr, hasattr, delattr, repr,
//! ascii, format, input, globals, locals, exit/quit.

use super::*;
use crate::bytecode::{BinOpKind, CmpKind};
use crate::interp::Sink;
use num_integer::Integer;
use num_traits::{Signed, Zero};
use std::cell::RefCell;
use std::fmt::Write as _;

pub(crate) fn install(b: Value) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("any", any),
        ("all", all),
        ("sorted", sorted),
        ("iter", iter),
        ("next", next),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("hash", hash),
        ("id", id),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("callable", callable),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("repr", repr),
        ("ascii", ascii),
        ("format", format),
        ("input", input),
        ("globals", globals),
        ("locals", locals),
        ("compile", super::exec::compile),
        ("exec", super::exec::exec),
        ("eval", super::exec::eval),
        ("exit", exit),
        ("quit", exit),
        ("vars", vars),
        ("dir", dir),
    ];
    for &(n, f) in fns {
        add_fn(b, n, f);
    }
    let cores: [(&str, fn(&[Value]) -> Option<Value>); 2] =
        [("len", len_core), ("isinstance", isinstance_core)];
    for (n, core) in cores {
        if let Some(f) = crate::ops::dict_lookup_str(b, rt::intern(n)) {
            f.cast::<BuiltinObj>().value_fn = Some(core);
        }
    }
}

/// `len(v)` of a plain str, bytes, list, tuple, dict, set or view (`BuiltinObj::
/// value_fn`). Subclasses (a user `__len__`), ranges (OverflowError past sys.maxsize)
/// and everything else take the rest of `len`.
fn len_core(args: &[Value]) -> Option<Value> {
    let &[v] = args else { return None };
    if v.is_kind(ObjKind::Range) || ops::is_sub_builtin(v) {
        return None;
    }
    ops::len_of(v).map(|n| ops::new_int(n as i64))
}

// ---- print ----------------------------------------------------------------------------

thread_local! {
    static PRINT_BUF: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Append str(v) to `out` (fast paths for str, small int, bool, None).
#[inline]
pub(crate) fn push_str_of(vm: &mut Vm, out: &mut String, v: Value) -> PyResult<()> {
    if v.is_small() {
        let _ = write!(out, "{}", v.as_small());
    } else if is_str(v) {
        out.push_str(ops::str_of(v));
    } else if v.is_bool() {
        out.push_str(if v == Value::TRUE { "True" } else { "False" });
    } else if v.is_none() {
        out.push_str("None");
    } else {
        out.push_str(&ops::to_str(vm, v)?);
    }
    Ok(())
}

fn sep_arg(vm: &mut Vm, v: Option<Value>, what: &str) -> PyResult<Option<Value>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) if is_str(v) => Ok(Some(v)),
        Some(v) => Err(vm.type_error(format!(
            "{what} must be None or a string, not {}",
            ops::type_name(v)
        ))),
    }
}

fn print(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (mut sep, mut end, mut file, mut flush) = (None, None, Value::NONE, false);
    if !a.kwnames.is_empty() {
        for (i, &k) in a.kwnames.iter().enumerate() {
            let v = a.kwvals[i];
            match ops::str_of(k) {
                "sep" => sep = sep_arg(vm, Some(v), "sep")?,
                "end" => end = sep_arg(vm, Some(v), "end")?,
                "file" => file = v,
                "flush" => flush = ops::truthy(vm, v)?,
                other => {
                    return Err(vm.type_error(format!(
                        "'{other}' is an invalid keyword argument for print()"
                    )))
                }
            }
        }
    }
    let sep_s = sep.map(ops::str_of).unwrap_or(" ");
    let end_s = end.map(ops::str_of).unwrap_or("\n");
    if file.is_none() {
        // `sys.stdout`, which the program may have replaced (redirect_stdout).
        file = super::sys::current_stdout();
        if file.is_null() {
            return Err(vm.raise_msg(rt().excs.runtime_error, "lost sys.stdout"));
        }
        if file.is_none() {
            return Ok(Value::NONE);
        }
    }
    let to_stdout = file.is_none()
        || file
            .get::<FileObj>()
            .map(|f| f.path == file::STDOUT_PATH && f.writer.is_none() && !f.closed)
            .unwrap_or(false);
    if !to_stdout && !file.is_kind(ObjKind::File) {
        // An arbitrary object with .write: write piece by piece like CPython.
        for (i, &v) in a.pos.iter().enumerate() {
            if i > 0 {
                file::write_to(vm, file, sep_s)?;
            }
            let mut s = String::new();
            push_str_of(vm, &mut s, v)?;
            file::write_to(vm, file, &s)?;
        }
        file::write_to(vm, file, end_s)?;
        if flush {
            file::flush_obj(vm, file)?;
        }
        return Ok(Value::NONE);
    }
    let mut buf = PRINT_BUF.with(|b| std::mem::take(&mut *b.borrow_mut()));
    buf.clear();
    let mut res = Ok(());
    for (i, &v) in a.pos.iter().enumerate() {
        if i > 0 {
            buf.push_str(sep_s);
        }
        if let Err(e) = push_str_of(vm, &mut buf, v) {
            res = Err(e);
            break;
        }
    }
    if res.is_ok() {
        buf.push_str(end_s);
        if to_stdout {
            file::write_stdout(&buf);
            if flush {
                file::flush_stdout_only();
            }
        } else {
            res = file::file_write_str(vm, file, &buf);
            if res.is_ok() && flush {
                res = file::flush_obj(vm, file);
            }
        }
    }
    if buf.capacity() <= 1 << 16 {
        PRINT_BUF.with(|b| *b.borrow_mut() = buf);
    }
    res.map(|_| Value::NONE)
}

// ---- len / abs ------------------------------------------------------------------------

fn len(vm: &mut Vm, _: Value, a: &Args) -> R {
    if a.kwnames.is_empty() {
        if let Some(r) = len_core(a.pos) {
            return Ok(r);
        }
    }
    let v = one_arg(vm, a, "len")?;
    if let Some(r) = v.get::<RangeObj>() {
        let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        if n > i64::MAX as i128 {
            return Err(vm.raise(
                rt().excs.overflow_error,
                "Python int too large to convert to C ssize_t".into(),
            ));
        }
        return Ok(int(n as i64));
    }
    Ok(int(ops::len(vm, v)? as i64))
}

/// A dunder method found on a non-builtin object's class (bound), if any.
fn lookup_dunder(vm: &mut Vm, v: Value, name: &str) -> PyResult<Option<Value>> {
    match v.kind() {
        None
        | Some(
            ObjKind::Str
            | ObjKind::Int
            | ObjKind::List
            | ObjKind::Tuple
            | ObjKind::Dict
            | ObjKind::Set,
        )
        | Some(
            ObjKind::Func | ObjKind::Builtin | ObjKind::Iter | ObjKind::Range | ObjKind::Generator,
        ) => Ok(None),
        _ => ops::getattr_opt(vm, v, rt::intern(name)),
    }
}

fn abs(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "abs")?;
    if v.is_small() {
        return Ok(int(v.as_small().abs()));
    }
    if v.is_float() {
        return Ok(Value::float(v.as_float().abs()));
    }
    if v.is_bool() {
        return Ok(Value::small((v == Value::TRUE) as i64));
    }
    if let Some(i) = ops::as_i64(v) {
        return Ok(match i.checked_abs() {
            Some(x) => int(x),
            None => ops::new_bigint(BigInt::from(i).abs()),
        });
    }
    if let Some(b) = ops::to_bigint(v) {
        return Ok(ops::new_bigint(b.abs()));
    }
    ops::unary_abs(vm, v)
}

// ---- comparisons helpers ----------------------------------------------------------

/// `a OP b` as a bool (fast paths for small ints, floats, strs).
#[inline]
pub(crate) fn cmp_bool(vm: &mut Vm, k: CmpKind, a: Value, b: Value) -> PyResult<bool> {
    if a.is_small() && b.is_small() {
        return Ok(ops::cmp_ord(k, a.as_small().cmp(&b.as_small())));
    }
    if a.is_float() && b.is_float() {
        return Ok(ops::cmp_f64(k, a.as_float(), b.as_float()));
    }
    if is_str(a) && is_str(b) {
        return Ok(ops::cmp_ord(k, ops::str_of(a).cmp(ops::str_of(b))));
    }
    let r = ops::compare(vm, k, a, b)?;
    if r.is_bool() {
        Ok(r == Value::TRUE)
    } else {
        ops::truthy(vm, r)
    }
}

// ---- min / max ----------------------------------------------------------------------

fn min(vm: &mut Vm, _: Value, a: &Args) -> R {
    minmax(vm, a, "min", CmpKind::Lt)
}
fn max(vm: &mut Vm, _: Value, a: &Args) -> R {
    minmax(vm, a, "max", CmpKind::Gt)
}

fn minmax(vm: &mut Vm, a: &Args, name: &str, op: CmpKind) -> R {
    let mut key = Value::NONE;
    let mut default = Value::NULL;
    for (i, &k) in a.kwnames.iter().enumerate() {
        match ops::str_of(k) {
            "key" => key = a.kwvals[i],
            "default" => default = a.kwvals[i],
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    let n = a.pos.len();
    if n == 0 {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if n > 1 && !default.is_null() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    // Fast path: no key, positional values or a list/tuple.
    let snapshot;
    let seq: Option<&[Value]> = if n > 1 {
        Some(a.pos)
    } else if let Some(l) = a.pos[0].get::<ListObj>() {
        snapshot = l.items.to_vec();
        Some(&snapshot)
    } else if let Some(t) = a.pos[0].get::<TupleObj>() {
        Some(&t.items)
    } else {
        None
    };
    if key.is_none() {
        if let Some(items) = seq {
            if items.is_empty() {
                return if default.is_null() {
                    Err(vm.value_error(format!("{name}() arg is an empty sequence")))
                } else {
                    Ok(default)
                };
            }
            if items.iter().all(|v| v.is_small()) {
                let it = items.iter().copied();
                let best = if op == CmpKind::Lt {
                    it.min_by_key(|v| v.as_small())
                } else {
                    // First maximal element, like CPython (`>` only replaces on strictly greater).
                    it.rev().max_by_key(|v| v.as_small())
                };
                return Ok(best.unwrap());
            }
            let items: Vec<Value> = items.to_vec();
            return with_roots(vm, |vm| {
                vm.roots.extend_from_slice(&items);
                let mut best = items[0];
                for &v in &items[1..] {
                    if cmp_bool(vm, op, v, best)? {
                        best = v;
                    }
                }
                Ok(best)
            });
        }
    }
    with_roots(vm, |vm| {
        vm.roots.push(key);
        let it = if n > 1 {
            let t = ops::new_tuple(a.pos.to_vec());
            vm.roots.push(t);
            ops::get_iter(vm, t)?
        } else {
            ops::get_iter(vm, a.pos[0])?
        };
        vm.roots.push(it);
        let slot = vm.roots.len();
        vm.roots.push(Value::NULL); // best item
        vm.roots.push(Value::NULL); // best key
        let mut best = Value::NULL;
        let mut best_k = Value::NULL;
        while let Some(v) = ops::iter_next(vm, it)? {
            vm.roots.push(v);
            let k = if key.is_none() {
                v
            } else {
                vm.call(key, &[v], &[])?
            };
            vm.roots.pop();
            if best.is_null() || cmp_bool(vm, op, k, best_k)? {
                best = v;
                best_k = k;
                vm.roots[slot] = v;
                vm.roots[slot + 1] = k;
            }
        }
        if best.is_null() {
            if default.is_null() {
                return Err(vm.value_error(format!("{name}() arg is an empty sequence")));
            }
            return Ok(default);
        }
        Ok(best)
    })
}

// ---- sum / any / all ----------------------------------------------------------------

fn sum(vm: &mut Vm, _: Value, a: &Args) -> R {
    let mut start = Value::NULL;
    for (i, &k) in a.kwnames.iter().enumerate() {
        match ops::str_of(k) {
            "start" if a.pos.len() < 2 => start = a.kwvals[i],
            "start" => {
                return Err(vm.type_error(
                    "argument for sum() given by name ('start') and position (2)".into(),
                ))
            }
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for sum()"
                )))
            }
        }
    }
    if a.pos.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)".into()));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            a.pos.len()
        )));
    }
    if a.pos.len() == 2 {
        start = a.pos[1];
    }
    if start.is_null() {
        start = Value::small(0);
    }
    if is_str(start) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]".into()));
    }
    let src = a.pos[0];
    // Fast path over lists/tuples of small ints / floats.
    let snapshot;
    let items: Option<&[Value]> = if let Some(l) = src.get::<ListObj>() {
        snapshot = l.items.to_vec();
        Some(&snapshot)
    } else if let Some(t) = src.get::<TupleObj>() {
        Some(&t.items)
    } else {
        None
    };
    if let Some(items) = items {
        if start.is_small() {
            let mut acc: i64 = start.as_small();
            let mut i = 0;
            while i < items.len() && items[i].is_small() {
                match acc.checked_add(items[i].as_small()) {
                    Some(x) => acc = x,
                    None => break,
                }
                i += 1;
            }
            if i == items.len() {
                return Ok(int(acc));
            }
            if items[i..].iter().all(|v| v.is_float()) {
                let mut f = acc as f64;
                for v in &items[i..] {
                    f += v.as_float();
                }
                return Ok(Value::float(f));
            }
        } else if start.is_float() && items.iter().all(|v| v.is_float()) {
            let mut f = start.as_float();
            for v in items {
                f += v.as_float();
            }
            return Ok(Value::float(f));
        }
    }
    with_roots(vm, |vm| {
        let it = ops::get_iter(vm, src)?;
        vm.roots.push(it);
        let slot = vm.roots.len();
        vm.roots.push(start);
        let mut acc = start;
        // `sum(genexpr)`: while the total is a small int or float the generator adds
        // its values in place (`Vm::gen_drain`); a value it declines is added below.
        while ops::is_drainable(it) && (acc.is_small() || acc.is_float()) {
            let saved = crate::interp::sink_get();
            crate::interp::sink_set(Sink::Sum { acc });
            let r = vm.gen_drain(it);
            if let Sink::Sum { acc: a } = crate::interp::sink_get() {
                acc = a;
            }
            crate::interp::sink_set(saved);
            vm.roots[slot] = acc;
            match r? {
                None => return Ok(acc),
                Some(v) => {
                    vm.roots.push(v);
                    acc = ops::binary_op(vm, BinOpKind::Add, false, acc, v)?;
                    vm.roots.pop();
                    vm.roots[slot] = acc;
                }
            }
        }
        while let Some(v) = ops::iter_next(vm, it)? {
            // The drain sink's rule for immediates, else the full `+`.
            acc = if let Some(r) = ops::sum_immediate(acc, v) {
                r
            } else {
                vm.roots.push(v);
                let r = ops::binary_op(vm, BinOpKind::Add, false, acc, v)?;
                vm.roots.pop();
                r
            };
            vm.roots[slot] = acc;
        }
        Ok(acc)
    })
}

fn any(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "any")?;
    anyall(vm, v, true)
}
fn all(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "all")?;
    anyall(vm, v, false)
}
fn anyall(vm: &mut Vm, src: Value, want: bool) -> R {
    with_roots(vm, |vm| {
        let it = ops::get_iter(vm, src)?;
        vm.roots.push(it);
        let drain = ops::is_drainable(it);
        loop {
            // `any(genexpr)`/`all(genexpr)`: values that do not decide are taken in
            // place (`Vm::gen_drain`); the deciding one (or one whose truth needs
            // Python code) comes back as an ordinary yield.
            let next = if drain {
                let saved = crate::interp::sink_get();
                crate::interp::sink_set(Sink::Truth { stop_on: want });
                let r = vm.gen_drain(it);
                crate::interp::sink_set(saved);
                r?
            } else {
                ops::iter_next(vm, it)?
            };
            let Some(v) = next else { break };
            let t = if v.is_bool() {
                v == Value::TRUE
            } else {
                ops::truthy(vm, v)?
            };
            if t == want {
                return Ok(Value::bool(want));
            }
        }
        Ok(Value::bool(!want))
    })
}

// ---- sorted -------------------------------------------------------------------------

fn sorted(vm: &mut Vm, _: Value, a: &Args) -> R {
    let mut key = Value::NONE;
    let mut reverse = false;
    for (i, &k) in a.kwnames.iter().enumerate() {
        match ops::str_of(k) {
            "key" => key = a.kwvals[i],
            "reverse" => reverse = ops::truthy(vm, a.kwvals[i])?,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
        }
    }
    check_npos(vm, a.pos.len(), "sorted", 1, 1)?;
    let items = ops::collect_iterable(vm, a.pos[0])?;
    let l = ops::new_list(items);
    with_roots(vm, |vm| {
        vm.roots.push(l);
        list::sort_list(vm, l, key, reverse)?;
        Ok(l)
    })
}

// ---- iteration ----------------------------------------------------------------------

fn iter(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "iter", 1, 2)?;
    if a.pos.len() == 2 {
        let f = a.pos[0];
        if !is_callable(f) {
            return Err(vm.type_error("iter(v, w): v must be callable".into()));
        }
        return Ok(alloc(IterObj {
            state: IterState::Callable {
                f,
                sentinel: a.pos[1],
            },
        }));
    }
    ops::get_iter(vm, a.pos[0])
}

fn next(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "next", 1, 2)?;
    if a.pos[0].is_kind(ObjKind::Generator) {
        // Keep the generator's return value for StopIteration.value.
        let mut ret = Value::NONE;
        return match vm.gen_resume(a.pos[0], Value::NONE, Value::NULL, &mut ret)? {
            Some(v) => Ok(v),
            None if a.pos.len() == 2 => Ok(a.pos[1]),
            None => {
                let args: &[Value] = if ret.is_none() {
                    &[]
                } else {
                    std::slice::from_ref(&ret)
                };
                Err(vm.set_exc(ops::new_exception(rt().excs.stop_iteration, args)))
            }
        };
    }
    match ops::iter_next(vm, a.pos[0])? {
        Some(v) => Ok(v),
        None => {
            if a.pos.len() == 2 {
                Ok(a.pos[1])
            } else {
                Err(vm.set_exc(ops::new_exception(rt().excs.stop_iteration, &[])))
            }
        }
    }
}

// ---- isinstance / issubclass --------------------------------------------------------

fn isinstance(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "isinstance", 2, 2)?;
    if let Some(r) = isinstance_core(a.pos) {
        return Ok(r);
    }
    isinstance_rec(vm, a.pos[0], a.pos[1]).map(Value::bool)
}

/// `isinstance(obj, cls)` for a class without a user metaclass (no
/// `__instancecheck__` to call): `BuiltinObj::value_fn`.
fn isinstance_core(args: &[Value]) -> Option<Value> {
    let &[obj, cls] = args else { return None };
    (cls.is_kind(ObjKind::Class) && !ops::has_user_meta(cls))
        .then(|| Value::bool(ops::isinstance_class(obj, cls)))
}

fn isinstance_rec(vm: &mut Vm, obj: Value, cls: Value) -> PyResult<bool> {
    if cls.is_kind(ObjKind::Class) {
        // A metaclass's __instancecheck__ decides (exact type matches first, as CPython).
        if ops::has_user_meta(cls) && ops::type_of(obj) != cls {
            if let Some(f) = ops::user_special(cls, rt::intern("__instancecheck__")) {
                let r = ops::call_special(vm, f, cls, &[obj])?;
                return ops::truthy(vm, r);
            }
        }
        return Ok(ops::isinstance_class(obj, cls));
    }
    if let Some(t) = cls.get::<TupleObj>() {
        for &c in t.items.iter() {
            if isinstance_rec(vm, obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    // Any other object whose type defines __instancecheck__ (`int | str`, aliases).
    if let Some(f) = ops::user_special(cls, rt::intern("__instancecheck__")) {
        let r = ops::call_special(vm, f, cls, &[obj])?;
        return ops::truthy(vm, r);
    }
    Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union".into()))
}

fn issubclass(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "issubclass", 2, 2)?;
    let (sub, cls) = (a.pos[0], a.pos[1]);
    if !sub.is_kind(ObjKind::Class) && !ops::has_user_meta(cls) {
        return Err(vm.type_error("issubclass() arg 1 must be a class".into()));
    }
    issubclass_rec(vm, sub, cls).map(Value::bool)
}

fn issubclass_rec(vm: &mut Vm, sub: Value, cls: Value) -> PyResult<bool> {
    if cls.is_kind(ObjKind::Class) {
        // A metaclass's __subclasscheck__ decides.
        if ops::has_user_meta(cls) {
            if let Some(f) = ops::user_special(cls, rt::intern("__subclasscheck__")) {
                let r = ops::call_special(vm, f, cls, &[sub])?;
                return ops::truthy(vm, r);
            }
        }
        if !sub.is_kind(ObjKind::Class) {
            return Err(vm.type_error("issubclass() arg 1 must be a class".into()));
        }
        return Ok(ops::is_subclass(sub, cls));
    }
    if let Some(t) = cls.get::<TupleObj>() {
        for &c in t.items.iter() {
            if issubclass_rec(vm, sub, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(f) = ops::user_special(cls, rt::intern("__subclasscheck__")) {
        let r = ops::call_special(vm, f, cls, &[sub])?;
        return ops::truthy(vm, r);
    }
    Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union".into()))
}

// ---- hash / id / callable ------------------------------------------------------------

fn hash(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "hash")?;
    let h = ops::hash(vm, v)?;
    Ok(int(h))
}

fn id(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "id")?;
    let n = if v.is_ptr() {
        v.ptr_bits() as i64
    } else {
        (v.0 >> 1) as i64
    };
    Ok(int(n))
}

pub(crate) fn is_callable(v: Value) -> bool {
    ops::is_callable(v)
}

fn callable(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "callable")?;
    Ok(Value::bool(is_callable(v)))
}

// ---- chr / ord / hex / oct / bin ------------------------------------------------------

fn chr(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "chr")?;
    if v.is_float() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer".into()));
    }
    let i = match index_i64(vm, v) {
        Ok(i) => i,
        Err(e) => {
            if ops::is_int(v) {
                vm.take_exc();
                return Err(vm.raise(
                    rt().excs.overflow_error,
                    "Python int too large to convert to C int".into(),
                ));
            }
            return Err(e);
        }
    };
    if !(0..0x110000).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)".into()));
    }
    // Lone surrogates cannot live in a Rust str; they become U+FFFD.
    let c = char::from_u32(i as u32).unwrap_or('\u{FFFD}');
    Ok(str::char_str(c))
}

fn ord(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "ord")?;
    if let Some(b) = super::bytes::bytes_of(v) {
        if b.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(Value::small(b[0] as i64));
    }
    if !is_str(v) {
        return Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            ops::type_name(v)
        )));
    }
    let so = v.cast::<StrObj>();
    if so.nchars != 1 {
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            so.nchars
        )));
    }
    Ok(Value::small(so.s.chars().next().unwrap() as i64))
}

fn radix_str(vm: &mut Vm, a: &Args, name: &str, radix: u32, prefix: &str) -> R {
    let v = one_arg(vm, a, name)?;
    let b = index_big(vm, v)?;
    let digits = b.magnitude().to_str_radix(radix);
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(ops::new_string(format!("{sign}{prefix}{digits}")))
}
fn hex(vm: &mut Vm, _: Value, a: &Args) -> R {
    radix_str(vm, a, "hex", 16, "0x")
}
fn oct(vm: &mut Vm, _: Value, a: &Args) -> R {
    radix_str(vm, a, "oct", 8, "0o")
}
fn bin(vm: &mut Vm, _: Value, a: &Args) -> R {
    radix_str(vm, a, "bin", 2, "0b")
}

// ---- round / divmod / pow -------------------------------------------------------------

fn round(vm: &mut Vm, _: Value, a: &Args) -> R {
    let mut p = [Value::NULL; 2];
    bind(vm, a, "round", &["number", "ndigits"], 1, &mut p)?;
    let (x, nd) = (p[0], p[1]);
    let nd = if nd.is_null() || nd.is_none() {
        None
    } else {
        Some(nd)
    };
    if x.is_float() {
        let f = x.as_float();
        return match nd {
            None => int_float::float_to_int(vm, f.round_ties_even()),
            Some(n) => {
                let n = match ops::as_i64(n) {
                    Some(n) => n,
                    None if ops::is_int(n) => {
                        if ops::to_bigint(n).unwrap().is_negative() {
                            i64::MIN
                        } else {
                            i64::MAX
                        }
                    }
                    None => index_i64(vm, n)?,
                };
                Ok(Value::float(int_float::round_f64(f, n)))
            }
        };
    }
    if ops::is_int(x) {
        let xi = if x.is_bool() {
            Value::small((x == Value::TRUE) as i64)
        } else {
            x
        };
        return match nd {
            None => Ok(xi),
            Some(n) => {
                let n = match ops::as_i64(n) {
                    Some(n) => n,
                    None if ops::is_int(n) => {
                        if ops::to_bigint(n).unwrap().is_negative() {
                            return Ok(Value::small(0));
                        }
                        return Ok(xi);
                    }
                    None => index_i64(vm, n)?,
                };
                if n >= 0 {
                    return Ok(xi);
                }
                let b = ops::to_bigint(xi).unwrap();
                Ok(ops::new_bigint(int_float::round_big_neg(
                    &b,
                    n.unsigned_abs(),
                )))
            }
        };
    }
    if let Some(f) = lookup_dunder(vm, x, "__round__")? {
        return match nd {
            None => vm.call(f, &[], &[]),
            Some(n) => vm.call(f, &[n], &[]),
        };
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __round__ method",
        ops::type_name(x)
    )))
}

fn is_num(v: Value) -> bool {
    v.is_float() || ops::is_int(v)
}

fn divmod(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "divmod", 2, 2)?;
    let (x, y) = (a.pos[0], a.pos[1]);
    if x.is_small() && y.is_small() {
        let (p, q) = (x.as_small(), y.as_small());
        if q == 0 {
            return Err(vm.raise(
                rt().excs.zero_division_error,
                "integer division or modulo by zero".into(),
            ));
        }
        let (d, m) = p.div_mod_floor(&q);
        return Ok(ops::new_tuple(vec![int(d), int(m)]));
    }
    if ops::is_user_obj(x) || ops::is_user_obj(y) {
        let (name, rname) = (crate::sym!("__divmod__"), crate::sym!("__rdivmod__"));
        if let Some(r) = ops::user_binary_special(vm, x, y, name, rname)? {
            return Ok(r);
        }
    }
    if !is_num(x) || !is_num(y) {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            ops::type_name(x),
            ops::type_name(y)
        )));
    }
    if x.is_float() || y.is_float() {
        let xf = to_f64(vm, x)?.unwrap();
        let yf = to_f64(vm, y)?.unwrap();
        if yf == 0.0 {
            return Err(vm.raise(rt().excs.zero_division_error, "float divmod()".into()));
        }
        let (d, m) = int_float::float_divmod(xf, yf);
        return Ok(ops::new_tuple(vec![Value::float(d), Value::float(m)]));
    }
    let xb = ops::to_bigint(x).unwrap();
    let yb = ops::to_bigint(y).unwrap();
    if yb.is_zero() {
        return Err(vm.raise(
            rt().excs.zero_division_error,
            "integer division or modulo by zero".into(),
        ));
    }
    let (d, m) = xb.div_mod_floor(&yb);
    Ok(ops::new_tuple(vec![ops::new_bigint(d), ops::new_bigint(m)]))
}

fn pow(vm: &mut Vm, _: Value, a: &Args) -> R {
    let mut p = [Value::NULL; 3];
    bind(vm, a, "pow", &["base", "exp", "mod"], 2, &mut p)?;
    let (b, e, m) = (p[0], p[1], p[2]);
    if m.is_null() || m.is_none() {
        return ops::binary_op(vm, BinOpKind::Pow, false, b, e);
    }
    if !(ops::is_int(b) && ops::is_int(e) && ops::is_int(m)) {
        if is_num(b) && is_num(e) && is_num(m) {
            return Err(vm.type_error(
                "pow() 3rd argument not allowed unless all arguments are integers".into(),
            ));
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            ops::type_name(b),
            ops::type_name(e),
            ops::type_name(m)
        )));
    }
    let (bb, eb, mb) = (
        ops::to_bigint(b).unwrap(),
        ops::to_bigint(e).unwrap(),
        ops::to_bigint(m).unwrap(),
    );
    if mb.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0".into()));
    }
    let mabs = mb.abs();
    let mut base = bb.mod_floor(&mabs);
    let mut exp = eb;
    if exp.is_negative() {
        match int_float::mod_inverse(&base, &mabs) {
            Some(inv) => base = inv,
            None => {
                return Err(vm.value_error("base is not invertible for the given modulus".into()))
            }
        }
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &mabs);
    // Result takes the sign of the modulus (Python's %).
    if mb.is_negative() && !r.is_zero() {
        r += &mb;
    }
    Ok(ops::new_bigint(r))
}

// ---- attributes -----------------------------------------------------------------------

fn attr_name(vm: &mut Vm, n: Value) -> PyResult<Value> {
    if !is_str(n) {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            ops::type_name(n)
        )));
    }
    if n.is_kind(ObjKind::Str) && rt::is_interned(n) {
        // Literal names are interned already: no trip through the intern table's lock.
        return Ok(n);
    }
    Ok(rt::intern(ops::str_of(n)))
}

fn getattr(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "getattr", 2, 3)?;
    let name = attr_name(vm, a.pos[1])?;
    if a.pos.len() == 3 {
        return Ok(ops::getattr_opt(vm, a.pos[0], name)?.unwrap_or(a.pos[2]));
    }
    ops::getattr(vm, a.pos[0], name)
}

fn hasattr(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "hasattr", 2, 2)?;
    let name = attr_name(vm, a.pos[1])?;
    Ok(Value::bool(ops::getattr_opt(vm, a.pos[0], name)?.is_some()))
}

fn setattr(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "setattr", 3, 3)?;
    let name = attr_name(vm, a.pos[1])?;
    ops::setattr(vm, a.pos[0], name, a.pos[2])?;
    Ok(Value::NONE)
}

fn delattr(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "delattr", 2, 2)?;
    let name = attr_name(vm, a.pos[1])?;
    ops::delattr(vm, a.pos[0], name)?;
    Ok(Value::NONE)
}

// ---- repr / ascii / format ------------------------------------------------------------

fn repr(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "repr")?;
    Ok(ops::new_string(ops::repr(vm, v)?))
}

/// Escape non-ASCII characters like CPython's ascii().
pub(crate) fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            let _ = write!(out, "\\x{n:02x}");
        } else if n < 0x10000 {
            let _ = write!(out, "\\u{n:04x}");
        } else {
            let _ = write!(out, "\\U{n:08x}");
        }
    }
    out
}

fn ascii(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "ascii")?;
    let r = ops::repr(vm, v)?;
    Ok(ops::new_string(if r.is_ascii() {
        r
    } else {
        ascii_escape(&r)
    }))
}

fn format(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "format", 1, 2)?;
    let spec = match a.pos.get(1) {
        None => "",
        Some(&s) if is_str(s) => ops::str_of(s),
        Some(&s) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                ops::type_name(s)
            )));
        }
    };
    let v = a.pos[0];
    if spec.is_empty() && is_str(v) {
        return Ok(v);
    }
    Ok(ops::new_string(ops::format(vm, v, spec)?))
}

// ---- input / globals / locals / exit ----------------------------------------------------

fn input(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "input", 0, 1)?;
    if let Some(&p) = a.pos.first() {
        let mut s = String::new();
        push_str_of(vm, &mut s, p)?;
        file::write_stdout(&s);
    }
    file::flush_stdout_only();
    let mut line = file::stdin_readline();
    if line.is_empty() {
        return Err(vm.raise(rt().excs.eof_error, "EOF when reading a line".into()));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(ops::new_string(line))
}

fn globals(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "globals", 0, 0)?;
    Ok(current_globals(vm))
}

fn locals(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "locals", 0, 0)?;
    caller_locals(vm)
}

/// `locals()` of the calling frame: a class body's or exec code's namespace dict, a
/// module's globals, or a snapshot dict of a function's local variables.
pub(crate) fn caller_locals(vm: &mut Vm) -> R {
    let f = vm.frame;
    if f.is_null() {
        return Ok(rt().builtins);
    }
    // SAFETY: vm.frame is the live innermost frame (the caller of this builtin).
    unsafe { frame_locals(vm, f) }
}

/// `locals()` of frame `f`: a class body's or exec code's namespace dict, a module's
/// globals, or a snapshot dict of a function's local variables.
///
/// # Safety
/// `f` is a live frame of this thread.
pub(crate) unsafe fn frame_locals(vm: &mut Vm, f: *mut crate::interp::Frame) -> R {
    // SAFETY: (caller) f is live.
    unsafe {
        if (&*(*f).code).flags & crate::bytecode::code_flags::NAMESPACE != 0 {
            return Ok(*crate::interp::Frame::slots(f));
        }
        if (*f).func.is_null() {
            return Ok((*f).globals);
        }
        let code = &*(*f).code;
        let slots = crate::interp::Frame::slots(f);
        let d = rt::new_dict();
        vm.roots.push(d);
        let mut r = Ok(());
        for (i, &name) in code.varnames.iter().enumerate() {
            let v = *slots.add(i);
            if !v.is_null() {
                r = ops::dict_set(vm, d, name, v);
                if r.is_err() {
                    break;
                }
            }
        }
        if r.is_ok() {
            let nl = code.nlocals();
            for (j, &name) in code.cellnames.iter().enumerate() {
                if code.varnames.contains(&name) {
                    continue;
                }
                let c = *slots.add(nl + j);
                if let Some(cell) = c.get::<CellObj>() {
                    if !cell.v.is_null() {
                        r = ops::dict_set(vm, d, name, cell.v);
                        if r.is_err() {
                            break;
                        }
                    }
                }
            }
        }
        vm.roots.pop();
        r.map(|_| d)
    }
}

fn exit(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "exit", 0, 1)?;
    Err(sys::raise_system_exit(vm, a.pos.first().copied()))
}

fn vars(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "vars", 0, 1)?;
    let Some(&o) = a.pos.first() else {
        return locals(vm, Value::NULL, &Args::positional(&[]));
    };
    let d = match o.kind() {
        Some(ObjKind::Module) => o.cast::<ModuleObj>().dict,
        Some(ObjKind::Class) => alloc(MappingProxyObj {
            d: o.cast::<ClassObj>().dict,
        }),
        Some(ObjKind::Instance) if o.cast::<InstanceObj>().cls.cast::<ClassObj>().heap => {
            ops::instance_to_dict_mode(vm, o)?
        }
        Some(ObjKind::Func) => {
            let f = o.cast::<FuncObj>();
            crate::ops::ensure_attr_dict(&mut f.dict)
        }
        Some(ObjKind::Exc) => {
            let e = o.cast::<ExcObj>();
            crate::ops::ensure_attr_dict(&mut e.dict)
        }
        _ if ops::is_sub_builtin(o) => match ops::getattr_opt(vm, o, crate::sym!("__dict__"))? {
            Some(d) => d,
            None => {
                return Err(vm.type_error("vars() argument must have __dict__ attribute".into()))
            }
        },
        _ => return Err(vm.type_error("vars() argument must have __dict__ attribute".into())),
    };
    Ok(d)
}

fn dir(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "dir", 0, 1)?;
    if let Some(&o) = a.pos.first() {
        // A user `__dir__`: its answer, as a sorted list.
        if let Some(f) = ops::user_special(o, crate::rt::intern("__dir__")) {
            let r = ops::call_special(vm, f, o, &[])?;
            let items = with_roots(vm, |vm| {
                vm.roots.push(r);
                ops::collect_iterable(vm, r)
            })?;
            let l = ops::new_list(items);
            return with_roots(vm, |vm| {
                vm.roots.push(l);
                list::sort_list(vm, l, Value::NONE, false)?;
                Ok(l)
            });
        }
    }
    let mut dicts: Vec<Value> = Vec::new();
    match a.pos.first() {
        None => dicts.push(locals(vm, Value::NULL, &Args::positional(&[]))?),
        Some(&o) => match o.kind() {
            Some(ObjKind::Module) => dicts.push(o.cast::<ModuleObj>().dict),
            Some(ObjKind::Class) => dicts.extend(
                o.cast::<ClassObj>()
                    .mro
                    .iter()
                    .map(|c| c.cast::<ClassObj>().dict),
            ),
            _ => {
                let own = match o.kind() {
                    Some(ObjKind::Instance) => {
                        let inst = o.cast::<InstanceObj>();
                        if inst.shape().is_dict() {
                            inst.dict
                        } else {
                            let d = rt::new_dict();
                            for &n in inst.shape().names.iter() {
                                set_str_key(d, ops::str_of(n), Value::NONE);
                            }
                            d
                        }
                    }
                    Some(ObjKind::Func) => o.cast::<FuncObj>().dict,
                    Some(ObjKind::Exc) => o.cast::<ExcObj>().dict,
                    _ => Value::NULL,
                };
                if !own.is_null() {
                    dicts.push(own);
                }
                let t = ops::type_of(o);
                dicts.extend(
                    t.cast::<ClassObj>()
                        .mro
                        .iter()
                        .map(|c| c.cast::<ClassObj>().dict),
                );
            }
        },
    }
    let mut names: Vec<&'static str> = Vec::new();
    for d in dicts {
        if let Some(d) = d.get::<DictObj>() {
            for e in d.table.iter() {
                if is_str(e.key) {
                    names.push(ops::str_of(e.key));
                }
            }
        }
    }
    names.sort_unstable();
    names.dedup();
    Ok(ops::new_list(names.into_iter().map(ops::new_str).collect()))
}
