//! Special methods of user classes dispatched from operators and builtins. Each is
//! looked up on the TYPE (never the instance) with `user_special`, which yields only
//! methods user code defined (builtin defaults on `object` fall through to the
//! native behaviour). Exceptions raised inside dunders propagate; every value held
//! across a call back into Python is an argument of that call or rooted explicitly.

use super::*;
use crate::bytecode::{BinOpKind, CmpKind};

#[inline(always)]
fn ni() -> Value {
    rt().not_implemented
}

// ---- comparisons ------------------------------------------------------------------------

fn cmp_name(k: CmpKind) -> Value {
    let n = names();
    match k {
        CmpKind::Lt => n.lt,
        CmpKind::Le => n.le,
        CmpKind::Eq => n.eq,
        CmpKind::Ne => n.ne,
        CmpKind::Gt => n.gt,
        CmpKind::Ge => n.ge,
    }
}

fn swapped(k: CmpKind) -> CmpKind {
    match k {
        CmpKind::Lt => CmpKind::Gt,
        CmpKind::Le => CmpKind::Ge,
        CmpKind::Gt => CmpKind::Lt,
        CmpKind::Ge => CmpKind::Le,
        k => k,
    }
}

/// One side of a rich comparison: the user's method, or `__ne__` derived from a user
/// `__eq__`; NotImplemented when the type has neither.
fn cmp_side(vm: &mut Vm, k: CmpKind, a: Value, b: Value) -> PyResult<Value> {
    if let Some(f) = user_special(a, cmp_name(k)) {
        return call_special(vm, f, a, &[b]);
    }
    // `__ne__` derived from `__eq__` is object's behaviour; list/tuple/dict/set
    // define their own `__ne__`, which subclasses inherit.
    if k == CmpKind::Ne && !is_sub_builtin(a) {
        if let Some(f) = user_special(a, names().eq) {
            let r = call_special(vm, f, a, &[b])?;
            if r == ni() {
                return Ok(r);
            }
            return Ok(Value::bool(!truthy(vm, r)?));
        }
    }
    if is_sub_builtin(a) {
        return builtin_cmp_side(vm, k, a, b);
    }
    Ok(ni())
}

/// The comparison a builtin container type (list, tuple, dict, set) defines, applied
/// to an instance `a` of a user subclass of it that does not override it: the builtin
/// result when `b` is of the same builtin kind, else NotImplemented.
pub fn builtin_cmp_side(vm: &mut Vm, k: CmpKind, a: Value, b: Value) -> PyResult<Value> {
    let same = match (a.kind(), b.kind()) {
        (Some(x), Some(y)) if x == y => true,
        (Some(ObjKind::Set), Some(ObjKind::DictView)) => is_set_like_view(b),
        _ => false,
    };
    if !same || (a.is_kind(ObjKind::Dict) && !matches!(k, CmpKind::Eq | CmpKind::Ne)) {
        return Ok(ni());
    }
    compare_base(vm, k, a, b)
}

/// `a <k> b` when either operand is a user object (Python's do_richcompare):
/// reflected method first for a proper subclass on the right, then the left's
/// method, then the right's reflected one, then the defaults (identity for ==/!=,
/// TypeError for ordering).
pub fn user_compare(vm: &mut Vm, k: CmpKind, a: Value, b: Value) -> PyResult<Value> {
    let brings_own = |v: Value| is_user_obj(v) && may_compare_itself(v);
    if !brings_own(a) && !brings_own(b) {
        // No side has a user comparison method (plain instances of classes without
        // one, and builtins, which know nothing of user types): the defaults.
        return default_compare(vm, k, a, b);
    }
    let (ta, tb) = (type_of(a), type_of(b));
    let mut checked_reverse = false;
    if ta != tb && is_subclass(tb, ta) && is_user_obj(b) {
        checked_reverse = true;
        let r = cmp_side(vm, swapped(k), b, a)?;
        if r != ni() {
            return Ok(r);
        }
    }
    if is_user_obj(a) {
        let r = cmp_side(vm, k, a, b)?;
        if r != ni() {
            return Ok(r);
        }
    } else {
        // A builtin left operand knows nothing of user types, except equal builtins.
    }
    if !checked_reverse && is_user_obj(b) {
        let r = cmp_side(vm, swapped(k), b, a)?;
        if r != ni() {
            return Ok(r);
        }
    }
    default_compare(vm, k, a, b)
}

/// Whether `v` may bring its own comparison: anything but a plain instance whose class
/// has no user rich-comparison method (`CF_RICHCMP`, kept with the class version).
#[inline]
fn may_compare_itself(v: Value) -> bool {
    match v.get::<InstanceObj>() {
        Some(i) => i.cls.cast::<ClassObj>().flags() & CF_RICHCMP != 0,
        None => true,
    }
}

/// Comparison when neither side implements it: identity for ==/!=, else TypeError.
fn default_compare(vm: &mut Vm, k: CmpKind, a: Value, b: Value) -> PyResult<Value> {
    match k {
        CmpKind::Eq => Ok(Value::bool(a == b)),
        CmpKind::Ne => Ok(Value::bool(a != b)),
        _ => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            k.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

/// `a == b` as a bool for user objects.
pub fn user_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let r = user_compare(vm, CmpKind::Eq, a, b)?;
    if r.is_bool() {
        return Ok(r == Value::TRUE);
    }
    truthy(vm, r)
}

// ---- hashing -------------------------------------------------------------------------------

/// `hash(v)` for a user object: its `__hash__`, identity by default, TypeError when
/// the class set `__hash__ = None` (as defining `__eq__` alone does).
pub fn user_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let f = lookup_in_mro(type_of(v), names().hash);
    match f {
        Some(f) if f.is_none() => {
            Err(vm.type_error(format!("unhashable type: '{}'", type_name(v))))
        }
        Some(f) if is_user_value(f) => {
            let r = call_special(vm, f, v, &[])?;
            if !is_int(r) {
                return Err(vm.type_error("__hash__ method should return an integer".into()));
            }
            // Used as is when it fits (CPython's slot_tp_hash), else the int's hash.
            let h = match as_i64(r) {
                Some(i) => i,
                None => hash(vm, r)?,
            };
            Ok(if h == -1 { -2 } else { h })
        }
        _ => Ok(identity_hash(v)),
    }
}

// ---- truthiness, len ----------------------------------------------------------------------

/// `bool(v)` for a user object: `__bool__`, else `__len__`, else True.
pub fn user_truthy(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if let Some(i) = v.get::<InstanceObj>() {
        if i.cls.cast::<ClassObj>().flags() & CF_TRUTH == 0 {
            return Ok(true); // neither __bool__ nor __len__ (the class flag says)
        }
    }
    let n = names();
    if let Some(f) = user_special(v, n.bool_) {
        let r = call_special(vm, f, v, &[])?;
        if !r.is_bool() {
            return Err(vm.type_error(format!(
                "__bool__ should return bool, returned {}",
                type_name(r)
            )));
        }
        return Ok(r == Value::TRUE);
    }
    if let Some(f) = user_special(v, n.len) {
        let r = call_special(vm, f, v, &[])?;
        return Ok(len_result(vm, r)? != 0);
    }
    Ok(true)
}

fn len_result(vm: &mut Vm, r: Value) -> PyResult<usize> {
    if !is_int(r) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(r)
        )));
    }
    match as_i64(r) {
        Some(i) if i < 0 => Err(vm.value_error("__len__() should return >= 0".into())),
        Some(i) => Ok(i as usize),
        None => {
            if to_bigint(r).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) {
                Err(vm.value_error("__len__() should return >= 0".into()))
            } else {
                Err(vm.raise_msg(
                    rt().excs.overflow_error,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        }
    }
}

/// Whether a subclass instance of a builtin container overrides `__bool__`/`__len__`.
pub(crate) fn has_user_len_or_bool(v: Value) -> bool {
    let n = names();
    user_special(v, n.bool_).is_some() || user_special(v, n.len).is_some()
}

/// `len(v)` for any object: builtin containers, then a user `__len__`.
pub fn len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if let Some(n) = len_of(v) {
        if !is_sub_builtin(v) {
            return Ok(n);
        }
        return match user_special(v, names().len) {
            Some(f) => {
                let r = call_special(vm, f, v, &[])?;
                len_result(vm, r)
            }
            None => Ok(n),
        };
    }
    if let Some(f) = user_special(v, names().len) {
        let r = call_special(vm, f, v, &[])?;
        return len_result(vm, r);
    }
    Err(vm.type_error(format!("object of type '{}' has no len()", type_name(v))))
}

// ---- repr / str / format ----------------------------------------------------------------

fn str_result(vm: &mut Vm, r: Value, what: &str) -> PyResult<&'static str> {
    if !is_str(r) {
        return Err(vm.type_error(format!(
            "{what} returned non-string (type {})",
            type_name(r)
        )));
    }
    Ok(str_of(r))
}

/// Append `repr(v)` for a user object (`__repr__`, else the default form).
pub fn user_repr_into(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<bool> {
    if let Some(f) = user_special(v, names().repr) {
        let r = call_special(vm, f, v, &[])?;
        out.push_str(str_result(vm, r, "__repr__")?);
        return Ok(true);
    }
    Ok(false)
}

/// Append `str(v)` for a user object (`__str__`, else `__repr__`); false when the
/// type defines neither (the caller uses the builtin behaviour).
pub fn user_str_into(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<bool> {
    if let Some(f) = user_special(v, names().str) {
        let r = call_special(vm, f, v, &[])?;
        out.push_str(str_result(vm, r, "__str__")?);
        return Ok(true);
    }
    user_repr_into(vm, v, out)
}

/// `format(v, spec)` for a user object with `__format__`; None if it has none.
pub fn user_format(vm: &mut Vm, v: Value, spec: &str) -> PyResult<Option<String>> {
    if let Some(f) = user_special(v, names().format) {
        let s = new_str(spec);
        let r = call_special(vm, f, v, &[s])?;
        if !is_str(r) {
            return Err(vm.type_error(format!(
                "__format__ must return a str, not {}",
                type_name(r)
            )));
        }
        return Ok(Some(str_of(r).to_string()));
    }
    Ok(None)
}

// ---- binary / unary operators ------------------------------------------------------------

fn binop_names(kind: BinOpKind) -> (&'static str, &'static str, &'static str) {
    use BinOpKind::*;
    match kind {
        Add => ("__add__", "__radd__", "__iadd__"),
        Sub => ("__sub__", "__rsub__", "__isub__"),
        Mul => ("__mul__", "__rmul__", "__imul__"),
        TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        Mod => ("__mod__", "__rmod__", "__imod__"),
        Pow => ("__pow__", "__rpow__", "__ipow__"),
        LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        And => ("__and__", "__rand__", "__iand__"),
        Or => ("__or__", "__ror__", "__ior__"),
        Xor => ("__xor__", "__rxor__", "__ixor__"),
        MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

/// Interned operator method names, by op and flavour (0 plain, 1 reflected, 2 in-place).
fn binop_name(kind: BinOpKind, which: usize) -> Value {
    use std::sync::OnceLock;
    static T: OnceLock<Vec<[Value; 3]>> = OnceLock::new();
    let t = T.get_or_init(|| {
        BinOpKind::ALL
            .iter()
            .map(|&k| {
                let (a, b, c) = binop_names(k);
                [
                    crate::rt::intern(a),
                    crate::rt::intern(b),
                    crate::rt::intern(c),
                ]
            })
            .collect()
    });
    let i = BinOpKind::ALL.iter().position(|&k| k == kind).unwrap();
    t[i][which]
}

/// `a OP b` / `a OP= b` when an operand is a user object: Ok(None) when neither side
/// implements it (the caller raises its usual TypeError or tries builtin rules).
pub fn user_binary_op(
    vm: &mut Vm,
    kind: BinOpKind,
    inplace: bool,
    a: Value,
    b: Value,
) -> PyResult<Option<Value>> {
    if inplace {
        if let Some(f) = user_special(a, binop_name(kind, 2)) {
            let r = call_special(vm, f, a, &[b])?;
            if r != ni() {
                return Ok(Some(r));
            }
        }
    }
    user_binary_special(vm, a, b, binop_name(kind, 0), binop_name(kind, 1))
}

/// The single method `a <op> b` (or `a <op>= b`) calls when the whole protocol above
/// reduces to "`type(a).__op__(a, b)`, and a TypeError if that returns NotImplemented":
/// `a` a plain instance whose class defines the operator with a Python function and
/// (for `op=`) no in-place method, and `b` of the same class, or without a user
/// reflected method and not an instance of a builtin-container subclass (whose
/// builtin operator would be tried next). The answer depends only on the two classes,
/// so a site may cache it under their versions (`interp::binary_op_planned`).
pub fn binary_op_plan(kind: BinOpKind, inplace: bool, a: Value, b: Value) -> Option<Value> {
    a.get::<InstanceObj>()?;
    if inplace && user_special(a, binop_name(kind, 2)).is_some() {
        return None;
    }
    let f = user_special(a, binop_name(kind, 0)).filter(|f| f.is_kind(ObjKind::Func))?;
    let (ta, tb) = (type_of(a), type_of(b));
    if ta != tb && (user_special(b, binop_name(kind, 1)).is_some() || is_sub_builtin(b)) {
        return None;
    }
    Some(f)
}

/// The binary-operator protocol for user objects with method names `name` and its
/// reflected `rname` (`__divmod__`/`__rdivmod__` for `divmod()`, the operators' own):
/// a subclass's reflected method first, then `a.name(b)`, then `b.rname(a)`; None when
/// all return NotImplemented or are missing.
pub fn user_binary_special(
    vm: &mut Vm,
    a: Value,
    b: Value,
    name: Value,
    rname: Value,
) -> PyResult<Option<Value>> {
    let (ta, tb) = (type_of(a), type_of(b));
    let fa = user_special(a, name);
    let fb = if ta != tb {
        user_special(b, rname)
    } else {
        None
    };
    let mut fb = fb;
    if let Some(g) = fb {
        if is_subclass(tb, ta) && Some(g) != fa {
            let r = call_special(vm, g, b, &[a])?;
            if r != ni() {
                return Ok(Some(r));
            }
            fb = None;
        }
    }
    if let Some(f) = fa {
        let r = call_special(vm, f, a, &[b])?;
        if r != ni() {
            return Ok(Some(r));
        }
    }
    if let Some(g) = fb {
        let r = call_special(vm, g, b, &[a])?;
        if r != ni() {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// A unary special method (`__neg__`, `__pos__`, `__abs__`, `__invert__`) of a user
/// object, called; None when the type has none.
pub fn user_unary(vm: &mut Vm, v: Value, name: Value) -> PyResult<Option<Value>> {
    match user_special(v, name) {
        Some(f) => call_special(vm, f, v, &[]).map(Some),
        None => Ok(None),
    }
}

/// `abs(v)`.
pub fn unary_abs(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(r) = user_unary(vm, v, names().abs)? {
        return Ok(r);
    }
    Err(vm.type_error(format!("bad operand type for abs(): '{}'", type_name(v))))
}

// ---- numbers -------------------------------------------------------------------------------

/// `operator.index(v)` for a user object: `__index__`'s int result, or None.
pub fn user_index(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    match user_special(v, names().index) {
        Some(f) => {
            let r = call_special(vm, f, v, &[])?;
            if !is_int(r) {
                return Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    type_name(r)
                )));
            }
            Ok(Some(r))
        }
        None => Ok(None),
    }
}

/// `int(v)` for a user object: `__int__`, `__index__`, `__trunc__`; None if none exist.
pub fn user_int(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let n = names();
    if let Some(f) = user_special(v, n.int) {
        let r = call_special(vm, f, v, &[])?;
        if !is_int(r) {
            return Err(vm.type_error(format!("__int__ returned non-int (type {})", type_name(r))));
        }
        return Ok(Some(r));
    }
    if let Some(r) = user_index(vm, v)? {
        return Ok(Some(r));
    }
    if let Some(f) = user_special(v, n.trunc) {
        let r = call_special(vm, f, v, &[])?;
        if !is_int(r) {
            return Err(vm.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                type_name(r)
            )));
        }
        return Ok(Some(r));
    }
    Ok(None)
}

/// `float(v)` for a user object: `__float__`, then `__index__`; None if neither.
pub fn user_float(vm: &mut Vm, v: Value) -> PyResult<Option<f64>> {
    if let Some(f) = user_special(v, names().float) {
        let r = call_special(vm, f, v, &[])?;
        if !r.is_float() {
            return Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(v),
                type_name(r)
            )));
        }
        return Ok(Some(r.as_float()));
    }
    if let Some(r) = user_index(vm, v)? {
        return int_to_f64(vm, r).map(Some);
    }
    Ok(None)
}

// ---- containers --------------------------------------------------------------------------

/// `obj[key]` for a user object.
pub fn user_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    match user_special(obj, names().getitem) {
        Some(f) => call_special(vm, f, obj, &[key]),
        None => Err(vm.type_error(format!("'{}' object is not subscriptable", type_name(obj)))),
    }
}

/// `obj[key] = v` for a user object.
pub fn user_setitem(vm: &mut Vm, obj: Value, key: Value, v: Value) -> PyResult<()> {
    match user_special(obj, names().setitem) {
        Some(f) => call_special(vm, f, obj, &[key, v]).map(|_| ()),
        None => Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            type_name(obj)
        ))),
    }
}

/// `del obj[key]` for a user object.
pub fn user_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    match user_special(obj, names().delitem) {
        Some(f) => call_special(vm, f, obj, &[key]).map(|_| ()),
        None => Err(vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            type_name(obj)
        ))),
    }
}

/// `item in obj` for a user object: `__contains__`, else iteration.
pub fn user_contains(vm: &mut Vm, obj: Value, item: Value) -> PyResult<bool> {
    let n = names();
    if let Some(f) = user_special(obj, n.contains) {
        let r = call_special(vm, f, obj, &[item])?;
        return truthy(vm, r);
    }
    if user_special(obj, n.iter).is_none() && user_special(obj, n.getitem).is_none() {
        return Err(vm.type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(obj)
        )));
    }
    let it = get_iter(vm, obj)?;
    with_roots(vm, &[it], |vm| {
        while let Some(x) = iter_next(vm, it)? {
            if with_roots(vm, &[x], |vm| eq_elem(vm, x, item))? {
                return Ok(true);
            }
        }
        Ok(false)
    })
}

/// Whether `v` can serve as an iterator (has `__next__`, or is a builtin iterator).
pub fn is_iterator(v: Value) -> bool {
    match v.kind() {
        Some(ObjKind::Iter | ObjKind::Generator | ObjKind::File) => true,
        Some(ObjKind::Instance) => lookup_in_mro(type_of(v), names().next).is_some(),
        _ => false,
    }
}

/// `iter(obj)` for a user object: `__iter__` (must return an iterator), else the
/// `__getitem__` sequence protocol.
pub fn user_iter(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let n = names();
    if let Some(f) = user_special(obj, n.iter) {
        if f.is_none() {
            return Err(vm.type_error(format!("'{}' object is not iterable", type_name(obj))));
        }
        let it = call_special(vm, f, obj, &[])?;
        if !is_iterator(it) {
            return Err(vm.type_error(format!(
                "iter() returned non-iterator of type '{}'",
                type_name(it)
            )));
        }
        return Ok(it);
    }
    if user_special(obj, n.getitem).is_some() {
        return Ok(alloc(IterObj {
            state: IterState::GetItem { obj, i: 0 },
        }));
    }
    Err(vm.type_error(format!("'{}' object is not iterable", type_name(obj))))
}

/// `next(it)` for a user iterator: Ok(None) when `__next__` raised StopIteration.
pub fn user_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let Some(f) = user_special(it, names().next) else {
        return Err(vm.type_error(format!("'{}' object is not an iterator", type_name(it))));
    };
    match call_special(vm, f, it, &[]) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            if isinstance_class(vm.exc, rt().excs.stop_iteration) {
                vm.take_exc();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// One step of the `__getitem__` iteration protocol.
pub(crate) fn getitem_iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let (obj, i) = match &it.cast::<IterObj>().state {
        IterState::GetItem { obj, i } => (*obj, *i),
        _ => return Ok(None),
    };
    match getitem(vm, obj, new_int(i)) {
        Ok(v) => {
            if let IterState::GetItem { i, .. } = &mut it.cast::<IterObj>().state {
                *i += 1;
            }
            Ok(Some(v))
        }
        Err(e) => {
            let x = &rt().excs;
            if isinstance_class(vm.exc, x.index_error) || isinstance_class(vm.exc, x.stop_iteration)
            {
                vm.take_exc();
                it.cast::<IterObj>().state = IterState::Exhausted;
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

// ---- calls ------------------------------------------------------------------------------

/// Calling an object that is not a function, builtin, bound method or class:
/// a user instance's `__call__`, a staticmethod's function; TypeError otherwise.
/// (The interpreter's `Vm::call` falls back to this.)
pub fn call_object(vm: &mut Vm, f: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match f.kind() {
        Some(ObjKind::StaticMethod) => {
            let g = f.cast::<StaticMethodObj>().func;
            return vm.call(g, args, kwnames);
        }
        Some(ObjKind::Instance | ObjKind::Exc) => {
            if let Some(c) = user_special(f, names().call) {
                if kwnames.is_empty() {
                    return call_special(vm, c, f, args);
                }
                let bound = bind_instance_attr(vm, c, f, type_of(f))?;
                return with_roots(vm, &[bound], |vm| vm.call(bound, args, kwnames));
            }
        }
        _ => {}
    }
    Err(vm.type_error(format!("'{}' object is not callable", type_name(f))))
}

/// `callable(v)`.
pub fn is_callable(v: Value) -> bool {
    match v.kind() {
        Some(
            ObjKind::Func
            | ObjKind::Builtin
            | ObjKind::BoundMethod
            | ObjKind::Class
            | ObjKind::StaticMethod,
        ) => true,
        Some(ObjKind::Instance | ObjKind::Exc) => user_special(v, names().call).is_some(),
        _ => false,
    }
}
