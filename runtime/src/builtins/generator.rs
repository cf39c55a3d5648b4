//! Methods of generator and coroutine objects: `send`, `throw`, `close`,
//! `__next__`, `__iter__`. The resumption machinery itself is `Vm::gen_resume`.

use super::add_methods;
use crate::interp::Vm;
use crate::object::*;
use crate::ops;
use crate::rt::rt;
use crate::value::Value;

type R = PyResult<Value>;

pub(crate) fn install() {
    // The class of the values an async generator's `yield` wraps (AsyncGenWrap), for
    // runtime/lib/_asyncgen.py to recognise them.
    let (_, d) = super::new_module("_asyncgen_native");
    super::set_str_key(d, "wrapped", rt().types.async_gen_wrapped);
    let methods: &[(&'static str, NativeFn)] = &[
        ("send", send),
        ("throw", throw),
        ("close", close),
        ("__next__", next),
        ("__iter__", iter),
    ];
    add_methods(rt().types.generator, methods);
    add_methods(rt().types.coroutine, methods);
}

fn gen_of(vm: &mut Vm, recv: Value, what: &str) -> PyResult<Value> {
    if recv.get::<GenObj>().is_some() {
        Ok(recv)
    } else {
        Err(vm.type_error(format!(
            "descriptor '{what}' for 'generator' objects doesn't apply to a '{}' object",
            ops::type_name(recv)
        )))
    }
}

/// Raise StopIteration(value) (no args when the value is None), as a returning generator does.
fn stop_iteration(vm: &mut Vm, value: Value) -> crate::object::Raised {
    let args: &[Value] = if value.is_none() { &[] } else { &[value] };
    let e = ops::new_exception(rt().excs.stop_iteration, args);
    vm.set_exc(e)
}

fn resume(vm: &mut Vm, g: Value, sent: Value, throw: Value) -> R {
    let mut ret = Value::NONE;
    match vm.gen_resume(g, sent, throw, &mut ret)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(vm, ret)),
    }
}

fn send(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let g = gen_of(vm, recv, "send")?;
    super::check_pos(vm, a, "send", 1, 1)?;
    resume(vm, g, a.pos[0], Value::NULL)
}

fn next(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let g = gen_of(vm, recv, "__next__")?;
    super::check_pos(vm, a, "__next__", 0, 0)?;
    resume(vm, g, Value::NONE, Value::NULL)
}

fn iter(vm: &mut Vm, recv: Value, _a: &Args) -> R {
    gen_of(vm, recv, "__iter__")
}

/// Build the exception `throw(typ[, val])` raises: a class is instantiated (with `val`
/// as its argument unless `val` is already an instance), an instance is used as is.
fn make_thrown(vm: &mut Vm, typ: Value, val: Value) -> R {
    if typ.is_kind(crate::heap::ObjKind::Class) && ops::is_subclass(typ, rt().excs.base_exception) {
        if !val.is_null() && !val.is_none() && ops::isinstance_class(val, typ) {
            return Ok(val);
        }
        let args: &[Value] = if val.is_null() || val.is_none() {
            &[]
        } else {
            std::slice::from_ref(&val)
        };
        return vm.call(typ, args, &[]);
    }
    if ops::isinstance_class(typ, rt().excs.base_exception) {
        if !val.is_null() && !val.is_none() {
            return Err(vm.type_error("instance exception may not have a separate value".into()));
        }
        return Ok(typ);
    }
    Err(vm.type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        ops::type_name(typ)
    )))
}

fn throw(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let g = gen_of(vm, recv, "throw")?;
    super::check_pos(vm, a, "throw", 1, 3)?;
    let val = a.pos.get(1).copied().unwrap_or(Value::NULL);
    let exc = make_thrown(vm, a.pos[0], val)?;
    let mark = vm.roots.len();
    vm.roots.push(exc);
    let r = resume(vm, g, Value::NONE, exc);
    vm.roots.truncate(mark);
    r
}

fn close(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let g = gen_of(vm, recv, "close")?;
    super::check_pos(vm, a, "close", 0, 0)?;
    let go = g.cast::<GenObj>();
    if go.finished || !go.started {
        go.finished = true;
        go.frame = Box::new([]);
        return Ok(Value::NONE);
    }
    let exc = ops::new_exception(rt().excs.generator_exit, &[]);
    let mut ret = Value::NONE;
    match vm.gen_resume(g, Value::NONE, exc, &mut ret) {
        Ok(Some(_)) => {
            let what = if crate::interp::gen_is_coroutine(g.cast::<GenObj>()) {
                "coroutine"
            } else {
                "generator"
            };
            Err(vm.raise(
                rt().excs.runtime_error,
                format!("{what} ignored GeneratorExit"),
            ))
        }
        Ok(None) => Ok(Value::NONE),
        Err(e) => {
            let pending = vm.exc;
            if ops::isinstance_class(pending, rt().excs.generator_exit)
                || ops::isinstance_class(pending, rt().excs.stop_iteration)
            {
                vm.take_exc();
                Ok(Value::NONE)
            } else {
                Err(e)
            }
        }
    }
}
