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
    format!("invalid literal for int() with base {}: {}", base, &r[..end])
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
        let vals: Vec<u8> =
            body.iter().filter(|&&c| c != b'_').map(|&c| digit_value(c) as u8).collect();
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
    let lower = |s: &[u8], w: &[u8]| s.len() == w.len() && s.iter().zip(w).all(|(a, b)| a.to_ascii_lowercase() == *b);
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
fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
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
    if t.abs() < 9.223372036854775808e18 {
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
    if shift + x_bits >= DBL_MAX_EXP
        && (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, x_bits))
    {
        return Err(overflow());
    }
    Ok(ldexp(dx, shift))
}

/// `x * 2**e` with a single final rounding (like C `ldexp`).
fn ldexp(x: f64, e: i64) -> f64 {
    let mut x = x;
    let mut e = e;
    // Split the scaling so every intermediate power of two is a normal double; only the last
    // multiplication can round (into the subnormal range).
    while e > 1000 {
        x *= f64::from_bits(((1023 + 1000) as u64) << 52);
        e -= 1000;
    }
    while e < -1000 {
        // Scale up first if x would otherwise lose bits early: do the final step carefully.
        if e >= -2000 {
            // two steps: first exact (-1000 keeps x normal when x >= 2**53 or so), then final.
            let first = e + 1000;
            x *= f64::from_bits(((1023 - 1000) as u64) << 52);
            e = first;
            break;
        }
        x *= f64::from_bits(((1023 - 1000) as u64) << 52);
        e += 1000;
    }
    if e >= -1022 {
        x * f64::from_bits(((1023 + e) as u64) << 52)
    } else {
        // e in [-1074, -1023]: 2**e is subnormal but exact.
        x * f64::from_bits(1u64 << (e + 1074))
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
    let v = int_to_f64(&(q * pow)).map_err(|_| "rounded value too large to represent".to_string())?;
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
        StackBuf { buf: [0; 1024], len: 0, heap: Vec::new() }
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
    let digits = mag.to_u64_digits();
    for &d in digits.iter().rev() {
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
    let e = if e >= 0 { e % hb } else { hb - 1 - ((-1 - e) % hb) };
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
