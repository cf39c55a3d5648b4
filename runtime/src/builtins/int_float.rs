//! `int` and `float`: constructors (`int(x, base)`, `float(x)` with CPython's string
//! syntax and messages), int methods (bit_length, bit_count, conjugate,
//! as_integer_ratio), float methods (is_integer, as_integer_ratio, conjugate), and
//! numeric helpers other builtins share (float→int, exact rounding for round(),
//! float divmod, modular inverse, big int → float).

use super::*;
use num_bigint::Sign;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, ToPrimitive, Zero};

pub(crate) fn install() {
    let t = &rt().types;
    add_methods(
        t.int,
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("to_bytes", to_bytes),
            ("conjugate", int_conjugate),
            ("as_integer_ratio", int_as_integer_ratio),
            ("__index__", int_index),
            ("__int__", int_index),
            ("__float__", int_float),
        ],
    );
    add_classmethod(t.int, "from_bytes", from_bytes);
    add_methods(
        t.float,
        &[
            ("is_integer", is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("conjugate", float_conjugate),
            ("__int__", float_int),
            ("__float__", float_conjugate),
            ("__trunc__", float_int),
        ],
    );
    // Read-only attributes as properties (ops' getattr invokes properties found on the type).
    for (cls, name, f) in [
        (t.int, "real", int_real as NativeFn),
        (t.int, "imag", int_imag),
        (t.int, "numerator", int_real),
        (t.int, "denominator", int_denominator),
        (t.float, "real", float_real),
        (t.float, "imag", float_imag),
    ] {
        ctors::add_property(cls, name, f);
    }
}

// ---- shared numeric helpers -----------------------------------------------------------

/// Correctly rounded BigInt → f64, None if it overflows.
pub(crate) fn big_to_f64(b: &BigInt) -> Option<f64> {
    if let Some(i) = b.to_i64() {
        return Some(i as f64);
    }
    if b.bits() > 1100 {
        return None;
    }
    let f: f64 = b.to_string().parse().ok()?;
    if f.is_infinite() {
        None
    } else {
        Some(f)
    }
}

/// Exact f64 (finite, integral) → int Value.
pub(crate) fn f64_int_value(f: f64) -> Value {
    if f.abs() < 9.0e15 {
        return int(f as i64);
    }
    ops::new_bigint(BigInt::from_f64(f).unwrap_or_default())
}

/// int(f) for a float: truncates; NaN/inf raise like CPython.
pub(crate) fn float_to_int(vm: &mut Vm, f: f64) -> R {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer".into()));
    }
    if f.is_infinite() {
        return Err(vm.raise(
            rt().excs.overflow_error,
            "cannot convert float infinity to integer".into(),
        ));
    }
    Ok(f64_int_value(f.trunc()))
}

/// round(x, n) for floats, exactly as CPython (correctly rounded, ties to even on the
/// exact binary value).
pub(crate) fn round_f64(x: f64, n: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if n > 323 {
        return x;
    }
    if n < -308 {
        return 0.0 * x;
    }
    if n >= 0 {
        let s = format!("{:.*}", n as usize, x);
        let r: f64 = s.parse().unwrap_or(x);
        return if r == 0.0 { 0.0_f64.copysign(x) } else { r };
    }
    // Negative ndigits: round the integer part to a multiple of 10^k exactly.
    let k = n.unsigned_abs() as u32;
    let neg = x < 0.0;
    let ax = x.abs();
    let ip = ax.trunc();
    let frac_nonzero = ax != ip;
    let i = BigInt::from_f64(ip).unwrap_or_default();
    let p = BigInt::from(10u32).pow(k);
    let (mut q, r) = i.div_rem(&p);
    let twice = &r * 2u32;
    let up = if frac_nonzero {
        r * 2u32 >= p
    } else {
        twice > p || (twice == p && q.is_odd())
    };
    if up {
        q += 1u32;
    }
    let res = q * p;
    let f: f64 = res.to_string().parse().unwrap_or(f64::INFINITY);
    if neg {
        -f
    } else {
        f
    }
}

/// round(i, -k) for ints: nearest multiple of 10^k, ties to even.
pub(crate) fn round_big_neg(b: &BigInt, k: u64) -> BigInt {
    let digits = (b.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
    if k > digits {
        return BigInt::zero();
    }
    let p = BigInt::from(10u32).pow(k as u32);
    let (mut q, r) = b.div_mod_floor(&p);
    let twice = r * 2u32;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1u32;
    }
    q * p
}

/// CPython's float_divmod (caller checks y != 0); one definition, in numeric.rs.
pub(crate) fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    crate::numeric::float_div_mod(vx, wx)
}

/// Inverse of `a` modulo `m` (m > 0), if gcd(a, m) == 1.
pub(crate) fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.mod_floor(m), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r.is_one() {
        Some(old_s.mod_floor(m))
    } else if m.is_one() {
        Some(BigInt::zero())
    } else {
        None
    }
}

// ---- int() --------------------------------------------------------------------------

const INT_MAX_STR_DIGITS: usize = 4300;

/// Parse an int literal as int() does. Err(()) means "invalid literal".
pub(crate) fn parse_int_str(s: &str, base: u32) -> Result<Result<Value, usize>, ()> {
    let t = s.trim_matches(str::py_isspace);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let lower2: String = body
        .chars()
        .take(2)
        .collect::<String>()
        .to_ascii_lowercase();
    let mut digits = body;
    let mut had_prefix = false;
    if (base == 0 || base == 16) && lower2 == "0x" {
        base = 16;
        digits = &body[2..];
        had_prefix = true;
    } else if (base == 0 || base == 8) && lower2 == "0o" {
        base = 8;
        digits = &body[2..];
        had_prefix = true;
    } else if (base == 0 || base == 2) && lower2 == "0b" {
        base = 2;
        digits = &body[2..];
        had_prefix = true;
    }
    let base0_decimal = base == 0;
    if base == 0 {
        base = 10;
    }
    // Collect digit values, validating underscores (only between digits, or after a prefix).
    let mut vals: Vec<u8> = Vec::with_capacity(digits.len());
    let mut prev_us = false;
    let mut first = true;
    for c in digits.chars() {
        if c == '_' {
            if prev_us || (first && !had_prefix) {
                return Err(());
            }
            prev_us = true;
            first = false;
            continue;
        }
        let d = if c.is_ascii_alphanumeric() {
            c.to_digit(36).unwrap()
        } else if let Some(d) = str::decimal_value(c) {
            d
        } else {
            return Err(());
        };
        if d >= base {
            return Err(());
        }
        vals.push(d as u8);
        prev_us = false;
        first = false;
    }
    if vals.is_empty() || prev_us {
        return Err(());
    }
    if base0_decimal && vals[0] == 0 && vals.iter().any(|&d| d != 0) {
        return Err(());
    }
    if !base.is_power_of_two() && vals.len() > INT_MAX_STR_DIGITS {
        return Ok(Err(vals.len()));
    }
    if vals.len() <= 12 || (base <= 16 && vals.len() <= 15) {
        let mut acc: i64 = 0;
        for &d in &vals {
            acc = acc * base as i64 + d as i64;
        }
        return Ok(Ok(int(if neg { -acc } else { acc })));
    }
    let mut b = BigInt::from_radix_be(Sign::Plus, &vals, base).unwrap_or_default();
    if neg {
        b = -b;
    }
    Ok(Ok(ops::new_bigint(b)))
}

pub(crate) fn int_new(vm: &mut Vm, a: &Args) -> R {
    if a.kwnames.is_empty() && a.pos.len() == 1 {
        let x = a.pos[0];
        if x.is_small() {
            return Ok(x);
        }
        return int_from(vm, x);
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            a.pos.len()
        )));
    }
    let mut x = a.pos.first().copied().unwrap_or(Value::NULL);
    let mut base = a.pos.get(1).copied().unwrap_or(Value::NULL);
    for (i, &k) in a.kwnames.iter().enumerate() {
        match ops::str_of(k) {
            "base" if base.is_null() => base = a.kwvals[i],
            "base" => {
                return Err(vm.type_error(
                    "argument for int() given by name ('base') and position (2)".into(),
                ))
            }
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for int()"
                )))
            }
        }
    }
    if x.is_null() {
        if !base.is_null() {
            return Err(vm.type_error("int() missing string argument".into()));
        }
        x = Value::small(0);
        return Ok(x);
    }
    if base.is_null() {
        return int_from(vm, x);
    }
    let b = index_i64(vm, base)?;
    if b != 0 && !(2..=36).contains(&b) {
        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0".into()));
    }
    if let Some(data) = super::bytes::bytes_like(x) {
        return int_from_bytes_literal(vm, &data, b as u32);
    }
    if !is_str(x) {
        return Err(vm.type_error("int() can't convert non-string with explicit base".into()));
    }
    int_from_str(vm, x, b as u32)
}

/// `int(b"...", base)`: the bytes read as ASCII digits (CPython's error shows them as a
/// bytes repr).
fn int_from_bytes_literal(vm: &mut Vm, data: &[u8], base: u32) -> R {
    let text: String = data.iter().map(|&c| c as char).collect();
    match parse_int_str(&text, base) {
        Ok(Ok(v)) if data.is_ascii() => Ok(v),
        Ok(Err(n)) => Err(vm.value_error(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        ))),
        _ => {
            let mut r = String::new();
            super::bytes::bytes_repr_into(&mut r, data);
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

fn int_from_str(vm: &mut Vm, x: Value, base: u32) -> R {
    let s = ops::str_of(x);
    match parse_int_str(s, base) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(n)) => Err(vm.value_error(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        ))),
        Err(()) => {
            let r = str::str_repr(s);
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

/// int(x) with one argument.
pub(crate) fn int_from(vm: &mut Vm, x: Value) -> R {
    if x.is_small() {
        return Ok(x);
    }
    if x.is_bool() {
        return Ok(Value::small((x == Value::TRUE) as i64));
    }
    if x.is_float() {
        return float_to_int(vm, x.as_float());
    }
    if ops::is_int(x) {
        return Ok(x);
    }
    if is_str(x) {
        return int_from_str(vm, x, 10);
    }
    if let Some(data) = super::bytes::bytes_like(x) {
        return int_from_bytes_literal(vm, &data, 10);
    }
    for m in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = user_method(vm, x, m)? {
            let r = vm.call(f, &[], &[])?;
            if ops::is_int(r) {
                return Ok(r);
            }
            return Err(vm.type_error(format!("{m} returned non-int (type {})", ops::type_name(r))));
        }
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        ops::type_name(x)
    )))
}

/// A method defined on a non-builtin object's class (not for builtin kinds).
fn user_method(vm: &mut Vm, x: Value, name: &str) -> PyResult<Option<Value>> {
    match ops::user_special(x, rt::intern(name)) {
        Some(f) => ops::bind_instance_attr(vm, f, x, ops::type_of(x)).map(Some),
        None => Ok(None),
    }
}

// ---- float() ------------------------------------------------------------------------

/// Parse a float literal as float() does (None: invalid).
pub(crate) fn parse_float_str(s: &str) -> Option<f64> {
    let t = s.trim_matches(str::py_isspace);
    // Map Unicode decimal digits to ASCII.
    let owned: String;
    let t = if t.is_ascii() {
        t
    } else {
        let mut o = String::with_capacity(t.len());
        for c in t.chars() {
            if c.is_ascii() {
                o.push(c);
            } else if let Some(d) = str::decimal_value(c) {
                o.push((b'0' + d as u8) as char);
            } else {
                return None;
            }
        }
        owned = o;
        &owned
    };
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    // Validate: digits[_digits]* [. digits...] [e [sign] digits...]; underscores only between digits.
    let b = lower.as_bytes();
    let mut clean = String::with_capacity(b.len());
    let mut i = 0;
    let digits = |i: &mut usize, clean: &mut String| -> Option<usize> {
        let start = *i;
        let mut n = 0;
        while *i < b.len() {
            let c = b[*i];
            if c.is_ascii_digit() {
                clean.push(c as char);
                n += 1;
                *i += 1;
            } else if c == b'_' {
                // must be between digits
                if *i == start
                    || !(*i + 1 < b.len() && b[*i + 1].is_ascii_digit())
                    || !b[*i - 1].is_ascii_digit()
                {
                    return None;
                }
                *i += 1;
            } else {
                break;
            }
        }
        Some(n)
    };
    let int_digits = digits(&mut i, &mut clean)?;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        clean.push('.');
        i += 1;
        frac_digits = digits(&mut i, &mut clean)?;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if i < b.len() && b[i] == b'e' {
        clean.push('e');
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            clean.push(b[i] as char);
            i += 1;
        }
        if digits(&mut i, &mut clean)? == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    let v: f64 = clean.parse().ok()?;
    Some(sign * v)
}

pub(crate) fn float_new(vm: &mut Vm, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments".into()));
    }
    check_npos(vm, a.pos.len(), "float", 0, 1)?;
    let Some(&x) = a.pos.first() else {
        return Ok(Value::float(0.0));
    };
    float_from(vm, x)
}

pub(crate) fn float_from(vm: &mut Vm, x: Value) -> R {
    if x.is_float() {
        return Ok(x);
    }
    if let Some(f) = to_f64(vm, x)? {
        return Ok(Value::float(f));
    }
    if is_str(x) {
        let s = ops::str_of(x);
        return match parse_float_str(s) {
            Some(f) => Ok(Value::float(f)),
            None => Err(vm.value_error(format!(
                "could not convert string to float: {}",
                str::str_repr(s)
            ))),
        };
    }
    if let Some(data) = super::bytes::bytes_like(x) {
        let text: String = data.iter().map(|&c| c as char).collect();
        return match parse_float_str(&text).filter(|_| data.is_ascii()) {
            Some(f) => Ok(Value::float(f)),
            None => {
                let mut r = String::new();
                super::bytes::bytes_repr_into(&mut r, &data);
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    if let Some(f) = ops::user_float(vm, x)? {
        return Ok(Value::float(f));
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        ops::type_name(x)
    )))
}

// ---- int methods --------------------------------------------------------------------

fn int_recv(vm: &mut Vm, recv: Value, meth: &str) -> PyResult<BigInt> {
    match ops::to_bigint(recv) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "descriptor '{meth}' for 'int' objects doesn't apply to a '{}' object",
            ops::type_name(recv)
        ))),
    }
}

fn bit_length(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "int.bit_length")?;
    if let Some(i) = small_or_i64(recv) {
        return Ok(Value::small(64 - i.unsigned_abs().leading_zeros() as i64));
    }
    let b = int_recv(vm, recv, "bit_length")?;
    Ok(int(b.bits() as i64))
}

/// The byteorder argument of to_bytes/from_bytes: true for little-endian.
fn little_endian(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if v.is_null() {
        return Ok(false);
    }
    if !is_str(v) {
        return Err(vm.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            ops::type_name(v)
        )));
    }
    match ops::str_of(v) {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(vm.raise_msg(
            rt().excs.value_error,
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

/// to_bytes/from_bytes take `signed` by keyword only.
fn signed_keyword_only(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<()> {
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 2 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    Ok(())
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, recv: Value, a: &Args) -> R {
    signed_keyword_only(vm, a, "to_bytes")?;
    let mut p = [Value::NULL; 3];
    bind(
        vm,
        a,
        "to_bytes",
        &["length", "byteorder", "signed"],
        0,
        &mut p,
    )?;
    let n = int_recv(vm, recv, "to_bytes")?;
    let length = if p[0].is_null() {
        1
    } else {
        index_i64(vm, p[0])?
    };
    if length < 0 {
        return Err(vm.raise_msg(
            rt().excs.value_error,
            "length argument must be non-negative",
        ));
    }
    let little = little_endian(vm, p[1])?;
    let signed = !p[2].is_null() && ops::truthy(vm, p[2])?;
    if n.sign() == num_bigint::Sign::Minus && !signed {
        return Err(vm.raise_msg(
            rt().excs.overflow_error,
            "can't convert negative int to unsigned",
        ));
    }
    let length = length as usize;
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.magnitude().to_bytes_le()
    };
    if n.sign() == num_bigint::Sign::NoSign {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.raise_msg(rt().excs.overflow_error, "int too big to convert"));
    }
    let fill = if signed && n.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(ops::new_bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes(vm: &mut Vm, _cls: Value, a: &Args) -> R {
    signed_keyword_only(vm, a, "from_bytes")?;
    let mut p = [Value::NULL; 3];
    bind(
        vm,
        a,
        "from_bytes",
        &["bytes", "byteorder", "signed"],
        1,
        &mut p,
    )?;
    let data: Vec<u8> = match super::bytes::bytes_of(p[0]) {
        Some(b) => b.to_vec(),
        None if is_str(p[0]) => {
            return Err(vm.type_error("cannot convert 'str' object to bytes".into()))
        }
        None => {
            let items = ops::collect_iterable(vm, p[0])?;
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                let i = index_i64(vm, x)?;
                out.push(u8::try_from(i).map_err(|_| {
                    vm.raise_msg(rt().excs.value_error, "bytes must be in range(0, 256)")
                })?);
            }
            out
        }
    };
    let little = little_endian(vm, p[1])?;
    let signed = !p[2].is_null() && ops::truthy(vm, p[2])?;
    let n = match (little, signed) {
        (true, false) => num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (false, false) => num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
        (true, true) => num_bigint::BigInt::from_signed_bytes_le(&data),
        (false, true) => num_bigint::BigInt::from_signed_bytes_be(&data),
    };
    Ok(ops::new_bigint(n))
}

fn bit_count(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "int.bit_count")?;
    if let Some(i) = small_or_i64(recv) {
        return Ok(Value::small(i.unsigned_abs().count_ones() as i64));
    }
    let b = int_recv(vm, recv, "bit_count")?;
    Ok(int(b.magnitude().count_ones() as i64))
}

fn int_conjugate(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "int.conjugate")?;
    int_plain(vm, recv, "conjugate")
}

fn int_plain(vm: &mut Vm, recv: Value, meth: &str) -> R {
    if recv.is_bool() {
        return Ok(Value::small((recv == Value::TRUE) as i64));
    }
    if ops::is_int(recv) {
        return Ok(recv);
    }
    int_recv(vm, recv, meth)?;
    Ok(recv)
}

fn int_index(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "int.__index__")?;
    int_plain(vm, recv, "__index__")
}

fn int_float(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "int.__float__")?;
    match to_f64(vm, recv)? {
        Some(f) => Ok(Value::float(f)),
        None => Err(vm.type_error("descriptor '__float__' requires a 'int' object".into())),
    }
}

fn int_as_integer_ratio(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "int.as_integer_ratio")?;
    let v = int_plain(vm, recv, "as_integer_ratio")?;
    Ok(ops::new_tuple(vec![v, Value::small(1)]))
}

fn prop_self(a: &Args) -> Value {
    a.pos.first().copied().unwrap_or(Value::NONE)
}

fn int_real(vm: &mut Vm, _: Value, a: &Args) -> R {
    int_plain(vm, prop_self(a), "real")
}
fn int_imag(_: &mut Vm, _: Value, _: &Args) -> R {
    Ok(Value::small(0))
}
fn int_denominator(_: &mut Vm, _: Value, _: &Args) -> R {
    Ok(Value::small(1))
}
fn float_real(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = prop_self(a);
    if v.is_float() {
        Ok(v)
    } else {
        Err(vm.type_error("descriptor 'real' requires a 'float' object".into()))
    }
}
fn float_imag(_: &mut Vm, _: Value, _: &Args) -> R {
    Ok(Value::float(0.0))
}

// ---- float methods --------------------------------------------------------------------

fn float_recv(vm: &mut Vm, recv: Value, meth: &str) -> PyResult<f64> {
    if recv.is_float() {
        Ok(recv.as_float())
    } else {
        Err(vm.type_error(format!(
            "descriptor '{meth}' for 'float' objects doesn't apply to a '{}' object",
            ops::type_name(recv)
        )))
    }
}

fn is_integer(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let f = float_recv(vm, recv, "is_integer")?;
    no_args(vm, a, "float.is_integer")?;
    Ok(Value::bool(f.is_finite() && f == f.trunc()))
}

fn float_conjugate(vm: &mut Vm, recv: Value, a: &Args) -> R {
    float_recv(vm, recv, "conjugate")?;
    no_args(vm, a, "float.conjugate")?;
    Ok(recv)
}

fn float_int(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let f = float_recv(vm, recv, "__int__")?;
    no_args(vm, a, "float.__int__")?;
    float_to_int(vm, f)
}

fn float_as_integer_ratio(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let f = float_recv(vm, recv, "as_integer_ratio")?;
    no_args(vm, a, "float.as_integer_ratio")?;
    if f.is_infinite() {
        return Err(vm.raise(
            rt().excs.overflow_error,
            "cannot convert Infinity to integer ratio".into(),
        ));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio".into()));
    }
    if f == 0.0 {
        return Ok(ops::new_tuple(vec![Value::small(0), Value::small(1)]));
    }
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = (bits & ((1u64 << 52) - 1)) as i64;
    let mut exp = if exp_bits == 0 {
        -1074
    } else {
        exp_bits - 1075
    };
    if exp_bits != 0 {
        mant |= 1 << 52;
    }
    while mant & 1 == 0 && exp < 0 {
        mant >>= 1;
        exp += 1;
    }
    let mut num = BigInt::from(mant);
    if f < 0.0 {
        num = -num;
    }
    let den;
    if exp >= 0 {
        num <<= exp as usize;
        den = BigInt::one();
    } else {
        den = BigInt::one() << (-exp) as usize;
    }
    Ok(ops::new_tuple(vec![
        ops::new_bigint(num),
        ops::new_bigint(den),
    ]))
}
