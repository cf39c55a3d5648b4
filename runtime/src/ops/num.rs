//! Int and float arithmetic with CPython 3.11 semantics, and the numeric hash.
//!
//! Ints take an i64 fast path (checked arithmetic) and fall back to BigInt.

use super::*;
use crate::bytecode::BinOpKind;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

// ---- hashing (CPython Python/pyhash.c, Objects/longobject.c) -----------------

const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
const HASH_INF: i64 = 314159;

/// `hash(i)` for an int that fits i64.
#[inline]
pub fn hash_i64(x: i64) -> i64 {
    let m = (x.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if x < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` for any int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    if let Some(x) = b.to_i64() {
        return hash_i64(x);
    }
    let m = (b.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0) as i64;
    let h = if b.sign() == Sign::Minus { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(x)` for a float (`_Py_HashDouble`; NaN hashes to 0 since floats are immediates).
pub fn hash_f64(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return 0;
    }
    // Integral floats in i64 range hash like the int (fast and identical).
    if v == v.trunc() && v.abs() < 9.2e18 {
        return hash_i64(v as i64);
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % HASH_BITS as i32 } else { HASH_BITS as i32 - 1 - ((-1 - e) % HASH_BITS as i32) };
    let e = e as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's frexp: v = m * 2^e with 0.5 <= |m| < 1.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: scale up first
        let (m, e) = frexp(v * f64::from_bits(0x4350_0000_0000_0000)); // 2^54
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

// ---- conversions ------------------------------------------------------------------

/// float(int) with CPython's OverflowError "int too large to convert to float".
pub fn int_to_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(i) = as_i64(v) {
        return Ok(i as f64);
    }
    match v.get::<IntObj>() {
        Some(IntObj::Big(b)) => big_to_f64(vm, b),
        _ => Err(vm.type_error(format!("must be real number, not {}", type_name(v)))),
    }
}

fn big_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.raise_msg(rt().excs.overflow_error, "int too large to convert to float")),
    }
}

/// A number (int, bool or float) as f64, or None if `v` is not a number.
#[inline]
pub(crate) fn num_to_f64(vm: &mut Vm, v: Value) -> Option<PyResult<f64>> {
    if v.is_float() {
        Some(Ok(v.as_float()))
    } else if is_int(v) {
        Some(int_to_f64(vm, v))
    } else {
        None
    }
}

// ---- comparison -------------------------------------------------------------------

/// Compare two ints.
pub(crate) fn cmp_ints(a: Value, b: Value) -> Ordering {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        return x.cmp(&y);
    }
    to_bigint(a).unwrap().cmp(&to_bigint(b).unwrap())
}

/// Exact comparison of an int with a float (None if the float is NaN).
pub(crate) fn cmp_int_float(i: Value, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let Some(x) = as_i64(i) {
        if x.unsigned_abs() <= (1u64 << 53) {
            return (x as f64).partial_cmp(&f);
        }
    }
    let bi = to_bigint(i).unwrap();
    let fl = f.floor();
    let fb = f64_to_bigint_exact(fl);
    match bi.cmp(&fb) {
        Ordering::Equal => Some(if fl == f { Ordering::Equal } else { Ordering::Less }),
        o => Some(o),
    }
}

/// An integral finite float as an exact BigInt.
pub(crate) fn f64_to_bigint_exact(f: f64) -> BigInt {
    if f.abs() < 9.2e18 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mut b = BigInt::from(mant);
    if exp > 0 {
        b <<= exp as usize;
    } else {
        b >>= (-exp) as usize;
    }
    if f < 0.0 {
        -b
    } else {
        b
    }
}

// ---- int arithmetic ---------------------------------------------------------------

fn unsupported(vm: &mut Vm, kind: BinOpKind, inplace: bool, a: Value, b: Value) -> Raised {
    super::binop::unsupported_operands(vm, kind, inplace, a, b)
}

fn zero_div(vm: &mut Vm, msg: &str) -> Raised {
    vm.raise_msg(rt().excs.zero_division_error, msg)
}

/// `a OP b` for two ints (bools count as ints; the caller handles bool&bool etc.).
pub(crate) fn int_binop(vm: &mut Vm, kind: BinOpKind, inplace: bool, a: Value, b: Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        return i64_binop(vm, kind, inplace, x, y, a, b);
    }
    let x = to_bigint(a).unwrap();
    let y = to_bigint(b).unwrap();
    big_binop(vm, kind, inplace, &x, &y, a, b)
}

fn i64_binop(vm: &mut Vm, kind: BinOpKind, inplace: bool, x: i64, y: i64, a: Value, b: Value) -> PyResult<Value> {
    use BinOpKind::*;
    Ok(match kind {
        Add => new_i128(x as i128 + y as i128),
        Sub => new_i128(x as i128 - y as i128),
        Mul => new_i128(x as i128 * y as i128),
        FloorDiv => {
            if y == 0 {
                return Err(zero_div(vm, "integer division or modulo by zero"));
            }
            if y == -1 {
                new_i128(-(x as i128))
            } else {
                new_int(x.div_floor(&y))
            }
        }
        Mod => {
            if y == 0 {
                return Err(zero_div(vm, "integer modulo by zero"));
            }
            if y == -1 {
                Value::small(0)
            } else {
                new_int(x.mod_floor(&y))
            }
        }
        TrueDiv => {
            if y == 0 {
                return Err(zero_div(vm, "division by zero"));
            }
            const EXACT: u64 = 1 << 53;
            if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
                Value::float(x as f64 / y as f64)
            } else {
                Value::float(int_true_div(vm, &BigInt::from(x), &BigInt::from(y))?)
            }
        }
        Pow => {
            if y < 0 {
                if x == 0 {
                    return Err(zero_div(vm, "0.0 cannot be raised to a negative power"));
                }
                return Ok(Value::float(float_pow(vm, x as f64, y as f64)?));
            }
            match i64_pow(x, y) {
                Some(r) => new_int(r),
                None => big_pow(vm, &BigInt::from(x), &BigInt::from(y))?,
            }
        }
        LShift => {
            if y < 0 {
                return Err(vm.raise_msg(rt().excs.value_error, "negative shift count"));
            }
            if x == 0 {
                return Ok(Value::small(0));
            }
            if y < 64 {
                let r = (x as i128) << y;
                if (r >> y) == x as i128 {
                    return Ok(new_i128(r));
                }
            }
            big_lshift(vm, &BigInt::from(x), y as u64)?
        }
        RShift => {
            if y < 0 {
                return Err(vm.raise_msg(rt().excs.value_error, "negative shift count"));
            }
            new_int(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
        }
        And => new_int(x & y),
        Or => new_int(x | y),
        Xor => new_int(x ^ y),
        MatMul => return Err(unsupported(vm, kind, inplace, a, b)),
    })
}

fn i64_pow(mut base: i64, mut exp: i64) -> Option<i64> {
    let mut acc: i64 = 1;
    loop {
        if exp & 1 == 1 {
            acc = acc.checked_mul(base)?;
        }
        exp >>= 1;
        if exp == 0 {
            return Some(acc);
        }
        base = base.checked_mul(base)?;
    }
}

fn big_pow(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    // |x| <= 1 never grows.
    if x.is_zero() {
        return Ok(Value::small(if y.is_zero() { 1 } else { 0 }));
    }
    if x.magnitude().bits() == 1 {
        // x is 1 or -1
        if x.is_positive() || y.is_even() {
            return Ok(Value::small(1));
        }
        return Ok(Value::small(-1));
    }
    let e = match y.to_u64() {
        Some(e) => e,
        None => return Err(memory_error(vm)),
    };
    let bits = (x.magnitude().bits() as u128) * e as u128;
    if bits > (physical_memory() as u128) * 8 || bits > u32::MAX as u128 * 16 {
        return Err(memory_error(vm));
    }
    Ok(new_bigint(num_traits::Pow::pow(x, e)))
}

fn big_lshift(vm: &mut Vm, x: &BigInt, y: u64) -> PyResult<Value> {
    if x.is_zero() {
        return Ok(Value::small(0));
    }
    let bits = x.bits() as u128 + y as u128;
    if bits / 8 > physical_memory() as u128 {
        return Err(memory_error(vm));
    }
    Ok(new_bigint(x << (y as usize)))
}

fn big_binop(vm: &mut Vm, kind: BinOpKind, inplace: bool, x: &BigInt, y: &BigInt, a: Value, b: Value) -> PyResult<Value> {
    use BinOpKind::*;
    Ok(match kind {
        Add => new_bigint(x + y),
        Sub => new_bigint(x - y),
        Mul => {
            let bits = x.bits() + y.bits();
            if bits / 8 > physical_memory() as u64 {
                return Err(memory_error(vm));
            }
            new_bigint(x * y)
        }
        FloorDiv => {
            if y.is_zero() {
                return Err(zero_div(vm, "integer division or modulo by zero"));
            }
            new_bigint(x.div_floor(y))
        }
        Mod => {
            if y.is_zero() {
                return Err(zero_div(vm, "integer modulo by zero"));
            }
            new_bigint(x.mod_floor(y))
        }
        TrueDiv => {
            if y.is_zero() {
                return Err(zero_div(vm, "division by zero"));
            }
            Value::float(int_true_div(vm, x, y)?)
        }
        Pow => {
            if y.is_negative() {
                if x.is_zero() {
                    return Err(zero_div(vm, "0.0 cannot be raised to a negative power"));
                }
                let fx = big_to_f64(vm, x)?;
                let fy = big_to_f64(vm, y)?;
                return Ok(Value::float(float_pow(vm, fx, fy)?));
            }
            big_pow(vm, x, y)?
        }
        LShift => {
            if y.is_negative() {
                return Err(vm.raise_msg(rt().excs.value_error, "negative shift count"));
            }
            if x.is_zero() {
                return Ok(Value::small(0));
            }
            match y.to_i64() {
                Some(s) => big_lshift(vm, x, s as u64)?,
                None => return Err(vm.raise_msg(rt().excs.overflow_error, "too many digits in integer")),
            }
        }
        RShift => {
            if y.is_negative() {
                return Err(vm.raise_msg(rt().excs.value_error, "negative shift count"));
            }
            match y.to_u64() {
                Some(s) if s < x.bits() + 1 => new_bigint(x >> (s as usize)),
                _ => Value::small(if x.is_negative() { -1 } else { 0 }),
            }
        }
        And => new_bigint(x & y),
        Or => new_bigint(x | y),
        Xor => new_bigint(x ^ y),
        MatMul => return Err(unsupported(vm, kind, inplace, a, b)),
    })
}

/// Correctly rounded `a / b` for ints (CPython's long_true_divide); `b != 0`.
pub(crate) fn int_true_div(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let am = a.magnitude();
    let bm = b.magnitude();
    if am.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let (na, nb) = (am.bits() as i64, bm.bits() as i64);
    // Quotient of about 55..56 significant bits: q = floor(a * 2^shift / b).
    let shift = 55 - (na - nb);
    let (num, den) = if shift >= 0 {
        (am << (shift as usize), bm.clone())
    } else {
        (am.clone(), bm << ((-shift) as usize))
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1; // sticky bit: q has >= 55 bits, so this only affects rounding
    }
    // Result = q * 2^-shift; handle the exponent range carefully.
    let exp = -shift;
    let qbits = 64 - q.leading_zeros() as i64;
    if qbits + exp > 1024 {
        return Err(vm.raise_msg(rt().excs.overflow_error, "integer division result too large for a float"));
    }
    let r = if qbits + exp >= -1021 {
        // Normal result: converting q rounds to 53 bits exactly once, scaling is exact.
        let f = q as f64;
        ldexp(f, exp as i32)
    } else {
        // Subnormal: round q to the precision available at this exponent first.
        let drop = (-1074 - exp).max(0).min(64) as u32;
        let kept = if drop >= 64 { 0 } else { q >> drop };
        let rem = if drop >= 64 { q } else { q & ((1u64 << drop) - 1) };
        let half = if drop == 0 { 0 } else if drop >= 64 { u64::MAX } else { 1u64 << (drop - 1) };
        let mut kept = kept;
        if drop > 0 && (rem > half || (rem == half && kept & 1 == 1)) {
            kept += 1;
        }
        ldexp(kept as f64, (exp + drop as i64) as i32)
    };
    if r.is_infinite() {
        return Err(vm.raise_msg(rt().excs.overflow_error, "integer division result too large for a float"));
    }
    Ok(if negative { -r } else { r })
}

fn ldexp(x: f64, e: i32) -> f64 {
    // Scale in steps so intermediate powers of two stay finite/normal.
    let mut x = x;
    let mut e = e;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e)
}

// ---- float arithmetic -------------------------------------------------------------

/// `x OP y` for floats (ints already converted).
pub(crate) fn float_binop(vm: &mut Vm, kind: BinOpKind, inplace: bool, x: f64, y: f64, a: Value, b: Value) -> PyResult<Value> {
    use BinOpKind::*;
    Ok(Value::float(match kind {
        Add => x + y,
        Sub => x - y,
        Mul => x * y,
        TrueDiv => {
            if y == 0.0 {
                return Err(zero_div(vm, "float division by zero"));
            }
            x / y
        }
        FloorDiv => {
            if y == 0.0 {
                return Err(zero_div(vm, "float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        Mod => {
            if y == 0.0 {
                return Err(zero_div(vm, "float modulo"));
            }
            float_mod(x, y)
        }
        Pow => float_pow(vm, x, y)?,
        _ => return Err(unsupported(vm, kind, inplace, a, b)),
    }))
}

/// CPython's float_mod (y != 0).
pub(crate) fn float_mod(x: f64, y: f64) -> f64 {
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    m
}

/// CPython's float_divmod (y != 0): (floordiv, mod).
pub(crate) fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let fd = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (fd, m)
}

fn is_odd_integer(w: f64) -> bool {
    w.is_finite() && w == w.trunc() && (w % 2.0).abs() == 1.0
}

/// CPython's float_pow (two arguments).
pub(crate) fn float_pow(vm: &mut Vm, iv: f64, iw: f64) -> PyResult<f64> {
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
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
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
            return Err(zero_div(vm, "0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut iv = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            // CPython returns a complex number here; Kiln has no complex type.
            return Err(vm.raise_msg(
                rt().excs.value_error,
                "math domain error (negative number raised to a fractional power gives a complex result)",
            ));
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = iv.powf(iw);
    if r.is_infinite() {
        return Err(vm.raise_msg(rt().excs.overflow_error, "(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn int_hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(12345), 12345);
        assert_eq!(hash_bigint(&(BigInt::from(1) << 64)), 8);
        assert_eq!(hash_bigint(&((BigInt::from(1) << 61) - 1)), 0);
        assert_eq!(hash_bigint(&(-(BigInt::from(1) << 61) + 1)), 0);
        assert_eq!(hash_i64(i64::MIN), -4);
    }
    #[test]
    fn float_hashes_match_cpython() {
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(hash_f64(f64::INFINITY), 314159);
        assert_eq!(hash_f64(0.1), 230584300921369408);
        assert_eq!(hash_f64(1e300), 1224995262755759164);
        assert_eq!(hash_f64(-2.5), -1152921504606846978);
        assert_eq!(hash_f64(1e-300), 482449582752280463);
    }
    #[test]
    fn float_divmod_matches_cpython() {
        assert_eq!(float_divmod(7.0, -2.0), (-4.0, -1.0));
        assert_eq!(float_mod(-7.5, 2.0), 0.5);
        assert_eq!(float_mod(0.0, -3.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(float_divmod(1.0, 0.1).0, 9.0);
    }
}
