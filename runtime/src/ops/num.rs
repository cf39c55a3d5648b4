//! Int and float arithmetic with CPython 3.11 semantics, and the numeric hash.
//!
//! Ints take an i64 fast path (checked arithmetic) and fall back to BigInt.

use super::*;
use crate::bytecode::BinOpKind;
use crate::numeric;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

// ---- hashing (CPython Python/pyhash.c, Objects/longobject.c; numeric.rs owns them) --------

/// `hash(i)` for an int that fits i64.
#[inline]
pub fn hash_i64(x: i64) -> i64 {
    numeric::hash_i64(x)
}

/// `hash(i)` for any int.
#[inline]
pub fn hash_bigint(b: &BigInt) -> i64 {
    numeric::hash_int(b)
}

/// `hash(x)` for a float (NaN hashes to 0: floats are immediates, so there is no identity).
#[inline]
pub fn hash_f64(v: f64) -> i64 {
    numeric::hash_float(v)
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
    numeric::int_to_f64(b).map_err(|m| vm.raise(rt().excs.overflow_error, m))
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
    bigint_of(a).unwrap().cmp(&bigint_of(b).unwrap())
}

/// Exact comparison of an int with a float (None if the float is NaN).
pub(crate) fn cmp_int_float(i: Value, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(x) = as_i64(i) {
        if x.unsigned_abs() <= (1u64 << 53) {
            return (x as f64).partial_cmp(&f);
        }
    }
    let bi = bigint_of(i).unwrap();
    let fl = f.floor();
    let fb = f64_to_bigint_exact(fl);
    match bi.as_ref().cmp(&fb) {
        Ordering::Equal => Some(if fl == f {
            Ordering::Equal
        } else {
            Ordering::Less
        }),
        o => Some(o),
    }
}

/// An integral finite float as an exact BigInt.
pub(crate) fn f64_to_bigint_exact(f: f64) -> BigInt {
    numeric::f64_to_int(f).unwrap_or_default()
}

// ---- int arithmetic ---------------------------------------------------------------

fn unsupported(vm: &mut Vm, kind: BinOpKind, inplace: bool, a: Value, b: Value) -> Raised {
    super::binop::unsupported_operands(vm, kind, inplace, a, b)
}

fn zero_div(vm: &mut Vm, msg: &str) -> Raised {
    vm.raise_msg(rt().excs.zero_division_error, msg)
}

/// `a OP b` for two ints (bools count as ints; the caller handles bool&bool etc.).
pub(crate) fn int_binop(
    vm: &mut Vm,
    kind: BinOpKind,
    inplace: bool,
    a: Value,
    b: Value,
) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        return i64_binop(vm, kind, inplace, x, y, a, b);
    }
    let x = bigint_of(a).unwrap();
    let y = bigint_of(b).unwrap();
    big_binop(vm, kind, inplace, &x, &y, a, b)
}

fn i64_binop(
    vm: &mut Vm,
    kind: BinOpKind,
    inplace: bool,
    x: i64,
    y: i64,
    a: Value,
    b: Value,
) -> PyResult<Value> {
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
                new_int(Integer::div_floor(&x, &y))
            }
        }
        Mod => {
            if y == 0 {
                return Err(zero_div(vm, "integer modulo by zero"));
            }
            if y == -1 {
                Value::small(0)
            } else {
                new_int(Integer::mod_floor(&x, &y))
            }
        }
        TrueDiv => {
            if y == 0 {
                return Err(zero_div(vm, "division by zero"));
            }
            match numeric::i64_true_div(x, y) {
                Ok(f) => Value::float(f),
                Err(m) => return Err(vm.raise(rt().excs.overflow_error, m)),
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
            new_int(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })
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

/// `x // y` for positive big ints whose quotient fits 60 bits (a digit extracted from
/// two huge numbers of nearly the same size, as pidigits does): estimated from their
/// top 64-bit words and corrected by one multiply and subtract, O(size). num-bigint's
/// general division (Burnikel-Ziegler) copies its operands at every level of its
/// recursion and was ~10x slower there. None: not such a division.
fn small_quotient(x: &BigInt, y: &BigInt) -> Option<i64> {
    if !x.is_positive() || !y.is_positive() {
        return None;
    }
    let (xb, yb) = (x.bits(), y.bits());
    if yb <= 128 || xb < yb || xb - yb > 60 {
        return None;
    }
    // Both shifted by the same amount: y's top 64 bits, x's top 64..125 bits.
    let shift = yb - 64;
    let xt: u128 = (x >> shift).to_u128()?;
    let yt: u128 = (y >> shift).to_u128()?;
    // y = yt * 2^shift + ylow with 0 <= ylow < 2^shift, yt >= 2^63: the estimate
    // xt / yt is the true quotient or up to two above it.
    let mut q = (xt / yt) as i64;
    let mut r: BigInt = x - y * BigInt::from(q);
    while r.is_negative() {
        q -= 1;
        r += y;
    }
    while &r >= y {
        q += 1;
        r -= y;
    }
    Some(q)
}

fn big_binop(
    vm: &mut Vm,
    kind: BinOpKind,
    inplace: bool,
    x: &BigInt,
    y: &BigInt,
    a: Value,
    b: Value,
) -> PyResult<Value> {
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
            match small_quotient(x, y) {
                Some(q) => new_int(q),
                None => new_bigint(x.div_floor(y)),
            }
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
                None => {
                    return Err(vm.raise_msg(rt().excs.overflow_error, "too many digits in integer"))
                }
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
    numeric::int_true_div(a, b).map_err(|m| vm.raise(rt().excs.overflow_error, m))
}

// ---- float arithmetic -------------------------------------------------------------

/// `x OP y` for floats (ints already converted).
pub(crate) fn float_binop(
    vm: &mut Vm,
    kind: BinOpKind,
    inplace: bool,
    x: f64,
    y: f64,
    a: Value,
    b: Value,
) -> PyResult<Value> {
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
            numeric::float_floordiv(x, y).unwrap_or(f64::NAN)
        }
        Mod => {
            if y == 0.0 {
                return Err(zero_div(vm, "float modulo"));
            }
            numeric::float_mod(x, y).unwrap_or(f64::NAN)
        }
        Pow => float_pow(vm, x, y)?,
        _ => return Err(unsupported(vm, kind, inplace, a, b)),
    }))
}

/// CPython's float_pow (two arguments).
pub(crate) fn float_pow(vm: &mut Vm, iv: f64, iw: f64) -> PyResult<f64> {
    match numeric::float_pow(iv, iw) {
        Ok(r) => Ok(r),
        Err(m) if m == "complex" => {
            // CPython returns a complex number here; Kiln has no complex type yet.
            Err(vm.raise_msg(
                rt().excs.value_error,
                "math domain error (negative number raised to a fractional power gives a complex result)",
            ))
        }
        Err(m) if m.starts_with("0.0 cannot") => Err(zero_div(vm, &m)),
        Err(m) => Err(vm.raise(rt().excs.overflow_error, m)),
    }
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
        assert_eq!(
            hash_bigint(&(BigInt::from(1) - (BigInt::from(1) << 61usize))),
            0
        );
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
}
