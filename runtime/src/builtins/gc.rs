//! The `gc` module: `collect`, `enable`, `disable`, `isenabled`, `get_threshold`,
//! `set_threshold`, `get_count`.
//!
//! Kiln has no reference counting: its mark-sweep collector (`heap.rs`, `guest.rs`)
//! frees all garbage, not only cycles, so `disable()` only changes what `isenabled()`
//! reports (collections keep running; without them nothing would ever be freed), and
//! `collect()` returns how many objects it freed, which counts acyclic garbage too
//! (CPython counts the unreachable objects of cycles).

use super::*;
use std::sync::atomic::{AtomicBool, Ordering};

static ENABLED: AtomicBool = AtomicBool::new(true);

pub(crate) fn install() {
    let (_, d) = new_module("gc");
    let fns: &[(&'static str, NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_count", get_count),
    ];
    for &(n, f) in fns {
        add_fn(d, n, f);
    }
}

/// `gc.collect(generation=2)`: a full collection (every generation is the whole heap).
fn collect(vm: &mut Vm, _: Value, a: &Args) -> R {
    let mut generation = [Value::NULL];
    bind(vm, a, "collect", &["generation"], 0, &mut generation)?;
    let generation = Some(generation[0]).filter(|g| !g.is_null());
    if let Some(g) = generation {
        let g = index_i64(vm, g)?;
        if !(0..=2).contains(&g) {
            return Err(vm.raise_msg(rt().excs.value_error, "invalid generation"));
        }
    }
    let freed = vm.collect().map_or(0, |s| s.freed);
    Ok(int(freed as i64))
}

fn enable(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "gc.enable")?;
    ENABLED.store(true, Ordering::Relaxed);
    Ok(Value::NONE)
}

fn disable(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "gc.disable")?;
    ENABLED.store(false, Ordering::Relaxed);
    Ok(Value::NONE)
}

fn isenabled(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "gc.isenabled")?;
    Ok(Value::bool(ENABLED.load(Ordering::Relaxed)))
}

/// CPython's default thresholds (Kiln's own budget is in `heap.rs`).
fn get_threshold(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "gc.get_threshold")?;
    Ok(ops::new_tuple(vec![int(700), int(10), int(10)]))
}

/// Accepted and ignored: Kiln sizes its collections from allocation volume.
fn set_threshold(vm: &mut Vm, _: Value, a: &Args) -> R {
    if a.pos.is_empty() || a.pos.len() > 3 || !a.kwnames.is_empty() {
        return Err(vm.type_error("set_threshold() takes 1 to 3 integer arguments".into()));
    }
    for &v in a.pos {
        index_i64(vm, v)?;
    }
    Ok(Value::NONE)
}

fn get_count(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "gc.get_count")?;
    Ok(ops::new_tuple(vec![int(0), int(0), int(0)]))
}
