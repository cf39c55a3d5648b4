//! The `math` module: constants, float functions with CPython's error rules
//! (math_1: NaN from non-NaN → "math domain error"; inf from finite → "math range
//! error" or domain error), integer functions (gcd, lcm, factorial, comb, perm,
//! isqrt), floor/ceil/trunc returning ints, log of huge ints, exact fsum (Shewchuk,
//! as CPython), prod, isclose, hypot, dist.

use super::*;
use crate::bytecode::BinOpKind;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[link(name = "m")]
extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn tgamma(x: f64) -> f64;
    fn lgamma(x: f64) -> f64;
    fn ldexp(x: f64, e: i32) -> f64;
    fn nextafter(x: f64, y: f64) -> f64;
    fn remainder(x: f64, y: f64) -> f64;
    #[link_name = "asinh"]
    fn libm_asinh(x: f64) -> f64;
    #[link_name = "acosh"]
    fn libm_acosh(x: f64) -> f64;
    #[link_name = "atanh"]
    fn libm_atanh(x: f64) -> f64;
}

/// libm's asinh, acosh and atanh, as CPython calls them: Rust's own formulas overflow
/// (to a "math domain error") for arguments near the largest floats, and round
/// differently in the last place.
fn c_asinh(x: f64) -> f64 {
    // SAFETY: a pure libm function.
    unsafe { libm_asinh(x) }
}
fn c_acosh(x: f64) -> f64 {
    // SAFETY: a pure libm function.
    unsafe { libm_acosh(x) }
}

pub(crate) fn install() {
    let (_, d) = new_module("math");
    set_str_key(d, "pi", Value::float(std::f64::consts::PI));
    set_str_key(d, "e", Value::float(std::f64::consts::E));
    set_str_key(d, "tau", Value::float(std::f64::consts::TAU));
    set_str_key(d, "inf", Value::float(f64::INFINITY));
    set_str_key(d, "nan", Value::float(f64::NAN));
    let fns: &[(&'static str, NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("exp2", exp2),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("expm1", expm1),
        ("pow", pow),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("fabs", fabs),
        ("fmod", fmod),
        ("copysign", copysign),
        ("hypot", hypot),
        ("dist", dist),
        ("degrees", degrees),
        ("radians", radians),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("prod", prod),
        ("fsum", fsum),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp_),
        ("isqrt", isqrt),
        ("cbrt", cbrt),
        ("erf", erf_),
        ("erfc", erfc_),
        ("gamma", gamma),
        ("lgamma", lgamma_),
        ("nextafter", nextafter_),
        ("ulp", ulp),
        ("remainder", remainder_),
    ];
    // The `math1` functions' float cores, for the JIT's direct call (`f64_fn`).
    let float_cores: &[(&str, fn(f64) -> f64)] = &[
        ("sqrt", f64::sqrt),
        ("exp", f64::exp),
        ("exp2", f64::exp2),
        ("expm1", f64::exp_m1),
        ("sin", f64::sin),
        ("cos", f64::cos),
        ("tan", f64::tan),
        ("asin", f64::asin),
        ("acos", f64::acos),
        ("atan", f64::atan),
        ("sinh", f64::sinh),
        ("cosh", f64::cosh),
        ("tanh", f64::tanh),
        ("asinh", c_asinh),
        ("acosh", c_acosh),
    ];
    for &(n, f) in fns {
        let b = new_builtin(n, f, Value::NULL, false);
        if let Some(&(_, core)) = float_cores.iter().find(|c| c.0 == n) {
            b.cast::<BuiltinObj>().f64_fn = Some(core);
        }
        set_str_key(d, n, b);
    }
}

// ---- helpers ----------------------------------------------------------------------------

fn domain(vm: &mut Vm) -> Raised {
    vm.value_error("math domain error".into())
}
fn range_err(vm: &mut Vm) -> Raised {
    vm.raise(rt().excs.overflow_error, "math range error".into())
}

/// A real-number argument as f64: TypeError "must be real number, not str".
/// The argument as a double, as CPython's PyFloat_AsDouble: numbers, then a user
/// type's `__float__` (which must return a float), then its `__index__`.
fn num(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = to_f64(vm, v)? {
        return Ok(f);
    }
    if let Some(m) = ops::user_special(v, crate::sym!("__float__")) {
        let r = ops::call_special(vm, m, v, &[])?;
        if r.is_float() {
            return Ok(r.as_float());
        }
        return Err(vm.type_error(format!(
            "{}.__float__ returned non-float (type {})",
            ops::type_name(v),
            ops::type_name(r)
        )));
    }
    if let Some(i) = ops::user_index(vm, v)? {
        if let Some(f) = to_f64(vm, i)? {
            return Ok(f);
        }
    }
    Err(vm.type_error(format!("must be real number, not {}", ops::type_name(v))))
}

fn arg1(vm: &mut Vm, a: &Args, name: &str) -> PyResult<f64> {
    // The common case without building the error message's name.
    if let ([v], []) = (a.pos, a.kwnames) {
        return num(vm, *v);
    }
    let v = one_arg(vm, a, format_args!("math.{name}"))?;
    num(vm, v)
}

fn arg2(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    check_pos(vm, a, name, 2, 2)?;
    let x = num(vm, a.pos[0])?;
    let y = num(vm, a.pos[1])?;
    Ok((x, y))
}

/// CPython's math_1 error rules applied to r = f(x).
fn math1(vm: &mut Vm, a: &Args, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> R {
    let x = arg1(vm, a, name)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_err(vm)
        } else {
            domain(vm)
        });
    }
    Ok(Value::float(r))
}

fn sqrt(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "sqrt", f64::sqrt, false)
}
fn exp(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "exp", f64::exp, true)
}
fn exp2(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "exp2", f64::exp2, true)
}
fn expm1(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "expm1", f64::exp_m1, true)
}
fn log1p(vm: &mut Vm, _: Value, a: &Args) -> R {
    let x = arg1(vm, a, "log1p")?;
    if x <= -1.0 {
        return Err(domain(vm));
    }
    Ok(Value::float(x.ln_1p()))
}
fn sin(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "sin", f64::sin, false)
}
fn cos(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "cos", f64::cos, false)
}
fn tan(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "tan", f64::tan, false)
}
fn asin(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "asin", f64::asin, false)
}
fn acos(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "acos", f64::acos, false)
}
fn atan(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "atan", f64::atan, false)
}
fn sinh(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "sinh", f64::sinh, true)
}
fn cosh(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "cosh", f64::cosh, true)
}
fn tanh(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "tanh", f64::tanh, false)
}
fn asinh(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "asinh", c_asinh, false)
}
fn acosh(vm: &mut Vm, _: Value, a: &Args) -> R {
    math1(vm, a, "acosh", c_acosh, false)
}
fn atanh(vm: &mut Vm, _: Value, a: &Args) -> R {
    let x = arg1(vm, a, "atanh")?;
    if x.abs() >= 1.0 {
        return Err(domain(vm));
    }
    // SAFETY: a pure libm function.
    Ok(Value::float(unsafe { libm_atanh(x) }))
}
fn fabs(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(Value::float(arg1(vm, a, "fabs")?.abs()))
}
fn degrees(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(Value::float(
        arg1(vm, a, "degrees")? * (180.0 / std::f64::consts::PI),
    ))
}
fn radians(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(Value::float(
        arg1(vm, a, "radians")? * (std::f64::consts::PI / 180.0),
    ))
}
fn isnan(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(Value::bool(arg1(vm, a, "isnan")?.is_nan()))
}
fn isinf(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(Value::bool(arg1(vm, a, "isinf")?.is_infinite()))
}
fn isfinite(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(Value::bool(arg1(vm, a, "isfinite")?.is_finite()))
}
fn cbrt(vm: &mut Vm, _: Value, a: &Args) -> R {
    Ok(Value::float(arg1(vm, a, "cbrt")?.cbrt()))
}
fn erf_(vm: &mut Vm, _: Value, a: &Args) -> R {
    let x = arg1(vm, a, "erf")?;
    // SAFETY: pure libm function.
    Ok(Value::float(unsafe { erf(x) }))
}
fn erfc_(vm: &mut Vm, _: Value, a: &Args) -> R {
    let x = arg1(vm, a, "erfc")?;
    // SAFETY: pure libm function.
    Ok(Value::float(unsafe { erfc(x) }))
}
fn gamma(vm: &mut Vm, _: Value, a: &Args) -> R {
    let x = arg1(vm, a, "gamma")?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return Err(domain(vm));
    }
    // SAFETY: pure libm function.
    let r = unsafe { tgamma(x) };
    if r.is_infinite() && x.is_finite() {
        return Err(range_err(vm));
    }
    Ok(Value::float(r))
}
fn lgamma_(vm: &mut Vm, _: Value, a: &Args) -> R {
    let x = arg1(vm, a, "lgamma")?;
    if x.is_finite() && x <= 0.0 && x == x.floor() {
        return Err(domain(vm));
    }
    // SAFETY: pure libm function.
    let r = unsafe { lgamma(x) };
    if r.is_infinite() && x.is_finite() {
        return Err(range_err(vm));
    }
    Ok(Value::float(r))
}
fn ulp(vm: &mut Vm, _: Value, a: &Args) -> R {
    let x = arg1(vm, a, "ulp")?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    // SAFETY: pure libm function.
    let x2 = unsafe { nextafter(x, f64::INFINITY) };
    if x2.is_infinite() {
        // SAFETY: pure libm function.
        let x0 = unsafe { nextafter(x, 0.0) };
        return Ok(Value::float(x - x0));
    }
    Ok(Value::float(x2 - x))
}
fn nextafter_(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (x, y) = arg2(vm, a, "nextafter")?;
    // SAFETY: pure libm function.
    Ok(Value::float(unsafe { nextafter(x, y) }))
}
fn remainder_(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (x, y) = arg2(vm, a, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    // SAFETY: pure libm function.
    Ok(Value::float(unsafe { remainder(x, y) }))
}

fn atan2(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (y, x) = arg2(vm, a, "atan2")?;
    Ok(Value::float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (x, y) = arg2(vm, a, "copysign")?;
    Ok(Value::float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (x, y) = arg2(vm, a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::float(r))
}

fn pow(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (x, y) = arg2(vm, a, "pow")?;
    // CPython's math.pow special cases, then the C pow with error checks.
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y % 2.0).abs() == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0_f64.copysign(x)
            } else {
                0.0
            }
        } else {
            // y infinite
            if x.abs() == 1.0 {
                1.0
            } else if (y > 0.0) == (x.abs() > 1.0) {
                f64::INFINITY
            } else {
                0.0
            }
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return Err(domain(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain(vm) } else { range_err(vm) });
        }
        r
    };
    Ok(Value::float(r))
}

// ---- log ---------------------------------------------------------------------------------

/// log via `f`, handling ints too large for a float (CPython's loghelper).
fn loghelper(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if ops::is_int(v) && !v.is_small() && !v.is_bool() {
        let b = ops::to_bigint(v).unwrap();
        if !b.is_positive() {
            return Err(domain(vm));
        }
        if let Some(x) = int_float::big_to_f64(&b) {
            return Ok(f(x));
        }
        // x = m * 2**e with m in [0.5, 1).
        let bits = b.bits();
        let shift = bits - 60;
        let top = (&b >> shift).to_u64().unwrap_or(u64::MAX);
        let m = top as f64 / (1u64 << 60) as f64;
        return Ok(f(m) + f(2.0) * bits as f64);
    }
    let x = num(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, _: Value, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("log() takes no keyword arguments".into()));
    }
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments".into()));
    }
    let num_ = loghelper(vm, a.pos[0], f64::ln)?;
    if a.pos.len() == 1 {
        return Ok(Value::float(num_));
    }
    let den = loghelper(vm, a.pos[1], f64::ln)?;
    if den == 0.0 {
        return Err(vm.raise(
            rt().excs.zero_division_error,
            "float division by zero".into(),
        ));
    }
    Ok(Value::float(num_ / den))
}
fn log2(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "math.log2")?;
    Ok(Value::float(loghelper(vm, v, f64::log2)?))
}
fn log10(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "math.log10")?;
    Ok(Value::float(loghelper(vm, v, f64::log10)?))
}

// ---- rounding to ints ----------------------------------------------------------------------

fn to_int_with(vm: &mut Vm, a: &Args, name: &str, f: fn(f64) -> f64) -> R {
    let v = one_arg(vm, a, format_args!("math.{name}"))?;
    // A user type's own `__floor__`/`__ceil__`/`__trunc__` decides (Fraction, ...).
    if ops::is_user_obj(v) {
        let special = crate::rt::intern(&format!("__{name}__"));
        if let Some(m) = ops::user_special(v, special) {
            return ops::call_special(vm, m, v, &[]);
        }
    }
    if v.is_small() {
        return Ok(v);
    }
    if v.is_bool() {
        return Ok(Value::small((v == Value::TRUE) as i64));
    }
    if ops::is_int(v) {
        return Ok(v);
    }
    let x = num(vm, v)?;
    int_float::float_to_int(vm, f(x))
}
fn floor(vm: &mut Vm, _: Value, a: &Args) -> R {
    to_int_with(vm, a, "floor", f64::floor)
}
fn ceil(vm: &mut Vm, _: Value, a: &Args) -> R {
    to_int_with(vm, a, "ceil", f64::ceil)
}
fn trunc(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "math.trunc")?;
    if !(v.is_float() || ops::is_int(v) || ops::user_special(v, crate::sym!("__trunc__")).is_some())
    {
        return Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            ops::type_name(v)
        )));
    }
    to_int_with(vm, a, "trunc", f64::trunc)
}

fn modf(vm: &mut Vm, _: Value, a: &Args) -> R {
    let x = arg1(vm, a, "modf")?;
    let (fr, ip) = if x.is_infinite() {
        (0.0_f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let ip = x.trunc();
        ((x - ip).copysign(x), ip)
    };
    Ok(ops::new_tuple(vec![Value::float(fr), Value::float(ip)]))
}

fn frexp_f(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (mut y, mut adj) = (x, 0);
    if y.abs() < f64::MIN_POSITIVE {
        y *= 2f64.powi(54);
        adj = -54;
    }
    let bits = y.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e + adj)
}

fn frexp(vm: &mut Vm, _: Value, a: &Args) -> R {
    let x = arg1(vm, a, "frexp")?;
    let (m, e) = frexp_f(x);
    Ok(ops::new_tuple(vec![Value::float(m), int(e)]))
}

fn ldexp_(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "ldexp", 2, 2)?;
    let x = num(vm, a.pos[0])?;
    let ev = a.pos[1];
    if !ops::is_int(ev) {
        return Err(vm.type_error("Expected an int as second argument to ldexp.".into()));
    }
    let e = match small_or_i64(ev) {
        Some(e) => e,
        None => {
            if ops::to_bigint(ev).unwrap().is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    let e = e.clamp(-100_000, 100_000) as i32;
    // SAFETY: pure libm function.
    let r = unsafe { ldexp(x, e) };
    if r.is_infinite() {
        return Err(range_err(vm));
    }
    Ok(Value::float(r))
}

// ---- n-ary float functions ------------------------------------------------------------------

/// sqrt(sum(x*x)) with scaling (CPython's vector_norm, simplified).
fn vector_norm(xs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in xs {
        let ax = x.abs();
        if ax.is_nan() {
            found_nan = true;
        }
        if ax > max {
            max = ax;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    if xs.len() == 2 {
        return xs[0].hypot(xs[1]);
    }
    // Compensated sum of squares of scaled values.
    let (_, e) = frexp_f(max);
    let scale = 2f64.powi(-(e as i32));
    let mut sum = 0.0f64;
    let mut comp = 0.0f64;
    for &x in xs {
        let y = x * scale;
        let sq = y * y;
        let t = sum + sq;
        if sum.abs() >= sq.abs() {
            comp += (sum - t) + sq;
        } else {
            comp += (sq - t) + sum;
        }
        sum = t;
    }
    (sum + comp).sqrt() / scale
}

fn hypot(vm: &mut Vm, _: Value, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("hypot() takes no keyword arguments".into()));
    }
    let mut xs = Vec::with_capacity(a.pos.len());
    for &v in a.pos {
        xs.push(num(vm, v)?);
    }
    Ok(Value::float(vector_norm(&xs)))
}

fn dist(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "dist", 2, 2)?;
    let p = ops::collect_iterable(vm, a.pos[0])?;
    let q = ops::collect_iterable(vm, a.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions".into()));
    }
    let mut xs = Vec::with_capacity(p.len());
    for (x, y) in p.into_iter().zip(q) {
        let (x, y) = (num(vm, x)?, num(vm, y)?);
        xs.push((x - y).abs());
    }
    Ok(Value::float(vector_norm(&xs)))
}

fn isclose(vm: &mut Vm, _: Value, a: &Args) -> R {
    if a.pos.len() != 2 {
        if a.pos.len() > 2 {
            return Err(vm.type_error(format!(
                "isclose() takes exactly 2 positional arguments ({} given)",
                a.pos.len()
            )));
        }
        let names = ["a", "b"];
        let missing = names[a.pos.len()];
        if kwarg(a, missing).is_none() {
            return Err(vm.type_error(format!(
                "isclose() missing required argument '{missing}' (pos {})",
                a.pos.len() + 1
            )));
        }
    }
    check_kws(vm, a, &["a", "b", "rel_tol", "abs_tol"], "isclose")?;
    let av = a.pos.first().copied().or_else(|| kwarg(a, "a")).unwrap();
    let bv = a.pos.get(1).copied().or_else(|| kwarg(a, "b")).unwrap();
    let x = num(vm, av)?;
    let y = num(vm, bv)?;
    let rel = match kwarg(a, "rel_tol") {
        Some(v) => num(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match kwarg(a, "abs_tol") {
        Some(v) => num(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative".into()));
    }
    if x == y {
        return Ok(Value::TRUE);
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (y - x).abs();
    Ok(Value::bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs_tol,
    ))
}

fn fsum(vm: &mut Vm, _: Value, a: &Args) -> R {
    let src = one_arg(vm, a, "math.fsum")?;
    let items = ops::collect_iterable(vm, src)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for v in items {
        let mut x = num(vm, v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.raise(
                        rt().excs.overflow_error,
                        "intermediate overflow in fsum".into(),
                    ));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum".into()));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn prod(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_kws(vm, a, &["start"], "prod")?;
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            a.pos.len()
        )));
    }
    let start = kwarg(a, "start").unwrap_or(Value::small(1));
    with_roots(vm, |vm| {
        let it = ops::get_iter(vm, a.pos[0])?;
        vm.roots.push(it);
        let slot = vm.roots.len();
        vm.roots.push(start);
        let mut acc = start;
        while let Some(v) = ops::iter_next(vm, it)? {
            acc = match (acc.is_small(), v.is_small()) {
                (true, true) => match acc.as_small().checked_mul(v.as_small()) {
                    Some(p) => int(p),
                    None => ops::binary_op(vm, BinOpKind::Mul, false, acc, v)?,
                },
                _ => {
                    vm.roots.push(v);
                    let r = ops::binary_op(vm, BinOpKind::Mul, false, acc, v)?;
                    vm.roots.pop();
                    r
                }
            };
            vm.roots[slot] = acc;
        }
        Ok(acc)
    })
}

// ---- integer functions ---------------------------------------------------------------------

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if v.is_float() || !ops::is_int(v) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name(v)
        )));
    }
    Ok(ops::to_bigint(v).unwrap())
}

fn gcd(vm: &mut Vm, _: Value, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("gcd() takes no keyword arguments".into()));
    }
    if a.pos.iter().all(|v| v.is_small()) {
        let mut g: i64 = 0;
        for v in a.pos {
            g = g.gcd(&v.as_small());
        }
        return Ok(int(g));
    }
    let mut g = BigInt::zero();
    for &v in a.pos {
        let b = int_arg(vm, v)?;
        g = g.gcd(&b);
    }
    Ok(ops::new_bigint(g))
}

fn lcm(vm: &mut Vm, _: Value, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("lcm() takes no keyword arguments".into()));
    }
    let mut l = BigInt::one();
    for &v in a.pos {
        let b = int_arg(vm, v)?;
        if b.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&b);
    }
    Ok(ops::new_bigint(l.abs()))
}

fn factorial_big(n: u64) -> BigInt {
    let mut r = BigInt::one();
    let mut acc: u64 = 1;
    for i in 2..=n {
        match acc.checked_mul(i) {
            Some(x) => acc = x,
            None => {
                r *= acc;
                acc = i;
            }
        }
    }
    r * acc
}

fn factorial(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "math.factorial")?;
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values".into()));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= 1_000_000) else {
        return Err(vm.raise(
            rt().excs.overflow_error,
            "factorial() argument should not exceed 9223372036854775807".into(),
        ));
    };
    Ok(ops::new_bigint(factorial_big(n)))
}

fn comb(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "comb", 2, 2)?;
    let n = int_arg(vm, a.pos[0])?;
    let k = int_arg(vm, a.pos[1])?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer".into()));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer".into()));
    }
    if k > n {
        return Ok(Value::small(0));
    }
    let k = (&n - &k).min(k);
    let Some(kk) = k.to_u64() else {
        return Err(vm.raise(
            rt().excs.overflow_error,
            format!("min(n - k, k) must not exceed {}", i64::MAX),
        ));
    };
    let mut r = BigInt::one();
    for i in 0..kk {
        r = r * (&n - i) / (i + 1);
    }
    Ok(ops::new_bigint(r))
}

fn perm(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "perm", 1, 2)?;
    let n = int_arg(vm, a.pos[0])?;
    let k = match a.pos.get(1) {
        Some(v) if !v.is_none() => Some(int_arg(vm, *v)?),
        _ => None,
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer".into()));
    }
    let k = match k {
        None => n.clone(),
        Some(k) => {
            if k.is_negative() {
                return Err(vm.value_error("k must be a non-negative integer".into()));
            }
            k
        }
    };
    if k > n {
        return Ok(Value::small(0));
    }
    let Some(kk) = k.to_u64() else {
        return Err(vm.raise(
            rt().excs.overflow_error,
            format!("k must not exceed {}", i64::MAX),
        ));
    };
    let mut r = BigInt::one();
    for i in 0..kk {
        r *= &n - i;
    }
    Ok(ops::new_bigint(r))
}

fn isqrt(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "math.isqrt")?;
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative".into()));
    }
    Ok(ops::new_bigint(n.sqrt()))
}
