//! The native `operator` module: the operators as functions (through the same `ops`
//! helpers the interpreter uses), and `itemgetter` / `attrgetter` / `methodcaller`.
//!
//! The three getters are builtins whose bound receiver holds their configuration (a
//! tuple), so calling one is a single native call (they are used as sort keys in hot
//! code). They are not classes here: `isinstance(g, operator.itemgetter)` is not supported
//! and their repr is a builtin's.

use super::*;
use crate::bytecode::{BinOpKind, CmpKind};

pub(crate) fn install() {
    let (_, d) = new_module("operator");
    macro_rules! binops {
        ($($name:literal, $iname:literal => $kind:ident;)*) => {{
            $(
                add_fn(d, $name, |vm, _, a| {
                    let (x, y) = two(vm, a, $name)?;
                    ops::binary_op(vm, BinOpKind::$kind, false, x, y)
                });
                add_fn(d, $iname, |vm, _, a| {
                    let (x, y) = two(vm, a, $iname)?;
                    ops::binary_op(vm, BinOpKind::$kind, true, x, y)
                });
            )*
        }};
    }
    binops! {
        "add", "iadd" => Add;
        "sub", "isub" => Sub;
        "mul", "imul" => Mul;
        "truediv", "itruediv" => TrueDiv;
        "floordiv", "ifloordiv" => FloorDiv;
        "mod", "imod" => Mod;
        "pow", "ipow" => Pow;
        "lshift", "ilshift" => LShift;
        "rshift", "irshift" => RShift;
        "and_", "iand" => And;
        "or_", "ior" => Or;
        "xor", "ixor" => Xor;
        "matmul", "imatmul" => MatMul;
    }
    macro_rules! cmps {
        ($($name:literal => $kind:ident;)*) => {{
            $(
                add_fn(d, $name, |vm, _, a| {
                    let (x, y) = two(vm, a, $name)?;
                    ops::compare(vm, CmpKind::$kind, x, y)
                });
            )*
        }};
    }
    cmps! {
        "lt" => Lt; "le" => Le; "eq" => Eq; "ne" => Ne; "gt" => Gt; "ge" => Ge;
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("neg", neg),
        ("pos", pos),
        ("invert", invert),
        ("inv", invert),
        ("not_", not_),
        ("truth", truth),
        ("is_", is_),
        ("is_not", is_not),
        ("getitem", getitem),
        ("setitem", setitem),
        ("delitem", delitem),
        ("contains", contains),
        ("countOf", count_of),
        ("indexOf", index_of),
        ("concat", concat),
        ("iconcat", iconcat),
        ("index", index),
        ("length_hint", length_hint),
        ("itemgetter", itemgetter),
        ("attrgetter", attrgetter),
        ("methodcaller", methodcaller),
    ];
    for &(n, f) in fns {
        add_fn(d, n, f);
    }
    if let Some(abs) = ops::dict_lookup_str(rt().builtins, crate::sym!("abs")) {
        set_str_key(d, "abs", abs);
    }
    // The dunder aliases CPython also exports (`operator.__add__`, ...).
    let names: Vec<&str> = vec![
        "add",
        "sub",
        "mul",
        "truediv",
        "floordiv",
        "mod",
        "pow",
        "lshift",
        "rshift",
        "and_",
        "or_",
        "xor",
        "matmul",
        "iadd",
        "isub",
        "imul",
        "itruediv",
        "ifloordiv",
        "imod",
        "ipow",
        "ilshift",
        "irshift",
        "iand",
        "ior",
        "ixor",
        "imatmul",
        "lt",
        "le",
        "eq",
        "ne",
        "gt",
        "ge",
        "neg",
        "pos",
        "invert",
        "inv",
        "not_",
        "getitem",
        "setitem",
        "delitem",
        "contains",
        "concat",
        "iconcat",
        "index",
        "abs",
    ];
    for n in names {
        if let Some(f) = ops::dict_lookup_str(d, rt::intern(n)) {
            let bare = n.trim_end_matches('_');
            set_str_key(d, &format!("__{bare}__"), f);
        }
    }
}

fn two(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Value, Value)> {
    check_pos(vm, a, name, 2, 2)?;
    Ok((a.pos[0], a.pos[1]))
}

fn neg(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "neg")?;
    ops::unary_neg(vm, v)
}
fn pos(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "pos")?;
    ops::unary_pos(vm, v)
}
fn invert(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "invert")?;
    ops::unary_invert(vm, v)
}
fn not_(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "not_")?;
    Ok(Value::bool(!ops::truthy(vm, v)?))
}
fn truth(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "truth")?;
    Ok(Value::bool(ops::truthy(vm, v)?))
}
fn is_(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (x, y) = two(vm, a, "is_")?;
    Ok(Value::bool(ops::is(x, y)))
}
fn is_not(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (x, y) = two(vm, a, "is_not")?;
    Ok(Value::bool(!ops::is(x, y)))
}
fn getitem(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (x, y) = two(vm, a, "getitem")?;
    ops::getitem(vm, x, y)
}
fn setitem(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "setitem", 3, 3)?;
    ops::setitem(vm, a.pos[0], a.pos[1], a.pos[2])?;
    Ok(Value::NONE)
}
fn delitem(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (x, y) = two(vm, a, "delitem")?;
    ops::delitem(vm, x, y)?;
    Ok(Value::NONE)
}
fn contains(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (x, y) = two(vm, a, "contains")?;
    Ok(Value::bool(ops::contains(vm, x, y)?))
}
fn count_of(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (seq, item) = two(vm, a, "countOf")?;
    let items = ops::collect_iterable(vm, seq)?;
    with_roots(vm, |vm| {
        vm.roots.extend_from_slice(&items);
        let mut n = 0;
        for &x in &items {
            if ops::is(x, item) || ops::eq(vm, x, item)? {
                n += 1;
            }
        }
        Ok(int(n))
    })
}
fn index_of(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (seq, item) = two(vm, a, "indexOf")?;
    let items = ops::collect_iterable(vm, seq)?;
    with_roots(vm, |vm| {
        vm.roots.extend_from_slice(&items);
        for (i, &x) in items.iter().enumerate() {
            if ops::is(x, item) || ops::eq(vm, x, item)? {
                return Ok(int(i as i64));
            }
        }
        Err(vm.value_error("sequence.index(x): x not in sequence".into()))
    })
}

fn is_sequence(v: Value) -> bool {
    matches!(
        v.kind(),
        Some(ObjKind::List | ObjKind::Tuple | ObjKind::Str | ObjKind::Range)
    ) || (!v.is_small()
        && !v.is_float()
        && v.kind() != Some(ObjKind::Dict)
        && ops::class_lookup(ops::type_of(v), crate::sym!("__getitem__")).is_some()
        && v.kind() != Some(ObjKind::Class))
}
fn concat(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (x, y) = two(vm, a, "concat")?;
    if !is_sequence(x) {
        return Err(vm.type_error(format!(
            "'{}' object can't be concatenated",
            ops::type_name(x)
        )));
    }
    ops::binary_op(vm, BinOpKind::Add, false, x, y)
}
fn iconcat(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (x, y) = two(vm, a, "iconcat")?;
    if !is_sequence(x) {
        return Err(vm.type_error(format!(
            "'{}' object can't be concatenated",
            ops::type_name(x)
        )));
    }
    ops::binary_op(vm, BinOpKind::Add, true, x, y)
}

fn index(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "index")?;
    if v.is_small() {
        return Ok(v);
    }
    if v.is_bool() {
        return Ok(Value::small((v == Value::TRUE) as i64));
    }
    if v.is_kind(ObjKind::Int) {
        return Ok(v);
    }
    if let Some(m) = ops::class_lookup(ops::type_of(v), crate::sym!("__index__")) {
        if !v.is_float() {
            let r = vm.call(m, &[v], &[])?;
            if ops::is_int(r) {
                return Ok(r);
            }
            return Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                ops::type_name(r)
            )));
        }
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        ops::type_name(v)
    )))
}

fn length_hint(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "length_hint", 1, 2)?;
    if let Some(n) = ops::len_of(a.pos[0]) {
        return Ok(int(n as i64));
    }
    if let Some(it) = a.pos[0].get::<IterObj>() {
        // The builtin iterators' __length_hint__: what is left.
        match &it.state {
            IterState::Seq { seq, i } => {
                let n = ops::len_of(*seq).unwrap_or(0);
                return Ok(int(n.saturating_sub(*i) as i64));
            }
            IterState::Range { remaining, .. } => return Ok(int((*remaining).max(0))),
            IterState::Exhausted => return Ok(int(0)),
            _ => {}
        }
    }
    match a.pos.get(1) {
        Some(&d) => {
            if !ops::is_int(d) {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    ops::type_name(d)
                )));
            }
            Ok(d)
        }
        None => Ok(int(0)),
    }
}

// ---- itemgetter / attrgetter / methodcaller ------------------------------------------

fn getter(name: &'static str, f: NativeFn, state: Value) -> Value {
    alloc(BuiltinObj {
        name,
        f,
        recv: state,
        owner: Value::NULL,
        is_classmethod: false,
        f64_fn: None,
        value_fn: None,
    })
}

fn itemgetter(vm: &mut Vm, _: Value, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("itemgetter() takes no keyword arguments".into()));
    }
    if a.pos.is_empty() {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0".into()));
    }
    Ok(getter(
        "itemgetter",
        itemgetter_call,
        ops::new_tuple(a.pos.to_vec()),
    ))
}

fn itemgetter_call(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let obj = one_getter_arg(vm, a, "itemgetter")?;
    let keys = &recv.cast::<TupleObj>().items;
    if keys.len() == 1 {
        return ops::getitem(vm, obj, keys[0]);
    }
    with_roots(vm, |vm| {
        let mark = vm.roots.len();
        vm.roots.push(recv);
        let n = recv.cast::<TupleObj>().items.len();
        for i in 0..n {
            let k = recv.cast::<TupleObj>().items[i];
            let v = ops::getitem(vm, obj, k)?;
            vm.roots.push(v);
        }
        let items = vm.roots[mark + 1..].to_vec();
        Ok(ops::new_tuple(items))
    })
}

fn one_getter_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!("{name} expected 1 argument, got {}", a.pos.len())));
    }
    Ok(a.pos[0])
}

fn attrgetter(vm: &mut Vm, _: Value, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("attrgetter() takes no keyword arguments".into()));
    }
    if a.pos.is_empty() {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0".into()));
    }
    let mut paths = Vec::with_capacity(a.pos.len());
    for &n in a.pos {
        if !is_str(n) {
            return Err(vm.type_error("attribute name must be a string".into()));
        }
        let parts: Vec<Value> = ops::str_of(n).split('.').map(rt::intern).collect();
        paths.push(ops::new_tuple(parts));
    }
    Ok(getter("attrgetter", attrgetter_call, ops::new_tuple(paths)))
}

fn resolve_path(vm: &mut Vm, mut obj: Value, path: Value) -> R {
    let n = path.cast::<TupleObj>().items.len();
    for i in 0..n {
        let name = path.cast::<TupleObj>().items[i];
        obj = ops::getattr(vm, obj, name)?;
    }
    Ok(obj)
}

fn attrgetter_call(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let obj = one_getter_arg(vm, a, "attrgetter")?;
    let n = recv.cast::<TupleObj>().items.len();
    if n == 1 {
        return resolve_path(vm, obj, recv.cast::<TupleObj>().items[0]);
    }
    with_roots(vm, |vm| {
        let mark = vm.roots.len();
        vm.roots.push(recv);
        vm.roots.push(obj);
        for i in 0..n {
            let p = recv.cast::<TupleObj>().items[i];
            let v = resolve_path(vm, obj, p)?;
            vm.roots.push(v);
        }
        let items = vm.roots[mark + 2..].to_vec();
        Ok(ops::new_tuple(items))
    })
}

/// State: (name, args tuple, kwnames tuple, kwvals tuple).
fn methodcaller(vm: &mut Vm, _: Value, a: &Args) -> R {
    let Some((&name, rest)) = a.pos.split_first() else {
        return Err(
            vm.type_error("methodcaller needs at least one argument, the method name".into())
        );
    };
    if !is_str(name) {
        return Err(vm.type_error("method name must be a string".into()));
    }
    let state = ops::new_tuple(vec![
        rt::intern(ops::str_of(name)),
        ops::new_tuple(rest.to_vec()),
        ops::new_tuple(a.kwnames.to_vec()),
        ops::new_tuple(a.kwvals.to_vec()),
    ]);
    Ok(getter("methodcaller", methodcaller_call, state))
}

fn methodcaller_call(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let obj = one_getter_arg(vm, a, "methodcaller")?;
    let st = &recv.cast::<TupleObj>().items;
    let (name, args, kwn, kwv) = (st[0], st[1], st[2], st[3]);
    let f = ops::getattr(vm, obj, name)?;
    let mut all: Vec<Value> = args.cast::<TupleObj>().items.to_vec();
    all.extend_from_slice(&kwv.cast::<TupleObj>().items);
    let kwnames = kwn.cast::<TupleObj>().items.to_vec();
    with_roots(vm, |vm| {
        vm.roots.push(recv);
        vm.roots.push(f);
        vm.call(f, &all, &kwnames)
    })
}
