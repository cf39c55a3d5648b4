//! The native `binascii` module (base64 and hex conversions with CPython's messages
//! and its `Error`, a ValueError) and `_base64`, the byte loops of runtime/lib/base64.py
//! (base32 and the base85 family) that would be slow in Python.

use super::*;

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub(crate) fn install() {
    let (_, d) = new_module("binascii");
    let error = rt::new_class("Error", &[rt().excs.value_error], Layout::Exception);
    error.cast::<ClassObj>().module = rt::intern("binascii");
    set_str_key(d, "Error", error);
    rt().extra_roots.lock().push(error);
    ERROR.set(error).ok();
    for (n, f) in [
        ("b2a_base64", b2a_base64 as NativeFn),
        ("a2b_base64", a2b_base64),
        ("b2a_hex", b2a_hex),
        ("hexlify", b2a_hex),
        ("a2b_hex", a2b_hex),
        ("unhexlify", a2b_hex),
    ] {
        add_fn(d, n, f);
    }
    let (_, d) = new_module("_base64");
    add_fn(d, "b32encode", b32encode);
    add_fn(d, "b32decode", b32decode);
    add_fn(d, "encode85", encode85);
    add_fn(d, "a85decode", a85decode);
    add_fn(d, "b85decode", b85decode);
}

static ERROR: std::sync::OnceLock<Value> = std::sync::OnceLock::new();

fn error(vm: &mut Vm, msg: String) -> Raised {
    vm.raise(*ERROR.get().expect("binascii installed"), msg)
}

/// A bytes argument (CPython's "a bytes-like object is required, not 'str'").
fn data_arg(vm: &mut Vm, v: Value) -> PyResult<std::borrow::Cow<'static, [u8]>> {
    super::bytes::bytes_arg(vm, v)
}

/// An ASCII-string-or-bytes argument of the decoders.
fn ascii_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if is_str(v) {
        let s = ops::str_of(v);
        if !s.is_ascii() {
            return Err(vm.raise_msg(
                rt().excs.value_error,
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(s.as_bytes().to_vec());
    }
    match super::bytes::bytes_of(v) {
        Some(b) => Ok(b.to_vec()),
        None => Err(vm.type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            ops::type_name(v)
        ))),
    }
}

fn b2a_base64(vm: &mut Vm, _: Value, a: &Args) -> R {
    let mut p = [Value::NULL; 2];
    bind(vm, a, "b2a_base64", &["data", "newline"], 1, &mut p)?;
    let data = data_arg(vm, p[0])?;
    let data: &[u8] = &data;
    let newline = p[1].is_null() || ops::truthy(vm, p[1])?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(ops::new_bytes(out))
}

fn b64_value(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// `a2b_base64(data, *, strict_mode=False)`: CPython's decoder. Characters outside the
/// alphabet are skipped (an error in strict mode); a complete pad sequence ends the
/// data; bytes are produced as each character completes one.
fn a2b_base64(vm: &mut Vm, _: Value, a: &Args) -> R {
    let mut p = [Value::NULL; 2];
    bind(vm, a, "a2b_base64", &["data", "strict_mode"], 1, &mut p)?;
    let data = ascii_arg(vm, p[0])?;
    let strict = !p[1].is_null() && ops::truthy(vm, p[1])?;
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed".into()));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad, mut pads, mut left, mut padding_started) = (0, 0, 0u8, false);
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && quad == 0 {
                return Err(error(vm, "Excess padding not allowed".into()));
            }
            pads += 1;
            if quad >= 2 && quad + pads >= 4 {
                if strict && i + 1 < data.len() {
                    return Err(error(vm, "Excess data after padding".into()));
                }
                return Ok(ops::new_bytes(out));
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed".into()));
            }
            continue;
        };
        let v = v as u8;
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed".into()));
        }
        pads = 0;
        match quad {
            0 => {
                left = v;
                quad = 1;
            }
            1 => {
                out.push(left << 2 | v >> 4);
                left = v & 0x0f;
                quad = 2;
            }
            2 => {
                out.push(left << 4 | v >> 2);
                left = v & 0x03;
                quad = 3;
            }
            _ => {
                out.push(left << 6 | v);
                quad = 0;
            }
        }
    }
    match quad {
        0 => Ok(ops::new_bytes(out)),
        1 => {
            let n = out.len() / 3 * 4 + 1;
            Err(error(
                vm,
                format!("Invalid base64-encoded string: number of data characters ({n}) cannot be 1 more than a multiple of 4"),
            ))
        }
        _ => Err(error(vm, "Incorrect padding".into())),
    }
}

fn b2a_hex(vm: &mut Vm, _: Value, a: &Args) -> R {
    let x = one_arg(vm, a, "b2a_hex")?;
    let data = data_arg(vm, x)?;
    let data: &[u8] = &data;
    let mut out = Vec::with_capacity(2 * data.len());
    for &c in data {
        out.push(b"0123456789abcdef"[(c >> 4) as usize]);
        out.push(b"0123456789abcdef"[(c & 15) as usize]);
    }
    Ok(ops::new_bytes(out))
}

fn a2b_hex(vm: &mut Vm, _: Value, a: &Args) -> R {
    let x = one_arg(vm, a, "a2b_hex")?;
    let data = ascii_arg(vm, x)?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string".into()));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        let d = |c: u8| (c as char).to_digit(16);
        match (d(pair[0]), d(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found".into())),
        }
    }
    Ok(ops::new_bytes(out))
}

/// `_base64.b32encode(data, alphabet)`: RFC 4648 base32 with `=` padding.
fn b32encode(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "b32encode", 2, 2)?;
    let data = data_arg(vm, a.pos[0])?;
    let data: &[u8] = &data;
    let alphabet = data_arg(vm, a.pos[1])?;
    let alphabet: &[u8] = &alphabet;
    let mut out = Vec::with_capacity(data.len().div_ceil(5) * 8);
    for chunk in data.chunks(5) {
        let mut buf = [0u8; 5];
        buf[..chunk.len()].copy_from_slice(chunk);
        let n = buf.iter().fold(0u64, |acc, &b| acc << 8 | b as u64);
        let used = (chunk.len() * 8).div_ceil(5);
        for k in 0..8 {
            if k < used {
                out.push(alphabet[(n >> (35 - 5 * k) & 31) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    Ok(ops::new_bytes(out))
}

/// `_base64.b32decode(data, alphabet)`: `data` already case-folded and mapped; raises
/// binascii.Error for bad length, padding or characters, as CPython's base64.
fn b32decode(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "b32decode", 2, 2)?;
    let data = data_arg(vm, a.pos[0])?;
    let data: &[u8] = &data;
    let alphabet = data_arg(vm, a.pos[1])?;
    let alphabet: &[u8] = &alphabet;
    if data.len() % 8 != 0 {
        return Err(error(vm, "Incorrect padding".into()));
    }
    let body_len = data.iter().rposition(|&c| c != b'=').map_or(0, |p| p + 1);
    let padchars = data.len() - body_len;
    let mut out = Vec::with_capacity(data.len() / 8 * 5);
    for chunk in data[..body_len].chunks(8) {
        let mut n = 0u64;
        for &c in chunk {
            let Some(v) = alphabet.iter().position(|&x| x == c) else {
                return Err(error(vm, "Non-base32 digit found".into()));
            };
            n = n << 5 | v as u64;
        }
        n <<= 5 * (8 - chunk.len());
        out.extend_from_slice(&n.to_be_bytes()[3..]);
    }
    if padchars > 0 {
        let keep = match padchars {
            1 => 4,
            3 => 3,
            4 => 2,
            6 => 1,
            _ => return Err(error(vm, "Incorrect padding".into())),
        };
        let drop = 5 - keep;
        if out.len() < drop {
            return Err(error(vm, "Incorrect padding".into()));
        }
        out.truncate(out.len() - drop);
    }
    Ok(ops::new_bytes(out))
}

/// `_base64.encode85(data, chars, pad, foldnuls, foldspaces)`: base85 in groups of 4
/// bytes to 5 characters of `chars` (85 of them); a short last group is padded with
/// NULs and, unless `pad`, its extra characters dropped; all-NUL groups become `z`
/// and all-space ones `y` when asked (Ascii85).
fn encode85(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "encode85", 5, 5)?;
    let data = data_arg(vm, a.pos[0])?;
    let data: &[u8] = &data;
    let chars = data_arg(vm, a.pos[1])?;
    let chars: &[u8] = &chars;
    let pad = ops::truthy(vm, a.pos[2])?;
    let foldnuls = ops::truthy(vm, a.pos[3])?;
    let foldspaces = ops::truthy(vm, a.pos[4])?;
    let mut out = Vec::with_capacity(data.len().div_ceil(4) * 5);
    for chunk in data.chunks(4) {
        let mut buf = [0u8; 4];
        buf[..chunk.len()].copy_from_slice(chunk);
        let word = u32::from_be_bytes(buf);
        let full = chunk.len() == 4 || pad;
        if foldnuls && word == 0 && full {
            out.push(b'z');
            continue;
        }
        if foldspaces && word == 0x2020_2020 && full {
            out.push(b'y');
            continue;
        }
        let mut digits = [0u8; 5];
        let mut w = word;
        for d in digits.iter_mut().rev() {
            *d = chars[(w % 85) as usize];
            w /= 85;
        }
        let keep = if full { 5 } else { chunk.len() + 1 };
        out.extend_from_slice(&digits[..keep]);
    }
    Ok(ops::new_bytes(out))
}

fn value_error(vm: &mut Vm, msg: String) -> Raised {
    vm.raise(rt().excs.value_error, msg)
}

/// `_base64.a85decode(data, foldspaces, ignorechars)`: Ascii85 groups of 5 characters
/// `!`..`u` to 4 bytes, `z` (and `y` with foldspaces) for whole groups, ignored
/// characters skipped; a short last group is padded with `u` and its extra bytes
/// dropped. CPython's ValueError messages.
fn a85decode(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "a85decode", 3, 3)?;
    let data = data_arg(vm, a.pos[0])?;
    let data: &[u8] = &data;
    let foldspaces = ops::truthy(vm, a.pos[1])?;
    let ignore = data_arg(vm, a.pos[2])?;
    let ignore: &[u8] = &ignore;
    let mut out = Vec::with_capacity(data.len() / 5 * 4);
    let mut group: Vec<u8> = Vec::with_capacity(5);
    let word = |g: &[u8]| g.iter().fold(0u64, |acc, &c| acc * 85 + (c - 33) as u64);
    for &c in data {
        match c {
            b'!'..=b'u' => {
                group.push(c);
                if group.len() == 5 {
                    let w = word(&group);
                    if w > u32::MAX as u64 {
                        return Err(value_error(vm, "Ascii85 overflow".into()));
                    }
                    out.extend_from_slice(&(w as u32).to_be_bytes());
                    group.clear();
                }
            }
            b'z' => {
                if !group.is_empty() {
                    return Err(value_error(vm, "z inside Ascii85 5-tuple".into()));
                }
                out.extend_from_slice(&[0; 4]);
            }
            b'y' if foldspaces => {
                if !group.is_empty() {
                    return Err(value_error(vm, "y inside Ascii85 5-tuple".into()));
                }
                out.extend_from_slice(b"    ");
            }
            _ if ignore.contains(&c) => {}
            _ => {
                return Err(value_error(
                    vm,
                    format!("Non-Ascii85 digit found: {}", c as char),
                ))
            }
        }
    }
    if !group.is_empty() {
        let padding = 5 - group.len();
        group.resize(5, b'u');
        let w = word(&group);
        if w > u32::MAX as u64 {
            return Err(value_error(vm, "Ascii85 overflow".into()));
        }
        let bytes = (w as u32).to_be_bytes();
        out.extend_from_slice(&bytes[..4 - padding]);
    }
    Ok(ops::new_bytes(out))
}

/// `_base64.b85decode(data, chars)`: base85 (RFC 1924 alphabet `chars`), groups of 5
/// characters to 4 bytes, a short last group padded with the last character and its
/// extra bytes dropped. CPython's ValueError messages.
fn b85decode(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "b85decode", 2, 2)?;
    let data = data_arg(vm, a.pos[0])?;
    let data: &[u8] = &data;
    let chars = data_arg(vm, a.pos[1])?;
    let chars: &[u8] = &chars;
    let mut table = [u8::MAX; 256];
    for (i, &c) in chars.iter().enumerate() {
        table[c as usize] = i as u8;
    }
    let padding = (5 - data.len() % 5) % 5;
    let mut padded = data.to_vec();
    padded.resize(data.len() + padding, b'~');
    let mut out = Vec::with_capacity(padded.len() / 5 * 4);
    for (k, chunk) in padded.chunks(5).enumerate() {
        let mut acc: u64 = 0;
        for (j, &c) in chunk.iter().enumerate() {
            let v = table[c as usize];
            if v == u8::MAX {
                return Err(value_error(
                    vm,
                    format!("bad base85 character at position {}", k * 5 + j),
                ));
            }
            acc = acc * 85 + v as u64;
        }
        if acc > u32::MAX as u64 {
            return Err(value_error(
                vm,
                format!("base85 overflow in hunk starting at byte {}", k * 5),
            ));
        }
        out.extend_from_slice(&(acc as u32).to_be_bytes());
    }
    out.truncate(out.len() - padding);
    Ok(ops::new_bytes(out))
}
