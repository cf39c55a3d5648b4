//! Builtins: installation of builtin functions, type methods and modules into the
//! runtime (`install`), calling builtin classes (`call_class`), `sys.argv` setup
//! (`set_argv`), the process-wide buffered stdout (`flush_stdout`), and the shared
//! helpers every builtins file uses (registration, argument checking, rooting).
//!
//! Families live in sibling files: functions.rs (print, len, sorted, …), str.rs,
//! list.rs, dict.rs, set.rs, tuple.rs, int_float.rs (int/float methods, numeric
//! constructors), exceptions.rs, math.rs, sys.rs, time.rs, file.rs (open, file
//! objects, stdout/stderr), ctors.rs (the remaining type constructors).

pub mod array;
pub mod binascii;
pub mod bytearray;
pub mod bytes;
pub mod classes;
pub mod ctors;
pub mod dict;
pub mod exceptions;
pub mod excgroup;
pub mod exec;
pub mod file;
pub mod functions;
pub mod gc;
pub mod generator;
pub mod hashlib;
pub mod heapq;
pub mod int_float;
pub mod json;
pub mod list;
pub mod math;
pub mod operator;
pub mod pickle;
pub mod posix;
pub mod random;
pub mod set;
pub mod sre;
pub mod str;
pub mod structmod;
pub mod sys;
pub mod thread;
pub mod time;
pub mod tuple;

use crate::heap::{alloc, ObjKind};
use crate::interp::Vm;
use crate::object::*;
use crate::ops;
use crate::rt::{self, rt, Rt};
use crate::value::Value;
use num_bigint::BigInt;

pub use file::{flush_stdout, flush_stdout_only, write_stderr, write_stdout};
pub use sys::set_argv;

pub(crate) type R = PyResult<Value>;

// ---- installation ---------------------------------------------------------------

/// Fill the builtins dict, the builtin types' method dicts and the module registry.
/// Called once from `rt::init`.
pub fn install(rt: &Rt) {
    let b = rt.builtins;
    set_str_key(b, "__name__", crate::sym!("builtins"));
    let t = &rt.types;
    for (name, cls) in [
        ("int", t.int),
        ("float", t.float),
        ("str", t.str),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("bool", rt::bool_class()),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("type", t.type_),
        ("object", t.object),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
        ("property", t.property),
    ] {
        set_str_key(b, name, cls);
    }
    for (name, cls) in rt.excs.all() {
        set_str_key(b, name, cls);
    }
    // Aliases CPython keeps in builtins.
    set_str_key(b, "EnvironmentError", rt.excs.os_error);
    set_str_key(b, "IOError", rt.excs.os_error);

    functions::install(b);
    file::install(b);
    str::install();
    bytes::install();
    bytearray::install();
    list::install();
    tuple::install();
    dict::install();
    set::install();
    int_float::install();
    exceptions::install();
    ctors::install();
    classes::install();
    generator::install();

    let bm = alloc(ModuleObj {
        name: crate::sym!("builtins"),
        dict: b,
    });
    register_module("builtins", bm);
    math::install();
    random::install();
    operator::install();
    array::install();
    json::install();
    heapq::install();
    binascii::install();
    sre::install();
    posix::install();
    hashlib::install();
    structmod::install();
    pickle::install();
    time::install();
    gc::install();
    thread::install();
    sys::install();
}

/// Calling a class object: its metaclass's `__call__` when a user metaclass defines
/// one, else `call_class_default`.
pub fn call_class(vm: &mut Vm, cls: Value, args: &[Value], kwnames: &[Value]) -> R {
    let meta = cls.cast::<ClassObj>().meta;
    if !meta.is_null() {
        if let Some(f) = ops::lookup_in_mro(meta, ops::names().call) {
            if f.is_kind(ObjKind::Func) {
                let mut argv = Vec::with_capacity(args.len() + 1);
                argv.push(cls);
                argv.extend_from_slice(args);
                return vm.call(f, &argv, kwnames);
            }
        }
    }
    call_class_default(vm, cls, args, kwnames)
}

/// `type.__call__`: `__new__` then `__init__` for user classes, the builtin
/// constructors for builtin ones.
pub fn call_class_default(vm: &mut Vm, cls: Value, args: &[Value], kwnames: &[Value]) -> R {
    let npos = args.len() - kwnames.len();
    let a = Args {
        pos: &args[..npos],
        kwnames,
        kwvals: &args[npos..],
    };
    let t = &rt().types;
    let c = cls.cast::<ClassObj>();
    if c.heap || c.layout == Layout::Exception {
        return classes::construct(vm, cls, args, kwnames);
    }
    if cls == t.int {
        int_float::int_new(vm, &a)
    } else if cls == t.str {
        str::str_new(vm, &a)
    } else if cls == t.bytes {
        bytes::bytes_new(vm, &a)
    } else if cls == t.bytearray {
        bytearray::bytearray_new(vm, &a)
    } else if cls == t.float {
        int_float::float_new(vm, &a)
    } else if cls == t.list {
        list::list_new(vm, &a)
    } else if cls == t.tuple {
        tuple::tuple_new(vm, &a)
    } else if cls == t.dict {
        dict::dict_new(vm, &a)
    } else if cls == t.set {
        set::set_new(vm, &a, false)
    } else if cls == t.frozenset {
        set::set_new(vm, &a, true)
    } else if cls == t.range {
        ctors::range_new(vm, &a)
    } else if cls == rt::bool_class() {
        ctors::bool_new(vm, &a)
    } else if cls == t.type_ {
        classes::type_call(vm, &a)
    } else if cls == t.slice {
        ctors::slice_new(vm, &a)
    } else if cls == t.enumerate {
        ctors::enumerate_new(vm, &a)
    } else if cls == t.zip {
        ctors::zip_new(vm, &a)
    } else if cls == t.map {
        ctors::map_new(vm, &a)
    } else if cls == t.filter {
        ctors::filter_new(vm, &a)
    } else if cls == t.reversed {
        ctors::reversed_new(vm, &a)
    } else if cls == t.property {
        ctors::property_new(vm, &a)
    } else {
        classes::call_other_builtin(vm, cls, &a)
    }
}

// ---- registration helpers -------------------------------------------------------

/// Insert `key` (interned) → `v` into a dict without a Vm (install time; str keys only).
pub(crate) fn set_str_key(d: Value, key: &str, v: Value) {
    let k = rt::intern(key);
    let h = k.cast::<StrObj>().hash();
    let table = &mut d.cast::<DictObj>().table;
    let _ = table.insert(h, k, v, &mut |a: Value, b: Value| {
        Ok(ops::str_of(a) == ops::str_of(b))
    });
}

pub(crate) fn new_builtin(
    name: &'static str,
    f: NativeFn,
    owner: Value,
    is_classmethod: bool,
) -> Value {
    alloc(BuiltinObj {
        name,
        f,
        recv: Value::NULL,
        owner,
        is_classmethod,
        f64_fn: None,
        value_fn: None,
    })
}

/// Register a plain builtin function in a namespace dict.
pub(crate) fn add_fn(d: Value, name: &'static str, f: NativeFn) {
    set_str_key(d, name, new_builtin(name, f, Value::NULL, false));
}

/// Register methods in a class's dict (owner = the class; recv bound by the caller).
pub(crate) fn add_methods(cls: Value, methods: &[(&'static str, NativeFn)]) {
    let d = cls.cast::<ClassObj>().dict;
    for &(name, f) in methods {
        set_str_key(d, name, new_builtin(name, f, cls, false));
    }
}

pub(crate) fn add_classmethod(cls: Value, name: &'static str, f: NativeFn) {
    let d = cls.cast::<ClassObj>().dict;
    set_str_key(d, name, new_builtin(name, f, cls, true));
}

/// Create a module with `__name__` set and register it in `rt().modules`.
pub(crate) fn new_module(name: &str) -> (Value, Value) {
    let d = rt::new_dict();
    let n = rt::intern(name);
    set_str_key(d, "__name__", n);
    let m = alloc(ModuleObj { name: n, dict: d });
    register_module(name, m);
    (m, d)
}

fn register_module(name: &str, m: Value) {
    set_str_key(rt().modules, name, m);
}

// ---- argument helpers -----------------------------------------------------------

#[inline]
pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Argument-clinic style positional check: "name expected at most 2 arguments, got 3".
/// Also rejects keyword arguments: "name() takes no keyword arguments".
#[inline]
pub(crate) fn check_pos(vm: &mut Vm, a: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    check_npos(vm, a.pos.len(), name, min, max)
}

/// Positional count check only (keywords handled by the caller).
#[inline]
pub(crate) fn check_npos(
    vm: &mut Vm,
    n: usize,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    };
    Err(vm.type_error(msg))
}

/// METH_O style: "len() takes exactly one argument (2 given)".
#[inline]
pub(crate) fn one_arg(vm: &mut Vm, a: &Args, full: impl std::fmt::Display) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("{full}() takes no keyword arguments")));
    }
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "{full}() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    Ok(a.pos[0])
}

/// METH_NOARGS style: "str.upper() takes no arguments (1 given)".
#[inline]
pub(crate) fn no_args(vm: &mut Vm, a: &Args, full: impl std::fmt::Display) -> PyResult<()> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("{full}() takes no keyword arguments")));
    }
    if !a.pos.is_empty() {
        return Err(vm.type_error(format!(
            "{full}() takes no arguments ({} given)",
            a.pos.len()
        )));
    }
    Ok(())
}

/// Old-style "name() takes at most N arguments (M given)" / "at least".
pub(crate) fn check_pos_old(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = a.pos.len();
    if n < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(())
}

/// Keyword argument by name.
#[inline]
pub(crate) fn kwarg(a: &Args, name: &str) -> Option<Value> {
    for (i, &k) in a.kwnames.iter().enumerate() {
        if ops::str_of(k) == name {
            return Some(a.kwvals[i]);
        }
    }
    None
}

/// Reject keywords not in `allowed`: "'foo' is an invalid keyword argument for print()".
#[inline]
pub(crate) fn check_kws(vm: &mut Vm, a: &Args, allowed: &[&str], fname: &str) -> PyResult<()> {
    for &k in a.kwnames {
        let ks = ops::str_of(k);
        if !allowed.contains(&ks) {
            return Err(vm.type_error(format!(
                "'{ks}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}

/// Positional-or-keyword parameters: fills `out[i]` from position i or keyword `names[i]`.
/// Errors follow argument clinic: "f() got multiple values for argument 'x'",
/// "f() missing required argument 'x' (pos 1)", "'y' is an invalid keyword argument for f()".
pub(crate) fn bind(
    vm: &mut Vm,
    a: &Args,
    fname: &str,
    names: &[&str],
    required: usize,
    out: &mut [Value],
) -> PyResult<()> {
    if a.pos.len() > names.len() {
        let n = names.len();
        return Err(vm.type_error(format!(
            "{fname}() takes at most {n} argument{} ({} given)",
            plural(n),
            a.pos.len() + a.kwnames.len()
        )));
    }
    for o in out.iter_mut() {
        *o = Value::NULL;
    }
    out[..a.pos.len()].copy_from_slice(a.pos);
    for (i, &k) in a.kwnames.iter().enumerate() {
        let ks = ops::str_of(k);
        match names.iter().position(|&n| n == ks) {
            Some(j) => {
                if !out[j].is_null() {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{ks}') and position ({})",
                        j + 1
                    )));
                }
                out[j] = a.kwvals[i];
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{ks}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    for j in 0..required {
        if out[j].is_null() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[j],
                j + 1
            )));
        }
    }
    Ok(())
}

// ---- value helpers --------------------------------------------------------------

#[inline(always)]
pub(crate) fn is_str(v: Value) -> bool {
    v.is_kind(ObjKind::Str)
}

/// An int-like argument as i64 (`__index__` semantics for builtin ints/bools):
/// TypeError "'str' object cannot be interpreted as an integer";
/// OverflowError "Python int too large to convert to C ssize_t".
pub(crate) fn index_i64(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_small() {
        return Ok(v.as_small());
    }
    if let Some(i) = ops::as_i64(v) {
        return Ok(i);
    }
    if ops::is_int(v) {
        return Err(vm.raise(
            rt().excs.overflow_error,
            "Python int too large to convert to C ssize_t".into(),
        ));
    }
    // A user object with `__index__` (its result is checked to be an int).
    if let Some(i) = ops::user_index(vm, v)? {
        return index_i64(vm, i);
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        ops::type_name(v)
    )))
}

/// An int-like argument as BigInt, or TypeError "'x' object cannot be interpreted as an integer".
pub(crate) fn index_big(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match ops::to_bigint(v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name(v)
        ))),
    }
}

/// Optional int argument where None means "absent" (slice-style start/end).
pub(crate) fn opt_index(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() || v.is_null() => Ok(None),
        Some(v) => {
            if ops::is_int(v) {
                match ops::as_i64(v) {
                    Some(i) => Ok(Some(i)),
                    // Clamp huge values like CPython's _PyEval_SliceIndex.
                    None => Ok(Some(
                        if ops::to_bigint(v)
                            .map(|b| b.sign() == num_bigint::Sign::Minus)
                            .unwrap_or(false)
                        {
                            i64::MIN
                        } else {
                            i64::MAX
                        },
                    )),
                }
            } else {
                Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method".into(),
                ))
            }
        }
    }
}

/// Run `f` with the explicit-root stack restored afterwards (on every path).
#[inline]
pub(crate) fn with_roots<T>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    let mark = vm.roots.len();
    let r = f(vm);
    vm.roots.truncate(mark);
    r
}

/// Float value of an int/bool/float argument, or None for other types.
/// Big ints too large raise OverflowError "int too large to convert to float".
pub(crate) fn to_f64(vm: &mut Vm, v: Value) -> PyResult<Option<f64>> {
    if v.is_float() {
        return Ok(Some(v.as_float()));
    }
    if v.is_small() {
        return Ok(Some(v.as_small() as f64));
    }
    if v.is_bool() {
        return Ok(Some(if v == Value::TRUE { 1.0 } else { 0.0 }));
    }
    if let Some(i) = ops::as_i64(v) {
        return Ok(Some(i as f64));
    }
    if let Some(b) = ops::to_bigint(v) {
        return match int_float::big_to_f64(&b) {
            Some(f) => Ok(Some(f)),
            None => Err(vm.raise(
                rt().excs.overflow_error,
                "int too large to convert to float".into(),
            )),
        };
    }
    Ok(None)
}

/// The Python object as i64 if it is an int (or bool) fitting 64 bits.
#[inline(always)]
pub(crate) fn small_or_i64(v: Value) -> Option<i64> {
    if v.is_small() {
        Some(v.as_small())
    } else {
        ops::as_i64(v)
    }
}

/// Build an int Value from i64.
#[inline(always)]
pub(crate) fn int(i: i64) -> Value {
    match Value::try_small(i) {
        Some(v) => v,
        None => ops::new_int(i),
    }
}

/// The current frame's globals (the caller of a builtin).
pub(crate) fn current_globals(vm: &Vm) -> Value {
    if vm.frame.is_null() {
        return rt().builtins;
    }
    // SAFETY: vm.frame is the live innermost frame.
    unsafe { (*vm.frame).globals }
}
