//! Traceback objects (`exc.__traceback__`, the `tb` argument of `__exit__`).
//!
//! Exceptions record their traceback as a list of (code, line) entries while they
//! propagate (innermost first); Python code that asks for `__traceback__` gets a chain
//! of `traceback` instances built from it (outermost first, linked by `tb_next`, with
//! `tb_lineno`, `tb_lasti` and a `tb_frame` snapshot (`lib/_kiln_frames.py`: code, line
//! and globals; no locals or `f_back`, the frame being gone). The chain is cached on
//! the exception and rebuilt only when the exception has travelled through more frames
//! since.

use crate::interp::Vm;
use crate::object::*;
use crate::ops;
use crate::rt::{self, rt};
use crate::value::Value;

/// `exc.__traceback__`: a `traceback` object, or None if the exception was never raised.
pub fn traceback_of(vm: &mut Vm, exc: Value) -> PyResult<Value> {
    let Some(e) = exc.get::<ExcObj>() else {
        return Ok(Value::NONE);
    };
    if e.traceback.is_empty() {
        return Ok(Value::NONE);
    }
    let n = e.traceback.len() as i64;
    let cache_key = crate::sym!("__kiln_traceback__");
    if !e.dict.is_null() {
        if let Some(c) = ops::dict_get(vm, e.dict, cache_key)? {
            if let Some(t) = c.get::<TupleObj>() {
                if ops::as_i64(t.items[0]) == Some(n) {
                    return Ok(t.items[1]);
                }
            }
        }
    }
    let entries: Vec<TbEntry> = e.traceback.clone();
    // Traceback objects carry their fields as instance attributes.
    rt().types.traceback.cast::<ClassObj>().heap = true;
    let mark = vm.roots.len();
    let mut next = Value::NONE;
    for entry in entries.iter() {
        let tb = ops::new_instance(rt().types.traceback);
        vm.roots.push(tb);
        let set = |vm: &mut Vm, name: &str, v: Value| ops::setattr(vm, tb, rt::intern(name), v);
        let r = set(vm, "tb_next", next)
            .and_then(|_| set(vm, "tb_lineno", Value::small(entry.line as i64)))
            .and_then(|_| set(vm, "tb_lasti", Value::small(0)))
            .and_then(|_| {
                let fr = entry_frame(vm, entry)?;
                set(vm, "tb_frame", fr)
            });
        if let Err(err) = r {
            vm.roots.truncate(mark);
            return Err(err);
        }
        next = tb;
    }
    let e = exc.cast::<ExcObj>();
    let d = crate::ops::ensure_attr_dict(&mut e.dict);
    let cached = ops::new_tuple(vec![Value::small(n), next]);
    let r = ops::dict_set(vm, d, cache_key, cached);
    vm.roots.truncate(mark);
    r.map(|_| next)
}

/// The `tb_frame` of a traceback entry: its code, line and globals (a module-level
/// frame's locals are its globals; a function's are no longer known).
fn entry_frame(vm: &mut Vm, entry: &TbEntry) -> PyResult<Value> {
    let module_level = entry
        .code
        .get::<CodeObj>()
        .is_some_and(|c| &*ops::str_of(c.code.name) == "<module>");
    let locals = if module_level && !entry.globals.is_null() {
        entry.globals
    } else {
        rt::new_dict()
    };
    let globals = if entry.globals.is_null() {
        Value::NONE
    } else {
        entry.globals
    };
    ops::with_roots(vm, &[locals], |vm| {
        ops::call_lib(
            vm,
            "_kiln_frames",
            "frame",
            &[
                entry.code,
                Value::small(entry.line as i64),
                globals,
                locals,
                Value::NONE,
            ],
        )
    })
}
