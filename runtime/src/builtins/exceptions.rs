//! Exception classes: constructing instances (`construct`, used by `call_class` for
//! every class whose layout is `Exception`), the extra attributes CPython sets at
//! construction that ops does not derive from `args` (ImportError.name/path/msg, in
//! `ExcObj.dict`), `BaseException.__init__` / `with_traceback`, and
//! running a user subclass's own `__init__`.

use super::*;

pub(crate) fn install() {
    install_extra_classes();
    super::excgroup::install(rt().builtins);
    add_methods(
        rt().excs.base_exception,
        &[
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("with_traceback", with_traceback),
            ("add_note", add_note),
        ],
    );
}

/// CPython builtin exception classes that `rt::Excs` does not define; created here
/// (name, base name) and registered in builtins (rooted through the builtins dict).
const EXTRA_EXCS: &[(&str, &str)] = &[
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

static EXTRA: std::sync::OnceLock<Vec<Value>> = std::sync::OnceLock::new();

fn install_extra_classes() {
    let b = rt().builtins;
    let mut made = Vec::new();
    for &(name, base) in EXTRA_EXCS {
        let Some(base_cls) = dict_lookup_str(b, base) else {
            continue;
        };
        let cls = rt::new_class(name, &[base_cls], Layout::Exception);
        set_str_key(b, name, cls);
        made.push(cls);
    }
    EXTRA.set(made).ok();
}

/// Raw lookup of a str key in a dict (no Vm needed; keys compared as strings).
pub(crate) fn dict_lookup_str(d: Value, key: &str) -> Option<Value> {
    let k = rt::intern(key);
    let h = k.cast::<StrObj>().hash();
    let t = &d.get::<DictObj>()?.table;
    if let Some(v) = t.get_by_identity(h, k) {
        return Some(v);
    }
    t.get(h, k, &mut |a: Value, b: Value| {
        Ok(is_str(a) && is_str(b) && ops::str_of(a) == ops::str_of(b))
    })
    .ok()
    .flatten()
}

fn set_attr_raw(e: Value, name: &str, v: Value) {
    let eo = e.cast::<ExcObj>();
    let d = crate::ops::ensure_attr_dict(&mut eo.dict);
    set_str_key(d, name, v);
}

/// Fill the attributes CPython derives from the constructor arguments.
fn init_attrs(cls: Value, e: Value, args: &[Value]) {
    let x = &rt().excs;
    // StopIteration.value, SystemExit.code, OSError.errno/... are derived from args by ops.
    if ops::is_subclass(cls, x.import_error) {
        set_attr_raw(e, "name", Value::NONE);
        set_attr_raw(e, "path", Value::NONE);
        set_attr_raw(e, "msg", args.first().copied().unwrap_or(Value::NONE));
    }
}

/// A new exception instance of `cls` with `args` (what `BaseException.__new__` makes).
pub(crate) fn new_exc_instance(cls: Value, args: &[Value]) -> Value {
    let e = ops::new_exception(cls, args);
    init_attrs(cls, e, args);
    e
}

/// `cls(*args, **kwargs)` for an exception class (builtin or user subclass).
pub(crate) fn construct(vm: &mut Vm, cls: Value, a: &Args) -> R {
    let mut all = a.pos.to_vec();
    all.extend_from_slice(a.kwvals);
    classes::construct(vm, cls, &all, a.kwnames)
}

/// BaseException.__str__.
fn exc_str(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "BaseException.__str__")?;
    if !recv.is_kind(ObjKind::Exc) {
        return Err(vm.type_error(format!(
            "descriptor '__str__' requires a 'BaseException' object but received a '{}'",
            ops::type_name(recv)
        )));
    }
    let mut out = String::new();
    ops::exc_str_into(vm, recv, &mut out)?;
    Ok(ops::new_string(out))
}

/// BaseException.__repr__.
fn exc_repr(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "BaseException.__repr__")?;
    if !recv.is_kind(ObjKind::Exc) {
        return Err(vm.type_error(format!(
            "descriptor '__repr__' requires a 'BaseException' object but received a '{}'",
            ops::type_name(recv)
        )));
    }
    let mut out = String::new();
    ops::exc_repr_into(vm, recv, &mut out)?;
    Ok(ops::new_string(out))
}

/// BaseException.__init__(self, *args): sets self.args.
fn exc_init(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let Some(e) = recv.get::<ExcObj>() else {
        return Err(vm.type_error(format!(
            "descriptor '__init__' requires a 'BaseException' object but received a '{}'",
            ops::type_name(recv)
        )));
    };
    let cls = e.cls;
    // The keyword-only attributes of NameError(name=), AttributeError(name=, obj=)
    // and ImportError(name=, path=).
    let x = &rt().excs;
    let allowed: &[&str] = if ops::is_subclass(cls, x.attribute_error) {
        &["name", "obj"]
    } else if ops::is_subclass(cls, x.name_error) {
        &["name"]
    } else if ops::is_subclass(cls, x.import_error) {
        &["name", "path"]
    } else {
        &[]
    };
    if allowed.is_empty() && !a.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            ops::type_name(recv)
        )));
    }
    for &k in a.kwnames {
        let k = ops::str_of(k);
        if !allowed.contains(&k) {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {}()",
                ops::type_name(recv)
            )));
        }
    }
    e.args = ops::new_tuple(a.pos.to_vec());
    init_attrs(cls, recv, a.pos);
    for (&k, &v) in a.kwnames.iter().zip(a.kwvals) {
        set_attr_raw(recv, ops::str_of(k), v);
    }
    Ok(Value::NONE)
}

/// Raise NameError(`msg`) with its `name` attribute set, so the display can offer a
/// suggestion (CPython's `format_exc_check_arg`).
pub(crate) fn raise_name_error(vm: &mut Vm, name: Value, msg: String) -> crate::object::Raised {
    let m = ops::new_string(msg);
    let e = new_exc_instance(rt().excs.name_error, &[m]);
    set_attr_raw(e, "name", name);
    vm.set_exc(e)
}

/// CPython's `set_attribute_error_context`: an AttributeError leaving a failed
/// `obj.name` lookup records `name` and `obj` (unless it already has either), for the
/// display's suggestion.
#[cold]
pub(crate) fn attribute_error_context(vm: &mut Vm, obj: Value, name: Value) {
    let exc = vm.exc;
    let Some(e) = exc.get::<ExcObj>() else { return };
    if !ops::is_subclass(e.cls, rt().excs.attribute_error) {
        return;
    }
    let set = |k: &str| !e.dict.is_null() && dict_lookup_str(e.dict, k).is_some();
    if set("name") || set("obj") {
        return;
    }
    set_attr_raw(exc, "name", name);
    set_attr_raw(exc, "obj", obj);
}

fn with_traceback(vm: &mut Vm, recv: Value, a: &Args) -> R {
    check_pos(vm, a, "with_traceback", 1, 1)?;
    Ok(recv)
}

fn add_note(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let note = one_arg(vm, a, "BaseException.add_note")?;
    if !is_str(note) {
        return Err(vm.type_error(format!(
            "note must be a str, not '{}'",
            ops::type_name(note)
        )));
    }
    let eo = recv.cast::<ExcObj>();
    let d = crate::ops::ensure_attr_dict(&mut eo.dict);
    let notes = match dict_lookup_str(d, "__notes__") {
        Some(l) if l.is_kind(ObjKind::List) => l,
        _ => {
            let l = ops::new_list(Vec::new());
            set_str_key(d, "__notes__", l);
            l
        }
    };
    notes.cast::<ListObj>().items.push(note);
    Ok(Value::NONE)
}
