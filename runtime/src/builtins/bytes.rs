//! `bytes`: the constructor, its methods (decode, hex/fromhex, find/index/count,
//! startswith/endswith, split/join/strip/replace, ASCII case and `is*` tests), and the
//! helpers the operators use (`bytes_repr_into`, `bytes_getitem`, `bytes_contains`,
//! `bytes_arg`). Bytes are immutable `BytesObj`s; their hash is str's over the same
//! bytes (`object::bytes_hash`). Encodings: UTF-8, ASCII and Latin-1, as `str.encode`.

use super::*;
use std::borrow::Cow;

pub(crate) fn install() {
    let cls = rt().types.bytes;
    add_methods(
        cls,
        &[
            ("decode", decode),
            ("hex", hex),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("startswith", startswith),
            ("endswith", endswith),
            ("split", split),
            ("join", join),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("replace", replace),
            ("upper", upper),
            ("lower", lower),
            ("isdigit", isdigit),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isupper", isupper),
            ("islower", islower),
            ("translate", translate),
            ("__len__", dunder_len),
        ],
    );
    add_classmethod(cls, "fromhex", fromhex);
    // bytes.maketrans is a staticmethod: a plain builtin in the class dict.
    set_str_key(
        cls.cast::<ClassObj>().dict,
        "maketrans",
        new_builtin("maketrans", maketrans, Value::NULL, false),
    );
}

/// The bytes of a bytes object (None for anything else).
pub(crate) fn bytes_of(v: Value) -> Option<&'static [u8]> {
    v.get::<BytesObj>().map(|b| &*b.data)
}

fn recv_bytes(vm: &mut Vm, recv: Value, meth: &str) -> PyResult<&'static [u8]> {
    bytes_of(recv).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{meth}' for 'bytes' objects doesn't apply to a '{}' object",
            ops::type_name(recv)
        ))
    })
}

/// The contents of a bytes-like object: a bytes object's own bytes, a copy of a
/// bytearray's (taken under its lock: the caller may run Python code or block while it
/// uses them).
pub(crate) fn bytes_like(v: Value) -> Option<Cow<'static, [u8]>> {
    match v.kind()? {
        ObjKind::Bytes => Some(Cow::Borrowed(&v.cast::<BytesObj>().data)),
        ObjKind::ByteArray => Some(Cow::Owned(v.cast::<ByteArrayObj>().data.lock().clone())),
        _ => None,
    }
}

/// An argument that must be bytes-like: "a bytes-like object is required, not 'str'".
pub(crate) fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Cow<'static, [u8]>> {
    bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            ops::type_name(v)
        ))
    })
}

/// `repr(b)`: CPython's bytes_repr (single quotes unless the bytes hold a single
/// quote and no double quote; `\t \n \r`, the quote and backslash escaped; other bytes
/// outside 0x20..0x7e as `\xhh`).
pub(crate) fn bytes_repr_into(out: &mut String, data: &[u8]) {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.push('b');
    out.push(quote);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => {
                let _ = std::fmt::Write::write_fmt(out, format_args!("\\x{c:02x}"));
            }
        }
    }
    out.push(quote);
}

/// `b[key]`: an int for an index, bytes for a slice.
pub(crate) fn bytes_getitem(vm: &mut Vm, b: Value, key: Value) -> R {
    let data = bytes_of(b).expect("bytes");
    if key.is_kind(ObjKind::Slice) {
        let (start, _, step, n) = ops::slice_indices(vm, key, data.len())?;
        let out: Vec<u8> = (0..n)
            .map(|k| data[(start + k as i64 * step) as usize])
            .collect();
        return Ok(ops::new_bytes(out));
    }
    if !ops::is_int(key) && ops::user_index(vm, key)?.is_none() {
        return Err(vm.type_error(format!(
            "byte indices must be integers or slices, not {}",
            ops::type_name(key)
        )));
    }
    let i = index_i64(vm, key)?;
    let j = if i < 0 { i + data.len() as i64 } else { i };
    match usize::try_from(j).ok().and_then(|j| data.get(j)) {
        Some(&x) => Ok(Value::small(x as i64)),
        None => Err(vm.raise_msg(rt().excs.index_error, "index out of range")),
    }
}

/// `x in b`: an int in 0..256 is a byte, bytes a subsequence.
pub(crate) fn bytes_contains(vm: &mut Vm, b: Value, x: Value) -> PyResult<bool> {
    let data = bytes_of(b).expect("bytes");
    if let Some(sub) = bytes_like(x) {
        return Ok(find_sub(data, &sub, 0, data.len()).is_some());
    }
    if ops::is_int(x) {
        let c = byte_value(vm, x)?;
        return Ok(data.contains(&c));
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        ops::type_name(x)
    )))
}

/// An int argument that must be a byte value.
pub(crate) fn byte_value(vm: &mut Vm, x: Value) -> PyResult<u8> {
    let i = index_i64(vm, x)?;
    u8::try_from(i)
        .map_err(|_| vm.raise_msg(rt().excs.value_error, "byte must be in range(0, 256)"))
}

pub(crate) fn find_sub(hay: &[u8], sub: &[u8], st: usize, en: usize) -> Option<usize> {
    if st > en || en > hay.len() {
        return None;
    }
    if sub.is_empty() {
        return Some(st);
    }
    hay[st..en]
        .windows(sub.len())
        .position(|w| w == sub)
        .map(|p| p + st)
}

fn rfind_sub(hay: &[u8], sub: &[u8], st: usize, en: usize) -> Option<usize> {
    if st > en || en > hay.len() {
        return None;
    }
    if sub.is_empty() {
        return Some(en);
    }
    hay[st..en]
        .windows(sub.len())
        .rposition(|w| w == sub)
        .map(|p| p + st)
}

/// `start`/`end` arguments adjusted like CPython's ADJUST_INDICES: negative ones count
/// from the end; `end` is clamped to the length, `start` is not (a start past the end
/// finds nothing, not even the empty needle).
fn adjust(start: Option<i64>, end: Option<i64>, len: i64) -> (usize, usize) {
    let from_end = |v: i64| if v < 0 { (v + len).max(0) } else { v };
    let s = from_end(start.unwrap_or(0));
    let e = from_end(end.unwrap_or(len)).min(len);
    (s as usize, e as usize)
}

// ---- the constructor -------------------------------------------------------------------

/// `bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`, `bytes(bytes)`,
/// `bytes(str, encoding[, errors])`.
pub(crate) fn bytes_new(vm: &mut Vm, a: &Args) -> R {
    let mut p = [Value::NULL; 3];
    bind(vm, a, "bytes", &["source", "encoding", "errors"], 0, &mut p)?;
    if p[0].is_kind(ObjKind::Bytes) && p[1].is_null() && p[2].is_null() {
        return Ok(p[0]);
    }
    Ok(ops::new_bytes(bytes_source(vm, p, "bytes")?))
}

/// The contents `bytes(source, encoding, errors)` or `bytearray(...)` (`tname`)
/// builds: nothing, n zero bytes, a bytes-like object's bytes, an iterable's ints, or
/// an encoded str.
pub(crate) fn bytes_source(vm: &mut Vm, p: [Value; 3], tname: &str) -> PyResult<Vec<u8>> {
    let [src, enc, errors] = p;
    if src.is_null() {
        if !enc.is_null() || !errors.is_null() {
            let what = if enc.is_null() { "errors" } else { "encoding" };
            return Err(vm.type_error(format!("{what} without a string argument")));
        }
        return Ok(Vec::new());
    }
    if is_str(src) {
        if enc.is_null() {
            return Err(vm.type_error("string argument without an encoding".into()));
        }
        let b = encode_str(vm, ops::str_of(src), enc, errors, tname)?;
        return Ok(bytes_of(b).expect("bytes").to_vec());
    }
    if !enc.is_null() || !errors.is_null() {
        let what = if enc.is_null() { "errors" } else { "encoding" };
        return Err(vm.type_error(format!("{what} without a string argument")));
    }
    if let Some(b) = bytes_like(src) {
        return Ok(b.into_owned());
    }
    if ops::is_int(src) {
        let n = index_i64(vm, src)?;
        if n < 0 {
            return Err(vm.raise_msg(rt().excs.value_error, "negative count"));
        }
        if n > 1 << 40 {
            return Err(vm.raise(rt().excs.memory_error, String::new()));
        }
        return Ok(vec![0; n as usize]);
    }
    if !ops::is_iterable(src) {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to {tname}",
            ops::type_name(src)
        )));
    }
    let items = ops::collect_iterable(vm, src)?;
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        let i = index_i64(vm, x)?;
        match u8::try_from(i) {
            Ok(c) => out.push(c),
            Err(_) => {
                let msg = if tname == "bytes" {
                    "bytes must be in range(0, 256)"
                } else {
                    "byte must be in range(0, 256)"
                };
                return Err(vm.raise_msg(rt().excs.value_error, msg));
            }
        }
    }
    Ok(out)
}

/// `s.encode(encoding, errors)` (and `bytes(s, encoding, errors)`): UTF-8, ASCII or
/// Latin-1; errors "strict", "ignore" or "replace".
pub(crate) fn encode_str(vm: &mut Vm, s: &str, enc: Value, errors: Value, fname: &str) -> R {
    let enc_name = encoding_name(vm, enc, fname)?;
    let errors = error_mode(vm, errors, fname)?;
    let limit: u32 = match enc_name.as_str() {
        "utf-8" => return Ok(ops::new_bytes(s.as_bytes().to_vec())),
        "ascii" => 0x80,
        "latin-1" => 0x100,
        _ => {
            return Err(vm.raise(
                rt().excs.lookup_error,
                format!("unknown encoding: {}", ops::str_of(enc)),
            ))
        }
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let n = c as u32;
        if n < limit {
            out.push(n as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            _ => {
                let cname = if limit == 0x80 { "ascii" } else { "latin-1" };
                let esc = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                return Err(vm.raise(
                    rt().excs.unicode_encode_error,
                    format!("'{cname}' codec can't encode character '{esc}' in position {i}: ordinal not in range({limit})"),
                ));
            }
        }
    }
    Ok(ops::new_bytes(out))
}

/// A normalised encoding name ("utf-8", "ascii", "latin-1", or the name as given).
fn encoding_name(vm: &mut Vm, enc: Value, fname: &str) -> PyResult<String> {
    if enc.is_null() {
        return Ok("utf-8".into());
    }
    if !is_str(enc) {
        return Err(vm.type_error(format!(
            "{fname}() argument 'encoding' must be str, not {}",
            ops::type_name(enc)
        )));
    }
    let n = ops::str_of(enc).to_ascii_lowercase().replace('_', "-");
    Ok(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" => "utf-8".into(),
        "ascii" | "us-ascii" | "646" => "ascii".into(),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "latin" => "latin-1".into(),
        _ => n,
    })
}

fn error_mode(vm: &mut Vm, errors: Value, fname: &str) -> PyResult<&'static str> {
    if errors.is_null() {
        return Ok("strict");
    }
    if !is_str(errors) {
        return Err(vm.type_error(format!(
            "{fname}() argument 'errors' must be str, not {}",
            ops::type_name(errors)
        )));
    }
    Ok(match ops::str_of(errors) {
        "ignore" => "ignore",
        "replace" => "replace",
        _ => "strict",
    })
}

// ---- methods ---------------------------------------------------------------------------

fn dunder_len(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let b = recv_bytes(vm, recv, "__len__")?;
    no_args(vm, a, "bytes.__len__")?;
    Ok(int(b.len() as i64))
}

pub(crate) fn decode(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let b = recv_bytes(vm, recv, "decode")?;
    let mut p = [Value::NULL; 2];
    bind(vm, a, "decode", &["encoding", "errors"], 0, &mut p)?;
    let enc = encoding_name(vm, p[0], "decode")?;
    let errors = error_mode(vm, p[1], "decode")?;
    let s = match enc.as_str() {
        "utf-8" => match std::str::from_utf8(b) {
            Ok(s) => s.to_string(),
            Err(e) => match errors {
                "replace" => String::from_utf8_lossy(b).into_owned(),
                "ignore" => utf8_ignoring(b),
                _ => {
                    let pos = e.valid_up_to();
                    let reason = match e.error_len() {
                        None => "unexpected end of data",
                        Some(_) if !(0xc2..=0xf4).contains(&b[pos]) => "invalid start byte",
                        Some(_) => "invalid continuation byte",
                    };
                    let msg = match e.error_len() {
                        None if b.len() - pos > 1 => format!(
                            "'utf-8' codec can't decode bytes in position {pos}-{}: {reason}",
                            b.len() - 1
                        ),
                        _ => format!(
                            "'utf-8' codec can't decode byte 0x{:02x} in position {pos}: {reason}",
                            b[pos]
                        ),
                    };
                    return Err(vm.raise(rt().excs.unicode_decode_error, msg));
                }
            },
        },
        "latin-1" => b.iter().map(|&c| c as char).collect(),
        "ascii" => {
            let mut s = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    s.push(c as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => s.push('\u{fffd}'),
                        _ => {
                            return Err(vm.raise(
                                rt().excs.unicode_decode_error,
                                format!("'ascii' codec can't decode byte 0x{c:02x} in position {i}: ordinal not in range(128)"),
                            ))
                        }
                    }
                }
            }
            s
        }
        _ => {
            return Err(vm.raise(
                rt().excs.lookup_error,
                format!("unknown encoding: {}", ops::str_of(p[0])),
            ))
        }
    };
    Ok(ops::new_string(s))
}

/// UTF-8 decoding that drops invalid sequences (errors="ignore").
fn utf8_ignoring(mut b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len());
    loop {
        match std::str::from_utf8(b) {
            Ok(t) => {
                s.push_str(t);
                return s;
            }
            Err(e) => {
                let ok = e.valid_up_to();
                // SAFETY: from_utf8 vouched for the first `ok` bytes.
                s.push_str(unsafe { std::str::from_utf8_unchecked(&b[..ok]) });
                match e.error_len() {
                    Some(n) => b = &b[ok + n..],
                    None => return s,
                }
            }
        }
    }
}

pub(crate) fn hex(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let b = recv_bytes(vm, recv, "hex")?;
    no_args(vm, a, "bytes.hex")?;
    let mut s = String::with_capacity(2 * b.len());
    for &c in b {
        let _ = std::fmt::Write::write_fmt(&mut s, format_args!("{c:02x}"));
    }
    Ok(ops::new_string(s))
}

pub(crate) fn fromhex(vm: &mut Vm, _cls: Value, a: &Args) -> R {
    let x = one_arg(vm, a, "fromhex")?;
    if !is_str(x) {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            ops::type_name(x)
        )));
    }
    let s = ops::str_of(x).as_bytes();
    let mut out = Vec::with_capacity(s.len() / 2);
    let mut i = 0;
    while i < s.len() {
        if s[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let digit = |c: u8| (c as char).to_digit(16);
        let bad = |vm: &mut Vm, at: usize| {
            vm.raise(
                rt().excs.value_error,
                format!("non-hexadecimal number found in fromhex() arg at position {at}"),
            )
        };
        let Some(hi) = digit(s[i]) else {
            return Err(bad(vm, i));
        };
        let Some(lo) = s.get(i + 1).and_then(|&c| digit(c)) else {
            return Err(bad(vm, i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(ops::new_bytes(out))
}

/// The needle of find/index/count: bytes, or an int byte value.
fn needle(vm: &mut Vm, x: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(x) {
        return Ok(b.into_owned());
    }
    if ops::is_int(x) {
        return Ok(vec![byte_value(vm, x)?]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        ops::type_name(x)
    )))
}

/// find/rfind/index/rindex: the position, or None.
fn search(vm: &mut Vm, recv: Value, a: &Args, name: &str, rev: bool) -> PyResult<Option<usize>> {
    let b = recv_bytes(vm, recv, name)?;
    check_pos(vm, a, name, 1, 3)?;
    let sub = needle(vm, a.pos[0])?;
    let start = opt_index(vm, a.pos.get(1).copied())?;
    let end = opt_index(vm, a.pos.get(2).copied())?;
    let (st, en) = adjust(start, end, b.len() as i64);
    Ok(if rev {
        rfind_sub(b, &sub, st, en)
    } else {
        find_sub(b, &sub, st, en)
    })
}

pub(crate) fn find(vm: &mut Vm, recv: Value, a: &Args) -> R {
    Ok(int(
        search(vm, recv, a, "find", false)?.map_or(-1, |p| p as i64)
    ))
}
pub(crate) fn rfind(vm: &mut Vm, recv: Value, a: &Args) -> R {
    Ok(int(
        search(vm, recv, a, "rfind", true)?.map_or(-1, |p| p as i64)
    ))
}
pub(crate) fn index(vm: &mut Vm, recv: Value, a: &Args) -> R {
    match search(vm, recv, a, "index", false)? {
        Some(p) => Ok(int(p as i64)),
        None => Err(vm.raise_msg(rt().excs.value_error, "subsection not found")),
    }
}
pub(crate) fn rindex(vm: &mut Vm, recv: Value, a: &Args) -> R {
    match search(vm, recv, a, "rindex", true)? {
        Some(p) => Ok(int(p as i64)),
        None => Err(vm.raise_msg(rt().excs.value_error, "subsection not found")),
    }
}

pub(crate) fn count(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let b = recv_bytes(vm, recv, "count")?;
    check_pos(vm, a, "count", 1, 3)?;
    let sub = needle(vm, a.pos[0])?;
    let start = opt_index(vm, a.pos.get(1).copied())?;
    let end = opt_index(vm, a.pos.get(2).copied())?;
    let (st, en) = adjust(start, end, b.len() as i64);
    if st > en {
        return Ok(int(0));
    }
    if sub.is_empty() {
        return Ok(int((en - st + 1) as i64));
    }
    let (mut n, mut at) = (0, st);
    while let Some(p) = find_sub(b, &sub, at, en) {
        n += 1;
        at = p + sub.len();
    }
    Ok(int(n))
}

fn tail_match(vm: &mut Vm, recv: Value, a: &Args, name: &str, at_end: bool) -> R {
    let b = recv_bytes(vm, recv, name)?;
    check_pos(vm, a, name, 1, 3)?;
    let start = opt_index(vm, a.pos.get(1).copied())?;
    let end = opt_index(vm, a.pos.get(2).copied())?;
    let (st, en) = adjust(start, end, b.len() as i64);
    let check = |p: &[u8]| -> bool {
        if st > en || en - st < p.len() {
            return false;
        }
        let hay = &b[st..en];
        if at_end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    let x = a.pos[0];
    if let Some(p) = bytes_like(x) {
        return Ok(Value::bool(check(&p)));
    }
    if let Some(t) = x.get::<TupleObj>() {
        for &e in t.items.iter() {
            let p = bytes_arg(vm, e)?;
            if check(&p) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    Err(vm.type_error(format!(
        "{name} first arg must be bytes or a tuple of bytes, not {}",
        ops::type_name(x)
    )))
}
pub(crate) fn startswith(vm: &mut Vm, recv: Value, a: &Args) -> R {
    tail_match(vm, recv, a, "startswith", false)
}
pub(crate) fn endswith(vm: &mut Vm, recv: Value, a: &Args) -> R {
    tail_match(vm, recv, a, "endswith", true)
}

pub(crate) fn split(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let b = recv_bytes(vm, recv, "split")?;
    let mut p = [Value::NULL; 2];
    bind(vm, a, "split", &["sep", "maxsplit"], 0, &mut p)?;
    let maxsplit = if p[1].is_null() {
        -1
    } else {
        index_i64(vm, p[1])?
    };
    let mut parts: Vec<&[u8]> = Vec::new();
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    if p[0].is_null() || p[0].is_none() {
        // Runs of ASCII whitespace separate; none at either end.
        let mut rest = b.trim_ascii_start();
        while !rest.is_empty() {
            if left == 0 {
                parts.push(rest.trim_ascii_end());
                break;
            }
            let end = rest
                .iter()
                .position(|c| c.is_ascii_whitespace() || *c == 0x0b)
                .unwrap_or(rest.len());
            parts.push(&rest[..end]);
            rest = rest[end..].trim_ascii_start();
            left -= 1;
        }
    } else {
        let sep = bytes_arg(vm, p[0])?;
        if sep.is_empty() {
            return Err(vm.raise_msg(rt().excs.value_error, "empty separator"));
        }
        let mut at = 0;
        while left > 0 {
            match find_sub(b, &sep, at, b.len()) {
                Some(q) => {
                    parts.push(&b[at..q]);
                    at = q + sep.len();
                    left -= 1;
                }
                None => break,
            }
        }
        parts.push(&b[at..]);
    }
    let items = parts
        .into_iter()
        .map(|s| ops::new_bytes(s.to_vec()))
        .collect();
    Ok(ops::new_list(items))
}

pub(crate) fn join(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let sep = recv_bytes(vm, recv, "join")?;
    let x = one_arg(vm, a, "bytes.join")?;
    let items = ops::collect_iterable(vm, x)?;
    let mut out = Vec::new();
    for (i, &it) in items.iter().enumerate() {
        let Some(part) = bytes_like(it) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                ops::type_name(it)
            )));
        };
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(&part);
    }
    Ok(ops::new_bytes(out))
}

fn strip_with(vm: &mut Vm, recv: Value, a: &Args, name: &str, left: bool, right: bool) -> R {
    let b = recv_bytes(vm, recv, name)?;
    check_pos(vm, a, name, 0, 1)?;
    let chars: Option<Cow<[u8]>> = match a.pos.first() {
        None => None,
        Some(&c) if c.is_none() => None,
        Some(&c) => Some(bytes_arg(vm, c)?),
    };
    let chars = chars.as_deref();
    let strip = |c: &u8| match chars {
        None => c.is_ascii_whitespace() || *c == 0x0b,
        Some(set) => set.contains(c),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && strip(&b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(&b[e - 1]) {
            e -= 1;
        }
    }
    Ok(ops::new_bytes(b[s..e].to_vec()))
}
pub(crate) fn strip(vm: &mut Vm, recv: Value, a: &Args) -> R {
    strip_with(vm, recv, a, "strip", true, true)
}
pub(crate) fn lstrip(vm: &mut Vm, recv: Value, a: &Args) -> R {
    strip_with(vm, recv, a, "lstrip", true, false)
}
pub(crate) fn rstrip(vm: &mut Vm, recv: Value, a: &Args) -> R {
    strip_with(vm, recv, a, "rstrip", false, true)
}

pub(crate) fn replace(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let b = recv_bytes(vm, recv, "replace")?;
    check_pos(vm, a, "replace", 2, 3)?;
    let old = bytes_arg(vm, a.pos[0])?;
    let new = bytes_arg(vm, a.pos[1])?;
    let (old, new): (&[u8], &[u8]) = (&old, &new);
    let mut left = match a.pos.get(2) {
        Some(&n) => {
            let n = index_i64(vm, n)?;
            if n < 0 {
                usize::MAX
            } else {
                n as usize
            }
        }
        None => usize::MAX,
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        // Insert `new` before every byte and at the end, up to the count.
        for &c in b {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(c);
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return Ok(ops::new_bytes(out));
    }
    let mut at = 0;
    while left > 0 {
        match find_sub(b, old, at, b.len()) {
            Some(q) => {
                out.extend_from_slice(&b[at..q]);
                out.extend_from_slice(new);
                at = q + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[at..]);
    Ok(ops::new_bytes(out))
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of `frm` to the
/// byte of `to` at the same position.
fn maketrans(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "maketrans", 2, 2)?;
    let frm = bytes_arg(vm, a.pos[0])?;
    let to = bytes_arg(vm, a.pos[1])?;
    let (frm, to): (&[u8], &[u8]) = (&frm, &to);
    if frm.len() != to.len() {
        return Err(vm.raise_msg(
            rt().excs.value_error,
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(ops::new_bytes(table))
}

/// `b.translate(table, delete=b'')`: bytes in `delete` removed, the rest mapped through
/// `table` (256 bytes, or None for no mapping).
pub(crate) fn translate(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let b = recv_bytes(vm, recv, "translate")?;
    let mut p = [Value::NULL; 2];
    bind(vm, a, "translate", &["table", "delete"], 1, &mut p)?;
    let table = if p[0].is_none() {
        None
    } else {
        let t = bytes_arg(vm, p[0])?;
        if t.len() != 256 {
            return Err(vm.raise_msg(
                rt().excs.value_error,
                "translation table must be 256 characters long",
            ));
        }
        Some(t)
    };
    let delete: Cow<[u8]> = if p[1].is_null() {
        Cow::Borrowed(b"")
    } else {
        bytes_arg(vm, p[1])?
    };
    let out = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_deref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(ops::new_bytes(out))
}

fn map_bytes(vm: &mut Vm, recv: Value, a: &Args, name: &str, f: fn(&u8) -> u8) -> R {
    let b = recv_bytes(vm, recv, name)?;
    no_args(vm, a, format_args!("bytes.{name}"))?;
    Ok(ops::new_bytes(b.iter().map(f).collect()))
}
pub(crate) fn upper(vm: &mut Vm, recv: Value, a: &Args) -> R {
    map_bytes(vm, recv, a, "upper", u8::to_ascii_uppercase)
}
pub(crate) fn lower(vm: &mut Vm, recv: Value, a: &Args) -> R {
    map_bytes(vm, recv, a, "lower", u8::to_ascii_lowercase)
}

/// `is*` tests: true when non-empty and every byte passes.
fn test_all(vm: &mut Vm, recv: Value, a: &Args, name: &str, f: fn(&u8) -> bool) -> R {
    let b = recv_bytes(vm, recv, name)?;
    no_args(vm, a, format_args!("bytes.{name}"))?;
    Ok(Value::bool(!b.is_empty() && b.iter().all(f)))
}
pub(crate) fn isdigit(vm: &mut Vm, recv: Value, a: &Args) -> R {
    test_all(vm, recv, a, "isdigit", u8::is_ascii_digit)
}
pub(crate) fn isalpha(vm: &mut Vm, recv: Value, a: &Args) -> R {
    test_all(vm, recv, a, "isalpha", u8::is_ascii_alphabetic)
}
pub(crate) fn isalnum(vm: &mut Vm, recv: Value, a: &Args) -> R {
    test_all(vm, recv, a, "isalnum", u8::is_ascii_alphanumeric)
}
pub(crate) fn isspace(vm: &mut Vm, recv: Value, a: &Args) -> R {
    test_all(vm, recv, a, "isspace", |c| {
        c.is_ascii_whitespace() || *c == 0x0b
    })
}
/// isupper/islower: at least one cased byte, and none of the other case.
fn cased(vm: &mut Vm, recv: Value, a: &Args, name: &str, upper: bool) -> R {
    let b = recv_bytes(vm, recv, name)?;
    no_args(vm, a, format_args!("bytes.{name}"))?;
    let (want, other): (fn(&u8) -> bool, fn(&u8) -> bool) = if upper {
        (u8::is_ascii_uppercase, u8::is_ascii_lowercase)
    } else {
        (u8::is_ascii_lowercase, u8::is_ascii_uppercase)
    };
    Ok(Value::bool(b.iter().any(want) && !b.iter().any(other)))
}
pub(crate) fn isupper(vm: &mut Vm, recv: Value, a: &Args) -> R {
    cased(vm, recv, a, "isupper", true)
}
pub(crate) fn islower(vm: &mut Vm, recv: Value, a: &Args) -> R {
    cased(vm, recv, a, "islower", false)
}
