//! The native `_array` helper module used by runtime/lib/array.py: `f32(x)` rounds a
//! float to the nearest IEEE single (the storage of typecode 'f').

use super::*;

pub(crate) fn install() {
    let (_, d) = new_module("_array");
    add_fn(d, "f32", f32_round);
}

fn f32_round(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "f32")?;
    match to_f64(vm, v)? {
        Some(f) => Ok(Value::float(f as f32 as f64)),
        None => Err(vm.type_error(format!("must be real number, not {}", ops::type_name(v)))),
    }
}
