//! Numeric semantics with CPython 3.11's exact results (this module owns them):
//!
//! * parsing: `int(s, base)` ([`parse_int`]) and `float(s)` ([`parse_float`]);
//! * int → text in bases 2/8/10/16 ([`int_to_string_radix`], [`int_to_prefixed_string`],
//!   [`int_to_str`]) and the 3.11 int/str digit limit ([`set_int_max_str_digits`]);
//! * float `//`, `%`, `divmod`, `**` ([`float_floordiv`], [`float_mod`], [`float_divmod`],
//!   [`float_pow`]);
//! * int ↔ float conversions and correctly rounded int true division ([`int_to_f64`],
//!   [`f64_to_int`], [`int_true_div`], [`i64_true_div`]);
//! * `round()` for floats and ints; `hash()` of ints and floats;
//! * Python floor division / modulo for `i64` and `BigInt`; `math.floor` / `math.ceil` helpers.
//!
//! Pure functions over Rust values.  Errors are `Err(String)` holding CPython's exact message;
//! each doc comment names the Python exception type the caller should raise.

use crate::format::{decimal_digit_value, int_str_digits_error, py_isspace, str_repr};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::Zero;
use std::sync::atomic::{AtomicUsize, Ordering};

// ---------------------------------------------------------------------------------------------
// int/str digit limit (CPython 3.11, PEP-less CVE-2020-10735 fix)
// ---------------------------------------------------------------------------------------------

/// CPython 3.11's default for `sys.get_int_max_str_digits()`.
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;
/// `sys.set_int_max_str_digits()` rejects values in `1..=640` (ValueError
/// "maxdigits must be 0 or larger than 640").
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_INT_MAX_STR_DIGITS);

/// Current limit on decimal digits for int↔str conversions (0 = unlimited).
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// Sets the limit (backs `sys.set_int_max_str_digits`; the caller validates the argument).
pub fn set_int_max_str_digits(n: usize) {
    INT_MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

/// Err (ValueError) when `|n|` has more decimal digits than the current limit.
pub(crate) fn check_int_str_digits(mag: &BigUint) -> Result<(), String> {
    let limit = int_max_str_digits();
    if limit == 0 {
        return Ok(());
    }
    let bits = mag.bits();
    // digits = floor(log10(mag)) + 1, and (bits-1)*log10(2) <= log10(mag) < bits*log10(2).
    let lo = ((bits.saturating_sub(1)) as f64 * std::f64::consts::LOG10_2).floor() as u64 + 1;
    let hi = (bits as f64 * std::f64::consts::LOG10_2).floor() as u64 + 1;
    if lo > limit as u64 + 1 {
        return Err(int_str_digits_error(limit));
    }
    if hi <= limit as u64 {
        return Ok(());
    }
    // Borderline: compare with 10**limit exactly.
    let bound = BigUint::from(10u32).pow(limit as u32);
    if *mag >= bound {
        Err(int_str_digits_error(limit))
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// int(s, base)
// ---------------------------------------------------------------------------------------------

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII is kept, Unicode whitespace becomes
/// `' '`, Unicode decimal digits become ASCII digits; anything else becomes `'?'` and ends the
/// string.  Returns `None` when `s` is ASCII already (use `s.as_bytes()`).
fn transform_to_ascii(s: &str) -> Option<Vec<u8>> {
    if s.is_ascii() {
        return None;
    }
    let mut v = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 127 {
            v.push(cp as u8);
        } else if py_isspace(c) {
            v.push(b' ');
        } else if let Some(d) = decimal_digit_value(c) {
            v.push(b'0' + d as u8);
        } else {
            v.push(b'?');
            break;
        }
    }
    Some(v)
}

/// `Py_ISSPACE` on the ASCII-transformed text.
#[inline]
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

#[inline]
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 37,
    }
}

fn int_literal_error(s: &str, base: u32) -> String {
    let r = str_repr(s);
    let end = match r.char_indices().nth(200) {
        Some((i, _)) => i,
        None => r.len(),
    };
    format!(
        "invalid literal for int() with base {}: {}",
        base,
        &r[..end]
    )
}

/// `int(s, base)`: surrounding whitespace (Unicode too), optional sign, single underscores
/// between digits (and one right after a base prefix), Unicode decimal digits; base 0 detects
/// `0x`/`0o`/`0b` and rejects leading zeros (`"012"`), bases 2..=36 accept their own prefix.
/// Non-power-of-two bases enforce the 3.11 digit limit ([`int_max_str_digits`]).
///
/// Errors (all ValueError): "int() base must be >= 2 and <= 36, or 0",
/// "invalid literal for int() with base 10: 'abc'" (repr of the original string, truncated to
/// 200 characters like CPython's `%.200R`), "Exceeds the limit (4300 digits) for integer string
/// conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit".
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, String> {
    if base == 1 || base > 36 {
        return Err("int() base must be >= 2 and <= 36, or 0".to_string());
    }
    let transformed = transform_to_ascii(s);
    let b: &[u8] = transformed.as_deref().unwrap_or(s.as_bytes());
    match parse_int_ascii(b, base) {
        Ok(v) => Ok(v),
        Err(None) => Err(int_literal_error(s, base)),
        Err(Some(msg)) => Err(msg),
    }
}

/// `PyLong_FromString` on ASCII bytes.  `Err(None)` = invalid literal.
fn parse_int_ascii(b: &[u8], mut base: u32) -> Result<BigInt, Option<String>> {
    let n = b.len();
    let at = |i: usize| -> u8 {
        if i < n {
            b[i]
        } else {
            0
        }
    };
    let mut i = 0;
    while i < n && ascii_space(b[i]) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && ((base == 16 && matches!(at(i + 1), b'x' | b'X'))
            || (base == 8 && matches!(at(i + 1), b'o' | b'O'))
            || (base == 2 && matches!(at(i + 1), b'b' | b'B')))
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(None);
    }
    let start = i;
    let mut digits = 0usize;
    let mut prev = 0u8;
    while i < n && (digit_value(b[i]) < base || b[i] == b'_') {
        if b[i] == b'_' {
            if prev == b'_' {
                return Err(None);
            }
        } else {
            digits += 1;
        }
        prev = b[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(None);
    }
    if !base.is_power_of_two() {
        let limit = int_max_str_digits();
        if limit > 0 && digits > limit {
            return Err(Some(format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} \
                 digits; use sys.set_int_max_str_digits() to increase the limit",
                limit, digits
            )));
        }
    }
    let end = i;
    if end == start {
        return Err(None);
    }
    while i < n && ascii_space(b[i]) {
        i += 1;
    }
    if i != n {
        return Err(None);
    }
    let body = &b[start..end];
    // Fast path: fits in u64 without overflow risk.
    let max_fast = match base {
        2 => 63,
        8 => 21,
        10 => 19,
        16 => 15,
        _ => 12,
    };
    let value: BigInt = if digits <= max_fast {
        let mut v: u64 = 0;
        for &c in body {
            if c != b'_' {
                v = v * base as u64 + digit_value(c) as u64;
            }
        }
        BigInt::from(v)
    } else {
        let vals: Vec<u8> = body
            .iter()
            .filter(|&&c| c != b'_')
            .map(|&c| digit_value(c) as u8)
            .collect();
        BigInt::from(BigUint::from_radix_be(&vals, base).unwrap_or_default())
    };
    if error_if_nonzero && !value.is_zero() {
        return Err(None);
    }
    Ok(if negative { -value } else { value })
}

// ---------------------------------------------------------------------------------------------
// float(s)
// ---------------------------------------------------------------------------------------------

fn float_literal_error(s: &str) -> String {
    format!("could not convert string to float: {}", str_repr(s))
}

/// `float(s)`: surrounding whitespace (Unicode too), sign, decimal digits (Unicode decimal
/// digits too) with single underscores between digits, `inf` / `infinity` / `nan` in any case
/// (`-nan` keeps its sign bit); overflow gives ±inf, underflow ±0.0 (correctly rounded, like
/// CPython's `_Py_dg_strtod`).  Err (ValueError): "could not convert string to float: 'abc'".
pub fn parse_float(s: &str) -> Result<f64, String> {
    let transformed = transform_to_ascii(s);
    let b: &[u8] = transformed.as_deref().unwrap_or(s.as_bytes());
    let r = if b.contains(&b'_') {
        // _Py_string_to_number_with_underscores
        let mut dup = Vec::with_capacity(b.len());
        let mut prev = 0u8;
        for &c in b {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(float_literal_error(s));
                }
            } else {
                dup.push(c);
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(float_literal_error(s));
                }
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(float_literal_error(s));
        }
        parse_float_ascii(&dup)
    } else {
        parse_float_ascii(b)
    };
    r.ok_or_else(|| float_literal_error(s))
}

/// `float_from_string_inner` + `_PyOS_ascii_strtod` on ASCII bytes.
fn parse_float_ascii(b: &[u8]) -> Option<f64> {
    let mut lo = 0;
    let mut hi = b.len();
    while lo < hi && ascii_space(b[lo]) {
        lo += 1;
    }
    while hi > lo && ascii_space(b[hi - 1]) {
        hi -= 1;
    }
    let t = &b[lo..hi];
    if t.is_empty() {
        return None;
    }
    let (negative, body) = match t[0] {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    // Validate the decimal grammar: digits [. digits] [e [sign] digits], >= 1 mantissa digit.
    let mut i = 0;
    let mut mant = 0;
    while i < body.len() && body[i].is_ascii_digit() {
        i += 1;
        mant += 1;
    }
    if i < body.len() && body[i] == b'.' {
        i += 1;
        while i < body.len() && body[i].is_ascii_digit() {
            i += 1;
            mant += 1;
        }
    }
    if mant > 0 {
        if i < body.len() && (body[i] | 0x20) == b'e' {
            let mut j = i + 1;
            if j < body.len() && (body[j] == b'+' || body[j] == b'-') {
                j += 1;
            }
            let dstart = j;
            while j < body.len() && body[j].is_ascii_digit() {
                j += 1;
            }
            if j > dstart {
                i = j;
            }
        }
        if i != body.len() {
            return None;
        }
        // SAFETY-free: `t` is ASCII.
        let text = std::str::from_utf8(t).ok()?;
        return text.parse::<f64>().ok();
    }
    let lower = |s: &[u8], w: &[u8]| {
        s.len() == w.len() && s.iter().zip(w).all(|(a, b)| a.to_ascii_lowercase() == *b)
    };
    let v = if lower(body, b"inf") || lower(body, b"infinity") {
        f64::INFINITY
    } else if lower(body, b"nan") {
        f64::NAN
    } else {
        return None;
    };
    Some(if negative { -v } else { v })
}

// ---------------------------------------------------------------------------------------------
// int → text
// ---------------------------------------------------------------------------------------------

/// Digits of `n` in `radix` (2..=36), lowercase, with a leading `-` for negative values and
/// **no** prefix: `(-255, 16)` → `"-ff"`.  No digit limit is applied (use [`int_to_str`] for
/// `str()` / `repr()`).  Fast path for values that fit a `u64`.
pub fn int_to_string_radix(n: &BigInt, radix: u32) -> String {
    let mag = n.magnitude();
    if mag.bits() <= 64 {
        let v = mag.iter_u64_digits().next().unwrap_or(0);
        return u64_to_string_radix(n.sign() == Sign::Minus, v, radix, "");
    }
    n.to_str_radix(radix)
}

/// Like [`int_to_string_radix`] for an `i64`.
pub fn i64_to_string_radix(n: i64, radix: u32) -> String {
    u64_to_string_radix(n < 0, n.unsigned_abs(), radix, "")
}

fn u64_to_string_radix(negative: bool, mut v: u64, radix: u32, prefix: &str) -> String {
    let mut buf = [0u8; 64];
    let mut i = 64;
    let r = radix as u64;
    loop {
        i -= 1;
        let d = (v % r) as u8;
        buf[i] = if d < 10 { b'0' + d } else { b'a' + d - 10 };
        v /= r;
        if v == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(1 + prefix.len() + 64 - i);
    if negative {
        out.push('-');
    }
    out.push_str(prefix);
    // SAFETY-free conversion: ASCII digits.
    out.push_str(std::str::from_utf8(&buf[i..]).unwrap_or(""));
    out
}

/// `bin(n)` / `oct(n)` / `hex(n)` text for radix 2 / 8 / 16 (`"-0xff"`, `"0b0"`); radix 10
/// gives plain decimal digits (no limit check).  Power-of-two radixes are never limited.
pub fn int_to_prefixed_string(n: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let mag = n.magnitude();
    let negative = n.sign() == Sign::Minus;
    if mag.bits() <= 64 {
        let v = mag.iter_u64_digits().next().unwrap_or(0);
        return u64_to_string_radix(negative, v, radix, prefix);
    }
    let digits = mag.to_str_radix(radix);
    let mut out = String::with_capacity(digits.len() + 3);
    if negative {
        out.push('-');
    }
    out.push_str(prefix);
    out.push_str(&digits);
    out
}

/// `str(n)` / `repr(n)`: decimal text, enforcing the 3.11 digit limit.  Err (ValueError):
/// "Exceeds the limit (4300 digits) for integer string conversion; use
/// sys.set_int_max_str_digits() to increase the limit".
pub fn int_to_str(n: &BigInt) -> Result<String, String> {
    let mag = n.magnitude();
    if mag.bits() <= 64 {
        let v = mag.iter_u64_digits().next().unwrap_or(0);
        return Ok(u64_to_string_radix(n.sign() == Sign::Minus, v, 10, ""));
    }
    check_int_str_digits(mag)?;
    Ok(n.to_str_radix(10))
}

// ---------------------------------------------------------------------------------------------
// float // % divmod **
// ---------------------------------------------------------------------------------------------

/// CPython's `_float_div_mod` (requires `b != 0`).
#[inline]
pub(crate) fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b` for floats.  Err (ZeroDivisionError): "float floor division by zero".
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, String> {
    if b == 0.0 {
        return Err("float floor division by zero".to_string());
    }
    Ok(float_div_mod(a, b).0)
}

/// `a % b` for floats (result has the sign of `b`).  Err (ZeroDivisionError): "float modulo"
/// (CPython 3.11's exact message).
pub fn float_mod(a: f64, b: f64) -> Result<f64, String> {
    if b == 0.0 {
        return Err("float modulo".to_string());
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` for floats.  Err (ZeroDivisionError): "float divmod()".
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), String> {
    if b == 0.0 {
        return Err("float divmod()".to_string());
    }
    Ok(float_div_mod(a, b))
}

#[inline]
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats, exactly CPython's `float_pow` (special cases first, then libm `pow`).
///
/// Errors: `"0.0 cannot be raised to a negative power"` (ZeroDivisionError);
/// `"complex"` — a negative base with a non-integral exponent: **not an error in Python**, the
/// caller must compute the complex power instead (CPython delegates to `complex.__pow__`);
/// `"(34, 'Numerical result out of range')"` (OverflowError, whose `str()` is this text; its
/// args are `(34, 'Numerical result out of range')`).
pub fn float_pow(a: f64, b: f64) -> Result<f64, String> {
    let (mut iv, iw) = (a, b);
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err("0.0 cannot be raised to a negative power".to_string());
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err("complex".to_string());
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let ix = iv.powf(iw);
    if ix.is_infinite() {
        return Err("(34, 'Numerical result out of range')".to_string());
    }
    Ok(if negate { -ix } else { ix })
}

// ---------------------------------------------------------------------------------------------
// int ↔ float
// ---------------------------------------------------------------------------------------------

/// `float(n)` for an int: correctly rounded (half to even).  Err (OverflowError):
/// "int too large to convert to float".
pub fn int_to_f64(n: &BigInt) -> Result<f64, String> {
    let mag = n.magnitude();
    let v = biguint_to_f64(mag).ok_or_else(|| "int too large to convert to float".to_string())?;
    Ok(if n.sign() == Sign::Minus { -v } else { v })
}

/// Correctly rounded conversion of a magnitude; `None` when it rounds to >= 2**1024.
fn biguint_to_f64(mag: &BigUint) -> Option<f64> {
    let bits = mag.bits();
    if bits <= 64 {
        return Some(mag.iter_u64_digits().next().unwrap_or(0) as f64);
    }
    if bits > 1024 {
        return None;
    }
    let shift = bits - 64;
    let top: BigUint = mag >> shift;
    let mut m = top.iter_u64_digits().next().unwrap_or(0);
    // Sticky bit: any nonzero bit shifted out makes ties round correctly.
    if mag.trailing_zeros().unwrap_or(0) < shift {
        m |= 1;
    }
    let v = (m as f64) * f64::from_bits((1023 + shift) << 52);
    if v.is_infinite() {
        None
    } else {
        Some(v)
    }
}

/// `int(x)` for a float (truncation toward zero).  Errors: "cannot convert float infinity to
/// integer" (OverflowError), "cannot convert float NaN to integer" (ValueError).
pub fn f64_to_int(x: f64) -> Result<BigInt, String> {
    if x.is_nan() {
        return Err("cannot convert float NaN to integer".to_string());
    }
    if x.is_infinite() {
        return Err("cannot convert float infinity to integer".to_string());
    }
    let t = x.trunc();
    if t.abs() < (1u64 << 63) as f64 {
        return Ok(BigInt::from(t as i64));
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mag = BigInt::from(mant) << (exp as usize);
    Ok(if t < 0.0 { -mag } else { mag })
}

/// `x.is_integer()`.
#[inline]
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x == x.floor()
}

/// `math.floor(x)` for a float (errors as [`f64_to_int`]).
pub fn float_floor_to_int(x: f64) -> Result<BigInt, String> {
    f64_to_int(x.floor())
}

/// `math.ceil(x)` for a float (errors as [`f64_to_int`]).
pub fn float_ceil_to_int(x: f64) -> Result<BigInt, String> {
    f64_to_int(x.ceil())
}

const DBL_MANT_DIG: i64 = 53;
const DBL_MAX_EXP: i64 = 1024;
const DBL_MIN_EXP: i64 = -1021;

/// `a / b` for ints: correctly rounded (CPython's `long_true_divide`).  Errors:
/// "division by zero" (ZeroDivisionError), "integer division result too large for a float"
/// (OverflowError).
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, String> {
    if b.is_zero() {
        return Err("division by zero".to_string());
    }
    let negate = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (am, bm) = (a.magnitude(), b.magnitude());
    const SMALL: u64 = 1 << 53;
    if am.bits() <= 53 && bm.bits() <= 53 {
        let da = am.iter_u64_digits().next().unwrap_or(0);
        let db = bm.iter_u64_digits().next().unwrap_or(0);
        if da < SMALL && db < SMALL {
            let r = da as f64 / db as f64;
            return Ok(if negate { -r } else { r });
        }
    }
    if am.is_zero() {
        return Ok(if negate { -0.0 } else { 0.0 });
    }
    let r = true_div_magnitudes(am, bm)?;
    Ok(if negate { -r } else { r })
}

/// Correctly rounded `a / b` for nonzero magnitudes (the slow path of `long_true_divide`).
fn true_div_magnitudes(a: &BigUint, b: &BigUint) -> Result<f64, String> {
    let overflow = || "integer division result too large for a float".to_string();
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > DBL_MAX_EXP {
        return Err(overflow());
    } else if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
        return Ok(0.0);
    }
    let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    let mut inexact = false;
    let x: BigUint = if shift <= 0 {
        a << ((-shift) as u64)
    } else {
        if a.trailing_zeros().unwrap_or(0) < shift as u64 {
            inexact = true;
        }
        a >> (shift as u64)
    };
    let (q, r) = x.div_rem(b);
    if !r.is_zero() {
        inexact = true;
    }
    let x_bits = q.bits() as i64;
    let extra_bits = x_bits.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    // q has at most 55 bits here.
    let mut low = q.iter_u64_digits().next().unwrap_or(0);
    let mask = 1u64 << (extra_bits - 1);
    if inexact {
        low |= 1;
    }
    if (low & mask) != 0 && (low & (3 * mask - 1)) != 0 {
        low += mask;
    }
    low &= !(2 * mask - 1);
    let dx = low as f64;
    if shift + x_bits >= DBL_MAX_EXP && (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, x_bits)) {
        return Err(overflow());
    }
    Ok(ldexp(dx, shift))
}

/// `2**e` for `-1022 <= e <= 1023` (a normal double, exact).
#[inline]
fn pow2(e: i64) -> f64 {
    debug_assert!((-1022..=1023).contains(&e));
    f64::from_bits(((1023 + e) as u64) << 52)
}

/// `x * 2**e` (C `ldexp`) for a finite `x` and `|e| <= 2000`.  The scaling is split so every
/// power of two used is a normal double; only the last product can round (into the subnormal
/// range), which `long_true_divide` never needs because its `x` is pre-rounded.
fn ldexp(x: f64, e: i64) -> f64 {
    if e > 1000 {
        x * pow2(1000) * pow2(e - 1000)
    } else if e < -1000 {
        x * pow2(-1000) * pow2(e + 1000)
    } else {
        x * pow2(e)
    }
}

/// Fast path of [`int_true_div`] for `i64` operands (same results and errors).
pub fn i64_true_div(a: i64, b: i64) -> Result<f64, String> {
    if b == 0 {
        return Err("division by zero".to_string());
    }
    const SMALL: u64 = 1 << 53;
    if a.unsigned_abs() < SMALL && b.unsigned_abs() < SMALL {
        return Ok(a as f64 / b as f64);
    }
    int_true_div(&BigInt::from(a), &BigInt::from(b))
}

// ---------------------------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------------------------

/// `round(x, ndigits)` for a float (CPython's `float.__round__` with the correctly rounded
/// dtoa path): rounds the exact binary value half-to-even at `ndigits` decimal places
/// (negative `ndigits` round to tens, hundreds, …).  NaN and infinities are returned as is;
/// `ndigits > 323` returns `x`; `ndigits < -308` returns `0.0 * x`.
/// Err (OverflowError): "rounded value too large to represent".
pub fn round_float_ndigits(x: f64, ndigits: i64) -> Result<f64, String> {
    if !x.is_finite() {
        return Ok(x);
    }
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if ndigits >= 0 {
        // Rust's fixed formatting is exact and rounds ties to even, as dtoa mode 3 does; the
        // parse back is correctly rounded, as _Py_dg_strtod.
        let mut buf = StackBuf::new();
        let _ = std::fmt::Write::write_fmt(&mut buf, format_args!("{:.*}", ndigits as usize, x));
        let s = std::str::from_utf8(buf.bytes()).unwrap_or("0");
        return Ok(s.parse::<f64>().unwrap_or(x));
    }
    let k = (-ndigits) as u32;
    let ax = x.abs();
    let int_part = f64_to_int(ax.trunc()).unwrap_or_default();
    let frac_nonzero = ax.fract() != 0.0;
    let pow = BigInt::from(10u32).pow(k);
    let (mut q, r) = int_part.div_rem(&pow);
    let twice: BigInt = &r * 2u32;
    let round_up = match twice.cmp(&pow) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => frac_nonzero || q.is_odd(),
        std::cmp::Ordering::Less => false,
    };
    if round_up {
        q += 1u32;
    }
    let v =
        int_to_f64(&(q * pow)).map_err(|_| "rounded value too large to represent".to_string())?;
    Ok(if x.is_sign_negative() { -v } else { v })
}

/// `round(x)` for a float (no ndigits): nearest int, ties to even.  Errors as [`f64_to_int`]:
/// "cannot convert float infinity to integer" (OverflowError), "cannot convert float NaN to
/// integer" (ValueError).
pub fn round_float_to_int(x: f64) -> Result<BigInt, String> {
    f64_to_int(x.round_ties_even())
}

/// `round(n, ndigits)` for an int: `n` itself when `ndigits >= 0`, otherwise rounded half to
/// even to a multiple of `10**-ndigits`.
pub fn round_int_ndigits(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || n.is_zero() {
        return n.clone();
    }
    let k = ndigits.unsigned_abs();
    // |n| < 2**bits <= 10**k / 2  ⇒  the result is 0.
    let bits = n.bits();
    if (k as f64) > bits as f64 * std::f64::consts::LOG10_2 + 1.0 {
        return BigInt::zero();
    }
    let pow = BigInt::from(10u32).pow(k as u32);
    let (mut q, r) = n.div_mod_floor(&pow);
    let twice: BigInt = &r * 2u32;
    let up = match twice.cmp(&pow) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => q.is_odd(),
        std::cmp::Ordering::Less => false,
    };
    if up {
        q += 1u32;
    }
    q * pow
}

/// Stack buffer for `round_float_ndigits` (the fixed repr of any double with <= 323 decimals
/// fits comfortably in 1 KiB; longer output spills to the heap).
struct StackBuf {
    buf: [u8; 1024],
    len: usize,
    heap: Vec<u8>,
}

impl StackBuf {
    fn new() -> Self {
        StackBuf {
            buf: [0; 1024],
            len: 0,
            heap: Vec::new(),
        }
    }
    fn bytes(&self) -> &[u8] {
        if self.heap.is_empty() {
            &self.buf[..self.len]
        } else {
            &self.heap
        }
    }
}

impl std::fmt::Write for StackBuf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let b = s.as_bytes();
        if self.heap.is_empty() {
            if self.len + b.len() <= self.buf.len() {
                self.buf[self.len..self.len + b.len()].copy_from_slice(b);
                self.len += b.len();
                return Ok(());
            }
            self.heap.extend_from_slice(&self.buf[..self.len]);
        }
        self.heap.extend_from_slice(b);
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// hash()
// ---------------------------------------------------------------------------------------------

const HASH_BITS: u32 = 61;
/// `sys.hash_info.modulus`: 2**61 - 1.
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314159;

#[inline]
fn finish_hash(x: u64, negative: bool) -> i64 {
    let mut h = x as i64;
    if negative {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for an int: `sign(n) * (|n| mod (2**61 - 1))`, with -1 mapped to -2.
pub fn hash_int(n: &BigInt) -> i64 {
    let mag = n.magnitude();
    let mut acc: u64 = 0;
    // 2**64 ≡ 2**3 (mod 2**61 - 1): fold 64-bit digits from the most significant one.
    for d in mag.iter_u64_digits().rev() {
        let v = ((acc as u128) << 64 | d as u128) % HASH_MODULUS as u128;
        acc = v as u64;
    }
    finish_hash(acc, n.sign() == Sign::Minus)
}

/// `hash(n)` for an `i64` (same as [`hash_int`]).
#[inline]
pub fn hash_i64(n: i64) -> i64 {
    let m = n.unsigned_abs() % HASH_MODULUS;
    finish_hash(m, n < 0)
}

/// `hash(x)` for a float (CPython's `_Py_HashDouble`): equal to the int hash for integral
/// values, `±314159` for `±inf`.  NaN: CPython 3.11 hashes NaN by object identity
/// (`_Py_HashPointer`), which this function cannot know — it returns 0 and **the caller must
/// handle NaN itself**.
pub fn hash_float(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let hb = HASH_BITS as i32;
    let e = if e >= 0 {
        e % hb
    } else {
        hb - 1 - ((-1 - e) % hb)
    };
    let e = e as u32;
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C `frexp` for finite nonzero-or-zero doubles: `v = m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: normalise first
        let (m, e) = frexp(v * f64::from_bits(((1023 + 64) as u64) << 52));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

// ---------------------------------------------------------------------------------------------
// Integer floor division / modulo
// ---------------------------------------------------------------------------------------------

/// `a // b` for `i64` (floor division).  `None` when the result does not fit (`i64::MIN // -1`)
/// **or when `b == 0`** — check for zero first and raise ZeroDivisionError
/// "integer division or modulo by zero", or fall back to [`int_floordiv`].
#[inline]
pub fn i64_floordiv(a: i64, b: i64) -> Option<i64> {
    if b == 0 || (a == i64::MIN && b == -1) {
        return None;
    }
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// `a % b` for `i64` (result has the sign of `b`).  `None` only when `b == 0` (check first and
/// raise ZeroDivisionError "integer modulo by zero"); `i64::MIN % -1` is `Some(0)`.
#[inline]
pub fn i64_mod(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    if b == -1 {
        return Some(0);
    }
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// `a // b` for ints.  Err (ZeroDivisionError): "integer division or modulo by zero".
pub fn int_floordiv(a: &BigInt, b: &BigInt) -> Result<BigInt, String> {
    if b.is_zero() {
        return Err("integer division or modulo by zero".to_string());
    }
    Ok(a.div_floor(b))
}

/// `a % b` for ints.  Err (ZeroDivisionError): "integer modulo by zero".
pub fn int_mod(a: &BigInt, b: &BigInt) -> Result<BigInt, String> {
    if b.is_zero() {
        return Err("integer modulo by zero".to_string());
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)` for ints.  Err (ZeroDivisionError): "integer division or modulo by zero".
pub fn int_divmod(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), String> {
    if b.is_zero() {
        return Err("integer division or modulo by zero".to_string());
    }
    Ok(a.div_mod_floor(b))
}

// ---------------------------------------------------------------------------------------------
// Tests — every expected value below was produced by CPython 3.11 (`/usr/bin/python3.11`).
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
#[allow(clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    use super::*;

    fn same(a: f64, b: f64) -> bool {
        (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
    }

    fn same_res(got: Result<f64, String>, want: Result<f64, &str>) -> bool {
        match (got, want) {
            (Ok(a), Ok(b)) => same(a, b),
            (Err(a), Err(b)) => a == b,
            _ => false,
        }
    }

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn parse_int_matches_cpython() {
        let cases: &[(&str, u32, Result<&str, &str>)] = &[
        ("0", 10, Ok("0")),
        ("-0", 0, Ok("0")),
        ("00", 0, Ok("0")),
        ("000", 0, Ok("0")),
        ("0_0", 0, Ok("0")),
        ("012", 0, Err("invalid literal for int() with base 0: '012'")),
        ("012", 10, Ok("12")),
        ("0x1f", 0, Ok("31")),
        ("0X1F", 16, Ok("31")),
        ("0o17", 0, Ok("15")),
        ("0b101", 0, Ok("5")),
        ("0x_1f", 0, Ok("31")),
        ("0x__1f", 0, Err("invalid literal for int() with base 0: '0x__1f'")),
        ("0x1f_", 0, Err("invalid literal for int() with base 0: '0x1f_'")),
        ("1_000", 10, Ok("1000")),
        ("1__000", 10, Err("invalid literal for int() with base 10: '1__000'")),
        ("_1", 10, Err("invalid literal for int() with base 10: '_1'")),
        ("1_", 10, Err("invalid literal for int() with base 10: '1_'")),
        (" 12 ", 10, Ok("12")),
        ("\t12\n", 10, Ok("12")),
        ("١٢٣", 10, Ok("123")),
        ("\u{2000}12\u{3000}", 10, Ok("12")),
        ("12\u{85}", 10, Ok("12")),
        ("\u{1c}12", 10, Err("invalid literal for int() with base 10: '\\x1c12'")),
        ("12\u{0}", 10, Err("invalid literal for int() with base 10: '12\\x00'")),
        ("", 10, Err("invalid literal for int() with base 10: ''")),
        (" ", 10, Err("invalid literal for int() with base 10: ' '")),
        ("-", 10, Err("invalid literal for int() with base 10: '-'")),
        ("0x", 16, Err("invalid literal for int() with base 16: '0x'")),
        ("0b2", 0, Err("invalid literal for int() with base 0: '0b2'")),
        ("999999999999999999999999999999", 10, Ok("999999999999999999999999999999")),
        ("-7777777777777777777777777777777777777777", 8, Ok("-1329227995784915872903807060280344575")),
        ("z", 36, Ok("35")),
        ("Z", 36, Ok("35")),
        ("zz", 35, Err("invalid literal for int() with base 35: 'zz'")),
        ("1e5", 10, Err("invalid literal for int() with base 10: '1e5'")),
        ("1.0", 10, Err("invalid literal for int() with base 10: '1.0'")),
        ("+-1", 10, Err("invalid literal for int() with base 10: '+-1'")),
        (" -_1", 10, Err("invalid literal for int() with base 10: ' -_1'")),
        ("0_x1", 0, Err("invalid literal for int() with base 0: '0_x1'")),
        ("0b_", 0, Err("invalid literal for int() with base 0: '0b_'")),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 10, Err("invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
        ("é", 10, Err("invalid literal for int() with base 10: 'é'")),
        ("𝟏𝟐", 10, Ok("12")),
        ("0o8", 0, Err("invalid literal for int() with base 0: '0o8'")),
        ("08", 0, Err("invalid literal for int() with base 0: '08'")),
        ("0_8", 0, Err("invalid literal for int() with base 0: '0_8'")),
        ("000_1", 0, Err("invalid literal for int() with base 0: '000_1'")),
        ("0x1f", 10, Err("invalid literal for int() with base 10: '0x1f'")),
        ("0b1", 16, Ok("177")),
        ("10", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("10", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("-0x8000000000000000", 0, Ok("-9223372036854775808")),
        ("ffffffffffffffffffff", 16, Ok("1208925819614629174706175")),
        ("12", 3, Ok("5")),
        ("0x١", 16, Ok("1")),
        ];
        for &(s, base, want) in cases {
            let got = parse_int(s, base).map(|v| v.to_string());
            assert_eq!(
                got.as_deref(),
                want.map_err(|e| e.to_string()).as_deref(),
                "int({:?}, {})",
                s,
                base
            );
        }
    }

    #[test]
    fn parse_int_digit_limit() {
        let msg = "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; \
                   use sys.set_int_max_str_digits() to increase the limit";
        assert_eq!(
            parse_int(&"1".repeat(4300), 10).unwrap().to_string().len(),
            4300
        );
        assert_eq!(parse_int(&"1".repeat(4301), 10).unwrap_err(), msg);
        // The limit is checked on the digit run before trailing garbage, and ignores underscores.
        assert_eq!(parse_int(&("1".repeat(4301) + "x"), 10).unwrap_err(), msg);
        assert_eq!(parse_int(&("1_".repeat(4300) + "1"), 10).unwrap_err(), msg);
        // Power-of-two bases are exempt.
        assert_eq!(parse_int(&"f".repeat(5000), 16).unwrap().bits(), 20000);
        assert_eq!(int_max_str_digits(), DEFAULT_INT_MAX_STR_DIGITS);
    }

    #[test]
    fn parse_float_matches_cpython() {
        let cases: &[(&str, Result<f64, &str>)] = &[
            ("1", Ok(1.0)),
            ("1.", Ok(1.0)),
            (".5", Ok(0.5)),
            (".", Err("could not convert string to float: '.'")),
            ("1e5", Ok(100000.0)),
            ("1E5", Ok(100000.0)),
            ("1e", Err("could not convert string to float: '1e'")),
            ("1e+", Err("could not convert string to float: '1e+'")),
            ("1e-5", Ok(1e-05)),
            ("-1.5e-3", Ok(-0.0015)),
            ("+.5", Ok(0.5)),
            (" 1.5 ", Ok(1.5)),
            ("\n1.5\t", Ok(1.5)),
            ("inf", Ok(f64::INFINITY)),
            ("-inf", Ok(f64::NEG_INFINITY)),
            ("+INF", Ok(f64::INFINITY)),
            ("Infinity", Ok(f64::INFINITY)),
            ("iNfInItY", Ok(f64::INFINITY)),
            ("infin", Err("could not convert string to float: 'infin'")),
            ("nan", Ok(f64::NAN)),
            ("NaN", Ok(f64::NAN)),
            ("+nan", Ok(f64::NAN)),
            ("nan(1)", Err("could not convert string to float: 'nan(1)'")),
            ("1_000.5", Ok(1000.5)),
            ("1__0", Err("could not convert string to float: '1__0'")),
            ("_1", Err("could not convert string to float: '_1'")),
            ("1_", Err("could not convert string to float: '1_'")),
            ("1_.5", Err("could not convert string to float: '1_.5'")),
            ("1._5", Err("could not convert string to float: '1._5'")),
            ("1.5_e3", Err("could not convert string to float: '1.5_e3'")),
            ("1e1_0", Ok(10000000000.0)),
            ("1_e5", Err("could not convert string to float: '1_e5'")),
            ("0x10", Err("could not convert string to float: '0x10'")),
            ("1e500", Ok(f64::INFINITY)),
            ("-1e500", Ok(f64::NEG_INFINITY)),
            ("1e-400", Ok(0.0)),
            ("-1e-400", Ok(-0.0)),
            ("١.٥", Ok(1.5)),
            ("", Err("could not convert string to float: ''")),
            (" ", Err("could not convert string to float: ' '")),
            ("abc", Err("could not convert string to float: 'abc'")),
            ("1.5x", Err("could not convert string to float: '1.5x'")),
            ("++1", Err("could not convert string to float: '++1'")),
            ("1e5.5", Err("could not convert string to float: '1e5.5'")),
            ("0000.0001", Ok(0.0001)),
            ("2.2250738585072011e-308", Ok(2.225073858507201e-308)),
            ("2.4703282292062328e-324", Ok(5e-324)),
            ("2.4703282292062327e-324", Ok(0.0)),
            ("1.7976931348623158e308", Ok(1.7976931348623157e+308)),
            ("1.7976931348623159e308", Ok(f64::INFINITY)),
            ("9007199254740993", Ok(9007199254740992.0)),
            ("\u{a0}1.5\u{2000}", Ok(1.5)),
            (
                "1.5\u{0}",
                Err("could not convert string to float: '1.5\\x00'"),
            ),
            ("-", Err("could not convert string to float: '-'")),
            ("e5", Err("could not convert string to float: 'e5'")),
            (".e5", Err("could not convert string to float: '.e5'")),
            ("-0", Ok(-0.0)),
            (
                "\u{1c}1.5",
                Err("could not convert string to float: '\\x1c1.5'"),
            ),
            ("1_0_0.0_1e-0_1", Ok(10.001)),
            ("in_f", Err("could not convert string to float: 'in_f'")),
            ("0.1", Ok(0.1)),
            ("0.30000000000000004", Ok(0.30000000000000004)),
        ];
        for &(s, want) in cases {
            assert!(
                same_res(parse_float(s), want),
                "float({:?}) = {:?}, want {:?}",
                s,
                parse_float(s),
                want
            );
        }
        // The sign of a NaN is kept (math.copysign(1, float('-nan')) == -1.0).
        assert!(parse_float("-nan").unwrap().is_sign_negative());
        assert!(parse_float("nan").unwrap().is_sign_positive());
    }

    #[test]
    fn float_floordiv_mod_divmod_match_cpython() {
        type R = Result<f64, &'static str>;
        type Rp = Result<(f64, f64), &'static str>;
        let cases: &[(f64, f64, R, R, Rp)] = &[
            (7.0, 2.0, Ok(3.0), Ok(1.0), Ok((3.0, 1.0))),
            (7.0, -2.0, Ok(-4.0), Ok(-1.0), Ok((-4.0, -1.0))),
            (
                7.0,
                0.1,
                Ok(69.0),
                Ok(0.09999999999999962),
                Ok((69.0, 0.09999999999999962)),
            ),
            (7.0, 3.0, Ok(2.0), Ok(1.0), Ok((2.0, 1.0))),
            (7.0, f64::INFINITY, Ok(0.0), Ok(7.0), Ok((0.0, 7.0))),
            (
                7.0,
                f64::NEG_INFINITY,
                Ok(-1.0),
                Ok(f64::NEG_INFINITY),
                Ok((-1.0, f64::NEG_INFINITY)),
            ),
            (
                7.0,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                7.0,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                7.0,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                7.0,
                1e-320,
                Ok(f64::INFINITY),
                Ok(5.336e-321),
                Ok((f64::INFINITY, 5.336e-321)),
            ),
            (-7.0, 2.0, Ok(-4.0), Ok(1.0), Ok((-4.0, 1.0))),
            (-7.0, -2.0, Ok(3.0), Ok(-1.0), Ok((3.0, -1.0))),
            (
                -7.0,
                0.1,
                Ok(-70.0),
                Ok(3.885780586188048e-16),
                Ok((-70.0, 3.885780586188048e-16)),
            ),
            (-7.0, 3.0, Ok(-3.0), Ok(2.0), Ok((-3.0, 2.0))),
            (
                -7.0,
                f64::INFINITY,
                Ok(-1.0),
                Ok(f64::INFINITY),
                Ok((-1.0, f64::INFINITY)),
            ),
            (-7.0, f64::NEG_INFINITY, Ok(0.0), Ok(-7.0), Ok((0.0, -7.0))),
            (
                -7.0,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                -7.0,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                -7.0,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                -7.0,
                1e-320,
                Ok(f64::NEG_INFINITY),
                Ok(4.664e-321),
                Ok((f64::NEG_INFINITY, 4.664e-321)),
            ),
            (2.0, 2.0, Ok(1.0), Ok(0.0), Ok((1.0, 0.0))),
            (2.0, -2.0, Ok(-1.0), Ok(-0.0), Ok((-1.0, -0.0))),
            (
                2.0,
                0.1,
                Ok(19.0),
                Ok(0.0999999999999999),
                Ok((19.0, 0.0999999999999999)),
            ),
            (2.0, 3.0, Ok(0.0), Ok(2.0), Ok((0.0, 2.0))),
            (2.0, f64::INFINITY, Ok(0.0), Ok(2.0), Ok((0.0, 2.0))),
            (
                2.0,
                f64::NEG_INFINITY,
                Ok(-1.0),
                Ok(f64::NEG_INFINITY),
                Ok((-1.0, f64::NEG_INFINITY)),
            ),
            (
                2.0,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                2.0,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                2.0,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                2.0,
                1e-320,
                Ok(f64::INFINITY),
                Ok(5.81e-321),
                Ok((f64::INFINITY, 5.81e-321)),
            ),
            (-2.0, 2.0, Ok(-1.0), Ok(0.0), Ok((-1.0, 0.0))),
            (-2.0, -2.0, Ok(1.0), Ok(-0.0), Ok((1.0, -0.0))),
            (
                -2.0,
                0.1,
                Ok(-20.0),
                Ok(1.1102230246251565e-16),
                Ok((-20.0, 1.1102230246251565e-16)),
            ),
            (-2.0, 3.0, Ok(-1.0), Ok(1.0), Ok((-1.0, 1.0))),
            (
                -2.0,
                f64::INFINITY,
                Ok(-1.0),
                Ok(f64::INFINITY),
                Ok((-1.0, f64::INFINITY)),
            ),
            (-2.0, f64::NEG_INFINITY, Ok(0.0), Ok(-2.0), Ok((0.0, -2.0))),
            (
                -2.0,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                -2.0,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                -2.0,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                -2.0,
                1e-320,
                Ok(f64::NEG_INFINITY),
                Ok(4.19e-321),
                Ok((f64::NEG_INFINITY, 4.19e-321)),
            ),
            (0.5, 2.0, Ok(0.0), Ok(0.5), Ok((0.0, 0.5))),
            (0.5, -2.0, Ok(-1.0), Ok(-1.5), Ok((-1.0, -1.5))),
            (
                0.5,
                0.1,
                Ok(4.0),
                Ok(0.09999999999999998),
                Ok((4.0, 0.09999999999999998)),
            ),
            (0.5, 3.0, Ok(0.0), Ok(0.5), Ok((0.0, 0.5))),
            (0.5, f64::INFINITY, Ok(0.0), Ok(0.5), Ok((0.0, 0.5))),
            (
                0.5,
                f64::NEG_INFINITY,
                Ok(-1.0),
                Ok(f64::NEG_INFINITY),
                Ok((-1.0, f64::NEG_INFINITY)),
            ),
            (
                0.5,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                0.5,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                0.5,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                0.5,
                1e-320,
                Ok(f64::INFINITY),
                Ok(3.953e-321),
                Ok((f64::INFINITY, 3.953e-321)),
            ),
            (3.0, 2.0, Ok(1.0), Ok(1.0), Ok((1.0, 1.0))),
            (3.0, -2.0, Ok(-2.0), Ok(-1.0), Ok((-2.0, -1.0))),
            (
                3.0,
                0.1,
                Ok(29.0),
                Ok(0.09999999999999984),
                Ok((29.0, 0.09999999999999984)),
            ),
            (3.0, 3.0, Ok(1.0), Ok(0.0), Ok((1.0, 0.0))),
            (3.0, f64::INFINITY, Ok(0.0), Ok(3.0), Ok((0.0, 3.0))),
            (
                3.0,
                f64::NEG_INFINITY,
                Ok(-1.0),
                Ok(f64::NEG_INFINITY),
                Ok((-1.0, f64::NEG_INFINITY)),
            ),
            (
                3.0,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                3.0,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                3.0,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                3.0,
                1e-320,
                Ok(f64::INFINITY),
                Ok(3.715e-321),
                Ok((f64::INFINITY, 3.715e-321)),
            ),
            (-0.0, 2.0, Ok(-0.0), Ok(0.0), Ok((-0.0, 0.0))),
            (-0.0, -2.0, Ok(0.0), Ok(-0.0), Ok((0.0, -0.0))),
            (-0.0, 0.1, Ok(-0.0), Ok(0.0), Ok((-0.0, 0.0))),
            (-0.0, 3.0, Ok(-0.0), Ok(0.0), Ok((-0.0, 0.0))),
            (-0.0, f64::INFINITY, Ok(-0.0), Ok(0.0), Ok((-0.0, 0.0))),
            (-0.0, f64::NEG_INFINITY, Ok(0.0), Ok(-0.0), Ok((0.0, -0.0))),
            (
                -0.0,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                -0.0,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                -0.0,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (-0.0, 1e-320, Ok(-0.0), Ok(0.0), Ok((-0.0, 0.0))),
            (0.0, 2.0, Ok(0.0), Ok(0.0), Ok((0.0, 0.0))),
            (0.0, -2.0, Ok(-0.0), Ok(-0.0), Ok((-0.0, -0.0))),
            (0.0, 0.1, Ok(0.0), Ok(0.0), Ok((0.0, 0.0))),
            (0.0, 3.0, Ok(0.0), Ok(0.0), Ok((0.0, 0.0))),
            (0.0, f64::INFINITY, Ok(0.0), Ok(0.0), Ok((0.0, 0.0))),
            (0.0, f64::NEG_INFINITY, Ok(-0.0), Ok(-0.0), Ok((-0.0, -0.0))),
            (
                0.0,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                0.0,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                0.0,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (0.0, 1e-320, Ok(0.0), Ok(0.0), Ok((0.0, 0.0))),
            (
                f64::INFINITY,
                2.0,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::INFINITY,
                -2.0,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::INFINITY,
                0.1,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::INFINITY,
                3.0,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::INFINITY,
                f64::INFINITY,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::INFINITY,
                f64::NEG_INFINITY,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::INFINITY,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                f64::INFINITY,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                f64::INFINITY,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::INFINITY,
                1e-320,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NEG_INFINITY,
                2.0,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NEG_INFINITY,
                -2.0,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NEG_INFINITY,
                0.1,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NEG_INFINITY,
                3.0,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NEG_INFINITY,
                f64::INFINITY,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NEG_INFINITY,
                f64::NEG_INFINITY,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NEG_INFINITY,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                f64::NEG_INFINITY,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                f64::NEG_INFINITY,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NEG_INFINITY,
                1e-320,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NAN,
                2.0,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NAN,
                -2.0,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NAN,
                0.1,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NAN,
                3.0,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NAN,
                f64::INFINITY,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NAN,
                f64::NEG_INFINITY,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NAN,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                f64::NAN,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                f64::NAN,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                f64::NAN,
                1e-320,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (1e+308, 2.0, Ok(5e+307), Ok(0.0), Ok((5e+307, 0.0))),
            (1e+308, -2.0, Ok(-5e+307), Ok(-0.0), Ok((-5e+307, -0.0))),
            (
                1e+308,
                0.1,
                Ok(f64::INFINITY),
                Ok(0.06093288384329992),
                Ok((f64::INFINITY, 0.06093288384329992)),
            ),
            (
                1e+308,
                3.0,
                Ok(3.333333333333333e+307),
                Ok(2.0),
                Ok((3.333333333333333e+307, 2.0)),
            ),
            (
                1e+308,
                f64::INFINITY,
                Ok(0.0),
                Ok(1e+308),
                Ok((0.0, 1e+308)),
            ),
            (
                1e+308,
                f64::NEG_INFINITY,
                Ok(-1.0),
                Ok(f64::NEG_INFINITY),
                Ok((-1.0, f64::NEG_INFINITY)),
            ),
            (
                1e+308,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                1e+308,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                1e+308,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                1e+308,
                1e-320,
                Ok(f64::INFINITY),
                Ok(3.24e-321),
                Ok((f64::INFINITY, 3.24e-321)),
            ),
            (1e-320, 2.0, Ok(0.0), Ok(1e-320), Ok((0.0, 1e-320))),
            (1e-320, -2.0, Ok(-1.0), Ok(-2.0), Ok((-1.0, -2.0))),
            (1e-320, 0.1, Ok(0.0), Ok(1e-320), Ok((0.0, 1e-320))),
            (1e-320, 3.0, Ok(0.0), Ok(1e-320), Ok((0.0, 1e-320))),
            (
                1e-320,
                f64::INFINITY,
                Ok(0.0),
                Ok(1e-320),
                Ok((0.0, 1e-320)),
            ),
            (
                1e-320,
                f64::NEG_INFINITY,
                Ok(-1.0),
                Ok(f64::NEG_INFINITY),
                Ok((-1.0, f64::NEG_INFINITY)),
            ),
            (
                1e-320,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                1e-320,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                1e-320,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (1e-320, 1e-320, Ok(1.0), Ok(0.0), Ok((1.0, 0.0))),
            (5.5, 2.0, Ok(2.0), Ok(1.5), Ok((2.0, 1.5))),
            (5.5, -2.0, Ok(-3.0), Ok(-0.5), Ok((-3.0, -0.5))),
            (
                5.5,
                0.1,
                Ok(54.0),
                Ok(0.0999999999999997),
                Ok((54.0, 0.0999999999999997)),
            ),
            (5.5, 3.0, Ok(1.0), Ok(2.5), Ok((1.0, 2.5))),
            (5.5, f64::INFINITY, Ok(0.0), Ok(5.5), Ok((0.0, 5.5))),
            (
                5.5,
                f64::NEG_INFINITY,
                Ok(-1.0),
                Ok(f64::NEG_INFINITY),
                Ok((-1.0, f64::NEG_INFINITY)),
            ),
            (
                5.5,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                5.5,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                5.5,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                5.5,
                1e-320,
                Ok(f64::INFINITY),
                Ok(3.48e-321),
                Ok((f64::INFINITY, 3.48e-321)),
            ),
            (0.1, 2.0, Ok(0.0), Ok(0.1), Ok((0.0, 0.1))),
            (0.1, -2.0, Ok(-1.0), Ok(-1.9), Ok((-1.0, -1.9))),
            (0.1, 0.1, Ok(1.0), Ok(0.0), Ok((1.0, 0.0))),
            (0.1, 3.0, Ok(0.0), Ok(0.1), Ok((0.0, 0.1))),
            (0.1, f64::INFINITY, Ok(0.0), Ok(0.1), Ok((0.0, 0.1))),
            (
                0.1,
                f64::NEG_INFINITY,
                Ok(-1.0),
                Ok(f64::NEG_INFINITY),
                Ok((-1.0, f64::NEG_INFINITY)),
            ),
            (
                0.1,
                0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                0.1,
                -0.0,
                Err("float floor division by zero"),
                Err("float modulo"),
                Err("float divmod()"),
            ),
            (
                0.1,
                f64::NAN,
                Ok(f64::NAN),
                Ok(f64::NAN),
                Ok((f64::NAN, f64::NAN)),
            ),
            (
                0.1,
                1e-320,
                Ok(f64::INFINITY),
                Ok(9.644e-321),
                Ok((f64::INFINITY, 9.644e-321)),
            ),
        ];
        for &(a, b, fd, md, dm) in cases {
            assert!(
                same_res(float_floordiv(a, b), fd),
                "{} // {} = {:?}",
                a,
                b,
                float_floordiv(a, b)
            );
            assert!(
                same_res(float_mod(a, b), md),
                "{} % {} = {:?}",
                a,
                b,
                float_mod(a, b)
            );
            match (float_divmod(a, b), dm) {
                (Ok((q, r)), Ok((wq, wr))) => {
                    assert!(same(q, wq) && same(r, wr), "divmod({}, {})", a, b)
                }
                (Err(e), Err(w)) => assert_eq!(e, w),
                (g, w) => panic!("divmod({}, {}) = {:?}, want {:?}", a, b, g, w),
            }
        }
    }

    #[test]
    fn float_pow_matches_cpython() {
        // Err("complex") marks the cases where CPython returns a complex number.
        let cases: &[(f64, f64, Result<f64, &str>)] = &[
            (0.0, 0.0, Ok(1.0)),
            (0.0, -0.0, Ok(1.0)),
            (0.0, 1.0, Ok(0.0)),
            (0.0, -1.0, Err("0.0 cannot be raised to a negative power")),
            (0.0, 2.0, Ok(0.0)),
            (0.0, -2.0, Err("0.0 cannot be raised to a negative power")),
            (0.0, 0.5, Ok(0.0)),
            (0.0, -0.5, Err("0.0 cannot be raised to a negative power")),
            (0.0, 3.0, Ok(0.0)),
            (0.0, -3.0, Err("0.0 cannot be raised to a negative power")),
            (0.0, 1e+300, Ok(0.0)),
            (
                0.0,
                -1e+300,
                Err("0.0 cannot be raised to a negative power"),
            ),
            (0.0, f64::INFINITY, Ok(0.0)),
            (0.0, f64::NEG_INFINITY, Ok(f64::INFINITY)),
            (0.0, f64::NAN, Ok(f64::NAN)),
            (0.0, 1.5, Ok(0.0)),
            (0.0, -1.5, Err("0.0 cannot be raised to a negative power")),
            (0.0, 9007199254740992.0, Ok(0.0)),
            (0.0, 1024.0, Ok(0.0)),
            (
                0.0,
                -1025.0,
                Err("0.0 cannot be raised to a negative power"),
            ),
            (-0.0, 0.0, Ok(1.0)),
            (-0.0, -0.0, Ok(1.0)),
            (-0.0, 1.0, Ok(-0.0)),
            (-0.0, -1.0, Err("0.0 cannot be raised to a negative power")),
            (-0.0, 2.0, Ok(0.0)),
            (-0.0, -2.0, Err("0.0 cannot be raised to a negative power")),
            (-0.0, 0.5, Ok(0.0)),
            (-0.0, -0.5, Err("0.0 cannot be raised to a negative power")),
            (-0.0, 3.0, Ok(-0.0)),
            (-0.0, -3.0, Err("0.0 cannot be raised to a negative power")),
            (-0.0, 1e+300, Ok(0.0)),
            (
                -0.0,
                -1e+300,
                Err("0.0 cannot be raised to a negative power"),
            ),
            (-0.0, f64::INFINITY, Ok(0.0)),
            (-0.0, f64::NEG_INFINITY, Ok(f64::INFINITY)),
            (-0.0, f64::NAN, Ok(f64::NAN)),
            (-0.0, 1.5, Ok(0.0)),
            (-0.0, -1.5, Err("0.0 cannot be raised to a negative power")),
            (-0.0, 9007199254740992.0, Ok(0.0)),
            (-0.0, 1024.0, Ok(0.0)),
            (
                -0.0,
                -1025.0,
                Err("0.0 cannot be raised to a negative power"),
            ),
            (1.0, 0.0, Ok(1.0)),
            (1.0, -0.0, Ok(1.0)),
            (1.0, 1.0, Ok(1.0)),
            (1.0, -1.0, Ok(1.0)),
            (1.0, 2.0, Ok(1.0)),
            (1.0, -2.0, Ok(1.0)),
            (1.0, 0.5, Ok(1.0)),
            (1.0, -0.5, Ok(1.0)),
            (1.0, 3.0, Ok(1.0)),
            (1.0, -3.0, Ok(1.0)),
            (1.0, 1e+300, Ok(1.0)),
            (1.0, -1e+300, Ok(1.0)),
            (1.0, f64::INFINITY, Ok(1.0)),
            (1.0, f64::NEG_INFINITY, Ok(1.0)),
            (1.0, f64::NAN, Ok(1.0)),
            (1.0, 1.5, Ok(1.0)),
            (1.0, -1.5, Ok(1.0)),
            (1.0, 9007199254740992.0, Ok(1.0)),
            (1.0, 1024.0, Ok(1.0)),
            (1.0, -1025.0, Ok(1.0)),
            (-1.0, 0.0, Ok(1.0)),
            (-1.0, -0.0, Ok(1.0)),
            (-1.0, 1.0, Ok(-1.0)),
            (-1.0, -1.0, Ok(-1.0)),
            (-1.0, 2.0, Ok(1.0)),
            (-1.0, -2.0, Ok(1.0)),
            (-1.0, 0.5, Err("complex")),
            (-1.0, -0.5, Err("complex")),
            (-1.0, 3.0, Ok(-1.0)),
            (-1.0, -3.0, Ok(-1.0)),
            (-1.0, 1e+300, Ok(1.0)),
            (-1.0, -1e+300, Ok(1.0)),
            (-1.0, f64::INFINITY, Ok(1.0)),
            (-1.0, f64::NEG_INFINITY, Ok(1.0)),
            (-1.0, f64::NAN, Ok(f64::NAN)),
            (-1.0, 1.5, Err("complex")),
            (-1.0, -1.5, Err("complex")),
            (-1.0, 9007199254740992.0, Ok(1.0)),
            (-1.0, 1024.0, Ok(1.0)),
            (-1.0, -1025.0, Ok(-1.0)),
            (2.0, 0.0, Ok(1.0)),
            (2.0, -0.0, Ok(1.0)),
            (2.0, 1.0, Ok(2.0)),
            (2.0, -1.0, Ok(0.5)),
            (2.0, 2.0, Ok(4.0)),
            (2.0, -2.0, Ok(0.25)),
            (2.0, 0.5, Ok(1.4142135623730951)),
            (2.0, -0.5, Ok(0.7071067811865476)),
            (2.0, 3.0, Ok(8.0)),
            (2.0, -3.0, Ok(0.125)),
            (2.0, 1e+300, Err("(34, 'Numerical result out of range')")),
            (2.0, -1e+300, Ok(0.0)),
            (2.0, f64::INFINITY, Ok(f64::INFINITY)),
            (2.0, f64::NEG_INFINITY, Ok(0.0)),
            (2.0, f64::NAN, Ok(f64::NAN)),
            (2.0, 1.5, Ok(2.8284271247461903)),
            (2.0, -1.5, Ok(0.3535533905932738)),
            (
                2.0,
                9007199254740992.0,
                Err("(34, 'Numerical result out of range')"),
            ),
            (2.0, 1024.0, Err("(34, 'Numerical result out of range')")),
            (2.0, -1025.0, Ok(2.781342323134e-309)),
            (-2.0, 0.0, Ok(1.0)),
            (-2.0, -0.0, Ok(1.0)),
            (-2.0, 1.0, Ok(-2.0)),
            (-2.0, -1.0, Ok(-0.5)),
            (-2.0, 2.0, Ok(4.0)),
            (-2.0, -2.0, Ok(0.25)),
            (-2.0, 0.5, Err("complex")),
            (-2.0, -0.5, Err("complex")),
            (-2.0, 3.0, Ok(-8.0)),
            (-2.0, -3.0, Ok(-0.125)),
            (-2.0, 1e+300, Err("(34, 'Numerical result out of range')")),
            (-2.0, -1e+300, Ok(0.0)),
            (-2.0, f64::INFINITY, Ok(f64::INFINITY)),
            (-2.0, f64::NEG_INFINITY, Ok(0.0)),
            (-2.0, f64::NAN, Ok(f64::NAN)),
            (-2.0, 1.5, Err("complex")),
            (-2.0, -1.5, Err("complex")),
            (
                -2.0,
                9007199254740992.0,
                Err("(34, 'Numerical result out of range')"),
            ),
            (-2.0, 1024.0, Err("(34, 'Numerical result out of range')")),
            (-2.0, -1025.0, Ok(-2.781342323134e-309)),
            (0.5, 0.0, Ok(1.0)),
            (0.5, -0.0, Ok(1.0)),
            (0.5, 1.0, Ok(0.5)),
            (0.5, -1.0, Ok(2.0)),
            (0.5, 2.0, Ok(0.25)),
            (0.5, -2.0, Ok(4.0)),
            (0.5, 0.5, Ok(0.7071067811865476)),
            (0.5, -0.5, Ok(1.4142135623730951)),
            (0.5, 3.0, Ok(0.125)),
            (0.5, -3.0, Ok(8.0)),
            (0.5, 1e+300, Ok(0.0)),
            (0.5, -1e+300, Err("(34, 'Numerical result out of range')")),
            (0.5, f64::INFINITY, Ok(0.0)),
            (0.5, f64::NEG_INFINITY, Ok(f64::INFINITY)),
            (0.5, f64::NAN, Ok(f64::NAN)),
            (0.5, 1.5, Ok(0.3535533905932738)),
            (0.5, -1.5, Ok(2.8284271247461903)),
            (0.5, 9007199254740992.0, Ok(0.0)),
            (0.5, 1024.0, Ok(5.562684646268003e-309)),
            (0.5, -1025.0, Err("(34, 'Numerical result out of range')")),
            (-0.5, 0.0, Ok(1.0)),
            (-0.5, -0.0, Ok(1.0)),
            (-0.5, 1.0, Ok(-0.5)),
            (-0.5, -1.0, Ok(-2.0)),
            (-0.5, 2.0, Ok(0.25)),
            (-0.5, -2.0, Ok(4.0)),
            (-0.5, 0.5, Err("complex")),
            (-0.5, -0.5, Err("complex")),
            (-0.5, 3.0, Ok(-0.125)),
            (-0.5, -3.0, Ok(-8.0)),
            (-0.5, 1e+300, Ok(0.0)),
            (-0.5, -1e+300, Err("(34, 'Numerical result out of range')")),
            (-0.5, f64::INFINITY, Ok(0.0)),
            (-0.5, f64::NEG_INFINITY, Ok(f64::INFINITY)),
            (-0.5, f64::NAN, Ok(f64::NAN)),
            (-0.5, 1.5, Err("complex")),
            (-0.5, -1.5, Err("complex")),
            (-0.5, 9007199254740992.0, Ok(0.0)),
            (-0.5, 1024.0, Ok(5.562684646268003e-309)),
            (-0.5, -1025.0, Err("(34, 'Numerical result out of range')")),
            (3.0, 0.0, Ok(1.0)),
            (3.0, -0.0, Ok(1.0)),
            (3.0, 1.0, Ok(3.0)),
            (3.0, -1.0, Ok(0.3333333333333333)),
            (3.0, 2.0, Ok(9.0)),
            (3.0, -2.0, Ok(0.1111111111111111)),
            (3.0, 0.5, Ok(1.7320508075688772)),
            (3.0, -0.5, Ok(0.5773502691896257)),
            (3.0, 3.0, Ok(27.0)),
            (3.0, -3.0, Ok(0.037037037037037035)),
            (3.0, 1e+300, Err("(34, 'Numerical result out of range')")),
            (3.0, -1e+300, Ok(0.0)),
            (3.0, f64::INFINITY, Ok(f64::INFINITY)),
            (3.0, f64::NEG_INFINITY, Ok(0.0)),
            (3.0, f64::NAN, Ok(f64::NAN)),
            (3.0, 1.5, Ok(5.196152422706632)),
            (3.0, -1.5, Ok(0.19245008972987526)),
            (
                3.0,
                9007199254740992.0,
                Err("(34, 'Numerical result out of range')"),
            ),
            (3.0, 1024.0, Err("(34, 'Numerical result out of range')")),
            (3.0, -1025.0, Ok(0.0)),
            (-3.0, 0.0, Ok(1.0)),
            (-3.0, -0.0, Ok(1.0)),
            (-3.0, 1.0, Ok(-3.0)),
            (-3.0, -1.0, Ok(-0.3333333333333333)),
            (-3.0, 2.0, Ok(9.0)),
            (-3.0, -2.0, Ok(0.1111111111111111)),
            (-3.0, 0.5, Err("complex")),
            (-3.0, -0.5, Err("complex")),
            (-3.0, 3.0, Ok(-27.0)),
            (-3.0, -3.0, Ok(-0.037037037037037035)),
            (-3.0, 1e+300, Err("(34, 'Numerical result out of range')")),
            (-3.0, -1e+300, Ok(0.0)),
            (-3.0, f64::INFINITY, Ok(f64::INFINITY)),
            (-3.0, f64::NEG_INFINITY, Ok(0.0)),
            (-3.0, f64::NAN, Ok(f64::NAN)),
            (-3.0, 1.5, Err("complex")),
            (-3.0, -1.5, Err("complex")),
            (
                -3.0,
                9007199254740992.0,
                Err("(34, 'Numerical result out of range')"),
            ),
            (-3.0, 1024.0, Err("(34, 'Numerical result out of range')")),
            (-3.0, -1025.0, Ok(-0.0)),
            (1e+300, 0.0, Ok(1.0)),
            (1e+300, -0.0, Ok(1.0)),
            (1e+300, 1.0, Ok(1e+300)),
            (1e+300, -1.0, Ok(1e-300)),
            (1e+300, 2.0, Err("(34, 'Numerical result out of range')")),
            (1e+300, -2.0, Ok(0.0)),
            (1e+300, 0.5, Ok(1e+150)),
            (1e+300, -0.5, Ok(1e-150)),
            (1e+300, 3.0, Err("(34, 'Numerical result out of range')")),
            (1e+300, -3.0, Ok(0.0)),
            (1e+300, 1e+300, Err("(34, 'Numerical result out of range')")),
            (1e+300, -1e+300, Ok(0.0)),
            (1e+300, f64::INFINITY, Ok(f64::INFINITY)),
            (1e+300, f64::NEG_INFINITY, Ok(0.0)),
            (1e+300, f64::NAN, Ok(f64::NAN)),
            (1e+300, 1.5, Err("(34, 'Numerical result out of range')")),
            (1e+300, -1.5, Ok(0.0)),
            (
                1e+300,
                9007199254740992.0,
                Err("(34, 'Numerical result out of range')"),
            ),
            (1e+300, 1024.0, Err("(34, 'Numerical result out of range')")),
            (1e+300, -1025.0, Ok(0.0)),
            (-1e+300, 0.0, Ok(1.0)),
            (-1e+300, -0.0, Ok(1.0)),
            (-1e+300, 1.0, Ok(-1e+300)),
            (-1e+300, -1.0, Ok(-1e-300)),
            (-1e+300, 2.0, Err("(34, 'Numerical result out of range')")),
            (-1e+300, -2.0, Ok(0.0)),
            (-1e+300, 0.5, Err("complex")),
            (-1e+300, -0.5, Err("complex")),
            (-1e+300, 3.0, Err("(34, 'Numerical result out of range')")),
            (-1e+300, -3.0, Ok(-0.0)),
            (
                -1e+300,
                1e+300,
                Err("(34, 'Numerical result out of range')"),
            ),
            (-1e+300, -1e+300, Ok(0.0)),
            (-1e+300, f64::INFINITY, Ok(f64::INFINITY)),
            (-1e+300, f64::NEG_INFINITY, Ok(0.0)),
            (-1e+300, f64::NAN, Ok(f64::NAN)),
            (-1e+300, 1.5, Err("complex")),
            (-1e+300, -1.5, Err("complex")),
            (
                -1e+300,
                9007199254740992.0,
                Err("(34, 'Numerical result out of range')"),
            ),
            (
                -1e+300,
                1024.0,
                Err("(34, 'Numerical result out of range')"),
            ),
            (-1e+300, -1025.0, Ok(-0.0)),
            (f64::INFINITY, 0.0, Ok(1.0)),
            (f64::INFINITY, -0.0, Ok(1.0)),
            (f64::INFINITY, 1.0, Ok(f64::INFINITY)),
            (f64::INFINITY, -1.0, Ok(0.0)),
            (f64::INFINITY, 2.0, Ok(f64::INFINITY)),
            (f64::INFINITY, -2.0, Ok(0.0)),
            (f64::INFINITY, 0.5, Ok(f64::INFINITY)),
            (f64::INFINITY, -0.5, Ok(0.0)),
            (f64::INFINITY, 3.0, Ok(f64::INFINITY)),
            (f64::INFINITY, -3.0, Ok(0.0)),
            (f64::INFINITY, 1e+300, Ok(f64::INFINITY)),
            (f64::INFINITY, -1e+300, Ok(0.0)),
            (f64::INFINITY, f64::INFINITY, Ok(f64::INFINITY)),
            (f64::INFINITY, f64::NEG_INFINITY, Ok(0.0)),
            (f64::INFINITY, f64::NAN, Ok(f64::NAN)),
            (f64::INFINITY, 1.5, Ok(f64::INFINITY)),
            (f64::INFINITY, -1.5, Ok(0.0)),
            (f64::INFINITY, 9007199254740992.0, Ok(f64::INFINITY)),
            (f64::INFINITY, 1024.0, Ok(f64::INFINITY)),
            (f64::INFINITY, -1025.0, Ok(0.0)),
            (f64::NEG_INFINITY, 0.0, Ok(1.0)),
            (f64::NEG_INFINITY, -0.0, Ok(1.0)),
            (f64::NEG_INFINITY, 1.0, Ok(f64::NEG_INFINITY)),
            (f64::NEG_INFINITY, -1.0, Ok(-0.0)),
            (f64::NEG_INFINITY, 2.0, Ok(f64::INFINITY)),
            (f64::NEG_INFINITY, -2.0, Ok(0.0)),
            (f64::NEG_INFINITY, 0.5, Ok(f64::INFINITY)),
            (f64::NEG_INFINITY, -0.5, Ok(0.0)),
            (f64::NEG_INFINITY, 3.0, Ok(f64::NEG_INFINITY)),
            (f64::NEG_INFINITY, -3.0, Ok(-0.0)),
            (f64::NEG_INFINITY, 1e+300, Ok(f64::INFINITY)),
            (f64::NEG_INFINITY, -1e+300, Ok(0.0)),
            (f64::NEG_INFINITY, f64::INFINITY, Ok(f64::INFINITY)),
            (f64::NEG_INFINITY, f64::NEG_INFINITY, Ok(0.0)),
            (f64::NEG_INFINITY, f64::NAN, Ok(f64::NAN)),
            (f64::NEG_INFINITY, 1.5, Ok(f64::INFINITY)),
            (f64::NEG_INFINITY, -1.5, Ok(0.0)),
            (f64::NEG_INFINITY, 9007199254740992.0, Ok(f64::INFINITY)),
            (f64::NEG_INFINITY, 1024.0, Ok(f64::INFINITY)),
            (f64::NEG_INFINITY, -1025.0, Ok(-0.0)),
            (f64::NAN, 0.0, Ok(1.0)),
            (f64::NAN, -0.0, Ok(1.0)),
            (f64::NAN, 1.0, Ok(f64::NAN)),
            (f64::NAN, -1.0, Ok(f64::NAN)),
            (f64::NAN, 2.0, Ok(f64::NAN)),
            (f64::NAN, -2.0, Ok(f64::NAN)),
            (f64::NAN, 0.5, Ok(f64::NAN)),
            (f64::NAN, -0.5, Ok(f64::NAN)),
            (f64::NAN, 3.0, Ok(f64::NAN)),
            (f64::NAN, -3.0, Ok(f64::NAN)),
            (f64::NAN, 1e+300, Ok(f64::NAN)),
            (f64::NAN, -1e+300, Ok(f64::NAN)),
            (f64::NAN, f64::INFINITY, Ok(f64::NAN)),
            (f64::NAN, f64::NEG_INFINITY, Ok(f64::NAN)),
            (f64::NAN, f64::NAN, Ok(f64::NAN)),
            (f64::NAN, 1.5, Ok(f64::NAN)),
            (f64::NAN, -1.5, Ok(f64::NAN)),
            (f64::NAN, 9007199254740992.0, Ok(f64::NAN)),
            (f64::NAN, 1024.0, Ok(f64::NAN)),
            (f64::NAN, -1025.0, Ok(f64::NAN)),
            (1.5, 0.0, Ok(1.0)),
            (1.5, -0.0, Ok(1.0)),
            (1.5, 1.0, Ok(1.5)),
            (1.5, -1.0, Ok(0.6666666666666666)),
            (1.5, 2.0, Ok(2.25)),
            (1.5, -2.0, Ok(0.4444444444444444)),
            (1.5, 0.5, Ok(1.224744871391589)),
            (1.5, -0.5, Ok(0.816496580927726)),
            (1.5, 3.0, Ok(3.375)),
            (1.5, -3.0, Ok(0.2962962962962963)),
            (1.5, 1e+300, Err("(34, 'Numerical result out of range')")),
            (1.5, -1e+300, Ok(0.0)),
            (1.5, f64::INFINITY, Ok(f64::INFINITY)),
            (1.5, f64::NEG_INFINITY, Ok(0.0)),
            (1.5, f64::NAN, Ok(f64::NAN)),
            (1.5, 1.5, Ok(1.8371173070873836)),
            (1.5, -1.5, Ok(0.5443310539518174)),
            (
                1.5,
                9007199254740992.0,
                Err("(34, 'Numerical result out of range')"),
            ),
            (1.5, 1024.0, Ok(2.0770611040332967e+180)),
            (1.5, -1025.0, Ok(3.2096632370232837e-181)),
            (-1.5, 0.0, Ok(1.0)),
            (-1.5, -0.0, Ok(1.0)),
            (-1.5, 1.0, Ok(-1.5)),
            (-1.5, -1.0, Ok(-0.6666666666666666)),
            (-1.5, 2.0, Ok(2.25)),
            (-1.5, -2.0, Ok(0.4444444444444444)),
            (-1.5, 0.5, Err("complex")),
            (-1.5, -0.5, Err("complex")),
            (-1.5, 3.0, Ok(-3.375)),
            (-1.5, -3.0, Ok(-0.2962962962962963)),
            (-1.5, 1e+300, Err("(34, 'Numerical result out of range')")),
            (-1.5, -1e+300, Ok(0.0)),
            (-1.5, f64::INFINITY, Ok(f64::INFINITY)),
            (-1.5, f64::NEG_INFINITY, Ok(0.0)),
            (-1.5, f64::NAN, Ok(f64::NAN)),
            (-1.5, 1.5, Err("complex")),
            (-1.5, -1.5, Err("complex")),
            (
                -1.5,
                9007199254740992.0,
                Err("(34, 'Numerical result out of range')"),
            ),
            (-1.5, 1024.0, Ok(2.0770611040332967e+180)),
            (-1.5, -1025.0, Ok(-3.2096632370232837e-181)),
            (9007199254740992.0, 0.0, Ok(1.0)),
            (9007199254740992.0, -0.0, Ok(1.0)),
            (9007199254740992.0, 1.0, Ok(9007199254740992.0)),
            (9007199254740992.0, -1.0, Ok(1.1102230246251565e-16)),
            (9007199254740992.0, 2.0, Ok(8.112963841460668e+31)),
            (9007199254740992.0, -2.0, Ok(1.232595164407831e-32)),
            (9007199254740992.0, 0.5, Ok(94906265.62425156)),
            (9007199254740992.0, -0.5, Ok(1.0536712127723509e-08)),
            (9007199254740992.0, 3.0, Ok(7.307508186654515e+47)),
            (9007199254740992.0, -3.0, Ok(1.3684555315672042e-48)),
            (
                9007199254740992.0,
                1e+300,
                Err("(34, 'Numerical result out of range')"),
            ),
            (9007199254740992.0, -1e+300, Ok(0.0)),
            (9007199254740992.0, f64::INFINITY, Ok(f64::INFINITY)),
            (9007199254740992.0, f64::NEG_INFINITY, Ok(0.0)),
            (9007199254740992.0, f64::NAN, Ok(f64::NAN)),
            (9007199254740992.0, 1.5, Ok(8.548396450010093e+23)),
            (9007199254740992.0, -1.5, Ok(1.1698100408045763e-24)),
            (
                9007199254740992.0,
                9007199254740992.0,
                Err("(34, 'Numerical result out of range')"),
            ),
            (
                9007199254740992.0,
                1024.0,
                Err("(34, 'Numerical result out of range')"),
            ),
            (9007199254740992.0, -1025.0, Ok(0.0)),
            (1024.0, 0.0, Ok(1.0)),
            (1024.0, -0.0, Ok(1.0)),
            (1024.0, 1.0, Ok(1024.0)),
            (1024.0, -1.0, Ok(0.0009765625)),
            (1024.0, 2.0, Ok(1048576.0)),
            (1024.0, -2.0, Ok(9.5367431640625e-07)),
            (1024.0, 0.5, Ok(32.0)),
            (1024.0, -0.5, Ok(0.03125)),
            (1024.0, 3.0, Ok(1073741824.0)),
            (1024.0, -3.0, Ok(9.313225746154785e-10)),
            (1024.0, 1e+300, Err("(34, 'Numerical result out of range')")),
            (1024.0, -1e+300, Ok(0.0)),
            (1024.0, f64::INFINITY, Ok(f64::INFINITY)),
            (1024.0, f64::NEG_INFINITY, Ok(0.0)),
            (1024.0, f64::NAN, Ok(f64::NAN)),
            (1024.0, 1.5, Ok(32768.0)),
            (1024.0, -1.5, Ok(3.0517578125e-05)),
            (
                1024.0,
                9007199254740992.0,
                Err("(34, 'Numerical result out of range')"),
            ),
            (1024.0, 1024.0, Err("(34, 'Numerical result out of range')")),
            (1024.0, -1025.0, Ok(0.0)),
            (-1025.0, 0.0, Ok(1.0)),
            (-1025.0, -0.0, Ok(1.0)),
            (-1025.0, 1.0, Ok(-1025.0)),
            (-1025.0, -1.0, Ok(-0.000975609756097561)),
            (-1025.0, 2.0, Ok(1050625.0)),
            (-1025.0, -2.0, Ok(9.518143961927424e-07)),
            (-1025.0, 0.5, Err("complex")),
            (-1025.0, -0.5, Err("complex")),
            (-1025.0, 3.0, Ok(-1076890625.0)),
            (-1025.0, -3.0, Ok(-9.285994109197487e-10)),
            (
                -1025.0,
                1e+300,
                Err("(34, 'Numerical result out of range')"),
            ),
            (-1025.0, -1e+300, Ok(0.0)),
            (-1025.0, f64::INFINITY, Ok(f64::INFINITY)),
            (-1025.0, f64::NEG_INFINITY, Ok(0.0)),
            (-1025.0, f64::NAN, Ok(f64::NAN)),
            (-1025.0, 1.5, Err("complex")),
            (-1025.0, -1.5, Err("complex")),
            (
                -1025.0,
                9007199254740992.0,
                Err("(34, 'Numerical result out of range')"),
            ),
            (
                -1025.0,
                1024.0,
                Err("(34, 'Numerical result out of range')"),
            ),
            (-1025.0, -1025.0, Ok(-0.0)),
        ];
        for &(a, b, want) in cases {
            assert!(
                same_res(float_pow(a, b), want),
                "{} ** {} = {:?}, want {:?}",
                a,
                b,
                float_pow(a, b),
                want
            );
        }
    }

    #[test]
    fn int_true_div_matches_cpython() {
        let cases: &[(&str, &str, Result<f64, &str>)] = &[
        ("1000000000000000000000000000000", "7", Ok(1.4285714285714285e+29)),
        ("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376", Ok(1.2676506002282294e+30)),
        ("1", "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784", Ok(5e-324)),
        ("1", "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568", Ok(0.0)),
        ("3", "809609013229242473409981386875669228198226599056568473427605432109721358271981387567841534805748497980748311457267247645559234949543173907468053599762954039686069697106265445457867630968372865364959070713890980274248029933698770794472413422596638225363240226049435078209333658460922010128745310034584025053230830964373979136", Ok(5e-324)),
        ("1", "303603379960965927528743020078375960574334974646213177535352037041145509351993020337940575552155686742780616796475217867084713106078690215300520099911107764882276136414849542046700361613139824511859651517709117602843011225137039047927155033473739334511215084768538154328500121922845753798279491262969009394961561611640242176", Ok(5e-324)),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "1", Err("integer division result too large for a float")),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137215", "1", Err("integer division result too large for a float")),
        ("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376", "638668899051110339730039268171788341141584403339346413280815117579907805398068501051186548957643424348589582990141598478071180156285949971436534975451146054502401815344347416485612070862196155898449074158254055677865859345638678524444433685903374130402278690200241933325554718473710083176923136", Err("integer division result too large for a float")),
        ("1", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok(0.0)),
        ("-1", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok(-0.0)),
        ("0", "-5", Ok(-0.0)),
        ("0", "5", Ok(0.0)),
        ("-1152921504606846976", "3", Ok(-3.843071682022823e+17)),
        ("9223372036854775807", "4611686018427387905", Ok(2.0)),
        ("5", "0", Err("division by zero")),
        ("1", "3", Ok(0.3333333333333333)),
        ("-7", "2", Ok(-3.5)),
        ("9007199254740993", "1", Ok(9007199254740992.0)),
        ("18014398509481987", "2", Ok(9007199254740994.0)),
        ("10000000000000000000000", "1000", Ok(1e+19)),
        ("265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001", "5817092933824343165432524003391691164919859649719340532627567207607656859034356995566589707894210757866827613621721127496191249", Ok(4.566094987608383e-32)),
        ("-265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001", "5817092933824343165432524003391691164919859649719340532627567207607656859034356995566589707894210757866827613621721127496191249", Ok(-4.566094987608383e-32)),
        ("269653970229347386159395778618353710042696546841345985910145121736599013708251444699062715983611304031680170819807090036488184653221624933739271145959211186566651840137298227914453329401869141179179624428127508653257226023513694322210869665811240855745025766026879447359920868907719574457253034494436336205824", "2", Ok(1.348269851146737e+308)),
        ("359538626972463161587457942810606830159868265420075653872347557960889936585529501893298035955174414192660572833385775821893111095703880805261314977343011641363817804001416767352547709691635423063528951460540139711142733919245685829639721669872950585438148336888731021408685423119399016186085760355808348995584", "2", Err("integer division result too large for a float")),
        ];
        for &(a, b, want) in cases {
            let got = int_true_div(&big(a), &big(b));
            assert!(
                same_res(got.clone(), want),
                "{} / {} = {:?}, want {:?}",
                a,
                b,
                got,
                want
            );
            if let (Ok(x), Ok(y)) = (a.parse::<i64>(), b.parse::<i64>()) {
                assert!(same_res(i64_true_div(x, y), want), "i64 {} / {}", a, b);
            }
        }
    }

    #[test]
    fn int_to_f64_matches_cpython() {
        let cases: &[(&str, Result<f64, &str>)] = &[
        ("0", Ok(0.0)),
        ("1", Ok(1.0)),
        ("-1", Ok(-1.0)),
        ("9007199254740992", Ok(9007199254740992.0)),
        ("9007199254740993", Ok(9007199254740992.0)),
        ("9007199254740995", Ok(9007199254740996.0)),
        ("18014398509481986", Ok(1.8014398509481984e+16)),
        ("18446744073709551615", Ok(1.8446744073709552e+19)),
        ("18446744073709551617", Ok(1.8446744073709552e+19)),
        ("-1180591620717411303427", Ok(-1.1805916207174113e+21)),
        ("1000000000000000000000000000000", Ok(1e+30)),
        ("89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", Ok(8.98846567431158e+307)),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", Err("int too large to convert to float")),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", Err("int too large to convert to float")),
        ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", Ok(1.7976931348623157e+308)),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", Ok(1.7976931348623157e+308)),
        ("9657802140591758043812442031522928437371194636776843099838260055342219733688083412928987321682880332396927287242805644548901834234972280564072880735127568242460394336247761481999342991210220561304479523441956128812808859393388776484808811910915541232693035534590226711458043242074211993816993921587180335757972232760635320184916654001", Err("int too large to convert to float")),
        ("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok(1e+308)),
        ("1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Err("int too large to convert to float")),
        ("9223372036854775808", Ok(9.223372036854776e+18)),
        ("-9223372036854775808", Ok(-9.223372036854776e+18)),
        ("9223372036854775807", Ok(9.223372036854776e+18)),
        ("11417981541647680316116887983825362587765178368", Ok(1.141798154164768e+46)),
        ];
        for &(n, want) in cases {
            assert!(
                same_res(int_to_f64(&big(n)), want),
                "float({}) = {:?}",
                n,
                int_to_f64(&big(n))
            );
        }
    }

    #[test]
    fn float_to_int_round_floor_ceil_match_cpython() {
        type R = Result<&'static str, &'static str>;
        let cases: &[(f64, R, R, R, R)] = &[
        (0.0, Ok("0"), Ok("0"), Ok("0"), Ok("0")),
        (-0.0, Ok("0"), Ok("0"), Ok("0"), Ok("0")),
        (0.9, Ok("0"), Ok("1"), Ok("0"), Ok("1")),
        (-0.9, Ok("0"), Ok("-1"), Ok("-1"), Ok("0")),
        (1.5, Ok("1"), Ok("2"), Ok("1"), Ok("2")),
        (-1.5, Ok("-1"), Ok("-2"), Ok("-2"), Ok("-1")),
        (9.223372036854776e+18, Ok("9223372036854775808"), Ok("9223372036854775808"), Ok("9223372036854775808"), Ok("9223372036854775808")),
        (-9.223372036854776e+18, Ok("-9223372036854775808"), Ok("-9223372036854775808"), Ok("-9223372036854775808"), Ok("-9223372036854775808")),
        (1.8446744073709552e+19, Ok("18446744073709551616"), Ok("18446744073709551616"), Ok("18446744073709551616"), Ok("18446744073709551616")),
        (1e+300, Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"), Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"), Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"), Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
        (-1e+300, Ok("-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"), Ok("-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"), Ok("-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"), Ok("-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
        (1e+22, Ok("10000000000000000000000"), Ok("10000000000000000000000"), Ok("10000000000000000000000"), Ok("10000000000000000000000")),
        (123456789.987, Ok("123456789"), Ok("123456790"), Ok("123456789"), Ok("123456790")),
        (f64::INFINITY, Err("cannot convert float infinity to integer"), Err("cannot convert float infinity to integer"), Err("cannot convert float infinity to integer"), Err("cannot convert float infinity to integer")),
        (f64::NEG_INFINITY, Err("cannot convert float infinity to integer"), Err("cannot convert float infinity to integer"), Err("cannot convert float infinity to integer"), Err("cannot convert float infinity to integer")),
        (f64::NAN, Err("cannot convert float NaN to integer"), Err("cannot convert float NaN to integer"), Err("cannot convert float NaN to integer"), Err("cannot convert float NaN to integer")),
        (5e-324, Ok("0"), Ok("0"), Ok("0"), Ok("1")),
        (9007199254740992.0, Ok("9007199254740992"), Ok("9007199254740992"), Ok("9007199254740992"), Ok("9007199254740992")),
        ];
        let s = |r: Result<BigInt, String>| r.map(|v| v.to_string());
        for &(x, int_, round_, floor_, ceil_) in cases {
            let w = |r: R| r.map(|v| v.to_string()).map_err(|e| e.to_string());
            assert_eq!(s(f64_to_int(x)), w(int_), "int({})", x);
            assert_eq!(s(round_float_to_int(x)), w(round_), "round({})", x);
            assert_eq!(s(float_floor_to_int(x)), w(floor_), "floor({})", x);
            assert_eq!(s(float_ceil_to_int(x)), w(ceil_), "ceil({})", x);
        }
        assert!(float_is_integer(3.0) && float_is_integer(-0.0) && float_is_integer(1e300));
        assert!(
            !float_is_integer(0.5)
                && !float_is_integer(f64::INFINITY)
                && !float_is_integer(f64::NAN)
        );
    }

    #[test]
    fn round_float_ndigits_matches_cpython() {
        let cases: &[(f64, i64, Result<f64, &str>)] = &[
            (2.675, 2, Ok(2.67)),
            (0.125, 2, Ok(0.12)),
            (0.375, 2, Ok(0.38)),
            (2.5, 0, Ok(2.0)),
            (-2.5, 0, Ok(-2.0)),
            (1234.5, -1, Ok(1230.0)),
            (1250.0, -2, Ok(1200.0)),
            (1350.0, -2, Ok(1400.0)),
            (-1250.0, -2, Ok(-1200.0)),
            (5e-324, 323, Ok(0.0)),
            (
                1.7976931348623157e+308,
                -308,
                Err("rounded value too large to represent"),
            ),
            (
                -1.7976931348623157e+308,
                -308,
                Err("rounded value too large to represent"),
            ),
            (1.5e+308, -308, Err("rounded value too large to represent")),
            (-0.4, 0, Ok(-0.0)),
            (-4.0, -1, Ok(-0.0)),
            (0.5, 0, Ok(0.0)),
            (1e+22, -22, Ok(1e+22)),
            (5e+22, -23, Ok(0.0)),
            (1.5, 0, Ok(2.0)),
            (15.0, -1, Ok(20.0)),
            (25.0, -1, Ok(20.0)),
            (25.000000000000004, -1, Ok(30.0)),
            (f64::INFINITY, 2, Ok(f64::INFINITY)),
            (f64::NAN, 2, Ok(f64::NAN)),
            (f64::NEG_INFINITY, -3, Ok(f64::NEG_INFINITY)),
            (1.23456, 324, Ok(1.23456)),
            (1.23456, -309, Ok(0.0)),
            (-1.23456, -309, Ok(-0.0)),
            (0.1, 1, Ok(0.1)),
            (0.15, 1, Ok(0.1)),
            (0.25, 1, Ok(0.2)),
            (0.35, 1, Ok(0.3)),
            (1e+300, 2, Ok(1e+300)),
            (123.456, -1, Ok(120.0)),
            (123.456, 1, Ok(123.5)),
            (1e-320, 323, Ok(1e-320)),
            (5e-324, 323, Ok(0.0)),
        ];
        for &(x, nd, want) in cases {
            let got = round_float_ndigits(x, nd);
            assert!(
                same_res(got.clone(), want),
                "round({}, {}) = {:?}, want {:?}",
                x,
                nd,
                got,
                want
            );
        }
    }

    #[test]
    fn round_int_ndigits_matches_cpython() {
        let cases: &[(&str, i64, &str)] = &[
            ("15", -1, "20"),
            ("25", -1, "20"),
            ("-15", -1, "-20"),
            ("-25", -1, "-20"),
            ("149", -2, "100"),
            ("150", -2, "200"),
            ("250", -2, "200"),
            ("251", -2, "300"),
            ("-250", -2, "-200"),
            ("12345", 1, "12345"),
            ("12345", 0, "12345"),
            ("5", -1, "0"),
            ("4", -1, "0"),
            ("-5", -1, "0"),
            (
                "100000000000000000000500000000000000000000000000000",
                -30,
                "100000000000000000000000000000000000000000000000000",
            ),
            ("350000000000000000000", -20, "400000000000000000000"),
            ("7", -100, "0"),
            (
                "-10000000000000000000000000000000000000000",
                -40,
                "-10000000000000000000000000000000000000000",
            ),
            ("5000000000000000000000000000000000000000", -40, "0"),
            (
                "15000000000000000000000000000000000000000",
                -40,
                "20000000000000000000000000000000000000000",
            ),
        ];
        for &(n, nd, want) in cases {
            assert_eq!(
                round_int_ndigits(&big(n), nd).to_string(),
                want,
                "round({}, {})",
                n,
                nd
            );
        }
    }

    #[test]
    fn hashes_match_cpython() {
        let ints: &[(&str, i64)] = &[
            ("0", 0),
            ("1", 1),
            ("-1", -2),
            ("-2", -2),
            ("2305843009213693951", 0),
            ("2305843009213693950", 2305843009213693950),
            ("2305843009213693952", 1),
            ("-2305843009213693951", 0),
            ("-2305843009213693952", -2),
            ("9223372036854775807", 3),
            ("-9223372036854775808", -4),
            ("18446744073709551616", 8),
            ("5316911983139663491615228241121378303", 0),
            ("1000000000000000000000000000000", 465258685558744706),
            ("-1000000000000000000000000000000", -465258685558744706),
            (
                "515377520732011331036461129765621272702107522001",
                1175369268131054105,
            ),
            (
                "1606938044258990275541962092341162602522205299625802048995327",
                131072,
            ),
        ];
        for &(n, want) in ints {
            assert_eq!(hash_int(&big(n)), want, "hash({})", n);
            if let Ok(v) = n.parse::<i64>() {
                assert_eq!(hash_i64(v), want, "hash_i64({})", n);
            }
        }
        let floats: &[(f64, i64)] = &[
            (0.0, 0),
            (-0.0, 0),
            (1.0, 1),
            (-1.0, -2),
            (0.5, 1152921504606846976),
            (-0.5, -1152921504606846976),
            (1.5, 1152921504606846977),
            (1e+100, 1822893315824342674),
            (-1e+100, -1822893315824342674),
            (1e-300, 482449582752280463),
            (5e-324, 16777216),
            (2.305843009213694e+18, 1),
            (4.611686018427388e+18, 2),
            (1.7976931348623157e+308, 2234066890152476671),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (0.1, 230584300921369408),
            (123.456, 1051464412201451643),
            (-2.305843009213694e+18, -2),
            (2.3058430092136934e+18, 2305843009213693440),
        ];
        for &(x, want) in floats {
            assert_eq!(hash_float(x), want, "hash({:e})", x);
        }
        assert_eq!(hash_float(f64::NAN), 0); // the caller hashes NaN by identity
                                             // hash(float(n)) == hash(n) for integral floats.
        for n in [0i64, 1, -1, 1 << 61, -(1 << 62), 12345678901234] {
            assert_eq!(hash_float(n as f64), hash_i64(n));
        }
    }

    #[test]
    fn int_text_conversions() {
        // bin/oct/hex and str from CPython.
        let n = big("-255");
        assert_eq!(int_to_string_radix(&n, 16), "-ff");
        assert_eq!(int_to_string_radix(&n, 2), "-11111111");
        assert_eq!(int_to_string_radix(&big("0"), 8), "0");
        assert_eq!(int_to_prefixed_string(&n, 16), "-0xff");
        assert_eq!(int_to_prefixed_string(&big("0"), 2), "0b0");
        assert_eq!(int_to_prefixed_string(&big("8"), 8), "0o10");
        assert_eq!(i64_to_string_radix(i64::MIN, 16), "-8000000000000000");
        assert_eq!(i64_to_string_radix(35, 36), "z");
        let b = big("-1267650600228229401496703205376"); // -(2**100)
        assert_eq!(
            int_to_prefixed_string(&b, 16),
            "-0x10000000000000000000000000"
        );
        assert_eq!(
            int_to_string_radix(&b, 10),
            "-1267650600228229401496703205376"
        );
        assert_eq!(int_to_str(&b).unwrap(), "-1267650600228229401496703205376");
        let huge = BigInt::from(10u32).pow(4300); // 4301 digits
        assert_eq!(
            int_to_str(&huge).unwrap_err(),
            "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(
            int_to_str(&-BigInt::from(10u32).pow(4299)).unwrap().len(),
            4301
        ); // sign not counted
    }

    #[test]
    fn integer_floor_division_and_modulo() {
        // (a, b, a // b, a % b) from CPython
        let cases: &[(i64, i64, i64, i64)] = &[
            (7, 2, 3, 1),
            (-7, 2, -4, 1),
            (7, -2, -4, -1),
            (-7, -2, 3, -1),
            (0, 5, 0, 0),
            (i64::MIN, 1, i64::MIN, 0),
            (i64::MIN, 2, -4611686018427387904, 0),
            (i64::MIN, i64::MIN, 1, 0),
            (1, i64::MIN, -1, -9223372036854775807),
            (i64::MAX, -1, -i64::MAX, 0),
        ];
        for &(a, b, q, r) in cases {
            assert_eq!(i64_floordiv(a, b), Some(q), "{} // {}", a, b);
            assert_eq!(i64_mod(a, b), Some(r), "{} % {}", a, b);
            assert_eq!(
                int_floordiv(&BigInt::from(a), &BigInt::from(b)).unwrap(),
                BigInt::from(q)
            );
            assert_eq!(
                int_mod(&BigInt::from(a), &BigInt::from(b)).unwrap(),
                BigInt::from(r)
            );
            assert_eq!(
                int_divmod(&BigInt::from(a), &BigInt::from(b)).unwrap(),
                (BigInt::from(q), BigInt::from(r))
            );
        }
        assert_eq!(i64_floordiv(i64::MIN, -1), None); // 2**63 needs a BigInt
        assert_eq!(i64_mod(i64::MIN, -1), Some(0));
        assert_eq!(i64_floordiv(1, 0), None);
        assert_eq!(i64_mod(1, 0), None);
        let (one, zero) = (BigInt::from(1), BigInt::from(0));
        assert_eq!(
            int_floordiv(&one, &zero).unwrap_err(),
            "integer division or modulo by zero"
        );
        assert_eq!(int_mod(&one, &zero).unwrap_err(), "integer modulo by zero");
        assert_eq!(
            int_divmod(&one, &zero).unwrap_err(),
            "integer division or modulo by zero"
        );
    }
}
