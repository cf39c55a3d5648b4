//! Exceptions (raise, re-raise, except matching), `f(*args, **kwargs)`, function creation.

use super::attr::dict_lookup_str;
use super::*;

fn is_exc_class(v: Value) -> bool {
    v.is_kind(ObjKind::Class) && is_subclass(v, rt().excs.base_exception)
}

/// Instantiate an exception class (or pass an instance through); None if `v` is neither.
fn make_exc(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    if v.is_kind(ObjKind::Exc) {
        return Ok(Some(v));
    }
    if is_exc_class(v) {
        let e = vm.call(v, &[], &[])?;
        if !e.is_kind(ObjKind::Exc) {
            return Err(vm.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                class_name(v),
                type_name(e)
            )));
        }
        return Ok(Some(e));
    }
    Ok(None)
}

/// `raise exc [from cause]` (cause NULL when absent). Always returns Raised.
pub fn do_raise(vm: &mut Vm, exc: Value, cause: Value) -> Raised {
    let e = match make_exc(vm, exc) {
        Ok(Some(e)) => e,
        Ok(None) => return vm.type_error("exceptions must derive from BaseException".into()),
        Err(r) => return r,
    };
    if !cause.is_null() {
        let c = if cause.is_none() {
            Value::NONE
        } else {
            let r = with_roots(vm, &[e], |vm| make_exc(vm, cause));
            match r {
                Ok(Some(c)) => c,
                Ok(None) => {
                    return vm.type_error("exception causes must derive from BaseException".into())
                }
                Err(r) => return r,
            }
        };
        let eo = e.cast::<ExcObj>();
        eo.cause = c;
        eo.suppress_context = true;
    }
    vm.set_exc(e)
}

/// Bare `raise`: re-raise the exception being handled.
pub fn reraise_handled(vm: &mut Vm) -> Raised {
    let h = vm.handled;
    if h.is_null() || h.is_none() {
        return vm.raise_msg(rt().excs.runtime_error, "No active exception to reraise");
    }
    vm.exc = h;
    Raised
}

/// `except T:` matching; `t` is a class or a (nested) tuple of classes.
pub fn exc_matches(vm: &mut Vm, exc: Value, t: Value) -> PyResult<bool> {
    fn valid(t: Value) -> bool {
        match t.get::<TupleObj>() {
            Some(tu) => tu.items.iter().all(|&x| valid(x)),
            None => is_exc_class(t),
        }
    }
    fn matches(exc: Value, t: Value) -> bool {
        match t.get::<TupleObj>() {
            Some(tu) => tu.items.iter().any(|&x| matches(exc, x)),
            None => isinstance_class(exc, t),
        }
    }
    if !valid(t) {
        return Err(vm.type_error(
            "catching classes that do not inherit from BaseException is not allowed".into(),
        ));
    }
    Ok(matches(exc, t))
}

/// CPython's _PyObject_FunctionStr: "__main__.f()", "len()".
pub fn function_str(f: Value) -> String {
    match f.kind() {
        Some(ObjKind::Func) => {
            let fo = f.cast::<FuncObj>();
            let q = str_of(fo.qualname);
            if is_str(fo.module) && str_of(fo.module) != "builtins" {
                format!("{}.{}()", str_of(fo.module), q)
            } else {
                format!("{q}()")
            }
        }
        Some(ObjKind::Builtin) => {
            let b = f.cast::<BuiltinObj>();
            if b.owner.is_null() {
                format!("{}()", b.name)
            } else {
                format!("{}.{}()", class_name(b.owner), b.name)
            }
        }
        Some(ObjKind::BoundMethod) => function_str(f.cast::<BoundMethodObj>().func),
        Some(ObjKind::Class) => format!("{}()", class_name(f)),
        _ => format!("{} object", type_name(f)),
    }
}

/// `callee(*args, **kwargs)`; `kwargs` may be NULL.
pub fn call_ex(vm: &mut Vm, callee: Value, args: Value, kwargs: Value) -> PyResult<Value> {
    let mut all: Vec<Value> = match args.kind() {
        Some(ObjKind::Tuple) => args.cast::<TupleObj>().items.to_vec(),
        Some(ObjKind::List) => args.cast::<ListObj>().items.to_vec(),
        _ => {
            if !is_iterable(args)
                && !matches!(
                    args.kind(),
                    Some(
                        ObjKind::Str
                            | ObjKind::Range
                            | ObjKind::Dict
                            | ObjKind::Set
                            | ObjKind::Iter
                            | ObjKind::Generator
                            | ObjKind::File
                    )
                )
            {
                return Err(vm.type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    function_str(callee),
                    type_name(args)
                )));
            }
            collect_iterable(vm, args)?
        }
    };
    if kwargs.is_null() {
        let tup = new_tuple(all);
        return with_roots(vm, &[tup], |vm| {
            vm.call(callee, &tup.cast::<TupleObj>().items, &[])
        });
    }
    let Some(d) = kwargs.get::<DictObj>() else {
        return Err(vm.type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            function_str(callee),
            type_name(kwargs)
        )));
    };
    let mut names = Vec::with_capacity(d.table.len());
    for e in d.table.iter() {
        if !is_str(e.key) {
            return Err(vm.type_error("keywords must be strings".into()));
        }
        names.push(e.key);
        all.push(e.value);
    }
    // Everything is reachable from `args`/`kwargs` (rooted by the caller's stack), unless
    // `args` was a generic iterable: root the collected values through a tuple.
    let tup = new_tuple(all);
    with_roots(vm, &[tup], |vm| {
        vm.call(callee, &tup.cast::<TupleObj>().items, &names)
    })
}

/// Create a function object from a code object (MakeFunction).
/// `globals['__name__']` for a function made from `c` (its `__module__`), through the
/// code's `module_name_ic`: a hit is a keys-version compare and one entry read, as for
/// LoadGlobal (the key check covers a code object run with another globals dict).
fn module_name(c: &crate::bytecode::CodeObject, globals: Value) -> Value {
    use std::sync::atomic::Ordering::Relaxed;
    let name = crate::sym!("__name__");
    let g = &globals.cast::<DictObj>().table;
    if let Some((_, value)) =
        super::attr::cached_globals_entry(g, name, c.module_name_ic.load(Relaxed))
    {
        if !value.is_null() {
            return value;
        }
    }
    let version = g.keys_version();
    let value = dict_lookup_str(globals, name).unwrap_or(Value::NULL);
    if let Some(idx) = g.index_by_identity(name.cast::<StrObj>().hash(), name) {
        if let Some(w) = kiln_ic::global::pack(version, 0, idx, false) {
            c.module_name_ic.store(w, Relaxed);
        }
    }
    value
}

/// A new function's `__annotations__` (MakeFunction's flag 4: the dict the
/// definition evaluated), kept in its attribute dict.
pub fn set_function_annotations(func: Value, annotations: Value) {
    let f = func.cast::<FuncObj>();
    let d = ensure_attr_dict(&mut f.dict);
    crate::builtins::set_str_key(d, "__annotations__", annotations);
}

pub fn make_function(
    code: Value,
    globals: Value,
    defaults: Value,
    kwdefaults: Value,
    closure: Value,
) -> Value {
    let c = &code.cast::<CodeObj>().code;
    let module = if globals.is_kind(ObjKind::Dict) {
        module_name(c, globals)
    } else {
        Value::NULL
    };
    alloc(FuncObj {
        code,
        globals,
        name: c.name,
        qualname: c.qualname,
        defaults,
        kwdefaults,
        closure,
        dict: Value::NULL,
        doc: code.cast::<CodeObj>().code.doc,
        module,
    })
}
