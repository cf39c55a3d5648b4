//! Attributes (`o.x`, `o.x = v`, `del o.x`, method loads), globals and imports.
//!
//! Lookups on builtin objects go through the type's mro dicts (`class_lookup`), so user
//! classes and instances can plug into the same path later: data on the instance first
//! (once instances exist), then the mro, with functions/builtins bound on the way out.

use super::*;
use kiln_ic::{global, IcEntry, EMPTY};

#[inline]
fn str_key_eq(a: Value, b: Value) -> PyResult<bool> {
    Ok(match (a.get::<StrObj>(), b.get::<StrObj>()) {
        (Some(x), Some(y)) => x.s == y.s,
        _ => false,
    })
}

/// Look `name` (a str) up in a str-keyed dict (module/class/attribute dicts).
#[inline]
pub(crate) fn dict_lookup_str(d: Value, name: Value) -> Option<Value> {
    let h = name.cast::<StrObj>().hash();
    let t = &d.cast::<DictObj>().table;
    if let Some(v) = t.get_by_identity(h, name) {
        return Some(v);
    }
    t.get(h, name, &mut |a, b| str_key_eq(a, b)).ok().flatten()
}

/// `name` along `cls`'s mro (class dicts only; no binding). Cached: see `lookup_in_mro`.
#[inline]
pub fn class_lookup(cls: Value, name: Value) -> Option<Value> {
    super::object::lookup_in_mro(cls, name)
}

/// Bind a value found on `obj`'s type (descriptor protocol).
#[inline]
fn bind_type_attr(vm: &mut Vm, obj: Value, attr: Value) -> PyResult<Value> {
    match attr.kind() {
        Some(
            ObjKind::Func
            | ObjKind::Builtin
            | ObjKind::Property
            | ObjKind::StaticMethod
            | ObjKind::ClassMethod
            | ObjKind::Instance,
        ) => super::object::bind_instance_attr(vm, attr, obj, type_of(obj)),
        _ => Ok(attr),
    }
}

fn opt_none(v: Value) -> Value {
    if v.is_null() {
        Value::NONE
    } else {
        v
    }
}

fn module_name_str(m: &ModuleObj) -> &'static str {
    if is_str(m.name) {
        str_of(m.name)
    } else {
        "?"
    }
}

/// Attributes of builtin objects that are not in their type's dict.
fn special_attr(vm: &mut Vm, obj: Value, n: &str) -> PyResult<Option<Value>> {
    if n == "__class__" {
        return Ok(Some(type_of(obj)));
    }
    if is_int(obj) {
        return Ok(match n {
            "real" | "numerator" => Some(if obj.is_bool() {
                Value::small(as_i64(obj).unwrap())
            } else {
                obj
            }),
            "imag" => Some(Value::small(0)),
            "denominator" => Some(Value::small(1)),
            _ => None,
        });
    }
    if obj.is_float() {
        return Ok(match n {
            "real" => Some(obj),
            "imag" => Some(Value::float(0.0)),
            _ => None,
        });
    }
    let Some(kind) = obj.kind() else {
        return Ok(None);
    };
    Ok(match kind {
        ObjKind::Func => {
            let f = obj.cast::<FuncObj>();
            match n {
                "__name__" => Some(f.name),
                "__qualname__" => Some(f.qualname),
                "__doc__" => Some(opt_none(f.doc)),
                "__module__" => Some(opt_none(f.module)),
                "__defaults__" => Some(opt_none(f.defaults)),
                "__kwdefaults__" => Some(opt_none(f.kwdefaults)),
                "__annotations__" => {
                    // Created empty on first access when the definition had none.
                    let d = ensure_attr_dict(&mut f.dict);
                    match dict_lookup_str(d, crate::rt::intern("__annotations__")) {
                        Some(a) => Some(a),
                        None => {
                            let a = crate::rt::new_dict();
                            crate::builtins::set_str_key(d, "__annotations__", a);
                            Some(a)
                        }
                    }
                }
                "__closure__" => Some(opt_none(f.closure)),
                "__globals__" => Some(f.globals),
                "__code__" => Some(f.code),
                "__dict__" => Some(ensure_attr_dict(&mut f.dict)),
                _ => None,
            }
        }
        ObjKind::Exc => {
            let e = obj.cast::<ExcObj>();
            let args: &[Value] = &e.args.cast::<TupleObj>().items;
            match n {
                "args" => Some(e.args),
                "__cause__" => Some(opt_none(e.cause)),
                "__context__" => Some(opt_none(e.context)),
                "__suppress_context__" => Some(Value::bool(e.suppress_context)),
                "__traceback__" => Some(crate::traceback::traceback_of(vm, obj)?),
                "__dict__" => Some(ensure_attr_dict(&mut e.dict)),
                // Set by the runtime where it raises them (`ops::name_error`, `getattr`) or
                // by the constructor's keywords; None otherwise.
                "name" | "obj"
                    if is_subclass(e.cls, rt().excs.attribute_error)
                        || (n == "name" && is_subclass(e.cls, rt().excs.name_error)) =>
                {
                    let set = if e.dict.is_null() {
                        None
                    } else {
                        dict_lookup_str(e.dict, crate::rt::intern(n))
                    };
                    Some(set.unwrap_or(Value::NONE))
                }
                "value" if is_subclass(e.cls, rt().excs.stop_iteration) => {
                    Some(args.first().copied().unwrap_or(Value::NONE))
                }
                "code" if is_subclass(e.cls, rt().excs.system_exit) => Some(match args.len() {
                    0 => Value::NONE,
                    1 => args[0],
                    _ => e.args,
                }),
                "msg"
                | "filename"
                | "lineno"
                | "offset"
                | "text"
                | "end_lineno"
                | "end_offset"
                | "print_file_and_line"
                    if is_subclass(e.cls, rt().excs.syntax_error) =>
                {
                    // Set attributes win; else SyntaxError.__init__'s unpacking of
                    // (msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
                    let set = if e.dict.is_null() {
                        None
                    } else {
                        dict_lookup_str(e.dict, crate::rt::intern(n))
                    };
                    let details = args.get(1).and_then(|d| d.get::<TupleObj>());
                    let from_args = |i: usize| {
                        details
                            .filter(|t| args.len() == 2 && matches!(t.items.len(), 4 | 6))
                            .and_then(|t| t.items.get(i).copied())
                            .unwrap_or(Value::NONE)
                    };
                    Some(set.unwrap_or_else(|| match n {
                        "msg" => args.first().copied().unwrap_or(Value::NONE),
                        "filename" => from_args(0),
                        "lineno" => from_args(1),
                        "offset" => from_args(2),
                        "text" => from_args(3),
                        "end_lineno" => from_args(4),
                        "end_offset" => from_args(5),
                        _ => Value::NONE,
                    }))
                }
                "errno" | "strerror" | "filename" if is_subclass(e.cls, rt().excs.os_error) => {
                    let i = match n {
                        "errno" => 0,
                        "strerror" => 1,
                        _ => 2,
                    };
                    Some(if (2..=5).contains(&args.len()) {
                        args.get(i).copied().unwrap_or(Value::NONE)
                    } else {
                        Value::NONE
                    })
                }
                _ => None,
            }
        }
        ObjKind::Module => {
            if n == "__dict__" {
                Some(obj.cast::<ModuleObj>().dict)
            } else {
                None
            }
        }
        ObjKind::BoundMethod => {
            let m = obj.cast::<BoundMethodObj>();
            match n {
                "__self__" => Some(m.self_),
                "__func__" => Some(m.func),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    let (func, name) = (m.func, crate::rt::intern(n));
                    return getattr_opt(vm, func, name);
                }
                _ => None,
            }
        }
        ObjKind::Builtin => {
            let b = obj.cast::<BuiltinObj>();
            match n {
                "__name__" => Some(crate::rt::intern(b.name)),
                "__qualname__" => Some(if b.owner.is_null() {
                    crate::rt::intern(b.name)
                } else {
                    new_string(format!("{}.{}", class_name(b.owner), b.name))
                }),
                "__self__" => Some(if !b.recv.is_null() {
                    b.recv
                } else {
                    match dict_lookup_str(rt().modules, crate::sym!("builtins")) {
                        Some(m) if b.owner.is_null() => m,
                        _ => Value::NONE,
                    }
                }),
                "__doc__" => Some(Value::NONE),
                "__module__" => Some(if b.owner.is_null() && b.recv.is_null() {
                    crate::sym!("builtins")
                } else {
                    Value::NONE
                }),
                _ => None,
            }
        }
        ObjKind::Range => {
            let r = obj.cast::<RangeObj>();
            match n {
                "start" => Some(new_int(r.start)),
                "stop" => Some(new_int(r.stop)),
                "step" => Some(new_int(r.step)),
                _ => None,
            }
        }
        ObjKind::Slice => {
            let s = obj.cast::<SliceObj>();
            match n {
                "start" => Some(s.start),
                "stop" => Some(s.stop),
                "step" => Some(s.step),
                _ => None,
            }
        }
        ObjKind::Generator => {
            let g = obj.cast::<GenObj>();
            match n {
                "__name__" if !g.name.is_null() => Some(g.name),
                "__qualname__" if !g.qualname.is_null() => Some(g.qualname),
                "__name__" | "__qualname__" => match g.func.get::<FuncObj>() {
                    Some(f) => Some(if n == "__name__" { f.name } else { f.qualname }),
                    None => None,
                },
                "gi_running" => Some(Value::bool(crate::interp::gen_running(obj))),
                _ => None,
            }
        }
        ObjKind::File => {
            let f = obj.cast::<FileObj>();
            match n {
                "name" => Some(new_str(&f.path)),
                "mode" => Some(new_str(&f.mode)),
                "closed" => Some(Value::bool(f.closed)),
                _ => None,
            }
        }
        ObjKind::Property => {
            let p = obj.cast::<PropertyObj>();
            match n {
                "fget" => Some(opt_none(p.fget)),
                "fset" => Some(opt_none(p.fset)),
                "fdel" => Some(opt_none(p.fdel)),
                "__doc__" => Some(opt_none(p.doc)),
                _ => None,
            }
        }
        ObjKind::StaticMethod | ObjKind::ClassMethod => match n {
            "__func__" | "__wrapped__" => Some(match obj.get::<StaticMethodObj>() {
                Some(s) => s.func,
                None => obj.cast::<ClassMethodObj>().func,
            }),
            _ => None,
        },
        ObjKind::Code => {
            let c = &obj.cast::<CodeObj>().code;
            match n {
                "co_name" => Some(c.name),
                "co_qualname" => Some(c.qualname),
                "co_filename" => Some(c.filename),
                "co_firstlineno" => Some(new_int(c.first_line as i64)),
                "co_argcount" => Some(new_int(c.argcount as i64)),
                _ => None,
            }
        }
        ObjKind::Cell => {
            if n == "cell_contents" {
                let c = obj.cast::<CellObj>();
                if c.v.is_null() {
                    return Err(vm.raise_msg(rt().excs.value_error, "Cell is empty"));
                }
                Some(c.v)
            } else {
                None
            }
        }
        _ => None,
    })
}

/// An exception instance's own attributes (special ones derived from its fields, then
/// its attribute dict).
pub(crate) fn exc_own_attr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    if let Some(v) = special_attr(vm, obj, str_of(name))? {
        return Ok(Some(v));
    }
    let d = obj.cast::<ExcObj>().dict;
    if !d.is_null() {
        if let Some(v) = dict_lookup_str(d, name) {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

/// `getattr(obj, name, None)`-like: Ok(None) when the attribute does not exist.
pub fn getattr_opt(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    match obj.kind() {
        Some(ObjKind::Module) => {
            let d = obj.cast::<ModuleObj>().dict;
            if let Some(v) = dict_lookup_str(d, name) {
                return Ok(Some(v));
            }
            if d == rt().builtins {
                // `builtins.memoryview` before any use of the name.
                if let Some(v) = lazy_builtin(vm, name)? {
                    return Ok(Some(v));
                }
            }
        }
        Some(ObjKind::Instance) => return super::object::user_getattr_opt(vm, obj, name),
        Some(ObjKind::List | ObjKind::Tuple | ObjKind::Dict | ObjKind::Set)
            if is_sub_builtin(obj) =>
        {
            return super::object::user_getattr_opt(vm, obj, name)
        }
        Some(ObjKind::Class) => {
            return match class_getattr_with_meta(vm, obj, name) {
                Err(_) if isinstance_class(vm.exc, rt().excs.attribute_error) => {
                    vm.exc = Value::NULL;
                    Ok(None)
                }
                r => r,
            };
        }
        Some(ObjKind::Super) => return super::object::super_getattr(vm, obj, name),
        Some(ObjKind::Func) => {
            let d = obj.cast::<FuncObj>().dict;
            if !d.is_null() {
                if let Some(v) = dict_lookup_str(d, name) {
                    return Ok(Some(v));
                }
            }
        }
        Some(ObjKind::Exc) => {
            if super::object::is_user_obj(obj) {
                return super::object::user_getattr_opt(vm, obj, name);
            }
            let d = obj.cast::<ExcObj>().dict;
            if let Some(v) = special_attr(vm, obj, str_of(name))? {
                return Ok(Some(v));
            }
            if !d.is_null() {
                if let Some(v) = dict_lookup_str(d, name) {
                    return Ok(Some(v));
                }
            }
            return match class_lookup(type_of(obj), name) {
                Some(v) => bind_type_attr(vm, obj, v).map(Some),
                None => Ok(None),
            };
        }
        _ => {}
    }
    if let Some(v) = special_attr(vm, obj, str_of(name))? {
        return Ok(Some(v));
    }
    match class_lookup(type_of(obj), name) {
        Some(v) => bind_type_attr(vm, obj, v).map(Some),
        None => Ok(None),
    }
}

fn no_attribute(vm: &mut Vm, obj: Value, name: Value) -> Raised {
    let n = str_of(name);
    let msg = match obj.kind() {
        Some(ObjKind::Module) => format!(
            "module '{}' has no attribute '{n}'",
            module_name_str(obj.cast::<ModuleObj>())
        ),
        Some(ObjKind::Class) => format!("type object '{}' has no attribute '{n}'", class_name(obj)),
        _ => format!("'{}' object has no attribute '{n}'", type_name(obj)),
    };
    vm.raise(rt().excs.attribute_error, msg)
}

/// `C.name`, then (for a class made by a user metaclass) the metaclass's
/// `__getattr__`, whose AttributeError propagates (None: no such attribute and no hook).
fn class_getattr_with_meta(vm: &mut Vm, cls: Value, name: Value) -> PyResult<Option<Value>> {
    let found = super::object::class_getattr(vm, cls, name)?;
    if found.is_some() || !super::object::has_user_meta(cls) {
        return Ok(found);
    }
    match super::object::user_special(cls, names().getattr).filter(|f| f.is_kind(ObjKind::Func)) {
        Some(f) => call_special(vm, f, cls, &[name]).map(Some),
        None => Ok(None),
    }
}

/// `obj.name`. An AttributeError it raises records `name` and `obj`
/// (`attribute_error_context`), as CPython's `PyObject_GetAttr` does.
#[inline]
pub fn getattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Value> {
    getattr_plain(vm, obj, name)
        .inspect_err(|_| crate::builtins::exceptions::attribute_error_context(vm, obj, name))
}

fn getattr_plain(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Value> {
    if super::object::is_user_obj(obj) {
        return super::object::user_getattr(vm, obj, name);
    }
    if super::object::has_user_meta(obj) {
        return match class_getattr_with_meta(vm, obj, name)? {
            Some(v) => Ok(v),
            None => Err(no_attribute(vm, obj, name)),
        };
    }
    match getattr_opt(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(vm, obj, name)),
    }
}

/// `obj.name(...)` method load: (function, obj) when the attribute is a plain method on
/// the type (the call passes obj first, no bound object allocated), else (NULL, attribute).
pub fn load_method(vm: &mut Vm, obj: Value, name: Value) -> PyResult<(Value, Value)> {
    load_method_plain(vm, obj, name)
        .inspect_err(|_| crate::builtins::exceptions::attribute_error_context(vm, obj, name))
}

fn load_method_plain(vm: &mut Vm, obj: Value, name: Value) -> PyResult<(Value, Value)> {
    match obj.kind() {
        Some(ObjKind::Instance) => return super::object::user_load_method(vm, obj, name),
        Some(ObjKind::Super) => return super::object::super_load_method(vm, obj, name),
        Some(ObjKind::List | ObjKind::Tuple | ObjKind::Dict | ObjKind::Set)
            if is_sub_builtin(obj) =>
        {
            return super::object::user_load_method(vm, obj, name)
        }
        _ => {}
    }
    if let Some(c) = obj.get::<ClassObj>() {
        // `C.method(...)` for a classmethod: (function, C), the method-call form,
        // instead of a bound method object. Only with the plain `type` metaclass and a
        // non-dunder name, where `type`'s own descriptors cannot take precedence.
        if c.meta.is_null() && !str_of(name).starts_with("__") {
            if let Some(cm) = lookup_in_mro(obj, name).and_then(|m| m.get::<ClassMethodObj>()) {
                if cm.func.is_kind(ObjKind::Func) {
                    return Ok((cm.func, obj));
                }
            }
        }
    }
    if !matches!(
        obj.kind(),
        Some(ObjKind::Module | ObjKind::Class | ObjKind::Func | ObjKind::Exc)
    ) {
        if let Some(m) = class_lookup(type_of(obj), name) {
            match m.kind() {
                Some(ObjKind::Builtin) => {
                    let b = m.cast::<BuiltinObj>();
                    if b.recv.is_null() && !b.owner.is_null() && !b.is_classmethod {
                        return Ok((m, obj));
                    }
                }
                Some(ObjKind::Func) => return Ok((m, obj)),
                _ => {}
            }
        }
    }
    Ok((Value::NULL, getattr(vm, obj, name)?))
}

fn attr_dict_set(vm: &mut Vm, slot: &mut Value, name: Value, v: Value) -> PyResult<()> {
    let d = ensure_attr_dict(slot);
    dict_set(vm, d, name, v)
}

fn read_only_or_missing(vm: &mut Vm, obj: Value, name: Value) -> Raised {
    let n = str_of(name);
    match class_lookup(type_of(obj), name) {
        Some(p)
            if p.get::<PropertyObj>()
                .is_some_and(|p| p.fget.is_kind(ObjKind::Builtin)) =>
        {
            vm.raise(
                rt().excs.attribute_error,
                format!(
                    "attribute '{n}' of '{}' objects is not writable",
                    type_name(obj)
                ),
            )
        }
        Some(_) => vm.raise(
            rt().excs.attribute_error,
            format!("'{}' object attribute '{n}' is read-only", type_name(obj)),
        ),
        None => {
            let special = matches!(special_attr(vm, obj, n), Ok(Some(_)));
            if special && n != "__class__" {
                vm.raise(
                    rt().excs.attribute_error,
                    format!(
                        "attribute '{n}' of '{}' objects is not writable",
                        type_name(obj)
                    ),
                )
            } else {
                vm.raise(
                    rt().excs.attribute_error,
                    format!("'{}' object has no attribute '{n}'", type_name(obj)),
                )
            }
        }
    }
}

/// `obj.name = v`.
#[inline]
pub fn setattr(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<()> {
    match obj.kind() {
        Some(ObjKind::Instance) => super::object::user_setattr(vm, obj, name, v),
        Some(ObjKind::Class) => {
            // A user metaclass's __setattr__ (its `super().__setattr__` lands in
            // object.__setattr__, which stores with class_setattr).
            if let Some(f) = super::object::user_special(obj, names().setattr)
                .filter(|f| f.is_kind(ObjKind::Func))
            {
                call_special(vm, f, obj, &[name, v])?;
                return Ok(());
            }
            super::object::class_setattr(vm, obj, name, v)
        }
        Some(ObjKind::Exc | ObjKind::List | ObjKind::Tuple | ObjKind::Dict | ObjKind::Set)
            if super::object::is_user_obj(obj) =>
        {
            super::object::user_setattr(vm, obj, name, v)
        }
        _ => setattr_builtin(vm, obj, name, v),
    }
}

/// `obj.name = v` for builtin objects.
pub(crate) fn setattr_builtin(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<()> {
    let n = str_of(name);
    match obj.kind() {
        Some(ObjKind::Module) => return dict_set(vm, obj.cast::<ModuleObj>().dict, name, v),
        Some(ObjKind::Generator) if n == "__name__" || n == "__qualname__" => {
            if !is_str(v) {
                return Err(vm.type_error(format!("{n} must be set to a string object")));
            }
            let g = obj.cast::<GenObj>();
            if n == "__name__" {
                g.name = v;
            } else {
                g.qualname = v;
            }
            return Ok(());
        }
        Some(ObjKind::Func) => {
            let f = obj.cast::<FuncObj>();
            match n {
                "__name__" | "__qualname__" => {
                    if !is_str(v) {
                        return Err(vm.type_error(format!("{n} must be set to a string object")));
                    }
                    if n == "__name__" {
                        f.name = v;
                    } else {
                        f.qualname = v;
                    }
                }
                "__doc__" => f.doc = v,
                "__module__" => f.module = v,
                "__defaults__" => {
                    if !v.is_none() && !v.is_kind(ObjKind::Tuple) {
                        return Err(
                            vm.type_error("__defaults__ must be set to a tuple object".into())
                        );
                    }
                    f.defaults = if v.is_none() { Value::NULL } else { v };
                }
                "__kwdefaults__" => {
                    if !v.is_none() && !v.is_kind(ObjKind::Dict) {
                        return Err(
                            vm.type_error("__kwdefaults__ must be set to a dict object".into())
                        );
                    }
                    f.kwdefaults = if v.is_none() { Value::NULL } else { v };
                }
                _ => return attr_dict_set(vm, &mut f.dict, name, v),
            }
            return Ok(());
        }
        Some(ObjKind::Exc) => {
            let e = obj.cast::<ExcObj>();
            match n {
                "args" => {
                    let items = collect_iterable(vm, v)?;
                    obj.cast::<ExcObj>().args = new_tuple(items);
                }
                "__cause__" => {
                    if !v.is_none() && !v.is_kind(ObjKind::Exc) {
                        return Err(vm.type_error(
                            "exception cause must be None or derive from BaseException".into(),
                        ));
                    }
                    e.cause = v;
                    e.suppress_context = true;
                }
                "__context__" => {
                    if !v.is_none() && !v.is_kind(ObjKind::Exc) {
                        return Err(vm.type_error(
                            "exception context must be None or derive from BaseException".into(),
                        ));
                    }
                    e.context = v;
                }
                "__suppress_context__" => e.suppress_context = truthy(vm, v)?,
                "__traceback__" => {}
                _ => return attr_dict_set(vm, &mut e.dict, name, v),
            }
            return Ok(());
        }
        _ => {}
    }
    if let Some(p) = class_lookup(type_of(obj), name).and_then(|a| a.get::<PropertyObj>()) {
        let fset = p.fset;
        if fset.is_null() || fset.is_none() {
            if p.fget.is_kind(ObjKind::Builtin) {
                // A builtin getset descriptor (int.real, ...).
                return Err(vm.raise(
                    rt().excs.attribute_error,
                    format!(
                        "attribute '{n}' of '{}' objects is not writable",
                        type_name(obj)
                    ),
                ));
            }
            return Err(vm.raise(
                rt().excs.attribute_error,
                format!(
                    "property '{n}' of '{}' object has no setter",
                    type_name(obj)
                ),
            ));
        }
        vm.call(fset, &[obj, v], &[])?;
        return Ok(());
    }
    Err(read_only_or_missing(vm, obj, name))
}

/// `del obj.name`.
pub fn delattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<()> {
    match obj.kind() {
        Some(ObjKind::Instance) => super::object::user_delattr(vm, obj, name),
        Some(ObjKind::Class) => {
            // A user metaclass's __delattr__, as setattr's __setattr__.
            if let Some(f) = super::object::user_special(obj, names().delattr)
                .filter(|f| f.is_kind(ObjKind::Func))
            {
                call_special(vm, f, obj, &[name])?;
                return Ok(());
            }
            super::object::class_delattr(vm, obj, name)
        }
        Some(ObjKind::Exc | ObjKind::List | ObjKind::Tuple | ObjKind::Dict | ObjKind::Set)
            if super::object::is_user_obj(obj) =>
        {
            super::object::user_delattr(vm, obj, name)
        }
        _ => delattr_builtin(vm, obj, name),
    }
}

/// `del obj.name` for builtin objects.
pub(crate) fn delattr_builtin(vm: &mut Vm, obj: Value, name: Value) -> PyResult<()> {
    let n = str_of(name);
    let dict = match obj.kind() {
        Some(ObjKind::Module) => obj.cast::<ModuleObj>().dict,
        Some(ObjKind::Func) => obj.cast::<FuncObj>().dict,
        Some(ObjKind::Exc) => obj.cast::<ExcObj>().dict,
        _ => return Err(read_only_or_missing(vm, obj, name)),
    };
    if !dict.is_null() && dict_del(vm, dict, name)?.is_some() {
        return Ok(());
    }
    Err(vm.raise(
        rt().excs.attribute_error,
        format!("'{}' object has no attribute '{n}'", type_name(obj)),
    ))
}

// ---- globals ---------------------------------------------------------------------------

/// Load a global: `globals` then the builtins dict, cached in `ic` by the two dicts'
/// keys versions and the entry index (hit: one version compare + one load).
#[inline(always)]
pub fn load_global(vm: &mut Vm, globals: Value, name: Value, ic: &IcEntry) -> PyResult<Value> {
    match load_global_cached(globals, name, ic) {
        Some(v) => Ok(v),
        None => load_global_miss(vm, globals, name, ic),
    }
}

/// Store a global (StoreGlobal, both tiers). While one guest thread runs (a writer
/// then needs no table lock), a name the site's IC found in globals (LoadGlobal's
/// encoding: the keys version and the entry index; never a builtins entry) gets its
/// value replaced in place; otherwise `store_name`, after which the site caches the
/// entry. Replacing a value moves no key, so LoadGlobal caches stay valid (they read
/// the value from the entry).
#[inline]
pub fn store_global(
    vm: &mut Vm,
    globals: Value,
    name: Value,
    v: Value,
    ic: &IcEntry,
) -> PyResult<()> {
    if !kiln_threads::multi_mutator() {
        let g = &globals.cast::<DictObj>().table;
        if let Some((idx, _)) = cached_globals_entry(g, name, ic.load()) {
            g.set_value_at(idx, v);
            ic.hit();
            return Ok(());
        }
    }
    store_global_miss(vm, globals, name, v, ic)
}

/// The entry a Global IC word `w` (LoadGlobal's encoding) names in the globals table
/// `g`, with its value, if it is still `name`'s entry there: a globals (not builtins)
/// entry, the keys version unchanged, the key `name` itself (a code object may run with
/// another globals dict whose keys version coincides).
#[inline(always)]
pub(crate) fn cached_globals_entry(
    g: &crate::dict::DictTable,
    name: Value,
    w: u64,
) -> Option<(usize, Value)> {
    if w == EMPTY {
        return None;
    }
    let (gkv, _, idx, in_builtins) = global::unpack(w);
    if in_builtins || gkv != g.keys_version() & 0xFF_FFFF {
        return None;
    }
    g.keyed_entry(idx, name).map(|value| (idx, value))
}

#[cold]
fn store_global_miss(
    vm: &mut Vm,
    globals: Value,
    name: Value,
    v: Value,
    ic: &IcEntry,
) -> PyResult<()> {
    ic.miss();
    store_name(vm, globals, name, v)?;
    if is_sub_builtin(globals) || kiln_threads::multi_mutator() {
        return Ok(());
    }
    let g = &globals.cast::<DictObj>().table;
    let version = g.keys_version();
    if let Some(idx) = g.index_by_identity(name.cast::<StrObj>().hash(), name) {
        if let Some(w) = global::pack(version, 0, idx, false) {
            ic.store(w);
        }
    }
    Ok(())
}

/// The global IC's hit path alone (the interpreter's and the JIT's): the cached value,
/// or None when the entry is empty or stale.
#[inline(always)]
pub fn load_global_cached(globals: Value, name: Value, ic: &IcEntry) -> Option<Value> {
    let g = &globals.cast::<DictObj>().table;
    let w = ic.load();
    if w != EMPTY {
        let (gkv, bkv, idx, in_builtins) = global::unpack(w);
        // A name found in globals depends only on the globals' keys; one found in
        // builtins also on the builtins' keys (globals must still not have it).
        let valid = gkv == g.keys_version() & 0xFF_FFFF
            && (!in_builtins
                || bkv == rt().builtins.cast::<DictObj>().table.keys_version() & 0xFFFF);
        if !valid {
            return None;
        }
        let t = if in_builtins {
            &rt().builtins.cast::<DictObj>().table
        } else {
            g
        };
        // The key check guards against a code object run with a different globals dict
        // whose keys version happens to coincide.
        if let Some(value) = t.keyed_entry(idx, name) {
            ic.hit();
            return Some(value);
        }
    }
    None
}

/// Builtins written in Python (`runtime/lib`), imported the first time their name is
/// looked up and then stored in the builtins dict: startup does not pay for them.
pub(crate) const LAZY_BUILTINS: &[(&str, &str)] = &[
    ("memoryview", "_kiln_memoryview"),
    ("aiter", "_kiln_aiter"),
    ("anext", "_kiln_aiter"),
];

/// A builtin name that is not in the builtins dict yet but has a lazy definition
/// (`LAZY_BUILTINS`): imported, installed in builtins and returned. None otherwise.
pub fn lazy_builtin(vm: &mut Vm, name: Value) -> PyResult<Option<Value>> {
    let Some(&(n, module)) = LAZY_BUILTINS.iter().find(|(n, _)| *n == &*str_of(name)) else {
        return Ok(None);
    };
    let m = import_name(vm, crate::rt::intern(module))?;
    let v = getattr(vm, m, crate::rt::intern(n))?;
    crate::builtins::set_str_key(rt().builtins, n, v);
    Ok(Some(v))
}

#[cold]
fn load_global_miss(vm: &mut Vm, globals: Value, name: Value, ic: &IcEntry) -> PyResult<Value> {
    ic.miss();
    let h = name.cast::<StrObj>().hash();
    let bd = rt().builtins;
    // The versions before the lookups: the entry found is read after `find` released
    // the table lock, so it counts only if no key moved meanwhile (another thread's
    // `del` or insert); else look again.
    let versions = (
        globals.cast::<DictObj>().table.keys_version(),
        bd.cast::<DictObj>().table.keys_version(),
    );
    let found_g = globals
        .cast::<DictObj>()
        .table
        .find(h, name, &mut |a, b| key_eq(vm, a, b))?;
    let (idx, in_builtins) = match found_g {
        Some(i) => (i, false),
        None => match bd
            .cast::<DictObj>()
            .table
            .find(h, name, &mut |a, b| key_eq(vm, a, b))?
        {
            Some(i) => (i, true),
            None => {
                if lazy_builtin(vm, name)?.is_some() {
                    // Now in builtins: look again, recording the entry in the IC.
                    return load_global_miss(vm, globals, name, ic);
                }
                return Err(crate::builtins::exceptions::raise_name_error(
                    vm,
                    name,
                    format!("name '{}' is not defined", str_of(name)),
                ));
            }
        },
    };
    let (g, b) = (
        &globals.cast::<DictObj>().table,
        &bd.cast::<DictObj>().table,
    );
    let t = if in_builtins { b } else { g };
    let e = t.entry(idx);
    if (g.keys_version(), b.keys_version()) != versions {
        return load_global_miss(vm, globals, name, ic);
    }
    let Some(e) = e.filter(|e| !e.value.is_null()) else {
        return load_global_miss(vm, globals, name, ic);
    };
    // Cache only when the stored key is the interned name itself (identity check on hit).
    if e.key == name {
        if let Some(w) = global::pack(versions.0, versions.1, idx, in_builtins) {
            ic.store(w);
        }
    }
    Ok(e.value)
}

// ---- imports ---------------------------------------------------------------------------

/// `import name` (the import system lives in `crate::import`).
pub fn import_name(vm: &mut Vm, name: Value) -> PyResult<Value> {
    crate::import::import_name(vm, name)
}

/// `from module import name` (the import system lives in `crate::import`).
pub fn import_from(vm: &mut Vm, module: Value, name: Value) -> PyResult<Value> {
    crate::import::import_from(vm, module, name)
}
