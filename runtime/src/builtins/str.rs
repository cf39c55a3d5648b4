//! `str`: the constructor and every str method (split/rsplit/join/strip/replace/
//! find/index/count/startswith/endswith, case conversions and `is*` predicates,
//! partition, padding, splitlines, expandtabs, `format`/`format_map`, encode,
//! removeprefix/removesuffix, maketrans/translate), plus str helpers other
//! builtins use (`str_repr`, `char_str`, Python's whitespace/printable tests).

use super::*;
use std::fmt::Write as _;

pub(crate) fn install() {
    let cls = rt().types.str;
    add_methods(
        cls,
        &[
            ("split", split),
            ("rsplit", rsplit),
            ("join", join),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("replace", replace),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("startswith", startswith),
            ("endswith", endswith),
            ("upper", upper),
            ("lower", lower),
            ("title", title),
            ("capitalize", capitalize),
            ("swapcase", swapcase),
            ("casefold", casefold),
            ("isdigit", isdigit),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isupper", isupper),
            ("islower", islower),
            ("istitle", istitle),
            ("isidentifier", isidentifier),
            ("isprintable", isprintable),
            ("isascii", isascii),
            ("partition", partition),
            ("rpartition", rpartition),
            ("center", center),
            ("ljust", ljust),
            ("rjust", rjust),
            ("zfill", zfill),
            ("splitlines", splitlines),
            ("expandtabs", expandtabs),
            ("format", format),
            ("format_map", format_map),
            ("encode", encode),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("translate", translate),
            ("__len__", dunder_len),
            ("__contains__", dunder_contains),
        ],
    );
    // str.maketrans is a staticmethod: a plain builtin in the class dict.
    set_str_key(
        cls.cast::<ClassObj>().dict,
        "maketrans",
        new_builtin("maketrans", maketrans, Value::NULL, false),
    );
}

// ---- helpers ------------------------------------------------------------------------

thread_local! {
    static ASCII_CHARS: std::cell::RefCell<[Value; 128]> = const { std::cell::RefCell::new([Value::NULL; 128]) };
}

/// A one-character str (ASCII ones are interned and cached).
pub(crate) fn char_str(c: char) -> Value {
    let n = c as u32;
    if n < 128 {
        return ASCII_CHARS.with(|t| {
            let mut t = t.borrow_mut();
            if t[n as usize].is_null() {
                let mut b = [0u8; 4];
                t[n as usize] = rt::intern(c.encode_utf8(&mut b));
            }
            t[n as usize]
        });
    }
    let mut b = [0u8; 4];
    ops::new_str(c.encode_utf8(&mut b))
}

/// Python's str.isspace for one character.
#[inline]
pub(crate) fn py_isspace(c: char) -> bool {
    if c.is_ascii() {
        matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        )
    } else {
        c.is_whitespace()
    }
}

/// Python's str.isprintable for one character (approximation of the Unicode tables:
/// not a control, format, separator (other than space), surrogate or private-use char).
pub(crate) fn py_isprintable(c: char) -> bool {
    let n = c as u32;
    if n < 0x7f {
        return n >= 0x20;
    }
    if n < 0xa0 {
        return false;
    }
    if c == '\u{ad}' {
        return false;
    }
    if c.is_whitespace() {
        return false;
    }
    !matches!(n,
        0x0600..=0x0605 | 0x061c | 0x06dd | 0x070f | 0x08e2 | 0x180e | 0x200b..=0x200f | 0x2028..=0x202e
        | 0x2060..=0x2064 | 0x2066..=0x206f | 0xfeff | 0xfff9..=0xfffb | 0x110bd | 0x110cd
        | 0x1d173..=0x1d17a | 0xe0001 | 0xe0020..=0xe007f | 0xe000..=0xf8ff | 0xf0000..=0x10ffff
        | 0xfdd0..=0xfdef | 0xfffe | 0xffff | 0x0378 | 0x0379 | 0x0380..=0x0383 | 0x038b | 0x038d | 0x03a2)
}

/// CPython's repr() of a str.
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c)
            }
            c if py_isprintable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    let _ = write!(out, "\\x{n:02x}");
                } else if n < 0x10000 {
                    let _ = write!(out, "\\u{n:04x}");
                } else {
                    let _ = write!(out, "\\U{n:08x}");
                }
            }
        }
    }
    out.push(quote);
    out
}

#[inline]
fn so(v: Value) -> &'static StrObj {
    v.cast::<StrObj>()
}

fn recv_str(vm: &mut Vm, recv: Value, meth: &str) -> PyResult<&'static str> {
    if is_str(recv) {
        Ok(ops::str_of(recv))
    } else {
        Err(vm.type_error(format!(
            "descriptor '{meth}' for 'str' objects doesn't apply to a '{}' object",
            ops::type_name(recv)
        )))
    }
}

/// Argument that must be a str: TypeError "must be str, not int".
fn str_arg(vm: &mut Vm, v: Value) -> PyResult<&'static str> {
    if is_str(v) {
        Ok(ops::str_of(v))
    } else {
        Err(vm.type_error(format!("must be str, not {}", ops::type_name(v))))
    }
}

/// CPython's ADJUST_INDICES.
fn adjust(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e += len;
        if e < 0 {
            e = 0;
        }
    }
    if s < 0 {
        s += len;
        if s < 0 {
            s = 0;
        }
    }
    (s, e)
}

#[inline]
fn new_s(s: &str) -> Value {
    ops::new_str(s)
}

/// Return `recv` itself when the result equals the receiver (CPython returns self for exact str).
#[inline]
fn same_or_new(recv: Value, orig: &str, out: &str) -> Value {
    if orig.len() == out.len() && std::ptr::eq(orig.as_ptr(), out.as_ptr()) {
        recv
    } else {
        ops::new_str(out)
    }
}

// ---- constructor ----------------------------------------------------------------------

pub(crate) fn str_new(vm: &mut Vm, a: &Args) -> R {
    if let ([v], []) = (a.pos, a.kwnames) {
        // `str(x)`, the common form.
        return ops::to_str_value(vm, *v);
    }
    let mut p = [Value::NULL; 3];
    bind(vm, a, "str", &["object", "encoding", "errors"], 0, &mut p)?;
    if p[0].is_null() {
        if !p[1].is_null() || !p[2].is_null() {
            return Ok(rt().empty_str);
        }
        return Ok(rt().empty_str);
    }
    if !p[1].is_null() || !p[2].is_null() {
        if is_str(p[0]) {
            return Err(vm.type_error("decoding str is not supported".into()));
        }
        if let Some(data) = super::bytes::bytes_like(p[0]) {
            // `str(b, encoding, errors)` is `b.decode(encoding, errors)`.
            let b = if p[0].is_kind(ObjKind::Bytes) {
                p[0]
            } else {
                ops::new_bytes(data.into_owned())
            };
            let enc = if p[1].is_null() {
                crate::sym!("utf-8")
            } else {
                p[1]
            };
            let errors = if p[2].is_null() {
                crate::sym!("strict")
            } else {
                p[2]
            };
            let args = [enc, errors];
            return super::bytes::decode(
                vm,
                b,
                &Args {
                    pos: &args,
                    kwnames: &[],
                    kwvals: &[],
                },
            );
        }
        return Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            ops::type_name(p[0])
        )));
    }
    let v = p[0];
    ops::to_str_value(vm, v)
}

fn dunder_len(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_str(vm, recv, "__len__")?;
    no_args(vm, a, "str.__len__")?;
    Ok(int(so(recv).nchars as i64))
}

fn dunder_contains(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "__contains__")?;
    let x = one_arg(vm, a, "str.__contains__")?;
    if !is_str(x) {
        return Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            ops::type_name(x)
        )));
    }
    Ok(Value::bool(s.contains(ops::str_of(x))))
}

// ---- split / join ---------------------------------------------------------------------

fn split_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Option<&'static str>, i64)> {
    let mut p = [Value::NULL; 2];
    bind(vm, a, name, &["sep", "maxsplit"], 0, &mut p)?;
    let sep = if p[0].is_null() || p[0].is_none() {
        None
    } else if is_str(p[0]) {
        let s = ops::str_of(p[0]);
        if s.is_empty() {
            return Err(vm.value_error("empty separator".into()));
        }
        Some(s)
    } else {
        return Err(vm.type_error(format!("must be str or None, not {}", ops::type_name(p[0]))));
    };
    let max = if p[1].is_null() {
        -1
    } else {
        index_i64(vm, p[1])?
    };
    Ok((sep, if max < 0 { i64::MAX } else { max }))
}

fn split(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "split")?;
    let (sep, max) = if a.pos.is_empty() && a.kwnames.is_empty() {
        (None, i64::MAX)
    } else {
        split_args(vm, a, "split")?
    };
    let mut out = Vec::new();
    match sep {
        None => {
            let mut rest = s.trim_start_matches(py_isspace);
            let mut n = 0;
            while !rest.is_empty() {
                if n >= max {
                    out.push(new_s(rest));
                    break;
                }
                let end = rest.find(py_isspace).unwrap_or(rest.len());
                out.push(new_s(&rest[..end]));
                n += 1;
                rest = rest[end..].trim_start_matches(py_isspace);
            }
        }
        Some(sep) => {
            if max == i64::MAX {
                out.extend(s.split(sep).map(new_s));
            } else {
                out.extend(s.splitn((max as usize).saturating_add(1), sep).map(new_s));
            }
        }
    }
    Ok(ops::new_list(out))
}

fn rsplit(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "rsplit")?;
    let (sep, max) = if a.pos.is_empty() && a.kwnames.is_empty() {
        (None, i64::MAX)
    } else {
        split_args(vm, a, "rsplit")?
    };
    let mut out = Vec::new();
    match sep {
        None => {
            let mut rest = s.trim_end_matches(py_isspace);
            let mut n = 0;
            while !rest.is_empty() {
                if n >= max {
                    out.push(new_s(rest));
                    break;
                }
                let start = rest
                    .rfind(py_isspace)
                    .map(|i| i + rest[i..].chars().next().unwrap().len_utf8())
                    .unwrap_or(0);
                out.push(new_s(&rest[start..]));
                n += 1;
                rest = rest[..start].trim_end_matches(py_isspace);
            }
        }
        Some(sep) => {
            if max == i64::MAX {
                out.extend(s.rsplit(sep).map(new_s));
            } else {
                out.extend(s.rsplitn((max as usize).saturating_add(1), sep).map(new_s));
            }
        }
    }
    out.reverse();
    Ok(ops::new_list(out))
}

fn join(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let sep = recv_str(vm, recv, "join")?;
    let it = one_arg(vm, a, "str.join")?;
    let owned;
    // A short list's items copied to the native stack (one buffer snapshot), not a Vec.
    let mut few = [Value::NULL; 16];
    let items: &[Value] = if let Some(l) = it.get::<ListObj>() {
        let view = l.items.view();
        let n = view.len();
        if n <= few.len() {
            for (i, slot) in few[..n].iter_mut().enumerate() {
                *slot = view.get(i).unwrap_or(Value::NULL);
            }
            &few[..n]
        } else {
            owned = l.items.to_vec();
            &owned
        }
    } else if let Some(t) = it.get::<TupleObj>() {
        &t.items
    } else {
        if !it.is_ptr() || it.is_kind(ObjKind::Int) {
            return Err(vm.type_error("can only join an iterable".into()));
        }
        owned = ops::collect_iterable(vm, it)?;
        &owned
    };
    let mut total = 0;
    for (i, &v) in items.iter().enumerate() {
        if !is_str(v) {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                ops::type_name(v)
            )));
        }
        total += ops::str_of(v).len();
    }
    if items.len() == 1 {
        return Ok(items[0]);
    }
    // Exact, so the String's buffer becomes the str's without a shrinking realloc.
    total += sep.len() * items.len().saturating_sub(1);
    let mut out = String::with_capacity(total);
    for (i, &v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(ops::str_of(v));
    }
    Ok(ops::new_string(out))
}

// ---- strip ------------------------------------------------------------------------------

fn strip_impl(vm: &mut Vm, recv: Value, a: &Args, name: &str, left: bool, right: bool) -> R {
    let s = recv_str(vm, recv, name)?;
    check_pos(vm, a, name, 0, 1)?;
    let chars = match a.pos.first() {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) if is_str(*v) => Some(ops::str_of(*v)),
        Some(_) => return Err(vm.type_error(format!("{name} arg must be None or str"))),
    };
    let out = match chars {
        None => {
            let mut t = s;
            if left {
                t = t.trim_start_matches(py_isspace);
            }
            if right {
                t = t.trim_end_matches(py_isspace);
            }
            t
        }
        Some(cs) => {
            let f = |c: char| cs.contains(c);
            let mut t = s;
            if left {
                t = t.trim_start_matches(f);
            }
            if right {
                t = t.trim_end_matches(f);
            }
            t
        }
    };
    Ok(same_or_new(recv, s, out))
}
fn strip(vm: &mut Vm, recv: Value, a: &Args) -> R {
    strip_impl(vm, recv, a, "strip", true, true)
}
fn lstrip(vm: &mut Vm, recv: Value, a: &Args) -> R {
    strip_impl(vm, recv, a, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, recv: Value, a: &Args) -> R {
    strip_impl(vm, recv, a, "rstrip", false, true)
}

// ---- replace ------------------------------------------------------------------------------

fn replace(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "replace")?;
    check_pos(vm, a, "replace", 2, 3)?;
    for (i, &v) in a.pos[..2].iter().enumerate() {
        if !is_str(v) {
            return Err(vm.type_error(format!(
                "replace() argument {} must be str, not {}",
                i + 1,
                ops::type_name(v)
            )));
        }
    }
    let (old, new) = (ops::str_of(a.pos[0]), ops::str_of(a.pos[1]));
    let count = match a.pos.get(2) {
        Some(&c) => index_i64(vm, c)?,
        None => -1,
    };
    if count == 0 || (!old.is_empty() && !s.contains(old)) {
        return Ok(recv);
    }
    if old.is_empty() {
        // Insert `new` between characters (and at both ends), up to count times.
        let limit = if count < 0 {
            usize::MAX
        } else {
            count as usize
        };
        let mut out = String::with_capacity(s.len() + new.len() * (so(recv).nchars + 1).min(limit));
        let mut n = 0;
        for c in s.chars() {
            if n < limit {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < limit {
            out.push_str(new);
        }
        return Ok(ops::new_string(out));
    }
    let out = if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    };
    Ok(ops::new_string(out))
}

// ---- find / index / count ---------------------------------------------------------------

/// Parse (sub, start, end) for find-like methods; returns the char-range-adjusted haystack.
fn find_args(
    vm: &mut Vm,
    recv: Value,
    a: &Args,
    name: &str,
) -> PyResult<(&'static str, &'static str, i64, i64)> {
    let s = recv_str(vm, recv, name)?;
    check_pos_old(vm, a, name, 1, 3)?;
    let sub = str_arg(vm, a.pos[0])?;
    let start = opt_index(vm, a.pos.get(1).copied())?;
    let end = opt_index(vm, a.pos.get(2).copied())?;
    let (st, en) = adjust(start, end, so(recv).nchars as i64);
    Ok((s, sub, st, en))
}

/// Index of `sub` in s[st..en] (char indices), forward or reverse.
fn find_impl(recv: Value, s: &str, sub: &str, st: i64, en: i64, rev: bool) -> i64 {
    let nchars = so(recv).nchars as i64;
    if st > nchars || en - st < sub.chars().count() as i64 {
        return -1;
    }
    let o = so(recv);
    let bs = o.byte_offset(st as usize);
    let be = o.byte_offset(en as usize);
    let hay = &s[bs..be];
    let pos = if rev { hay.rfind(sub) } else { hay.find(sub) };
    match pos {
        Some(p) => o.char_offset(bs + p) as i64,
        None => -1,
    }
}

fn find(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let (s, sub, st, en) = find_args(vm, recv, a, "find")?;
    Ok(int(find_impl(recv, s, sub, st, en, false)))
}
fn rfind(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let (s, sub, st, en) = find_args(vm, recv, a, "rfind")?;
    Ok(int(find_impl(recv, s, sub, st, en, true)))
}
fn index(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let (s, sub, st, en) = find_args(vm, recv, a, "index")?;
    match find_impl(recv, s, sub, st, en, false) {
        -1 => Err(vm.value_error("substring not found".into())),
        i => Ok(int(i)),
    }
}
fn rindex(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let (s, sub, st, en) = find_args(vm, recv, a, "rindex")?;
    match find_impl(recv, s, sub, st, en, true) {
        -1 => Err(vm.value_error("substring not found".into())),
        i => Ok(int(i)),
    }
}

fn count(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let (s, sub, st, en) = find_args(vm, recv, a, "count")?;
    let nchars = so(recv).nchars as i64;
    if st > nchars || en < st {
        return Ok(Value::small(0));
    }
    if sub.is_empty() {
        return Ok(int(en - st + 1));
    }
    let o = so(recv);
    let hay = &s[o.byte_offset(st as usize)..o.byte_offset(en as usize)];
    Ok(int(hay.matches(sub).count() as i64))
}

fn tail_match(vm: &mut Vm, recv: Value, a: &Args, name: &str, at_end: bool) -> R {
    let s = recv_str(vm, recv, name)?;
    check_pos_old(vm, a, name, 1, 3)?;
    let start = opt_index(vm, a.pos.get(1).copied())?;
    let end = opt_index(vm, a.pos.get(2).copied())?;
    let nchars = so(recv).nchars as i64;
    let (st, en) = adjust(start, end, nchars);
    let o = so(recv);
    let check = |sub: Value| -> bool {
        let p = ops::str_of(sub);
        let plen = so(sub).nchars as i64;
        if en - plen < st {
            return false;
        }
        if plen == 0 {
            return true;
        }
        let hay = &s[o.byte_offset(st as usize)..o.byte_offset(en as usize)];
        if at_end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    let x = a.pos[0];
    if is_str(x) {
        return Ok(Value::bool(check(x)));
    }
    if let Some(t) = x.get::<TupleObj>() {
        for &e in t.items.iter() {
            if !is_str(e) {
                return Err(vm.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    ops::type_name(e)
                )));
            }
            if check(e) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    Err(vm.type_error(format!(
        "{name} first arg must be str or a tuple of str, not {}",
        ops::type_name(x)
    )))
}
fn startswith(vm: &mut Vm, recv: Value, a: &Args) -> R {
    tail_match(vm, recv, a, "startswith", false)
}
fn endswith(vm: &mut Vm, recv: Value, a: &Args) -> R {
    tail_match(vm, recv, a, "endswith", true)
}

// ---- case conversion ------------------------------------------------------------------

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}
fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x01c5 | 0x01c8 | 0x01cb | 0x01f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
}
fn push_title(out: &mut String, c: char) {
    match c as u32 {
        0x01c4..=0x01c6 => out.push('\u{01c5}'),
        0x01c7..=0x01c9 => out.push('\u{01c8}'),
        0x01ca..=0x01cc => out.push('\u{01cb}'),
        0x01f1..=0x01f3 => out.push('\u{01f2}'),
        _ => out.extend(c.to_uppercase()),
    }
}

fn case_map(vm: &mut Vm, recv: Value, a: &Args, name: &str, f: fn(&str) -> String) -> R {
    let s = recv_str(vm, recv, name)?;
    no_args(vm, a, format_args!("str.{name}"))?;
    Ok(ops::new_string(f(s)))
}

fn upper(vm: &mut Vm, recv: Value, a: &Args) -> R {
    case_map(vm, recv, a, "upper", |s| {
        if s.is_ascii() {
            s.to_ascii_uppercase()
        } else {
            s.to_uppercase()
        }
    })
}
fn lower(vm: &mut Vm, recv: Value, a: &Args) -> R {
    case_map(vm, recv, a, "lower", |s| {
        if s.is_ascii() {
            s.to_ascii_lowercase()
        } else {
            s.to_lowercase()
        }
    })
}
fn casefold(vm: &mut Vm, recv: Value, a: &Args) -> R {
    case_map(vm, recv, a, "casefold", |s| {
        if s.is_ascii() {
            s.to_ascii_lowercase()
        } else {
            let mut out = String::with_capacity(s.len());
            for c in s.chars() {
                match c {
                    'ß' | 'ẞ' => out.push_str("ss"),
                    'ſ' => out.push('s'),
                    'ς' => out.push('σ'),
                    c => out.extend(c.to_lowercase()),
                }
            }
            out
        }
    })
}
fn swapcase(vm: &mut Vm, recv: Value, a: &Args) -> R {
    case_map(vm, recv, a, "swapcase", |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}
fn title(vm: &mut Vm, recv: Value, a: &Args) -> R {
    case_map(vm, recv, a, "title", |s| {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                push_title(&mut out, c);
            }
            prev_cased = is_cased(c);
        }
        out
    })
}
fn capitalize(vm: &mut Vm, recv: Value, a: &Args) -> R {
    case_map(vm, recv, a, "capitalize", |s| {
        let mut out = String::with_capacity(s.len());
        let mut it = s.chars();
        if let Some(c) = it.next() {
            push_title(&mut out, c);
        }
        for c in it {
            out.extend(c.to_lowercase());
        }
        out
    })
}

// ---- predicates -------------------------------------------------------------------------

/// First code points of the Unicode Nd (decimal digit) runs of ten.
const ND_STARTS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

pub(crate) fn is_decimal_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    let n = c as u32;
    c.is_numeric() && ND_STARTS.iter().any(|&s| n >= s && n < s + 10)
}
/// Decimal value of a Unicode decimal digit.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let n = c as u32;
    if !c.is_numeric() {
        return None;
    }
    ND_STARTS
        .iter()
        .find(|&&s| n >= s && n < s + 10)
        .map(|&s| n - s)
}
pub(crate) fn is_digit_char(c: char) -> bool {
    is_decimal_char(c)
        || matches!(c as u32, 0xb2 | 0xb3 | 0xb9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468
            | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24ea | 0x24f5..=0x24fd | 0x24ff | 0x2776..=0x277e
            | 0x2780..=0x2788 | 0x278a..=0x2792 | 0x1369..=0x1371 | 0x19da)
}
pub(crate) fn is_numeric_char(c: char) -> bool {
    c.is_numeric()
        || matches!(
            c as u32,
            0x3007
                | 0x4e00
                | 0x4e8c
                | 0x4e09
                | 0x56db
                | 0x4e94
                | 0x516d
                | 0x4e03
                | 0x516b
                | 0x4e5d
                | 0x5341
                | 0x767e
                | 0x5343
                | 0x4e07
                | 0x5104
                | 0x96f6
        )
}
pub(crate) fn is_alpha_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic() && !c.is_numeric()
    }
}

fn pred(vm: &mut Vm, recv: Value, a: &Args, name: &str, f: fn(char) -> bool) -> R {
    let s = recv_str(vm, recv, name)?;
    no_args(vm, a, format_args!("str.{name}"))?;
    Ok(Value::bool(!s.is_empty() && s.chars().all(f)))
}
fn isdigit(vm: &mut Vm, recv: Value, a: &Args) -> R {
    pred(vm, recv, a, "isdigit", is_digit_char)
}
fn isdecimal(vm: &mut Vm, recv: Value, a: &Args) -> R {
    pred(vm, recv, a, "isdecimal", is_decimal_char)
}
fn isnumeric(vm: &mut Vm, recv: Value, a: &Args) -> R {
    pred(vm, recv, a, "isnumeric", is_numeric_char)
}
fn isalpha(vm: &mut Vm, recv: Value, a: &Args) -> R {
    pred(vm, recv, a, "isalpha", is_alpha_char)
}
fn isalnum(vm: &mut Vm, recv: Value, a: &Args) -> R {
    pred(vm, recv, a, "isalnum", |c| {
        is_alpha_char(c) || is_numeric_char(c) || is_digit_char(c)
    })
}
fn isspace(vm: &mut Vm, recv: Value, a: &Args) -> R {
    pred(vm, recv, a, "isspace", py_isspace)
}
fn isupper(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "isupper")?;
    no_args(vm, a, "str.isupper")?;
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return Ok(Value::FALSE);
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    Ok(Value::bool(cased))
}
fn islower(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "islower")?;
    no_args(vm, a, "str.islower")?;
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return Ok(Value::FALSE);
        }
        if c.is_lowercase() {
            cased = true;
        }
    }
    Ok(Value::bool(cased))
}
fn istitle(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "istitle")?;
    no_args(vm, a, "str.istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || is_alpha_char(c) => {}
        _ => return false,
    }
    it.all(|c| {
        c == '_' || is_alpha_char(c) || is_decimal_char(c) || (!c.is_ascii() && c.is_alphanumeric())
    })
}
fn isidentifier(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "isidentifier")?;
    no_args(vm, a, "str.isidentifier")?;
    Ok(Value::bool(is_identifier(s)))
}
fn isprintable(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "isprintable")?;
    no_args(vm, a, "str.isprintable")?;
    Ok(Value::bool(s.chars().all(py_isprintable)))
}
fn isascii(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "isascii")?;
    no_args(vm, a, "str.isascii")?;
    Ok(Value::bool(s.is_ascii()))
}

// ---- partition ---------------------------------------------------------------------------

fn partition_impl(vm: &mut Vm, recv: Value, a: &Args, name: &str, rev: bool) -> R {
    let s = recv_str(vm, recv, name)?;
    let sepv = one_arg(vm, a, format_args!("str.{name}"))?;
    let sep = str_arg(vm, sepv)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator".into()));
    }
    let empty = rt().empty_str;
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let items = match found {
        Some(i) => vec![new_s(&s[..i]), sepv, new_s(&s[i + sep.len()..])],
        None if rev => vec![empty, empty, recv],
        None => vec![recv, empty, empty],
    };
    Ok(ops::new_tuple(items))
}
fn partition(vm: &mut Vm, recv: Value, a: &Args) -> R {
    partition_impl(vm, recv, a, "partition", false)
}
fn rpartition(vm: &mut Vm, recv: Value, a: &Args) -> R {
    partition_impl(vm, recv, a, "rpartition", true)
}

// ---- padding --------------------------------------------------------------------------

fn pad_args(vm: &mut Vm, recv: Value, a: &Args, name: &str) -> PyResult<(&'static str, i64, char)> {
    let s = recv_str(vm, recv, name)?;
    check_pos(vm, a, name, 1, 2)?;
    let width = index_i64(vm, a.pos[0])?;
    let fill = match a.pos.get(1) {
        None => ' ',
        Some(&f) => {
            if !is_str(f) {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a unicode character, not {}",
                    ops::type_name(f)
                )));
            }
            if so(f).nchars != 1 {
                return Err(
                    vm.type_error("The fill character must be exactly one character long".into())
                );
            }
            ops::str_of(f).chars().next().unwrap()
        }
    };
    Ok((s, width, fill))
}

fn pad(recv: Value, s: &str, left: usize, right: usize, fill: char) -> Value {
    if left == 0 && right == 0 {
        return recv;
    }
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    ops::new_string(out)
}

fn center(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let (s, width, fill) = pad_args(vm, recv, a, "center")?;
    let n = so(recv).nchars as i64;
    if width <= n {
        return Ok(recv);
    }
    let marg = width - n;
    let left = marg / 2 + (marg & width & 1);
    Ok(pad(recv, s, left as usize, (marg - left) as usize, fill))
}
fn ljust(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let (s, width, fill) = pad_args(vm, recv, a, "ljust")?;
    let n = so(recv).nchars as i64;
    Ok(if width <= n {
        recv
    } else {
        pad(recv, s, 0, (width - n) as usize, fill)
    })
}
fn rjust(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let (s, width, fill) = pad_args(vm, recv, a, "rjust")?;
    let n = so(recv).nchars as i64;
    Ok(if width <= n {
        recv
    } else {
        pad(recv, s, (width - n) as usize, 0, fill)
    })
}
fn zfill(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "zfill")?;
    check_pos(vm, a, "zfill", 1, 1)?;
    let width = index_i64(vm, a.pos[0])?;
    let n = so(recv).nchars as i64;
    if width <= n {
        return Ok(recv);
    }
    let fill = (width - n) as usize;
    let mut out = String::with_capacity(s.len() + fill);
    let rest = if s.starts_with('+') || s.starts_with('-') {
        out.push_str(&s[..1]);
        &s[1..]
    } else {
        s
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(ops::new_string(out))
}

// ---- lines / tabs -------------------------------------------------------------------------

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn splitlines(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "splitlines")?;
    if a.pos.len() + a.kwnames.len() > 1 {
        return Err(vm.type_error(format!(
            "splitlines() takes at most 1 argument ({} given)",
            a.pos.len() + a.kwnames.len()
        )));
    }
    let mut p = [Value::NULL; 1];
    bind(vm, a, "splitlines", &["keepends"], 0, &mut p)?;
    let keep = if p[0].is_null() {
        false
    } else {
        ops::truthy(vm, p[0])?
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(new_s(&s[start..if keep { end } else { i }]));
            start = end;
        }
    }
    if start < s.len() {
        out.push(new_s(&s[start..]));
    }
    Ok(ops::new_list(out))
}

fn expandtabs(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "expandtabs")?;
    let mut p = [Value::NULL; 1];
    bind(vm, a, "expandtabs", &["tabsize"], 0, &mut p)?;
    let ts = if p[0].is_null() {
        8
    } else {
        index_i64(vm, p[0])?
    };
    if !s.contains('\t') {
        return Ok(recv);
    }
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(ops::new_string(out))
}

// ---- prefix / suffix ----------------------------------------------------------------------

fn removeprefix(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "removeprefix")?;
    let p = one_arg(vm, a, "str.removeprefix")?;
    if !is_str(p) {
        return Err(vm.type_error(format!(
            "removeprefix() argument must be str, not {}",
            ops::type_name(p)
        )));
    }
    Ok(match s.strip_prefix(ops::str_of(p)) {
        Some(r) if r.len() != s.len() => new_s(r),
        _ => recv,
    })
}
fn removesuffix(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "removesuffix")?;
    let p = one_arg(vm, a, "str.removesuffix")?;
    if !is_str(p) {
        return Err(vm.type_error(format!(
            "removesuffix() argument must be str, not {}",
            ops::type_name(p)
        )));
    }
    Ok(match s.strip_suffix(ops::str_of(p)) {
        Some(r) if r.len() != s.len() => new_s(r),
        _ => recv,
    })
}

// ---- encode (no bytes type yet: returns a list of byte values) --------------------------

fn encode(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "encode")?;
    let mut p = [Value::NULL; 2];
    bind(vm, a, "encode", &["encoding", "errors"], 0, &mut p)?;
    super::bytes::encode_str(vm, s, p[0], p[1], "encode")
}

// ---- maketrans / translate ----------------------------------------------------------------

fn maketrans(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "maketrans", 1, 3)?;
    let d = rt::new_dict();
    with_roots(vm, |vm| {
        vm.roots.push(d);
        let x = a.pos[0];
        if a.pos.len() == 1 {
            let Some(src) = x.get::<DictObj>() else {
                return Err(vm.type_error(
                    "if you give only one argument to maketrans it must be a dict".into(),
                ));
            };
            let entries: Vec<(Value, Value)> = src.table.iter().map(|e| (e.key, e.value)).collect();
            for (k, v) in entries {
                let key = if is_str(k) {
                    if so(k).nchars != 1 {
                        return Err(vm.value_error(
                            "string keys in translate table must be of length 1".into(),
                        ));
                    }
                    Value::small(ops::str_of(k).chars().next().unwrap() as i64)
                } else if ops::is_int(k) {
                    k
                } else {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers".into())
                    );
                };
                ops::dict_set(vm, d, key, v)?;
            }
            return Ok(d);
        }
        let y = a.pos[1];
        if !is_str(x) {
            return Err(vm.type_error(format!(
                "maketrans() argument 1 must be str, not {}",
                ops::type_name(x)
            )));
        }
        if !is_str(y) {
            return Err(vm.type_error(format!(
                "maketrans() argument 2 must be str, not {}",
                ops::type_name(y)
            )));
        }
        if so(x).nchars != so(y).nchars {
            return Err(
                vm.value_error("the first two maketrans arguments must have equal length".into())
            );
        }
        for (c1, c2) in ops::str_of(x).chars().zip(ops::str_of(y).chars()) {
            ops::dict_set(vm, d, Value::small(c1 as i64), Value::small(c2 as i64))?;
        }
        if let Some(&z) = a.pos.get(2) {
            if !is_str(z) {
                return Err(vm.type_error(format!(
                    "maketrans() argument 3 must be str, not {}",
                    ops::type_name(z)
                )));
            }
            for c in ops::str_of(z).chars() {
                ops::dict_set(vm, d, Value::small(c as i64), Value::NONE)?;
            }
        }
        Ok(d)
    })
}

fn translate(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "translate")?;
    let table = one_arg(vm, a, "str.translate")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = Value::small(c as i64);
        let mapped = if table.is_kind(ObjKind::Dict) {
            ops::dict_get(vm, table, key)?
        } else {
            match ops::getitem(vm, table, key) {
                Ok(v) => Some(v),
                Err(e) => {
                    if ops::isinstance_class(vm.exc, rt().excs.lookup_error) {
                        vm.take_exc();
                        None
                    } else {
                        return Err(e);
                    }
                }
            }
        };
        match mapped {
            None => out.push(c),
            Some(v) if v.is_none() => {}
            Some(v) if is_str(v) => out.push_str(ops::str_of(v)),
            Some(v) if ops::is_int(v) => {
                let n = small_or_i64(v).unwrap_or(-1);
                match (0..0x110000)
                    .contains(&n)
                    .then(|| char::from_u32(n as u32))
                    .flatten()
                {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(
                            vm.value_error("character mapping must be in range(0x110000)".into())
                        )
                    }
                }
            }
            Some(_) => {
                return Err(
                    vm.type_error("character mapping must return integer, None or str".into())
                )
            }
        }
    }
    Ok(ops::new_string(out))
}

// ---- str.format --------------------------------------------------------------------------

enum AutoNum {
    Unknown,
    Auto(usize),
    Manual,
}

struct Fmt<'a> {
    args: &'a [Value],
    kwnames: &'a [Value],
    kwvals: &'a [Value],
    mapping: Value,
    auto: AutoNum,
}

fn format(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "format")?;
    let mut f = Fmt {
        args: a.pos,
        kwnames: a.kwnames,
        kwvals: a.kwvals,
        mapping: Value::NULL,
        auto: AutoNum::Unknown,
    };
    let mut out = String::with_capacity(s.len() + 16);
    with_roots(vm, |vm| vformat(vm, &mut f, s, 2, &mut out))?;
    Ok(ops::new_string(out))
}

fn format_map(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let s = recv_str(vm, recv, "format_map")?;
    let m = one_arg(vm, a, "str.format_map")?;
    let mut f = Fmt {
        args: &[],
        kwnames: &[],
        kwvals: &[],
        mapping: m,
        auto: AutoNum::Unknown,
    };
    let mut out = String::with_capacity(s.len() + 16);
    with_roots(vm, |vm| vformat(vm, &mut f, s, 2, &mut out))?;
    Ok(ops::new_string(out))
}

/// Public entry for other builtins: `template.format(*args)`.
#[allow(dead_code)]
pub(crate) fn format_with(vm: &mut Vm, template: &str, args: &[Value]) -> PyResult<String> {
    let mut f = Fmt {
        args,
        kwnames: &[],
        kwvals: &[],
        mapping: Value::NULL,
        auto: AutoNum::Unknown,
    };
    let mut out = String::new();
    with_roots(vm, |vm| vformat(vm, &mut f, template, 2, &mut out))?;
    Ok(out)
}

fn vformat(vm: &mut Vm, f: &mut Fmt, s: &str, depth: i32, out: &mut String) -> PyResult<()> {
    if depth <= 0 {
        return Err(vm.value_error("Max string recursion exceeded".into()));
    }
    let b = s.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        // Literal text.
        let lit_start = i;
        while i < n && b[i] != b'{' && b[i] != b'}' {
            i += 1;
        }
        out.push_str(&s[lit_start..i]);
        if i >= n {
            break;
        }
        let c = b[i];
        i += 1;
        if c == b'}' {
            if i < n && b[i] == b'}' {
                out.push('}');
                i += 1;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string".into()));
        }
        // c == '{'
        if i >= n {
            return Err(vm.value_error("Single '{' encountered in format string".into()));
        }
        if b[i] == b'{' {
            out.push('{');
            i += 1;
            continue;
        }
        // Field name: up to '}', ':' or '!' (brackets skip to ']').
        let name_start = i;
        let mut term = 0u8;
        while i < n {
            let ch = b[i];
            i += 1;
            match ch {
                b'{' => return Err(vm.value_error("unexpected '{' in field name".into())),
                b'[' => {
                    while i < n && b[i] != b']' {
                        i += 1;
                    }
                    continue;
                }
                b'}' | b':' | b'!' => {
                    term = ch;
                    break;
                }
                _ => continue,
            }
        }
        let name_end = if term != 0 { i - 1 } else { i };
        let field = &s[name_start..name_end];
        let mut conv = 0u8;
        let mut spec = "";
        let mut spec_nested = false;
        if term == b'!' || term == b':' {
            if term == b'!' {
                if i >= n {
                    return Err(vm.value_error(
                        "end of string while looking for conversion specifier".into(),
                    ));
                }
                // The conversion is one character (may be non-ASCII).
                let ch = s[i..].chars().next().unwrap();
                i += ch.len_utf8();
                conv = if ch.is_ascii() { ch as u8 } else { 0xff };
                if conv == 0xff {
                    return Err(vm.value_error(format!("Unknown conversion specifier {ch}")));
                }
                if i < n {
                    let c2 = b[i];
                    i += 1;
                    if c2 == b'}' {
                        format_field(vm, f, field, conv, "", false, depth, out)?;
                        continue;
                    }
                    if c2 != b':' {
                        return Err(
                            vm.value_error("expected ':' after conversion specifier".into())
                        );
                    }
                }
            }
            let spec_start = i;
            let mut count = 1;
            let mut closed = false;
            while i < n {
                let ch = b[i];
                i += 1;
                if ch == b'{' {
                    spec_nested = true;
                    count += 1;
                } else if ch == b'}' {
                    count -= 1;
                    if count == 0 {
                        spec = &s[spec_start..i - 1];
                        closed = true;
                        break;
                    }
                }
            }
            if !closed {
                return Err(vm.value_error("unmatched '{' in format spec".into()));
            }
        } else if term != b'}' {
            return Err(vm.value_error("expected '}' before end of string".into()));
        }
        format_field(vm, f, field, conv, spec, spec_nested, depth, out)?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn format_field(
    vm: &mut Vm,
    f: &mut Fmt,
    field: &str,
    conv: u8,
    spec: &str,
    nested: bool,
    depth: i32,
    out: &mut String,
) -> PyResult<()> {
    let obj = get_field(vm, f, field)?;
    vm.roots.push(obj);
    let obj = match conv {
        0 => obj,
        b'r' => ops::new_string(ops::repr(vm, obj)?),
        b's' => {
            if is_str(obj) {
                obj
            } else {
                ops::new_string(ops::to_str(vm, obj)?)
            }
        }
        b'a' => {
            let r = ops::repr(vm, obj)?;
            ops::new_string(functions::ascii_escape(&r))
        }
        c => {
            return Err(vm.value_error(format!("Unknown conversion specifier {}", c as char)));
        }
    };
    vm.roots.push(obj);
    let expanded;
    let spec = if nested {
        let mut sp = String::new();
        vformat(vm, f, spec, depth - 1, &mut sp)?;
        expanded = sp;
        expanded.as_str()
    } else {
        spec
    };
    if spec.is_empty() && is_str(obj) {
        out.push_str(ops::str_of(obj));
    } else if spec.is_empty() && obj.is_small() {
        let _ = write!(out, "{}", obj.as_small());
    } else {
        out.push_str(&ops::format(vm, obj, spec)?);
    }
    Ok(())
}

/// All-digit field part → its value (None if not all digits or empty).
fn parse_digits(vm: &mut Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    match s.parse::<usize>() {
        Ok(v) if v <= isize::MAX as usize => Ok(Some(v)),
        _ => Err(vm.value_error("Too many decimal digits in format string".into())),
    }
}

fn get_field(vm: &mut Vm, f: &mut Fmt, field: &str) -> PyResult<Value> {
    // First part: up to '.' or '['.
    let first_end = field.find(['.', '[']).unwrap_or(field.len());
    let first = &field[..first_end];
    let mut obj = if first.is_empty() {
        let idx =
            match f.auto {
                AutoNum::Manual => return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering"
                        .into(),
                )),
                AutoNum::Unknown => 0,
                AutoNum::Auto(k) => k,
            };
        f.auto = AutoNum::Auto(idx + 1);
        positional(vm, f, idx)?
    } else if let Some(idx) = parse_digits(vm, first)? {
        if let AutoNum::Auto(_) = f.auto {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification".into(),
            ));
        }
        f.auto = AutoNum::Manual;
        positional(vm, f, idx)?
    } else {
        keyword(vm, f, first)?
    };
    // Rest: .attr or [key] chains.
    let rest = &field[first_end..];
    let b = rest.as_bytes();
    let mut i = 0;
    while i < b.len() {
        vm.roots.push(obj);
        let c = b[i];
        i += 1;
        if c == b'.' {
            let st = i;
            while i < b.len() && b[i] != b'.' && b[i] != b'[' {
                i += 1;
            }
            let name = &rest[st..i];
            if name.is_empty() {
                return Err(vm.value_error("Empty attribute in format string".into()));
            }
            obj = ops::getattr(vm, obj, rt::intern(name))?;
        } else if c == b'[' {
            let st = i;
            while i < b.len() && b[i] != b']' {
                i += 1;
            }
            let key = &rest[st..i];
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string".into()));
            }
            if i >= b.len() {
                return Err(vm.value_error("Missing ']' in format string".into()));
            }
            i += 1; // skip ']'
            let kv = match parse_digits(vm, key)? {
                Some(k) => int(k as i64),
                None => ops::new_str(key),
            };
            vm.roots.push(kv);
            obj = ops::getitem(vm, obj, kv)?;
            if i < b.len() && b[i] != b'.' && b[i] != b'[' {
                return Err(vm.value_error(
                    "Only '.' or '[' may follow ']' in format field specifier".into(),
                ));
            }
        } else {
            return Err(
                vm.value_error("Only '.' or '[' may follow ']' in format field specifier".into())
            );
        }
    }
    Ok(obj)
}

fn positional(vm: &mut Vm, f: &Fmt, idx: usize) -> PyResult<Value> {
    if !f.mapping.is_null() {
        return Err(vm.value_error("Format string contains positional fields".into()));
    }
    match f.args.get(idx) {
        Some(&v) => Ok(v),
        None => Err(vm.raise(
            rt().excs.index_error,
            format!("Replacement index {idx} out of range for positional args tuple"),
        )),
    }
}

fn keyword(vm: &mut Vm, f: &Fmt, name: &str) -> PyResult<Value> {
    if !f.mapping.is_null() {
        let k = ops::new_str(name);
        vm.roots.push(k);
        return ops::getitem(vm, f.mapping, k);
    }
    for (i, &k) in f.kwnames.iter().enumerate() {
        if ops::str_of(k) == name {
            return Ok(f.kwvals[i]);
        }
    }
    let k = ops::new_str(name);
    Err(vm.set_exc(ops::new_exception(rt().excs.key_error, &[k])))
}
