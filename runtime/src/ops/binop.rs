//! `binary_op` and the unary operators: dispatch on operand kinds.

use super::num::{float_binop, int_binop};
use super::*;
use crate::bytecode::BinOpKind;
use num_bigint::BigInt;
use num_traits::Zero;

/// TypeError "unsupported operand type(s) for +: 'int' and 'str'".
pub(crate) fn unsupported_operands(
    vm: &mut Vm,
    kind: BinOpKind,
    inplace: bool,
    a: Value,
    b: Value,
) -> Raised {
    let sym = match (kind, inplace) {
        (BinOpKind::Pow, false) => "** or pow()".to_string(),
        (k, true) => format!("{}=", k.symbol()),
        (k, false) => k.symbol().to_string(),
    };
    vm.type_error(format!(
        "unsupported operand type(s) for {sym}: '{}' and '{}'",
        type_name(a),
        type_name(b)
    ))
}

#[inline(always)]
fn is_num(v: Value) -> bool {
    v.is_float() || is_int(v)
}

/// `x OP y` for two small (48-bit) ints when the result needs no error or promotion
/// beyond `new_int` (None: take the general path).
#[inline(always)]
pub fn small_int_binop(kind: BinOpKind, x: i64, y: i64) -> Option<Value> {
    use BinOpKind::*;
    Some(match kind {
        // 48-bit operands: sums and differences always fit an i64.
        Add => new_int(x + y),
        Sub => new_int(x - y),
        Mul => new_int(x.checked_mul(y)?),
        FloorDiv => {
            if y == 0 {
                return None;
            }
            let q = x / y;
            // (SMALL_INT_MIN // -1 leaves the small range: new_int handles it.)
            new_int(if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            })
        }
        Mod => {
            if y == 0 {
                return None;
            }
            let r = x % y;
            Value::small(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            })
        }
        And => Value::small(x & y),
        Or => Value::small(x | y),
        Xor => Value::small(x ^ y),
        RShift => {
            if y < 0 {
                return None;
            }
            Value::small(x >> y.min(63))
        }
        LShift => {
            if !(0..16).contains(&y) {
                return None;
            }
            new_int(x << y)
        }
        _ => return None,
    })
}

/// `a OP b` (or `a OP= b` when `inplace`).
#[inline]
pub fn binary_op(
    vm: &mut Vm,
    kind: BinOpKind,
    inplace: bool,
    a: Value,
    b: Value,
) -> PyResult<Value> {
    if a.is_small() && b.is_small() {
        if let Some(r) = small_int_binop(kind, a.as_small(), b.as_small()) {
            return Ok(r);
        }
    }
    if kind == BinOpKind::Add && a.is_kind(ObjKind::Str) && b.is_kind(ObjKind::Str) {
        return Ok(str_concat(a, b));
    }
    binary_op_slow(vm, kind, inplace, a, b)
}

/// `X | Y` where a class is involved: `type`'s own `__or__`/`__ror__` (PEP 604), a
/// `types.UnionType` when the other side is a class, None, an alias or a type variable
/// (`_kiln_types._union` decides). None when the rule does not apply.
fn type_union(vm: &mut Vm, kind: BinOpKind, a: Value, b: Value) -> PyResult<Option<Value>> {
    let is_class = |v: Value| v.is_kind(ObjKind::Class);
    let operand = |v: Value| is_class(v) || v.is_none() || is_user_obj(v);
    if kind != BinOpKind::Or || !(is_class(a) || is_class(b)) || !(operand(a) && operand(b)) {
        return Ok(None);
    }
    let r = super::call_lib(vm, "_kiln_types", "_union", &[a, b])?;
    Ok((r != crate::rt::rt().not_implemented).then_some(r))
}

fn binary_op_slow(
    vm: &mut Vm,
    kind: BinOpKind,
    inplace: bool,
    a: Value,
    b: Value,
) -> PyResult<Value> {
    if is_user_obj(a) || is_user_obj(b) {
        if let Some(r) = user_binary_op(vm, kind, inplace, a, b)? {
            return Ok(r);
        }
        if let Some(r) = type_union(vm, kind, a, b)? {
            return Ok(r);
        }
        // Builtin left operands that accept anything (str % obj) keep their rules, and
        // subclasses of builtin containers inherit the builtin operators.
        if !(is_str(a) && kind == BinOpKind::Mod) && !is_sub_builtin(a) && !is_sub_builtin(b) {
            return Err(unsupported_operands(vm, kind, inplace, a, b));
        }
    }
    if is_int(a) && is_int(b) {
        if a.is_bool() && b.is_bool() {
            let (x, y) = (a == Value::TRUE, b == Value::TRUE);
            match kind {
                BinOpKind::And => return Ok(Value::bool(x & y)),
                BinOpKind::Or => return Ok(Value::bool(x | y)),
                BinOpKind::Xor => return Ok(Value::bool(x ^ y)),
                _ => {}
            }
        }
        return int_binop(vm, kind, inplace, a, b);
    }
    if is_num(a) && is_num(b) {
        if matches!(
            kind,
            BinOpKind::LShift
                | BinOpKind::RShift
                | BinOpKind::And
                | BinOpKind::Or
                | BinOpKind::Xor
                | BinOpKind::MatMul
        ) {
            return Err(unsupported_operands(vm, kind, inplace, a, b));
        }
        let x = super::num::num_to_f64(vm, a).unwrap()?;
        let y = super::num::num_to_f64(vm, b).unwrap()?;
        return float_binop(vm, kind, inplace, x, y, a, b);
    }
    // Set algebra on dict views goes through a set copy (CPython does the same).
    if matches!(
        kind,
        BinOpKind::And | BinOpKind::Or | BinOpKind::Sub | BinOpKind::Xor
    ) && (super::is_set_like_view(a) || super::is_set_like_view(b))
    {
        let sa = if super::is_set_like_view(a) {
            super::view_to_set(vm, a)?
        } else {
            a
        };
        let mark = vm.roots.len();
        vm.roots.push(sa);
        let sb = super::view_to_set(vm, b);
        let r = sb.and_then(|sb| {
            vm.roots.push(sb);
            let sb = if super::is_set_like_view(b) { sb } else { b };
            binary_op_slow(vm, kind, false, sa, sb)
        });
        vm.roots.truncate(mark);
        return r;
    }
    match a.kind() {
        Some(ObjKind::Bytes) if kind == BinOpKind::Add => {
            let Some(y) = crate::builtins::bytes::bytes_like(b) else {
                return Err(vm.type_error(format!("can't concat {} to bytes", type_name(b))));
            };
            let x = &a.cast::<BytesObj>().data;
            check_alloc(vm, x.len() + y.len(), 1)?;
            return Ok(new_bytes([&x[..], &y[..]].concat()));
        }
        Some(ObjKind::ByteArray) => match kind {
            BinOpKind::Add if inplace => {
                return crate::builtins::bytearray::extend_in_place(vm, a, b)
            }
            BinOpKind::Add => return crate::builtins::bytearray::concat(vm, a, b),
            BinOpKind::Mul => return crate::builtins::bytearray::repeat(vm, a, b, inplace),
            _ => {}
        },
        Some(ObjKind::Bytes) if kind == BinOpKind::Mul => return repeat(vm, a, b, false),
        Some(ObjKind::Str) => match kind {
            BinOpKind::Add => {
                if is_str(b) {
                    return Ok(str_concat(a, b));
                }
                return Err(vm.type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    type_name(b)
                )));
            }
            BinOpKind::Mul => return repeat(vm, a, b, inplace),
            BinOpKind::Mod => return percent_format(vm, a, b),
            _ => {}
        },
        Some(ObjKind::List) => match kind {
            BinOpKind::Add => {
                if inplace {
                    list_extend(vm, a, b)?;
                    return Ok(a);
                }
                if let Some(l2) = b.get::<ListObj>() {
                    let l1 = a.cast::<ListObj>();
                    let (v1, v2) = (l1.items.view(), l2.items.view());
                    let (n1, n2) = (v1.len(), v2.len());
                    if n1 + n2 <= 64 {
                        // Small: straight into the new list's own buffer, from one
                        // snapshot of each operand.
                        return Ok(super::new_list_with(n1 + n2, |k| {
                            if k < n1 { v1.get(k) } else { v2.get(k - n1) }.unwrap_or(Value::NONE)
                        }));
                    }
                    let n = l1.items.len() + l2.items.len();
                    let mut v = try_vec(vm, n)?;
                    v.extend(l1.items.iter());
                    v.extend(l2.items.iter());
                    return Ok(new_list(v));
                }
                return Err(vm.type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    type_name(b)
                )));
            }
            BinOpKind::Mul => return repeat(vm, a, b, inplace),
            _ => {}
        },
        Some(ObjKind::Tuple) => match kind {
            BinOpKind::Add => {
                if let Some(t2) = b.get::<TupleObj>() {
                    let t1 = a.cast::<TupleObj>();
                    if t2.items.is_empty() {
                        return Ok(a);
                    }
                    if t1.items.is_empty() {
                        return Ok(b);
                    }
                    let mut v = try_vec(vm, t1.items.len() + t2.items.len())?;
                    v.extend_from_slice(&t1.items);
                    v.extend_from_slice(&t2.items);
                    return Ok(new_tuple(v));
                }
                return Err(vm.type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    type_name(b)
                )));
            }
            BinOpKind::Mul => return repeat(vm, a, b, inplace),
            _ => {}
        },
        Some(ObjKind::Set) => {
            if b.is_kind(ObjKind::Set) {
                if let Some(r) = set_binop(vm, kind, inplace, a, b)? {
                    return Ok(r);
                }
            }
        }
        Some(ObjKind::Dict) => {
            if kind == BinOpKind::Or {
                if inplace {
                    dict_update(vm, a, b, false)?;
                    return Ok(a);
                }
                if b.is_kind(ObjKind::Dict) {
                    let r = dict_copy(a);
                    dict_update(vm, r, b, false)?;
                    return Ok(r);
                }
            }
        }
        _ => {}
    }
    // Reflected sequence repetition: n * seq.
    if kind == BinOpKind::Mul
        && matches!(
            b.kind(),
            Some(
                ObjKind::Str | ObjKind::Bytes | ObjKind::ByteArray | ObjKind::List | ObjKind::Tuple
            )
        )
    {
        if is_int(a) && b.is_kind(ObjKind::ByteArray) {
            return crate::builtins::bytearray::repeat(vm, b, a, false);
        }
        if is_int(a) {
            return repeat(vm, b, a, false);
        }
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(a)
        )));
    }
    // Last, so numbers never pay for the check.
    if let Some(r) = type_union(vm, kind, a, b)? {
        return Ok(r);
    }
    Err(unsupported_operands(vm, kind, inplace, a, b))
}

fn str_concat(a: Value, b: Value) -> Value {
    let (x, y) = (a.cast::<StrObj>(), b.cast::<StrObj>());
    if y.s.is_empty() {
        return a;
    }
    if x.s.is_empty() {
        return b;
    }
    let total = x.s.len() + y.s.len();
    if total > 4096 {
        note_bytes(y.s.len());
    }
    if total <= crate::object::INLINE_STR_MAX {
        // Short: inline (appending in place to a shared buffer only pays for long strs).
        let v = alloc(StrObj::inline_blank(total, x.nchars + y.nchars));
        v.cast::<StrObj>().fill_inline(&[&x.s, &y.s]);
        return v;
    }
    alloc(StrObj::concat(x, y))
}

/// A shallow copy of a dict, in order.
pub(crate) fn dict_copy(d: Value) -> Value {
    let src = &d.cast::<DictObj>().table;
    let t = crate::dict::DictTable::with_capacity(src.len());
    for e in src.iter() {
        t.insert_new(e.hash, e.key, e.value);
    }
    alloc(DictObj::new(t))
}

/// The repeat count of `seq * n`: an int (negative → 0), MemoryError/OverflowError when absurd.
fn repeat_count(vm: &mut Vm, n: Value, unit: usize) -> PyResult<usize> {
    let count = match as_i64(n) {
        Some(c) => c,
        None => {
            let b: BigInt = to_bigint(n).unwrap();
            if b < BigInt::zero() {
                0
            } else {
                return Err(vm.raise_msg(
                    rt().excs.overflow_error,
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
        }
    };
    if count <= 0 || unit == 0 {
        return Ok(0);
    }
    let count = count as usize;
    match count.checked_mul(unit) {
        Some(t) if (t as u128) < (1u128 << 62) => Ok(count),
        _ => Err(memory_error(vm)),
    }
}

/// `seq * n` for str/list/tuple (`inplace` mutates a list).
pub(crate) fn repeat(vm: &mut Vm, seq: Value, n: Value, inplace: bool) -> PyResult<Value> {
    if !is_int(n) {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(n)
        )));
    }
    match seq.kind() {
        Some(ObjKind::Bytes) => {
            let s = &seq.cast::<BytesObj>().data;
            let c = repeat_count(vm, n, s.len())?;
            if c == 1 {
                return Ok(seq);
            }
            check_alloc(vm, c * s.len(), 1)?;
            Ok(new_bytes(s.repeat(c)))
        }
        Some(ObjKind::Str) => {
            let s = str_of(seq);
            let c = repeat_count(vm, n, s.len())?;
            if c == 1 {
                return Ok(seq);
            }
            check_alloc(vm, c * s.len(), 1)?;
            let mut out = String::new();
            if out.try_reserve_exact(c * s.len()).is_err() {
                return Err(memory_error(vm));
            }
            for _ in 0..c {
                out.push_str(s);
            }
            Ok(new_string(out))
        }
        Some(ObjKind::List) => {
            let l = seq.cast::<ListObj>();
            let items = l.items.to_vec();
            let c = repeat_count(vm, n, items.len())?;
            let mut v = try_vec(vm, c * items.len())?;
            if items.len() == 1 {
                v.resize(c, items[0]);
            } else {
                for _ in 0..c {
                    v.extend_from_slice(&items);
                }
            }
            if inplace {
                l.items.replace(&v);
                Ok(seq)
            } else {
                Ok(new_list(v))
            }
        }
        Some(ObjKind::Tuple) => {
            let t = seq.cast::<TupleObj>();
            let c = repeat_count(vm, n, t.items.len())?;
            if c == 1 {
                return Ok(seq);
            }
            let mut v = try_vec(vm, c * t.items.len())?;
            for _ in 0..c {
                v.extend_from_slice(&t.items);
            }
            Ok(new_tuple(v))
        }
        _ => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(n)
        ))),
    }
}

// ---- sets ---------------------------------------------------------------------------

fn set_like(a: Value, table: crate::set::SetTable) -> Value {
    alloc(SetObj::new(table, a.cast::<SetObj>().frozen))
}

/// Copy of a set's table with CPython's layout (set_copy → set_merge into empty).
pub(crate) fn set_table_copy(vm: &mut Vm, s: Value) -> PyResult<crate::set::SetTable> {
    let t = crate::set::SetTable::new();
    t.merge(&s.cast::<SetObj>().table, &mut |x, y| key_eq(vm, x, y))?;
    Ok(t)
}

/// A snapshot of set `s`'s elements with its keys rooted in `vm.roots` (`set_binop`
/// truncates them): the loops over it call `__eq__`, which may remove keys from `s`
/// (or another thread may) and reach a collection.
fn rooted_items(vm: &mut Vm, s: Value) -> Vec<(Value, i64)> {
    let items: Vec<(Value, i64)> = s.cast::<SetObj>().table.entries();
    vm.roots.extend(items.iter().map(|&(k, _)| k));
    items
}

fn set_binop(
    vm: &mut Vm,
    kind: BinOpKind,
    inplace: bool,
    a: Value,
    b: Value,
) -> PyResult<Option<Value>> {
    let mark = vm.roots.len();
    let r = set_binop_rooted(vm, kind, inplace, a, b);
    vm.roots.truncate(mark);
    r
}

fn set_binop_rooted(
    vm: &mut Vm,
    kind: BinOpKind,
    inplace: bool,
    a: Value,
    b: Value,
) -> PyResult<Option<Value>> {
    let mutate = inplace && !a.cast::<SetObj>().frozen;
    match kind {
        BinOpKind::Or => {
            if mutate {
                if a != b {
                    let other = &b.cast::<SetObj>().table;
                    a.cast::<SetObj>()
                        .table
                        .merge(other, &mut |x, y| key_eq(vm, x, y))?;
                }
                return Ok(Some(a));
            }
            let t = set_table_copy(vm, a)?;
            t.merge(&b.cast::<SetObj>().table, &mut |x, y| key_eq(vm, x, y))?;
            Ok(Some(set_like(a, t)))
        }
        BinOpKind::And => {
            let (mut big, mut small) = (a, b);
            if b.cast::<SetObj>().table.len() > a.cast::<SetObj>().table.len() {
                std::mem::swap(&mut big, &mut small);
            }
            let t = crate::set::SetTable::new();
            let items = rooted_items(vm, small);
            for (k, h) in items {
                if big
                    .cast::<SetObj>()
                    .table
                    .contains(h, k, &mut |x, y| key_eq(vm, x, y))?
                {
                    t.add(h, k, &mut |x, y| key_eq(vm, x, y))?;
                }
            }
            if mutate {
                // Swap in the result's table in one publication (CPython swaps bodies).
                a.cast::<SetObj>().table.assign(&t);
                return Ok(Some(a));
            }
            Ok(Some(set_like(a, t)))
        }
        BinOpKind::Sub => {
            if mutate {
                if a == b {
                    a.cast::<SetObj>().table.clear();
                    return Ok(Some(a));
                }
                let items = rooted_items(vm, b);
                for (k, h) in items {
                    a.cast::<SetObj>()
                        .table
                        .discard(h, k, &mut |x, y| key_eq(vm, x, y))?;
                }
                return Ok(Some(a));
            }
            let (na, nb) = (
                a.cast::<SetObj>().table.len(),
                b.cast::<SetObj>().table.len(),
            );
            if (na >> 2) > nb {
                let t = set_table_copy(vm, a)?;
                let items = rooted_items(vm, b);
                for (k, h) in items {
                    t.discard(h, k, &mut |x, y| key_eq(vm, x, y))?;
                }
                return Ok(Some(set_like(a, t)));
            }
            let t = crate::set::SetTable::new();
            let items = rooted_items(vm, a);
            for (k, h) in items {
                if !b
                    .cast::<SetObj>()
                    .table
                    .contains(h, k, &mut |x, y| key_eq(vm, x, y))?
                {
                    t.add(h, k, &mut |x, y| key_eq(vm, x, y))?;
                }
            }
            Ok(Some(set_like(a, t)))
        }
        BinOpKind::Xor => {
            // symmetric_difference_update(target, other): discard common, add the rest.
            let run = |vm: &mut Vm, t: &crate::set::SetTable, other: Value| -> PyResult<()> {
                let items = rooted_items(vm, other);
                for (k, h) in items {
                    if !t.discard(h, k, &mut |x, y| key_eq(vm, x, y))? {
                        t.add(h, k, &mut |x, y| key_eq(vm, x, y))?;
                    }
                }
                Ok(())
            };
            if mutate {
                if a == b {
                    a.cast::<SetObj>().table.clear();
                    return Ok(Some(a));
                }
                // In place, as CPython's set_symmetric_difference_update.
                run(vm, &a.cast::<SetObj>().table, b)?;
                return Ok(Some(a));
            }
            let t = set_table_copy(vm, b)?;
            run(vm, &t, a)?;
            Ok(Some(set_like(a, t)))
        }
        _ => Ok(None),
    }
}

// ---- unary ----------------------------------------------------------------------------

fn bad_unary(vm: &mut Vm, op: &str, v: Value) -> Raised {
    vm.type_error(format!(
        "bad operand type for unary {op}: '{}'",
        type_name(v)
    ))
}

/// `-v`.
pub fn unary_neg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if v.is_float() {
        return Ok(Value::float(-v.as_float()));
    }
    if let Some(i) = as_i64(v) {
        return Ok(match i.checked_neg() {
            Some(n) => new_int(n),
            None => new_i128(-(i as i128)),
        });
    }
    if let Some(IntObj::Big(b)) = v.get::<IntObj>() {
        return Ok(new_bigint(-b.clone()));
    }
    if let Some(r) = user_unary(vm, v, names().neg)? {
        return Ok(r);
    }
    Err(bad_unary(vm, "-", v))
}

/// `+v`.
pub fn unary_pos(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if v.is_float() || v.is_small() || v.is_kind(ObjKind::Int) {
        return Ok(v);
    }
    if v.is_bool() {
        return Ok(Value::small((v == Value::TRUE) as i64));
    }
    if let Some(r) = user_unary(vm, v, names().pos)? {
        return Ok(r);
    }
    Err(bad_unary(vm, "+", v))
}

/// `~v`.
pub fn unary_invert(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(i) = as_i64(v) {
        return Ok(new_int(!i));
    }
    if let Some(IntObj::Big(b)) = v.get::<IntObj>() {
        return Ok(new_bigint(-(b.clone()) - 1));
    }
    if let Some(r) = user_unary(vm, v, names().invert)? {
        return Ok(r);
    }
    Err(bad_unary(vm, "~", v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{SMALL_INT_MAX, SMALL_INT_MIN};
    use num_integer::Integer;

    fn val_i128(v: Value) -> i128 {
        match as_i64(v) {
            Some(i) => i as i128,
            None => panic!("not an i64 int"),
        }
    }

    #[test]
    fn small_int_fast_path_agrees_with_python_semantics() {
        let vals = [
            0,
            1,
            -1,
            2,
            -2,
            3,
            -3,
            7,
            -7,
            47,
            63,
            64,
            SMALL_INT_MAX,
            SMALL_INT_MIN,
            SMALL_INT_MAX - 1,
            SMALL_INT_MIN + 1,
            1 << 24,
            -(1 << 24),
        ];
        for &x in &vals {
            for &y in &vals {
                for kind in BinOpKind::ALL {
                    let Some(r) = small_int_binop(kind, x, y) else {
                        continue;
                    };
                    let (a, b) = (x as i128, y as i128);
                    let expect: i128 = match kind {
                        BinOpKind::Add => a + b,
                        BinOpKind::Sub => a - b,
                        BinOpKind::Mul => a * b,
                        BinOpKind::FloorDiv => Integer::div_floor(&a, &b),
                        BinOpKind::Mod => Integer::mod_floor(&a, &b),
                        BinOpKind::And => a & b,
                        BinOpKind::Or => a | b,
                        BinOpKind::Xor => a ^ b,
                        BinOpKind::RShift => a >> b.min(127),
                        BinOpKind::LShift => a << b,
                        _ => unreachable!(),
                    };
                    assert_eq!(val_i128(r), expect, "{x} {:?} {y}", kind);
                    // Normalised: small whenever it fits.
                    assert_eq!(
                        r.is_small(),
                        Value::try_small(expect as i64).is_some()
                            && expect == (expect as i64) as i128
                    );
                }
            }
        }
    }
}
