//! The native `_struct` module: pack, unpack, unpack_from, iter_unpack and calcsize
//! over CPython's format language (byte orders `@ = < > !`, native sizes and alignment
//! for `@`, standard sizes otherwise; codes `x c b B ? h H i I l L q Q n N e f d s p P`)
//! with `struct.error` and CPython's messages. runtime/lib/struct.py adds `Struct`.

use super::*;

pub(crate) fn install() {
    let (_, d) = new_module("_struct");
    let error = rt::new_class("error", &[rt().excs.exception], Layout::Exception);
    error.cast::<ClassObj>().module = rt::intern("struct");
    set_str_key(d, "error", error);
    rt().extra_roots.lock().push(error);
    ERROR.set(error).ok();
    for (n, f) in [
        ("pack", pack as NativeFn),
        ("unpack", unpack),
        ("unpack_from", unpack_from),
        ("iter_unpack", iter_unpack),
        ("calcsize", calcsize),
    ] {
        add_fn(d, n, f);
    }
}

static ERROR: std::sync::OnceLock<Value> = std::sync::OnceLock::new();

fn error(vm: &mut Vm, msg: impl Into<String>) -> Raised {
    vm.raise(*ERROR.get().expect("_struct installed"), msg.into())
}

/// One parsed item: a code, how many (or, for `s`/`p`, the length), where it starts.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
}

struct Format {
    little: bool,
    native: bool,
    items: Vec<Item>,
    size: usize,
    /// Values pack takes / unpack gives.
    nvalues: usize,
}

/// (size, alignment) of `code` in native (`@`) or standard mode; None: not a code.
fn code_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse(vm: &mut Vm, fmt: &[u8]) -> PyResult<Format> {
    let (mut little, mut native, mut rest) = (cfg!(target_endian = "little"), true, fmt);
    if let Some(&c) = fmt.first() {
        match c {
            b'@' => rest = &fmt[1..],
            b'=' => (native, rest) = (false, &fmt[1..]),
            b'<' => (little, native, rest) = (true, false, &fmt[1..]),
            b'>' | b'!' => (little, native, rest) = (false, false, &fmt[1..]),
            _ => {}
        }
    }
    let mut items = Vec::new();
    let (mut size, mut nvalues, mut i) = (0usize, 0usize, 0usize);
    while i < rest.len() {
        let c = rest[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let start = i;
            while i < rest.len() && rest[i].is_ascii_digit() {
                i += 1;
            }
            count = match std::str::from_utf8(&rest[start..i])
                .ok()
                .and_then(|s| s.parse().ok())
            {
                Some(n) => n,
                None => return Err(error(vm, "total struct size too long")),
            };
            if i >= rest.len() {
                return Err(error(vm, "repeat count given without format specifier"));
            }
        }
        let code = rest[i];
        i += 1;
        let Some(sz) = code_size(code, native) else {
            return Err(error(vm, "bad char in struct format"));
        };
        if native && sz > 1 {
            size = size.div_ceil(sz) * sz;
        }
        let bytes = match code {
            b's' | b'p' => count,
            _ => count.checked_mul(sz).unwrap_or(usize::MAX),
        };
        items.push(Item {
            code,
            count,
            offset: size,
        });
        size = match size.checked_add(bytes) {
            Some(s) if s <= isize::MAX as usize => s,
            _ => return Err(error(vm, "total struct size too long")),
        };
        nvalues += match code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
    }
    Ok(Format {
        little,
        native,
        items,
        size,
        nvalues,
    })
}

fn format_arg(vm: &mut Vm, v: Value) -> PyResult<Format> {
    if is_str(v) {
        return parse(vm, ops::str_of(v).as_bytes());
    }
    if let Some(b) = super::bytes::bytes_of(v) {
        return parse(vm, b);
    }
    Err(vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        ops::type_name(v)
    )))
}

fn calcsize(vm: &mut Vm, _: Value, a: &Args) -> R {
    let f = one_arg(vm, a, "calcsize")?;
    Ok(int(format_arg(vm, f)?.size as i64))
}

// ---- packing --------------------------------------------------------------------

/// An integer argument as i128 (None: beyond 128 bits, surely out of range).
fn int_arg(vm: &mut Vm, v: Value) -> PyResult<Option<i128>> {
    let v = if ops::is_int(v) {
        v
    } else if let Some(r) = if ops::is_user_obj(v) {
        ops::user_index(vm, v)?
    } else {
        None
    } {
        r
    } else {
        return Err(error(vm, "required argument is not an integer"));
    };
    if v.is_bool() {
        return Ok(Some((v == Value::TRUE) as i128));
    }
    if let Some(i) = ops::as_i64(v) {
        return Ok(Some(i as i128));
    }
    Ok(ops::to_bigint(v).and_then(|b| num_traits::ToPrimitive::to_i128(&b)))
}

/// The range check of integer code `code` (`size` bytes): CPython's messages.
fn check_int(vm: &mut Vm, code: u8, size: usize, x: Option<i128>) -> PyResult<i128> {
    let unsigned = code.is_ascii_uppercase();
    let out_of_range = |vm: &mut Vm| error(vm, "argument out of range");
    let Some(x) = x else {
        return Err(out_of_range(vm));
    };
    // The conversion CPython makes first: to a C long, or an unsigned long for the
    // unsigned codes of 4 or more bytes.
    let wide_unsigned = unsigned && size >= 4;
    if (wide_unsigned && (x < 0 || x > u64::MAX as i128))
        || (!wide_unsigned && (x < i64::MIN as i128 || x > i64::MAX as i128))
    {
        return Err(out_of_range(vm));
    }
    if size >= 8 {
        return Ok(x);
    }
    let bits = 8 * size as u32;
    let (lo, hi) = if unsigned {
        (0i128, (1i128 << bits) - 1)
    } else {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    };
    if x < lo || x > hi {
        let what = match code {
            b'b' => "byte format".to_string(),
            b'B' => "ubyte format".to_string(),
            b'h' => "short format".to_string(),
            b'H' => "ushort format".to_string(),
            c => format!("'{}' format", c as char),
        };
        return Err(error(vm, format!("{what} requires {lo} <= number <= {hi}")));
    }
    Ok(x)
}

fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if let Some(x) = super::to_f64(vm, v)? {
        return Ok(x);
    }
    if ops::is_user_obj(v) {
        if let Some(x) = ops::user_float(vm, v)? {
            return Ok(x);
        }
    }
    Err(error(vm, "required argument is not a float"))
}

/// IEEE 754 binary16 bits of `x` (round half to even), None if it overflows.
fn f64_to_f16_bits(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // The largest finite half is 65504; values from 65520 up round to infinity.
    if a >= 65520.0 {
        return None;
    }
    if a < 6.103515625e-05 {
        // Subnormal (or zero): multiples of 2^-24.
        let m = (a * (1u64 << 24) as f64).round_ties_even() as u16;
        return Some(sign | m);
    }
    let e = a.log2().floor() as i32;
    let (mut e, mut m) = (e, (a / 2f64.powi(e) - 1.0) * 1024.0);
    let mut mi = m.round_ties_even() as u32;
    if mi == 1024 {
        mi = 0;
        e += 1;
        m = 0.0;
    }
    let _ = m;
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | mi as u16)
}

fn f16_bits_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn put(out: &mut [u8], at: usize, x: u64, size: usize, little: bool) {
    for k in 0..size {
        let byte = (x >> (8 * k)) as u8;
        let pos = if little { at + k } else { at + size - 1 - k };
        out[pos] = byte;
    }
}

fn get(data: &[u8], at: usize, size: usize, little: bool) -> u64 {
    let mut x = 0u64;
    for k in 0..size {
        let pos = if little { at + k } else { at + size - 1 - k };
        x |= (data[pos] as u64) << (8 * k);
    }
    x
}

fn pack_into_vec(vm: &mut Vm, f: &Format, vals: &[Value]) -> PyResult<Vec<u8>> {
    if vals.len() != f.nvalues {
        return Err(error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                f.nvalues,
                vals.len()
            ),
        ));
    }
    let mut out = vec![0u8; f.size];
    let mut next = vals.iter().copied();
    for it in &f.items {
        match it.code {
            b'x' => {}
            b's' | b'p' => {
                let v = next.next().expect("counted");
                let Some(b) = v.get::<BytesObj>().map(|b| &b.data[..]) else {
                    return Err(error(
                        vm,
                        format!("argument for '{}' must be a bytes object", it.code as char),
                    ));
                };
                if it.code == b's' {
                    let n = b.len().min(it.count);
                    out[it.offset..it.offset + n].copy_from_slice(&b[..n]);
                } else if it.count > 0 {
                    let n = b.len().min(it.count - 1).min(255);
                    out[it.offset] = n as u8;
                    out[it.offset + 1..it.offset + 1 + n].copy_from_slice(&b[..n]);
                }
            }
            code => {
                let sz = code_size(code, f.native).expect("parsed");
                for k in 0..it.count {
                    let v = next.next().expect("counted");
                    let at = it.offset + k * sz;
                    match code {
                        b'c' => match v.get::<BytesObj>() {
                            Some(b) if b.data.len() == 1 => out[at] = b.data[0],
                            _ => {
                                return Err(error(
                                    vm,
                                    "char format requires a bytes object of length 1",
                                ))
                            }
                        },
                        b'?' => out[at] = ops::truthy(vm, v)? as u8,
                        b'e' => {
                            let x = float_arg(vm, v)?;
                            let Some(h) = f64_to_f16_bits(x) else {
                                return Err(vm.raise_msg(
                                    rt().excs.overflow_error,
                                    "float too large to pack with e format",
                                ));
                            };
                            put(&mut out, at, h as u64, 2, f.little);
                        }
                        b'f' => {
                            let x = float_arg(vm, v)?;
                            let y = x as f32;
                            if y.is_infinite() && x.is_finite() {
                                return Err(vm.raise_msg(
                                    rt().excs.overflow_error,
                                    "float too large to pack with f format",
                                ));
                            }
                            put(&mut out, at, y.to_bits() as u64, 4, f.little);
                        }
                        b'd' => {
                            let x = float_arg(vm, v)?;
                            put(&mut out, at, x.to_bits(), 8, f.little);
                        }
                        _ => {
                            let x = int_arg(vm, v)?;
                            let x = check_int(vm, code, sz, x)?;
                            put(&mut out, at, x as u64, sz, f.little);
                        }
                    }
                }
            }
        }
    }
    Ok(out)
}

fn pack(vm: &mut Vm, _: Value, a: &Args) -> R {
    let Some((&fv, vals)) = a.pos.split_first() else {
        return Err(vm.type_error("pack expected at least 1 argument, got 0".into()));
    };
    let f = format_arg(vm, fv)?;
    let out = pack_into_vec(vm, &f, vals)?;
    Ok(ops::new_bytes(out))
}

// ---- unpacking ------------------------------------------------------------------

fn unpack_items(f: &Format, data: &[u8]) -> Vec<Value> {
    let mut out = Vec::with_capacity(f.nvalues);
    for it in &f.items {
        match it.code {
            b'x' => {}
            b's' => out.push(ops::new_bytes(
                data[it.offset..it.offset + it.count].to_vec(),
            )),
            b'p' => {
                let n = if it.count == 0 {
                    0
                } else {
                    (data[it.offset] as usize).min(it.count - 1)
                };
                out.push(ops::new_bytes(
                    data[it.offset + 1..it.offset + 1 + n].to_vec(),
                ));
            }
            code => {
                let sz = code_size(code, f.native).expect("parsed");
                for k in 0..it.count {
                    let at = it.offset + k * sz;
                    let raw = get(data, at, sz, f.little);
                    out.push(match code {
                        b'c' => ops::new_bytes(vec![data[at]]),
                        b'?' => Value::bool(raw != 0),
                        b'e' => Value::float(f16_bits_to_f64(raw as u16)),
                        b'f' => Value::float(f32::from_bits(raw as u32) as f64),
                        b'd' => Value::float(f64::from_bits(raw)),
                        c if c.is_ascii_uppercase() => ops::new_i128(raw as i128),
                        _ => {
                            // Sign-extend from sz bytes.
                            let shift = 64 - 8 * sz as u32;
                            ops::new_int(((raw << shift) as i64) >> shift)
                        }
                    });
                }
            }
        }
    }
    out
}

fn buffer_arg(vm: &mut Vm, v: Value) -> PyResult<std::borrow::Cow<'static, [u8]>> {
    super::bytes::bytes_arg(vm, v)
}

fn unpack(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "unpack", 2, 2)?;
    let f = format_arg(vm, a.pos[0])?;
    let data = buffer_arg(vm, a.pos[1])?;
    let data: &[u8] = &data;
    if data.len() != f.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", f.size),
        ));
    }
    Ok(ops::new_tuple(unpack_items(&f, data)))
}

fn unpack_from(vm: &mut Vm, _: Value, a: &Args) -> R {
    let mut p = [Value::NULL; 3];
    bind(
        vm,
        a,
        "unpack_from",
        &["format", "buffer", "offset"],
        2,
        &mut p,
    )?;
    let f = format_arg(vm, p[0])?;
    let data = buffer_arg(vm, p[1])?;
    let data: &[u8] = &data;
    let mut offset = if p[2].is_null() {
        0
    } else {
        index_i64(vm, p[2])?
    };
    let len = data.len() as i64;
    if offset < 0 {
        if offset + len < 0 {
            return Err(error(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        offset += len;
    }
    if len - offset < f.size as i64 {
        return Err(error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                f.size as i64 + offset,
                f.size,
                offset,
                len
            ),
        ));
    }
    let start = offset as usize;
    Ok(ops::new_tuple(unpack_items(
        &f,
        &data[start..start + f.size],
    )))
}

/// iter_unpack: the tuples, as an iterator over a list made up front.
fn iter_unpack(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "iter_unpack", 2, 2)?;
    let f = format_arg(vm, a.pos[0])?;
    let data = buffer_arg(vm, a.pos[1])?;
    let data: &[u8] = &data;
    if f.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % f.size != 0 {
        return Err(error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                f.size
            ),
        ));
    }
    let tuples: Vec<Value> = data
        .chunks(f.size)
        .map(|c| ops::new_tuple(unpack_items(&f, c)))
        .collect();
    let l = ops::new_list(tuples);
    ops::get_iter(vm, l)
}
