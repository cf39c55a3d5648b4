//! repr()/str()/ascii(), format() and f-string pieces, and `str % args`.

use super::*;
use crate::format::{self as fmt, PercentCount, PercentPiece, PercentSpec};
use num_bigint::BigInt;
use std::cell::RefCell;
use std::fmt::Write as _;

thread_local! {
    /// Containers whose repr is in progress on this thread (CPython's Py_ReprEnter).
    static REPR_STACK: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// Enter `v` for a recursive repr; false if it is already being repr'd.
fn repr_enter(v: Value) -> bool {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&v.0) {
            false
        } else {
            s.push(v.0);
            true
        }
    })
}

fn repr_leave(v: Value) {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|&x| x == v.0) {
            s.remove(p);
        }
    })
}

/// `repr(v)`.
pub fn repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    let mut out = String::new();
    repr_into(vm, v, &mut out)?;
    Ok(out)
}

/// `str(v)`.
pub fn to_str(vm: &mut Vm, v: Value) -> PyResult<String> {
    if let Some(s) = v.get::<StrObj>() {
        return Ok(s.s.to_string());
    }
    let mut out = String::new();
    str_into(vm, v, &mut out)?;
    Ok(out)
}

/// `str(v)` as a str value (no copy when `v` already is a str).
pub fn to_str_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if is_str(v) {
        return Ok(v);
    }
    if v.is_small() {
        return Ok(small_int_str(v.as_small()));
    }
    Ok(new_string(to_str(vm, v)?))
}

/// `str(i)` of a small int: the digits written on the stack, then one exact-size
/// allocation (a growing String cost a realloc per number).
fn small_int_str(i: i64) -> Value {
    let mut buf = [0u8; 24];
    let mut pos = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    new_str(std::str::from_utf8(&buf[pos..]).expect("ASCII digits"))
}

/// `ascii(v)`: repr with non-ASCII characters escaped.
pub fn ascii(vm: &mut Vm, v: Value) -> PyResult<String> {
    let r = repr(vm, v)?;
    Ok(ascii_escape(&r))
}

pub(crate) fn ascii_escape(r: &str) -> String {
    if r.is_ascii() {
        return r.to_string();
    }
    let mut out = String::with_capacity(r.len() + 8);
    for c in r.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp <= 0xff {
            let _ = write!(out, "\\x{cp:02x}");
        } else if cp <= 0xffff {
            let _ = write!(out, "\\u{cp:04x}");
        } else {
            let _ = write!(out, "\\U{cp:08x}");
        }
    }
    out
}

/// Decimal text of an int value (CPython's int→str digit limit applies).
pub(crate) fn int_str_into(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    if let Some(i) = as_i64(v) {
        if v.is_bool() {
            out.push_str(if i != 0 { "True" } else { "False" });
        } else {
            let _ = write!(out, "{i}");
        }
        return Ok(());
    }
    let b: &BigInt = match v.cast::<IntObj>() {
        IntObj::Big(b) => b,
        IntObj::I64(_) => unreachable!(),
    };
    match crate::numeric::int_to_str(b) {
        Ok(s) => {
            out.push_str(&s);
            Ok(())
        }
        Err(m) => Err(vm.raise(rt().excs.value_error, m)),
    }
}

fn addr(v: Value) -> String {
    format!("{:#x}", v.ptr_bits())
}

/// `str(exc)`.
pub(crate) fn exc_str_into(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    let e = v.cast::<ExcObj>();
    let args: &[Value] = &e.args.cast::<TupleObj>().items;
    let cls = e.cls;
    if is_subclass(cls, rt().excs.syntax_error) {
        return syntax_error_str_into(vm, v, out);
    }
    if !e.group.is_null() {
        out.push_str(&crate::builtins::excgroup::group_str(v));
        return Ok(());
    }
    if is_subclass(cls, rt().excs.os_error) && (2..=5).contains(&args.len()) && is_int(args[0]) {
        let (errno, strerror) = (args[0], args[1]);
        out.push_str("[Errno ");
        str_into(vm, errno, out)?;
        out.push_str("] ");
        str_into(vm, strerror, out)?;
        if args.len() >= 3 {
            out.push_str(": ");
            repr_into(vm, args[2], out)?;
        }
        return Ok(());
    }
    match args.len() {
        0 => Ok(()),
        1 => {
            if is_subclass(cls, rt().excs.key_error) {
                repr_into(vm, args[0], out)
            } else {
                str_into(vm, args[0], out)
            }
        }
        _ => repr_into(vm, e.args, out),
    }
}

/// `str(e)` of a SyntaxError: `msg (file, line N)` with the file's base name
/// (CPython's SyntaxError_str), from its `msg`, `filename` and `lineno` attributes.
fn syntax_error_str_into(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    let mut attr = |name: &str| -> PyResult<Value> {
        Ok(getattr_opt(vm, v, crate::rt::intern(name))?.unwrap_or(Value::NONE))
    };
    let msg = attr("msg")?;
    let filename = Some(attr("filename")?).filter(|f| is_str(*f));
    let lineno = Some(attr("lineno")?).filter(|l| l.is_small());
    str_into(vm, msg, out)?;
    let base = filename.map(|f| {
        let s = str_of(f);
        s.rsplit('/').next().unwrap_or(s).to_string()
    });
    match (base, lineno) {
        (Some(f), Some(l)) => out.push_str(&format!(" ({f}, line {})", l.as_small())),
        (Some(f), None) => out.push_str(&format!(" ({f})")),
        (None, Some(l)) => out.push_str(&format!(" (line {})", l.as_small())),
        (None, None) => {}
    }
    Ok(())
}

/// Append `str(v)` to `out`.
pub fn str_into(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    if is_user_obj(v) && user_str_into(vm, v, out)? {
        return Ok(());
    }
    match v.kind() {
        Some(ObjKind::Str) => {
            out.push_str(str_of(v));
            Ok(())
        }
        Some(ObjKind::Exc) => exc_str_into(vm, v, out),
        _ => repr_into(vm, v, out),
    }
}

/// Append `repr(v)` to `out`.
pub fn repr_into(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    if v.is_float() {
        fmt::float_repr_into(out, v.as_float());
        return Ok(());
    }
    if v.is_small() {
        let _ = write!(out, "{}", v.as_small());
        return Ok(());
    }
    let Some(kind) = v.kind() else {
        out.push_str(match v {
            Value::NONE => "None",
            Value::TRUE => "True",
            Value::FALSE => "False",
            _ => "<NULL>",
        });
        return Ok(());
    };
    if (is_user_obj(v) || has_user_meta(v)) && user_repr_into(vm, v, out)? {
        return Ok(());
    }
    repr_kind_into(vm, v, kind, out)
}

/// `repr(v)` by the builtin type's own rules (`list.__repr__(self)` & co.: a
/// subclass's `__repr__` is not consulted for `v` itself).
pub fn repr_base_into(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    match v.kind() {
        Some(k) => repr_kind_into(vm, v, k, out),
        None => repr_into(vm, v, out),
    }
}

fn repr_kind_into(vm: &mut Vm, v: Value, kind: ObjKind, out: &mut String) -> PyResult<()> {
    match kind {
        ObjKind::Str => fmt::str_repr_into(out, str_of(v)),
        ObjKind::Bytes => crate::builtins::bytes::bytes_repr_into(out, &v.cast::<BytesObj>().data),
        ObjKind::ByteArray => {
            out.push_str("bytearray(");
            let data = crate::builtins::bytearray::snapshot(v);
            crate::builtins::bytes::bytes_repr_into(out, &data);
            out.push(')');
        }
        ObjKind::Int => int_str_into(vm, v, out)?,
        ObjKind::Instance => {
            if v == rt().not_implemented {
                out.push_str("NotImplemented");
            } else if v == rt().ellipsis {
                out.push_str("Ellipsis");
            } else {
                out.push_str(&crate::builtins::classes::default_repr(v));
            }
        }
        ObjKind::StaticMethod | ObjKind::ClassMethod => {
            let f = match v.get::<StaticMethodObj>() {
                Some(s) => s.func,
                None => v.cast::<ClassMethodObj>().func,
            };
            out.push_str(if kind == ObjKind::StaticMethod {
                "<staticmethod("
            } else {
                "<classmethod("
            });
            repr_into(vm, f, out)?;
            out.push_str(")>");
        }
        ObjKind::MappingProxy => {
            out.push_str("mappingproxy(");
            repr_into(vm, v.cast::<MappingProxyObj>().d, out)?;
            out.push(')');
        }
        ObjKind::Super => {
            let s = v.cast::<SuperObj>();
            let _ = write!(
                out,
                "<super: <class '{}'>, <{} object>>",
                class_name(s.type_),
                type_name(s.obj)
            );
        }
        ObjKind::Tuple if crate::builtins::time::is_struct_time(v) => {
            out.push_str(&crate::builtins::time::struct_time_repr_of(vm, v)?);
        }
        ObjKind::List | ObjKind::Tuple => {
            let is_list = kind == ObjKind::List;
            let items_len = |v: Value| {
                if is_list {
                    v.cast::<ListObj>().items.len()
                } else {
                    v.cast::<TupleObj>().items.len()
                }
            };
            if items_len(v) == 0 {
                out.push_str(if is_list { "[]" } else { "()" });
                return Ok(());
            }
            if !repr_enter(v) {
                out.push_str(if is_list { "[...]" } else { "(...)" });
                return Ok(());
            }
            out.push(if is_list { '[' } else { '(' });
            let mut i = 0;
            let r = loop {
                // Re-read each step: element reprs may (later) run Python code.
                let item = if is_list {
                    match v.cast::<ListObj>().items.get(i) {
                        Some(x) => x,
                        None => break Ok(()),
                    }
                } else {
                    match v.cast::<TupleObj>().items.get(i) {
                        Some(&x) => x,
                        None => break Ok(()),
                    }
                };
                if i > 0 {
                    out.push_str(", ");
                }
                if let Err(e) = repr_into(vm, item, out) {
                    break Err(e);
                }
                i += 1;
            };
            repr_leave(v);
            r?;
            if !is_list && i == 1 {
                out.push(',');
            }
            out.push(if is_list { ']' } else { ')' });
        }
        ObjKind::Dict => {
            let d = v.cast::<DictObj>();
            if d.table.is_empty() {
                out.push_str("{}");
                return Ok(());
            }
            if !repr_enter(v) {
                out.push_str("{...}");
                return Ok(());
            }
            let entries: Vec<crate::dict::Entry> = d.table.iter().collect();
            out.push('{');
            let r = (|| {
                for (i, e) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    repr_into(vm, e.key, out)?;
                    out.push_str(": ");
                    repr_into(vm, e.value, out)?;
                }
                Ok(())
            })();
            repr_leave(v);
            r?;
            out.push('}');
        }
        ObjKind::Set => {
            let s = v.cast::<SetObj>();
            // A subclass shows its own name: `S({1, 2})`, `S()`.
            let wrapped = s.frozen || !s.cls.is_null();
            let name = type_name(v);
            if s.table.len() == 0 {
                out.push_str(name);
                out.push_str("()");
                return Ok(());
            }
            if !repr_enter(v) {
                out.push_str(name);
                out.push_str("(...)");
                return Ok(());
            }
            let keys: Vec<Value> = s.table.iter().map(|(k, _)| k).collect();
            if wrapped {
                out.push_str(name);
                out.push('(');
            }
            out.push('{');
            let r = (|| {
                for (i, &k) in keys.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    repr_into(vm, k, out)?;
                }
                Ok(())
            })();
            repr_leave(v);
            r?;
            out.push('}');
            if wrapped {
                out.push(')');
            }
        }
        ObjKind::DictView => {
            let dv = v.cast::<DictViewObj>();
            let name = ["dict_keys", "dict_values", "dict_items"][dv.mode as usize % 3];
            let items = dict_view_items(v);
            let l = new_list(items);
            out.push_str(name);
            out.push('(');
            repr_into(vm, l, out)?;
            out.push(')');
        }
        ObjKind::Range => {
            let r = v.cast::<RangeObj>();
            if r.step == 1 {
                let _ = write!(out, "range({}, {})", r.start, r.stop);
            } else {
                let _ = write!(out, "range({}, {}, {})", r.start, r.stop, r.step);
            }
        }
        ObjKind::Slice => {
            let s = v.cast::<SliceObj>();
            let (a, b, c) = (s.start, s.stop, s.step);
            out.push_str("slice(");
            repr_into(vm, a, out)?;
            out.push_str(", ");
            repr_into(vm, b, out)?;
            out.push_str(", ");
            repr_into(vm, c, out)?;
            out.push(')');
        }
        ObjKind::Exc => exc_repr_into(vm, v, out)?,
        ObjKind::Func => {
            let f = v.cast::<FuncObj>();
            let _ = write!(out, "<function {} at {}>", str_of(f.qualname), addr(v));
        }
        ObjKind::Builtin => {
            builtin_repr_into(v, out);
        }
        ObjKind::BoundMethod => {
            let m = v.cast::<BoundMethodObj>();
            let (func, self_) = (m.func, m.self_);
            let name = match func.get::<FuncObj>() {
                Some(f) => str_of(f.qualname).to_string(),
                None => match func.get::<BuiltinObj>() {
                    Some(b) => b.name.to_string(),
                    None => "?".to_string(),
                },
            };
            let _ = write!(out, "<bound method {name} of ");
            repr_into(vm, self_, out)?;
            out.push('>');
        }
        ObjKind::Class => {
            let module = class_module(v);
            let q = str_of(class_qualname(v));
            if !is_str(module) || str_of(module) == "builtins" {
                let _ = write!(out, "<class '{q}'>");
            } else {
                let _ = write!(out, "<class '{}.{q}'>", str_of(module));
            }
        }
        _ => repr_rest_into(vm, v, kind, out)?,
    }
    Ok(())
}

/// `repr(exc)` (builtin form): `Name(args...)`.
pub(crate) fn exc_repr_into(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    {
        {
            let e = v.cast::<ExcObj>();
            out.push_str(class_name(e.cls));
            let args = e.args;
            let n = args.cast::<TupleObj>().items.len();
            if n == 1 {
                out.push('(');
                repr_into(vm, args.cast::<TupleObj>().items[0], out)?;
                out.push(')');
            } else {
                repr_into(vm, args, out)?;
            }
        }
    }
    Ok(())
}

fn builtin_repr_into(v: Value, out: &mut String) {
    {
        {
            let b = v.cast::<BuiltinObj>();
            if !b.recv.is_null() {
                if b.recv.is_kind(ObjKind::Module) {
                    let _ = write!(out, "<built-in function {}>", b.name);
                } else {
                    let _ = write!(
                        out,
                        "<built-in method {} of {} object at {}>",
                        b.name,
                        type_name(b.recv),
                        addr(b.recv)
                    );
                }
            } else if b.owner.is_null() {
                let _ = write!(out, "<built-in function {}>", b.name);
            } else if b.is_classmethod {
                let _ = write!(
                    out,
                    "<built-in method {} of type object at {}>",
                    b.name,
                    addr(b.owner)
                );
            } else {
                let _ = write!(
                    out,
                    "<method '{}' of '{}' objects>",
                    b.name,
                    class_name(b.owner)
                );
            }
        }
    }
}

fn repr_rest_into(vm: &mut Vm, v: Value, kind: ObjKind, out: &mut String) -> PyResult<()> {
    match kind {
        ObjKind::Module => {
            let m = v.cast::<ModuleObj>();
            let name = if is_str(m.name) { str_of(m.name) } else { "?" };
            let file = if m.dict.is_kind(ObjKind::Dict) {
                let k = crate::sym!("__file__");
                let h = hash(vm, k)?;
                m.dict
                    .cast::<DictObj>()
                    .table
                    .get(h, k, &mut |a, b| key_eq(vm, a, b))?
                    .filter(|f| is_str(*f))
            } else {
                None
            };
            match file {
                Some(f) => {
                    let _ = write!(out, "<module '{name}' from '{}'>", str_of(f));
                }
                None => {
                    let _ = write!(out, "<module '{name}' (built-in)>");
                }
            }
        }
        ObjKind::Code => {
            let c = &v.cast::<CodeObj>().code;
            let file = if is_str(c.filename) {
                str_of(c.filename)
            } else {
                "?"
            };
            let _ = write!(
                out,
                "<code object {} at {}, file \"{}\", line {}>",
                str_of(c.name),
                addr(v),
                file,
                c.first_line
            );
        }
        ObjKind::Cell => {
            let c = v.cast::<CellObj>();
            if c.v.is_null() {
                let _ = write!(out, "<cell at {}: empty>", addr(v));
            } else {
                let tn = type_name(c.v);
                let inner = if c.v.is_ptr() {
                    addr(c.v)
                } else {
                    format!("{:#x}", c.v.0)
                };
                let _ = write!(out, "<cell at {}: {} object at {}>", addr(v), tn, inner);
            }
        }
        ObjKind::Generator => {
            let g = v.cast::<GenObj>();
            let name = match g.func.get::<FuncObj>() {
                Some(f) => str_of(f.qualname),
                None => "?",
            };
            let _ = write!(out, "<generator object {} at {}>", name, addr(v));
        }
        ObjKind::File => {
            let ops_class_name = |c: Value| str_of(c.cast::<ClassObj>().name).to_string();
            let f = v.cast::<FileObj>();
            let mut name = String::new();
            fmt::str_repr_into(&mut name, &f.path);
            let mut mode = String::new();
            fmt::str_repr_into(&mut mode, &f.mode);
            if f.binary {
                let cls = ops_class_name(crate::builtins::file::class_of(f));
                let _ = write!(out, "<_io.{cls} name={name}>");
            } else {
                let _ = write!(
                    out,
                    "<_io.TextIOWrapper name={name} mode={mode} encoding='UTF-8'>"
                );
            }
        }
        ObjKind::Iter => {
            let tn = match &v.cast::<IterObj>().state {
                IterState::Reversed { seq, .. } if seq.is_kind(ObjKind::List) => {
                    "list_reverseiterator"
                }
                _ => type_name(v),
            };
            let _ = write!(out, "<{} object at {}>", tn, addr(v));
        }
        ObjKind::Property => {
            let _ = write!(out, "<property object at {}>", addr(v));
        }
        ObjKind::Native => {
            // Native types define their repr as a `__repr__` builtin in the class dict.
            let cls = v.cast::<NativeObj>().cls;
            match lookup_in_mro(cls, crate::sym!("__repr__")) {
                Some(f) if f.is_kind(ObjKind::Builtin) => {
                    let r = call_special(vm, f, v, &[])?;
                    out.push_str(str_of(r));
                }
                _ => {
                    let _ = write!(out, "<{} object at {}>", type_name(v), addr(v));
                }
            }
        }
        _ => {
            let _ = write!(out, "<{} object at {}>", type_name(v), addr(v));
        }
    }
    Ok(())
}

// ---- format() -----------------------------------------------------------------------

fn format_err(vm: &mut Vm, msg: String) -> Raised {
    if fmt::format_error_is_overflow(&msg) {
        vm.raise(rt().excs.overflow_error, msg)
    } else {
        vm.raise(rt().excs.value_error, msg)
    }
}

/// `format(v, spec)`.
pub fn format(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    if v.is_float() {
        return fmt::format_float_spec(v.as_float(), spec).map_err(|m| format_err(vm, m));
    }
    if is_int(v) {
        if spec.is_empty() {
            return to_str(vm, v);
        }
        let tn = type_name(v);
        let sp = fmt::parse_format_spec_for(spec, tn).map_err(|m| format_err(vm, m))?;
        let r = match as_i64(v) {
            Some(i) => fmt::format_i64(i, &sp),
            None => fmt::format_int(&to_bigint(v).unwrap(), &sp),
        };
        return r.map_err(|m| {
            // The unknown-code message names the exact type (bool, not int).
            let m = if tn != "int" {
                m.replace("type 'int'", &format!("type '{tn}'"))
            } else {
                m
            };
            format_err(vm, m)
        });
    }
    if let Some(s) = v.get::<StrObj>() {
        if spec.is_empty() {
            return Ok(s.s.to_string());
        }
        return fmt::format_str_spec(&s.s, spec).map_err(|m| format_err(vm, m));
    }
    if is_user_obj(v) {
        if let Some(r) = user_format(vm, v, spec)? {
            return Ok(r);
        }
    }
    if spec.is_empty() {
        return to_str(vm, v);
    }
    Err(vm.type_error(format!(
        "unsupported format string passed to {}.__format__",
        type_name(v)
    )))
}

/// One f-string piece: conversion (0 none, 1 str, 2 repr, 3 ascii) then format spec
/// (a str value or NULL).
pub fn format_value(vm: &mut Vm, v: Value, conv: u32, spec: Value) -> PyResult<Value> {
    let spec_s = if spec.is_null() { "" } else { str_of(spec) };
    let v = match conv {
        0 => v,
        1 => to_str_value(vm, v)?,
        2 => new_string(repr(vm, v)?),
        _ => new_string(ascii(vm, v)?),
    };
    if spec_s.is_empty() && !is_user_obj(v) {
        return to_str_value(vm, v);
    }
    Ok(new_string(format(vm, v, spec_s)?))
}

// ---- printf-style formatting ------------------------------------------------------

thread_local! {
    /// Recently parsed `%` format strings (by content), so `"line %d\n" % i` in a loop
    /// parses its format once.
    static PERCENT_CACHE: std::cell::RefCell<Vec<(Box<str>, std::rc::Rc<Vec<fmt::PercentPiece>>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The parsed pieces of a `%` format string (cached per thread, a few at a time).
fn parsed_percent(text: &str) -> Result<std::rc::Rc<Vec<fmt::PercentPiece>>, String> {
    const SLOTS: usize = 8;
    if let Some(p) = PERCENT_CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _)| &**k == text)
            .map(|(_, p)| p.clone())
    }) {
        return Ok(p);
    }
    let parsed = std::rc::Rc::new(fmt::parse_percent(text)?);
    if text.len() <= 256 {
        PERCENT_CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= SLOTS {
                c.remove(0);
            }
            c.push((text.into(), parsed.clone()));
        });
    }
    Ok(parsed)
}

/// `fmt % args` for a str `fmt`.
pub fn percent_format(vm: &mut Vm, fmt_v: Value, args: Value) -> PyResult<Value> {
    let pieces = parsed_percent(str_of(fmt_v)).map_err(|m| vm.raise(rt().excs.value_error, m))?;
    let (positional, mut next, single): (&[Value], usize, bool) = match args.get::<TupleObj>() {
        Some(t) => (&t.items, 0, false),
        None => (std::slice::from_ref(&ARGS_DUMMY), 0, true),
    };
    // A non-tuple right operand is the single argument; mapping-like operands (anything
    // subscriptable but str/tuple) also serve `%(key)s`.
    let mapping = !args.is_kind(ObjKind::Tuple) && !is_str(args) && is_subscriptable(args);
    let mut out = String::with_capacity(str_of(fmt_v).len() + 16);
    let mut next_arg = |vm: &mut Vm| -> PyResult<Value> {
        if single {
            if next == 0 {
                next = 1;
                return Ok(args);
            }
            return Err(vm.type_error("not enough arguments for format string".into()));
        }
        match positional.get(next) {
            Some(&v) => {
                next += 1;
                Ok(v)
            }
            None => Err(vm.type_error("not enough arguments for format string".into())),
        }
    };
    for piece in pieces.iter() {
        let spec = match piece {
            PercentPiece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            PercentPiece::Spec(s) => s,
        };
        let mut spec_adj: Option<PercentSpec> = None;
        let width = match spec.width {
            None => None,
            Some(PercentCount::N(n)) => Some(n),
            Some(PercentCount::Star) => {
                let w = next_arg(vm)?;
                let Some(w) = as_i64(w).filter(|_| is_int(w)) else {
                    return Err(vm.type_error("* wants int".into()));
                };
                if w < 0 {
                    let mut s2 = spec.clone();
                    s2.flags.minus = true;
                    spec_adj = Some(s2);
                }
                Some(w.unsigned_abs() as usize)
            }
        };
        let precision = match spec.precision {
            None => None,
            Some(PercentCount::N(n)) => Some(n),
            Some(PercentCount::Star) => {
                let p = next_arg(vm)?;
                let Some(p) = as_i64(p).filter(|_| is_int(p)) else {
                    return Err(vm.type_error("* wants int".into()));
                };
                Some(p.max(0) as usize)
            }
        };
        let spec: &PercentSpec = spec_adj.as_ref().unwrap_or(spec);
        let v = match &spec.key {
            Some(key) => {
                if !mapping {
                    return Err(vm.type_error("format requires a mapping".into()));
                }
                let k = new_str(key);
                getitem(vm, args, k)?
            }
            None => next_arg(vm)?,
        };
        percent_one(vm, &mut out, v, spec, width, precision)?;
    }
    let used_all = if single {
        next == 1
    } else {
        next == positional.len()
    };
    if !used_all && !mapping {
        return Err(vm.type_error("not all arguments converted during string formatting".into()));
    }
    Ok(new_string(out))
}

static ARGS_DUMMY: Value = Value::NULL;

fn is_subscriptable(v: Value) -> bool {
    matches!(
        v.kind(),
        Some(ObjKind::Dict | ObjKind::List | ObjKind::Tuple | ObjKind::Str | ObjKind::Range)
    )
}

fn percent_one(
    vm: &mut Vm,
    out: &mut String,
    v: Value,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> PyResult<()> {
    let conv = spec.conv;
    // `"%d" % i`, `"%s" % i` of a small int with no width, precision or sign flags: its
    // decimal digits straight into the output (no str, no BigInt).
    if v.is_small()
        && matches!(conv, 'd' | 'i' | 'u' | 's' | 'r')
        && width.is_none()
        && precision.is_none()
        && !spec.flags.plus
        && !spec.flags.space
    {
        use std::fmt::Write;
        let _ = write!(out, "{}", v.as_small());
        return Ok(());
    }
    match conv {
        's' | 'r' | 'a' => {
            let s = match conv {
                's' => to_str(vm, v)?,
                'r' => repr(vm, v)?,
                _ => ascii(vm, v)?,
            };
            fmt::format_percent_str_into(out, &s, spec, width, precision);
        }
        'c' => {
            if let Some(s) = v.get::<StrObj>() {
                if s.nchars == 1 {
                    let s = s.s.to_string();
                    fmt::format_percent_str_into(out, &s, spec, width, None);
                    return Ok(());
                }
                return Err(vm.type_error("%c requires int or char".into()));
            }
            if !is_int(v) {
                return Err(vm.type_error("%c requires int or char".into()));
            }
            fmt::format_percent_int_into(out, &to_bigint(v).unwrap(), spec, width, precision)
                .map_err(|m| format_err(vm, m))?;
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let n: BigInt = if is_int(v) {
                to_bigint(v).unwrap()
            } else if v.is_float() && matches!(conv, 'd' | 'i' | 'u') {
                match crate::numeric::f64_to_int(v.as_float()) {
                    Ok(n) => n,
                    Err(m) => {
                        let cls = if v.as_float().is_nan() {
                            rt().excs.value_error
                        } else {
                            rt().excs.overflow_error
                        };
                        return Err(vm.raise(cls, m));
                    }
                }
            } else if matches!(conv, 'd' | 'i' | 'u') {
                return Err(vm.type_error(format!(
                    "%{conv} format: a real number is required, not {}",
                    type_name(v)
                )));
            } else {
                return Err(vm.type_error(format!(
                    "%{conv} format: an integer is required, not {}",
                    type_name(v)
                )));
            };
            fmt::format_percent_int_into(out, &n, spec, width, precision)
                .map_err(|m| format_err(vm, m))?;
        }
        _ => {
            let f = match super::num::num_to_f64(vm, v) {
                Some(r) => r?,
                None => {
                    return Err(vm.type_error(format!("must be real number, not {}", type_name(v))))
                }
            };
            fmt::format_percent_float_into(out, f, spec, width, precision);
        }
    }
    Ok(())
}
