//! `tuple`: the constructor and tuple methods (count, index).

use super::*;

pub(crate) fn install() {
    add_methods(
        rt().types.tuple,
        &[("count", count), ("index", index), ("__len__", dunder_len)],
    );
}

fn tup<'a>(vm: &mut Vm, recv: Value, meth: &str) -> PyResult<&'a TupleObj> {
    match recv.get::<TupleObj>() {
        Some(t) => Ok(t),
        None => Err(vm.type_error(format!(
            "descriptor '{meth}' for 'tuple' objects doesn't apply to a '{}' object",
            ops::type_name(recv)
        ))),
    }
}

pub(crate) fn tuple_new(vm: &mut Vm, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments".into()));
    }
    check_npos(vm, a.pos.len(), "tuple", 0, 1)?;
    match a.pos.first() {
        None => Ok(rt().empty_tuple),
        Some(&v) if v.get::<TupleObj>().is_some_and(|t| t.cls.is_null()) => Ok(v),
        Some(&v) => {
            let items = ops::collect_iterable(vm, v)?;
            Ok(ops::new_tuple(items))
        }
    }
}

fn dunder_len(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let t = tup(vm, recv, "__len__")?;
    no_args(vm, a, "tuple.__len__")?;
    Ok(int(t.items.len() as i64))
}

fn count(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let t = tup(vm, recv, "count")?;
    let x = one_arg(vm, a, "tuple.count")?;
    let mut n = 0;
    for &item in t.items.iter() {
        if list::eq_fast(vm, item, x)? {
            n += 1;
        }
    }
    Ok(int(n))
}

fn index(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let t = tup(vm, recv, "index")?;
    check_pos(vm, a, "index", 1, 3)?;
    let x = a.pos[0];
    let len = t.items.len() as i64;
    let norm = |v: Option<i64>, d: i64| match v {
        None => d,
        Some(i) if i < 0 => (i + len).max(0),
        Some(i) => i.min(len),
    };
    let start = list::opt_index_strict(vm, a.pos.get(1).copied())?;
    let stop = list::opt_index_strict(vm, a.pos.get(2).copied())?;
    let (start, stop) = (norm(start, 0), norm(stop, len));
    let mut i = start;
    while i < stop {
        if list::eq_fast(vm, t.items[i as usize], x)? {
            return Ok(int(i));
        }
        i += 1;
    }
    Err(vm.value_error("tuple.index(x): x not in tuple".into()))
}
