//! The native `_heapq` module: heappush, heappop, heapify, heapreplace, heappushpop
//! (runtime/lib/heapq.py re-exports them). Same sift procedures as CPython's C heapq,
//! so heaps have identical layouts; items are swapped inside the list (never held only
//! in Rust across a comparison, except the popped result, which is rooted).

use super::*;

pub(crate) fn install() {
    let (_, d) = new_module("_heapq");
    let fns: &[(&'static str, NativeFn)] = &[
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapify", heapify),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
    ];
    for &(n, f) in fns {
        add_fn(d, n, f);
    }
}

fn list_arg(vm: &mut Vm, v: Value, fname: &str) -> PyResult<()> {
    if v.is_kind(ObjKind::List) && ops::type_of(v) == rt().types.list {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "{fname}() argument 1 must be list, not {}",
            ops::type_name(v)
        )))
    }
}

#[inline]
fn items(heap: Value) -> &'static crate::valuevec::ValueVec {
    &heap.cast::<ListObj>().items
}

/// Item `i` of the heap list (NULL if another thread shrank it meanwhile; the
/// size checks after each comparison report that as a change).
#[inline]
fn at(heap: Value, i: usize) -> Value {
    items(heap).get(i).unwrap_or(Value::NULL)
}

/// Store `v` at index 0, returning what was there (IndexError if another thread
/// emptied the list meanwhile).
fn replace_top(vm: &mut Vm, heap: Value, v: Value) -> R {
    match items(heap).exchange(0, v) {
        Some(old) => Ok(old),
        None => Err(vm.raise(rt().excs.index_error, "index out of range".into())),
    }
}

fn changed(vm: &mut Vm) -> Raised {
    vm.raise(
        rt().excs.runtime_error,
        "list changed size during iteration".into(),
    )
}

fn siftdown(vm: &mut Vm, heap: Value, startpos: usize, mut pos: usize) -> PyResult<()> {
    let size = items(heap).len();
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        let (newitem, parent) = (at(heap, pos), at(heap, parentpos));
        let lt = ops::lt(vm, newitem, parent)?;
        if items(heap).len() != size {
            return Err(changed(vm));
        }
        if !lt {
            break;
        }
        items(heap).swap(pos, parentpos);
        pos = parentpos;
    }
    Ok(())
}

fn siftup(vm: &mut Vm, heap: Value, mut pos: usize) -> PyResult<()> {
    let endpos = items(heap).len();
    let startpos = pos;
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let (l, r) = (at(heap, childpos), at(heap, childpos + 1));
            let lt = ops::lt(vm, l, r)?;
            if items(heap).len() != endpos {
                return Err(changed(vm));
            }
            if !lt {
                childpos += 1;
            }
        }
        items(heap).swap(childpos, pos);
        pos = childpos;
    }
    siftdown(vm, heap, startpos, pos)
}

fn heappush(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "heappush", 2, 2)?;
    let heap = a.pos[0];
    list_arg(vm, heap, "heappush")?;
    items(heap).push(a.pos[1]);
    let n = items(heap).len();
    siftdown(vm, heap, 0, n - 1)?;
    Ok(Value::NONE)
}

fn heappop(vm: &mut Vm, _: Value, a: &Args) -> R {
    let heap = one_arg(vm, a, "heappop")?;
    list_arg(vm, heap, "heappop")?;
    let Some(last) = items(heap).pop() else {
        return Err(vm.raise(rt().excs.index_error, "index out of range".into()));
    };
    if items(heap).is_empty() {
        return Ok(last);
    }
    let ret = replace_top(vm, heap, last)?;
    with_roots(vm, |vm| {
        vm.roots.push(ret);
        siftup(vm, heap, 0)
    })?;
    Ok(ret)
}

fn heapreplace(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "heapreplace", 2, 2)?;
    let heap = a.pos[0];
    list_arg(vm, heap, "heapreplace")?;
    if items(heap).is_empty() {
        return Err(vm.raise(rt().excs.index_error, "index out of range".into()));
    }
    let ret = replace_top(vm, heap, a.pos[1])?;
    with_roots(vm, |vm| {
        vm.roots.push(ret);
        siftup(vm, heap, 0)
    })?;
    Ok(ret)
}

fn heappushpop(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "heappushpop", 2, 2)?;
    let (heap, item) = (a.pos[0], a.pos[1]);
    list_arg(vm, heap, "heappushpop")?;
    if items(heap).is_empty() {
        return Ok(item);
    }
    let top = at(heap, 0);
    let lt = ops::lt(vm, top, item)?;
    if !lt {
        return Ok(item);
    }
    if items(heap).is_empty() {
        return Err(vm.raise(rt().excs.index_error, "index out of range".into()));
    }
    let ret = replace_top(vm, heap, item)?;
    with_roots(vm, |vm| {
        vm.roots.push(ret);
        siftup(vm, heap, 0)
    })?;
    Ok(ret)
}

fn heapify(vm: &mut Vm, _: Value, a: &Args) -> R {
    let heap = one_arg(vm, a, "heapify")?;
    list_arg(vm, heap, "heapify")?;
    let n = items(heap).len();
    for i in (0..n / 2).rev() {
        siftup(vm, heap, i)?;
    }
    Ok(Value::NONE)
}
