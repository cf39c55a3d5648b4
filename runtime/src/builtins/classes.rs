//! User classes: `type(name, bases, dict)` (C3 mro, layout checks, class dict set-up),
//! `__build_class__` (class statements), calling a class (`__new__` then `__init__`),
//! and the builtin types `object` (its default special methods), `super`,
//! `staticmethod`, `classmethod`, plus `NotImplemented`.
//!
//! Layouts: a user class's instances are `InstanceObj`s (layout Object) or, for
//! subclasses of exception classes, `ExcObj`s (layout Exception; attributes in the
//! exception's dict), or for subclasses of list/tuple/dict/set/frozenset the builtin
//! payload itself with its `cls` field naming the subclass (attributes in its `dict`
//! field; built by `list.__new__` & co. below). Subclassing other builtin types (int,
//! str, float, ...) is rejected with a TypeError when the class is created.

use super::*;
use crate::ops::{lookup_in_mro, names};

pub(crate) fn install() {
    let t = &rt().types;
    let b = rt().builtins;
    add_methods(
        t.object,
        &[
            ("__init__", object_init),
            ("__new__", object_new),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__lt__", object_lt),
            ("__le__", object_le),
            ("__gt__", object_gt),
            ("__ge__", object_ge),
            ("__hash__", object_hash),
            ("__format__", object_format),
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
        ],
    );
    add_classmethod(t.object, "__init_subclass__", object_init_subclass);
    add_classmethod(t.type_, "__prepare__", type_prepare);
    add_methods(
        t.type_,
        &[
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__new__", type_new),
            ("__init__", type_init),
            ("__call__", type_dunder_call),
        ],
    );
    install_builtin_dunders();
    add_methods(
        t.mappingproxy,
        &[
            ("keys", proxy_keys),
            ("values", proxy_values),
            ("items", proxy_items),
            ("get", proxy_get),
            ("copy", proxy_copy),
        ],
    );
    add_fn(b, "__build_class__", build_class);
    set_str_key(b, "super", t.super_);
    set_str_key(b, "staticmethod", t.staticmethod);
    set_str_key(b, "classmethod", t.classmethod);
    set_str_key(b, "NotImplemented", rt().not_implemented);
    set_str_key(b, "Ellipsis", rt().ellipsis);
}

fn is_builtin_fn(f: Value, nf: NativeFn) -> bool {
    f.get::<BuiltinObj>()
        .is_some_and(|b| b.f as usize == nf as usize)
}

/// The class's `__new__` is `object.__new__` (or none).
fn new_is_object(cls: Value) -> bool {
    match lookup_in_mro(cls, names().new) {
        None => true,
        Some(f) => is_builtin_fn(f, object_new),
    }
}
/// `f` is `object.__init__`.
pub(crate) fn is_object_init(f: Value) -> bool {
    is_builtin_fn(f, object_init)
}

fn init_is_object(cls: Value) -> bool {
    match lookup_in_mro(cls, names().init) {
        None => true,
        Some(f) => is_builtin_fn(f, object_init),
    }
}

// ---- calling classes ------------------------------------------------------------------

/// Allocate a bare instance of `cls` (what `object.__new__(cls)` makes).
fn alloc_instance(vm: &mut Vm, cls: Value, pos: &[Value]) -> R {
    let c = cls.cast::<ClassObj>();
    match c.layout {
        Layout::Object => Ok(ops::new_instance(cls)),
        Layout::Exception if super::excgroup::is_group_class(cls) => {
            super::excgroup::new_group(vm, cls, pos)
        }
        Layout::Exception => Ok(exceptions::new_exc_instance(cls, pos)),
        _ => Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            ops::class_name(cls),
            ops::class_name(cls)
        ))),
    }
}

/// Call `f(first, *args, **kw)` with `args` = positional values then keyword values.
fn call_with_first(vm: &mut Vm, f: Value, first: Value, args: &[Value], kwnames: &[Value]) -> R {
    let mut buf = [Value::NULL; 8];
    if args.len() < buf.len() && kwnames.is_empty() {
        buf[0] = first;
        buf[1..=args.len()].copy_from_slice(args);
        return vm.call_positional(f, &buf[..=args.len()]);
    }
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(first);
    v.extend_from_slice(args);
    vm.call(f, &v, kwnames)
}

/// `cls(*args, **kwargs)` for user classes and exception classes: `__new__`, then
/// `__init__` when `__new__` returned an instance of `cls`.
pub(crate) fn construct(vm: &mut Vm, cls: Value, args: &[Value], kwnames: &[Value]) -> R {
    let npos = args.len() - kwnames.len();
    let n = names();
    let newf = lookup_in_mro(cls, n.new);
    let obj = match newf {
        Some(f) if !is_builtin_fn(f, object_new) => {
            let f = match f.get::<StaticMethodObj>() {
                Some(s) => s.func,
                None => f,
            };
            let r = call_with_first(vm, f, cls, args, kwnames)?;
            if !ops::isinstance_class(r, cls) {
                return Ok(r);
            }
            r
        }
        _ => {
            if !args.is_empty() && init_is_object(cls) {
                return Err(vm.type_error(format!("{}() takes no arguments", ops::class_name(cls))));
            }
            alloc_instance(vm, cls, &args[..npos])?
        }
    };
    let init = match lookup_in_mro(ops::type_of(obj), n.init) {
        Some(f) => f,
        None => return Ok(obj),
    };
    if is_builtin_fn(init, object_init) {
        return Ok(obj);
    }
    if let Some(b) = init.get::<BuiltinObj>() {
        // A builtin __init__ (BaseException.__init__, list.__init__): call it
        // directly, with the new object rooted (list.__init__ may run a generator,
        // which may collect).
        let a = Args {
            pos: &args[..npos],
            kwnames,
            kwvals: &args[npos..],
        };
        return ops::with_roots(vm, &[obj], |vm| {
            (b.f)(vm, obj, &a)?;
            Ok(obj)
        });
    }
    ops::with_roots(vm, &[obj], |vm| {
        let r = call_with_first(vm, init, obj, args, kwnames)?;
        crate::interp::check_init_result(vm, r)?;
        Ok(obj)
    })
}

/// Builtin classes `call_class` does not know: object, super, staticmethod, classmethod.
pub(crate) fn call_other_builtin(vm: &mut Vm, cls: Value, a: &Args) -> R {
    let t = &rt().types;
    if cls == t.object {
        if !a.pos.is_empty() || !a.kwnames.is_empty() {
            return Err(vm.type_error("object() takes no arguments".into()));
        }
        return Ok(ops::new_instance(cls));
    }
    if super::time::is_struct_time_class(cls) {
        return super::time::struct_time_new(vm, a);
    }
    if cls == t.super_ {
        return super_new(vm, a);
    }
    if cls == t.staticmethod || cls == t.classmethod {
        let name = ops::class_name(cls);
        if !a.kwnames.is_empty() {
            return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
        }
        check_npos(vm, a.pos.len(), name, 1, 1)?;
        let func = a.pos[0];
        return Ok(if cls == t.staticmethod {
            alloc(StaticMethodObj { func })
        } else {
            alloc(ClassMethodObj { func })
        });
    }
    Err(vm.type_error(format!(
        "cannot create '{}' instances",
        ops::class_name(cls)
    )))
}

// ---- type(...) ---------------------------------------------------------------------------

/// `type(x)` / `type(name, bases, dict)`.
pub(crate) fn type_call(vm: &mut Vm, a: &Args) -> R {
    type_new(vm, rt().types.type_, a)
}

/// `type.__new__(mcs, name, bases, dict, **kw)` (and `type(x)` when `mcs` is `type`):
/// a new class whose metaclass is the most derived of `mcs` and the bases' metaclasses.
fn type_new(vm: &mut Vm, mcs: Value, a: &Args) -> R {
    if a.pos.len() == 1 && a.kwnames.is_empty() && mcs == rt().types.type_ {
        return Ok(ops::type_of(a.pos[0]));
    }
    if !mcs.is_kind(ObjKind::Class) || !ops::is_subclass(mcs, rt().types.type_) {
        return Err(vm.type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            ops::type_name(mcs)
        )));
    }
    if a.pos.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments".into()));
    }
    let (name, bases, ns) = (a.pos[0], a.pos[1], a.pos[2]);
    if !is_str(name) {
        return Err(vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            ops::type_name(name)
        )));
    }
    let Some(bt) = bases.get::<TupleObj>() else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            ops::type_name(bases)
        )));
    };
    if !ns.is_kind(ObjKind::Dict) {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            ops::type_name(ns)
        )));
    }
    let bases: Vec<Value> = bt.items.to_vec();
    let mut winner = mcs;
    for &b in &bases {
        let bm = ops::type_of(b);
        if ops::is_subclass(winner, bm) {
            continue;
        }
        if ops::is_subclass(bm, winner) {
            winner = bm;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases".into(),
        ));
    }
    make_class(vm, winner, name, bases, ns, a.kwnames, a.kwvals)
}

/// `type.__prepare__(name, bases, **kwds)`: the default class namespace, a new dict.
fn type_prepare(_vm: &mut Vm, _mcs: Value, _a: &Args) -> R {
    Ok(rt::new_dict())
}

/// `type.__init__(cls, ...)`: nothing to do (the class was made by `type.__new__`).
fn type_init(vm: &mut Vm, _cls: Value, a: &Args) -> R {
    if a.pos.len() != 1 && a.pos.len() != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments".into()));
    }
    Ok(Value::NONE)
}

/// `type.__call__(cls, *args, **kwargs)`: what calling a class does by default
/// (`super().__call__(...)` in a metaclass's own `__call__`).
fn type_dunder_call(vm: &mut Vm, cls: Value, a: &Args) -> R {
    if !cls.is_kind(ObjKind::Class) {
        return Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            ops::type_name(cls)
        )));
    }
    let mut args = a.pos.to_vec();
    args.extend_from_slice(a.kwvals);
    super::call_class_default(vm, cls, &args, a.kwnames)
}

/// C3 linearisation of `bases` (the mro without the new class itself).
fn c3_tail(bases: &[Value]) -> Result<Vec<Value>, String> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| b.cast::<ClassObj>().mro.clone())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let cand = seqs
            .iter()
            .map(|s| s[0])
            .find(|&h| !seqs.iter().any(|t| t[1..].contains(&h)));
        match cand {
            Some(h) => {
                out.push(h);
                for s in seqs.iter_mut() {
                    if s[0] == h {
                        s.remove(0);
                    }
                }
            }
            None => {
                let mut heads: Vec<Value> = Vec::new();
                for s in &seqs {
                    if !heads.contains(&s[0]) {
                        heads.push(s[0]);
                    }
                }
                let names: Vec<&str> = heads.iter().map(|&h| ops::class_name(h)).collect();
                return Err(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ));
            }
        }
    }
}

/// Create a user class (what `type.__new__(type, name, bases, ns)` does).
pub(crate) fn make_class(
    vm: &mut Vm,
    meta: Value,
    name: Value,
    mut bases: Vec<Value>,
    ns: Value,
    kwnames: &[Value],
    kwvals: &[Value],
) -> R {
    let t = &rt().types;
    for &b in &bases {
        if !b.is_kind(ObjKind::Class) {
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases".into(),
            ));
        }
    }
    for (i, &b) in bases.iter().enumerate() {
        if bases[..i].contains(&b) {
            return Err(vm.type_error(format!("duplicate base class {}", ops::class_name(b))));
        }
    }
    if bases.is_empty() {
        bases.push(t.object);
    }
    // The instance layout: object-like, exception, or a builtin container (list,
    // tuple, dict, set, frozenset); other builtin bases are unsupported.
    let mut layout = Layout::Object;
    let mut conflict = false;
    let mut first_bad = Value::NULL;
    for &b in &bases {
        if b == rt::bool_class() {
            return Err(vm.type_error("type 'bool' is not an acceptable base type".into()));
        }
        match b.cast::<ClassObj>().layout {
            Layout::Object => {}
            l @ (Layout::Exception
            | Layout::Type
            | Layout::List
            | Layout::Tuple
            | Layout::Dict
            | Layout::Set
            | Layout::FrozenSet) => {
                if layout == Layout::Object {
                    layout = l;
                } else if layout != l {
                    conflict = true;
                }
            }
            _ => {
                if first_bad.is_null() {
                    first_bad = b;
                } else if b.cast::<ClassObj>().layout != first_bad.cast::<ClassObj>().layout {
                    conflict = true;
                }
            }
        }
    }
    if conflict {
        return Err(vm.type_error("multiple bases have instance lay-out conflict".into()));
    }
    if !first_bad.is_null() {
        if layout != Layout::Object {
            return Err(vm.type_error("multiple bases have instance lay-out conflict".into()));
        }
        return Err(vm.type_error(format!(
            "subclassing the builtin type '{}' is not supported by this runtime",
            ops::class_name(first_bad)
        )));
    }
    let tail = match c3_tail(&bases) {
        Ok(m) => m,
        Err(msg) => return Err(vm.type_error(msg)),
    };
    let cls = rt::new_class(ops::str_of(name), &bases, layout);
    let n = names();
    {
        let c = cls.cast::<ClassObj>();
        c.name = name;
        if meta != rt().types.type_ {
            c.meta = meta;
        }
        c.heap = true;
        let mut mro = Vec::with_capacity(tail.len() + 1);
        mro.push(cls);
        mro.extend(tail);
        c.mro = mro;
    }
    ops::with_roots(vm, &[cls], |vm| {
        let d = cls.cast::<ClassObj>().dict;
        let entries: Vec<(Value, Value)> = ns
            .cast::<DictObj>()
            .table
            .iter()
            .map(|e| (e.key, e.value))
            .collect();
        for (k, mut v) in entries {
            if !is_str(k) {
                ops::dict_set(vm, d, k, v)?;
                continue;
            }
            let k = ops::interned_name(k);
            if k == n.qualname {
                if !is_str(v) {
                    return Err(vm.type_error(format!(
                        "type __qualname__ must be a str, not {}",
                        ops::type_name(v)
                    )));
                }
                cls.cast::<ClassObj>().qualname = v;
                continue;
            }
            if v.is_kind(ObjKind::Func) {
                if k == n.new {
                    v = alloc(StaticMethodObj { func: v });
                } else if k == n.init_subclass || k == n.class_getitem {
                    v = alloc(ClassMethodObj { func: v });
                }
            }
            ops::dict_set(vm, d, k, v)?;
        }
        if ops::dict_get(vm, d, n.module)?.is_none() {
            let g = current_globals(vm);
            if let Some(m) = exceptions::dict_lookup_str(g, "__name__") {
                ops::dict_set(vm, d, n.module, m)?;
            }
        }
        let module = ops::dict_get(vm, d, n.module)?.unwrap_or(Value::NULL);
        cls.cast::<ClassObj>().module = if is_str(module) { module } else { n.main };
        // __slots__: without a __dict__ slot anywhere in the mro, instances may only
        // carry the listed names.
        let mut allowed: Option<Vec<Value>> = Some(Vec::new());
        for &k in cls.cast::<ClassObj>().mro.clone().iter() {
            let kc = k.cast::<ClassObj>();
            if !kc.heap {
                continue;
            }
            match ops::dict_get(vm, kc.dict, n.slots)? {
                None => allowed = None,
                Some(sl) => {
                    let names_v = if is_str(sl) {
                        vec![sl]
                    } else {
                        ops::collect_iterable(vm, sl)?
                    };
                    for nm in names_v {
                        if !is_str(nm) {
                            return Err(vm.type_error(format!(
                                "__slots__ items must be strings, not '{}'",
                                ops::type_name(nm)
                            )));
                        }
                        let nm = ops::interned_name(nm);
                        if nm == n.dict {
                            allowed = None;
                        }
                        if let Some(a) = allowed.as_mut() {
                            a.push(nm);
                        }
                    }
                }
            }
            if allowed.is_none() {
                break;
            }
        }
        cls.cast::<ClassObj>().allowed_attrs = allowed.map(|a| a.into_boxed_slice());
        if ops::dict_get(vm, d, n.doc)?.is_none() {
            ops::dict_set(vm, d, n.doc, Value::NONE)?;
        }
        if ops::dict_get(vm, d, n.eq)?.is_some() && ops::dict_get(vm, d, n.hash)?.is_none() {
            ops::dict_set(vm, d, n.hash, Value::NONE)?;
        }
        {
            // With class mutations serialized: a base modified meanwhile either
            // already walks this class or changed before its flags are computed here.
            let _g = ops::class_mutation_lock();
            for &b in &bases {
                let bc = b.cast::<ClassObj>();
                if bc.heap {
                    bc.subclasses.push(cls);
                }
            }
            ops::class_init_flags(cls);
        }
        // __set_name__ on descriptors, then the parent's __init_subclass__.
        let items: Vec<(Value, Value)> = d
            .cast::<DictObj>()
            .table
            .iter()
            .map(|e| (e.key, e.value))
            .collect();
        let keep = ops::new_list(items.iter().map(|p| p.1).collect());
        vm.roots.push(keep);
        for (k, v) in items {
            if let Some(f) = ops::user_special(v, n.set_name) {
                ops::call_special(vm, f, v, &[cls, k])?;
            }
        }
        let mro = cls.cast::<ClassObj>().mro.clone();
        for &k in &mro[1..] {
            if let Some(f) = ops::dict_lookup_str(k.cast::<ClassObj>().dict, n.init_subclass) {
                if let Some(cm) = f.get::<ClassMethodObj>() {
                    let func = cm.func;
                    let mut argv = vec![cls];
                    argv.extend_from_slice(kwvals);
                    vm.call(func, &argv, kwnames)?;
                } else if !kwnames.is_empty() {
                    return Err(vm.type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        ops::class_name(cls)
                    )));
                }
                break;
            }
        }
        Ok(cls)
    })
}

// ---- __build_class__ ------------------------------------------------------------------------

/// `__build_class__(body, name, *bases, metaclass=..., **kw)`: run the class body in a
/// fresh namespace, create the class with the metaclass, fill the `__class__` cell.
/// PEP 560's `update_bases`: each base that is not a class and has
/// `__mro_entries__` is replaced by the tuple it returns. None when no base did.
fn resolve_mro_entries(vm: &mut Vm, orig: Value) -> PyResult<Option<Vec<Value>>> {
    let items = orig.cast::<TupleObj>().items.to_vec();
    if items.iter().all(|b| b.is_kind(ObjKind::Class)) {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(items.len());
    let mut changed = false;
    for b in items {
        if !b.is_kind(ObjKind::Class) {
            if let Some(f) = ops::getattr_opt(vm, b, rt::intern("__mro_entries__"))? {
                let r = vm.call(f, &[orig], &[])?;
                // Rooted until the caller's scope ends (later calls may collect).
                vm.roots.push(r);
                let Some(t) = r.get::<TupleObj>() else {
                    return Err(vm.type_error("__mro_entries__ must return a tuple".into()));
                };
                out.extend(t.items.iter().copied());
                changed = true;
                continue;
            }
        }
        out.push(b);
    }
    Ok(changed.then_some(out))
}

fn build_class(vm: &mut Vm, _: Value, a: &Args) -> R {
    if a.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments".into()));
    }
    let (body, name) = (a.pos[0], a.pos[1]);
    if !body.is_kind(ObjKind::Func) {
        return Err(vm.type_error("__build_class__: func must be a function".into()));
    }
    if !is_str(name) {
        return Err(vm.type_error("__build_class__: name is not a string".into()));
    }
    // PEP 560: a base that is not a class may stand for others (`list[int]`,
    // `Generic[T]`) through `__mro_entries__(original bases)`.
    let orig_bases = ops::new_tuple(a.pos[2..].to_vec());
    let bases = ops::with_roots(vm, &[orig_bases], |vm| resolve_mro_entries(vm, orig_bases))?;
    let resolved = bases.is_some();
    let bases: Vec<Value> = bases.unwrap_or_else(|| a.pos[2..].to_vec());
    let mut meta = Value::NULL;
    let mut kwn = Vec::new();
    let mut kwv = Vec::new();
    for (i, &k) in a.kwnames.iter().enumerate() {
        if ops::str_of(k) == "metaclass" {
            meta = a.kwvals[i];
        } else {
            kwn.push(k);
            kwv.push(a.kwvals[i]);
        }
    }
    let t = &rt().types;
    if meta.is_null() {
        meta = t.type_;
        for &b in &bases {
            let bt = ops::type_of(b);
            if ops::is_subclass(bt, meta) {
                meta = bt;
            }
        }
    }
    let bases_t = ops::new_tuple(bases.clone());
    // The namespace: the metaclass's __prepare__(name, bases, **kw) when it has one.
    let prepare = if meta.is_kind(ObjKind::Class) {
        lookup_in_mro(meta, rt::intern("__prepare__"))
    } else {
        None
    };
    let ns = match prepare {
        Some(p) => {
            let f = match p.get::<ClassMethodObj>() {
                Some(cm) => cm.func,
                None => p.get::<StaticMethodObj>().map_or(p, |s| s.func),
            };
            let mut argv = Vec::with_capacity(3 + kwv.len());
            if p.is_kind(ObjKind::ClassMethod) {
                argv.push(meta);
            }
            argv.extend_from_slice(&[name, bases_t]);
            argv.extend_from_slice(&kwv);
            let ns = ops::with_roots(vm, &[bases_t], |vm| vm.call(f, &argv, &kwn))?;
            if !ns.is_kind(ObjKind::Dict) {
                return Err(vm.type_error(format!(
                    "{}.__prepare__() must return a mapping, not {}",
                    ops::class_name(meta),
                    ops::type_name(ns)
                )));
            }
            ns
        }
        None => rt::new_dict(),
    };
    if resolved {
        ops::setitem(vm, ns, rt::intern("__orig_bases__"), orig_bases)?;
    }
    ops::with_roots(vm, &[ns, bases_t], |vm| {
        let cell = vm.call(body, &[ns], &[])?;
        vm.roots.push(cell);
        let cls = if meta == t.type_ {
            make_class(vm, meta, name, bases, ns, &kwn, &kwv)?
        } else {
            let mut argv = vec![name, bases_t, ns];
            argv.extend_from_slice(&kwv);
            vm.call(meta, &argv, &kwn)?
        };
        if let Some(c) = cell.get::<CellObj>() {
            c.v = cls;
        }
        Ok(cls)
    })
}

// ---- super ----------------------------------------------------------------------------------

fn super_new(vm: &mut Vm, a: &Args) -> R {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("super() takes no keyword arguments".into()));
    }
    match a.pos.len() {
        0 => return Err(vm.raise(rt().excs.runtime_error, "super(): no arguments".into())),
        1 | 2 => {}
        n => return Err(vm.type_error(format!("super() takes at most 2 arguments ({n} given)"))),
    }
    let type_ = a.pos[0];
    if !type_.is_kind(ObjKind::Class) {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            ops::type_name(type_)
        )));
    }
    if a.pos.len() == 1 {
        return Err(vm.type_error("unbound super objects are not supported by this runtime".into()));
    }
    let obj = a.pos[1];
    let obj_type = if obj.is_kind(ObjKind::Class) && ops::is_subclass(obj, type_) {
        obj
    } else if ops::isinstance_class(obj, type_) {
        ops::type_of(obj)
    } else {
        return Err(
            vm.type_error("super(type, obj): obj must be an instance or subtype of type".into())
        );
    };
    Ok(alloc(SuperObj {
        type_,
        obj,
        obj_type,
    }))
}

// ---- object's methods -------------------------------------------------------------------------

fn object_init(vm: &mut Vm, recv: Value, a: &Args) -> R {
    if !a.pos.is_empty() || !a.kwnames.is_empty() {
        let cls = ops::type_of(recv);
        if !init_is_object(cls) {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)".into(),
            ));
        }
        if new_is_object(cls) {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                ops::class_name(cls)
            )));
        }
    }
    Ok(Value::NONE)
}

fn object_new(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let cls = recv;
    if !cls.is_kind(ObjKind::Class) {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            ops::type_name(cls)
        )));
    }
    if !a.pos.is_empty() || !a.kwnames.is_empty() {
        if !new_is_object(cls) {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)".into(),
            ));
        }
        if init_is_object(cls) {
            return Err(vm.type_error(format!("{}() takes no arguments", ops::class_name(cls))));
        }
    }
    let c = cls.cast::<ClassObj>();
    if !c.heap && cls != rt().types.object && c.layout != Layout::Exception {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            ops::class_name(cls),
            ops::class_name(cls)
        )));
    }
    alloc_instance(vm, cls, a.pos)
}

/// `<module.Qualname object at 0x...>`.
pub(crate) fn default_repr(v: Value) -> String {
    let cls = ops::type_of(v);
    let m = ops::class_module(cls);
    let q = ops::str_of(ops::class_qualname(cls));
    let addr = format!("{:#x}", v.ptr_bits());
    if is_str(m) && ops::str_of(m) != "builtins" {
        format!("<{}.{} object at {addr}>", ops::str_of(m), q)
    } else {
        format!("<{q} object at {addr}>")
    }
}

fn object_repr(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "object.__repr__")?;
    if ops::is_user_obj(recv) && (recv.is_kind(ObjKind::Instance) || ops::is_sub_builtin(recv)) {
        return Ok(ops::new_string(default_repr(recv)));
    }
    Ok(ops::new_string(ops::repr(vm, recv)?))
}

fn object_str(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "object.__str__")?;
    // object.__str__ is type(self).__repr__(self).
    Ok(ops::new_string(ops::repr(vm, recv)?))
}

fn object_eq(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let other = one_arg(vm, a, "object.__eq__")?;
    if ops::is_user_obj(recv) {
        return Ok(if recv == other {
            Value::TRUE
        } else {
            rt().not_implemented
        });
    }
    Ok(Value::bool(ops::eq(vm, recv, other)?))
}

fn object_ne(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let other = one_arg(vm, a, "object.__ne__")?;
    if ops::is_user_obj(recv) {
        if let Some(f) = ops::user_special(recv, names().eq) {
            let r = ops::call_special(vm, f, recv, &[other])?;
            if r == rt().not_implemented {
                return Ok(r);
            }
            return Ok(Value::bool(!ops::truthy(vm, r)?));
        }
        return Ok(if recv == other {
            Value::FALSE
        } else {
            rt().not_implemented
        });
    }
    Ok(Value::bool(!ops::eq(vm, recv, other)?))
}

fn object_order(vm: &mut Vm, recv: Value, a: &Args, k: crate::bytecode::CmpKind) -> R {
    let other = one_arg(vm, a, "object.__lt__")?;
    if ops::is_user_obj(recv) || ops::is_user_obj(other) {
        return Ok(rt().not_implemented);
    }
    ops::compare(vm, k, recv, other)
}
fn object_lt(vm: &mut Vm, recv: Value, a: &Args) -> R {
    object_order(vm, recv, a, crate::bytecode::CmpKind::Lt)
}
fn object_le(vm: &mut Vm, recv: Value, a: &Args) -> R {
    object_order(vm, recv, a, crate::bytecode::CmpKind::Le)
}
fn object_gt(vm: &mut Vm, recv: Value, a: &Args) -> R {
    object_order(vm, recv, a, crate::bytecode::CmpKind::Gt)
}
fn object_ge(vm: &mut Vm, recv: Value, a: &Args) -> R {
    object_order(vm, recv, a, crate::bytecode::CmpKind::Ge)
}

fn object_hash(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "object.__hash__")?;
    if ops::is_user_obj(recv) {
        return Ok(int(ops::identity_hash(recv)));
    }
    Ok(int(ops::hash(vm, recv)?))
}

fn object_format(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let spec = one_arg(vm, a, "object.__format__")?;
    if !is_str(spec) {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            ops::type_name(spec)
        )));
    }
    if ops::is_user_obj(recv) {
        if !ops::str_of(spec).is_empty() {
            return Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                ops::type_name(recv)
            )));
        }
        return ops::to_str_value(vm, recv);
    }
    Ok(ops::new_string(ops::format(vm, recv, ops::str_of(spec))?))
}

fn attr_arg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if !is_str(v) {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            ops::type_name(v)
        )));
    }
    Ok(ops::interned_name(v))
}

fn object_getattribute(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let n = one_arg(vm, a, "object.__getattribute__")?;
    let name = attr_arg(vm, n)?;
    if ops::is_user_obj(recv) {
        return match ops::generic_getattr(vm, recv, name)? {
            Some(v) => Ok(v),
            None => Err(vm.raise(
                rt().excs.attribute_error,
                format!(
                    "'{}' object has no attribute '{}'",
                    ops::type_name(recv),
                    ops::str_of(name)
                ),
            )),
        };
    }
    ops::getattr(vm, recv, name)
}

fn object_setattr(vm: &mut Vm, recv: Value, a: &Args) -> R {
    check_pos(vm, a, "__setattr__", 2, 2)?;
    let name = attr_arg(vm, a.pos[0])?;
    if ops::is_user_obj(recv) {
        ops::generic_setattr(vm, recv, name, a.pos[1])?;
    } else if recv.is_kind(ObjKind::Class) {
        ops::class_setattr(vm, recv, name, a.pos[1])?;
    } else {
        ops::setattr(vm, recv, name, a.pos[1])?;
    }
    Ok(Value::NONE)
}

fn object_delattr(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let n = one_arg(vm, a, "object.__delattr__")?;
    let name = attr_arg(vm, n)?;
    if ops::is_user_obj(recv) {
        ops::generic_delattr(vm, recv, name)?;
    } else if recv.is_kind(ObjKind::Class) {
        // The default deletion: a metaclass's __delattr__ calling up lands here.
        ops::class_delattr(vm, recv, name)?;
    } else {
        ops::delattr(vm, recv, name)?;
    }
    Ok(Value::NONE)
}

fn object_init_subclass(vm: &mut Vm, _recv: Value, a: &Args) -> R {
    if !a.pos.is_empty() || !a.kwnames.is_empty() {
        return Err(vm.type_error("object.__init_subclass__() takes no keyword arguments".into()));
    }
    Ok(Value::NONE)
}

fn type_mro(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "type.mro")?;
    Ok(ops::new_list(recv.cast::<ClassObj>().mro.clone()))
}

fn type_subclasses(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "type.__subclasses__")?;
    Ok(ops::new_list(recv.cast::<ClassObj>().subclasses.to_vec()))
}

// ---- mappingproxy (C.__dict__) ---------------------------------------------------------------

fn proxy_dict(vm: &mut Vm, recv: Value) -> PyResult<Value> {
    match recv.get::<MappingProxyObj>() {
        Some(p) => Ok(p.d),
        None => Err(vm.type_error("descriptor requires a 'mappingproxy' object".into())),
    }
}
fn proxy_keys(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "mappingproxy.keys")?;
    Ok(ops::new_dict_view(proxy_dict(vm, recv)?, 0))
}
fn proxy_values(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "mappingproxy.values")?;
    Ok(ops::new_dict_view(proxy_dict(vm, recv)?, 1))
}
fn proxy_items(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "mappingproxy.items")?;
    Ok(ops::new_dict_view(proxy_dict(vm, recv)?, 2))
}
fn proxy_get(vm: &mut Vm, recv: Value, a: &Args) -> R {
    check_pos(vm, a, "get", 1, 2)?;
    let d = proxy_dict(vm, recv)?;
    Ok(ops::dict_get(vm, d, a.pos[0])?.unwrap_or(a.pos.get(1).copied().unwrap_or(Value::NONE)))
}
fn proxy_copy(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "mappingproxy.copy")?;
    Ok(ops::dict_copy(proxy_dict(vm, recv)?))
}

// ---- special methods of builtin types (`[].__len__()`, `iter_obj.__next__()`) ----------------

fn install_builtin_dunders() {
    let t = &rt().types;
    let containers = [
        t.list,
        t.tuple,
        t.str,
        t.dict,
        t.set,
        t.frozenset,
        t.range,
        t.dict_keys,
        t.dict_values,
        t.dict_items,
        t.bytes,
        t.bytearray,
    ];
    for &c in &containers {
        add_methods(
            c,
            &[
                ("__iter__", d_iter),
                ("__len__", d_len),
                ("__contains__", d_contains),
            ],
        );
    }
    for &c in &[
        t.list,
        t.tuple,
        t.str,
        t.dict,
        t.range,
        t.bytes,
        t.bytearray,
    ] {
        add_methods(c, &[("__getitem__", d_getitem)]);
    }
    for &c in &[t.list, t.dict, t.bytearray] {
        add_methods(c, &[("__setitem__", d_setitem), ("__delitem__", d_delitem)]);
    }
    // What subclasses reach through `super()` / `list.__eq__(self, x)`: the builtin
    // behaviour, never the subclass's own override.
    for &c in &[t.list, t.tuple, t.dict, t.set, t.frozenset] {
        add_methods(
            c,
            &[
                ("__repr__", d_repr),
                ("__eq__", d_eq),
                ("__ne__", d_ne),
                ("__lt__", d_lt),
                ("__le__", d_le),
                ("__gt__", d_gt),
                ("__ge__", d_ge),
            ],
        );
    }
    for &c in &[t.tuple, t.frozenset] {
        add_methods(c, &[("__hash__", d_hash)]);
    }
    for &c in &[t.list, t.dict, t.set] {
        set_str_key(c.cast::<ClassObj>().dict, "__hash__", Value::NONE);
    }
    add_methods(
        t.list,
        &[("__new__", list_dunder_new), ("__init__", list_dunder_init)],
    );
    add_methods(t.tuple, &[("__new__", tuple_dunder_new)]);
    add_methods(
        t.dict,
        &[("__new__", dict_dunder_new), ("__init__", dict_dunder_init)],
    );
    add_methods(
        t.set,
        &[("__new__", set_dunder_new), ("__init__", set_dunder_init)],
    );
    add_methods(t.frozenset, &[("__new__", frozenset_dunder_new)]);
    let iters = [
        t.list_iterator,
        t.tuple_iterator,
        t.range_iterator,
        t.str_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.reversed,
        t.list_reverseiterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.callable_iterator,
        t.iterator,
        t.generator,
    ];
    for &c in &iters {
        add_methods(c, &[("__iter__", d_iter), ("__next__", d_next)]);
    }
    for &c in &[t.int, rt::bool_class()] {
        add_methods(
            c,
            &[
                ("__index__", d_index),
                ("__int__", d_index),
                ("__float__", d_float),
            ],
        );
    }
    add_methods(t.float, &[("__float__", d_float), ("__int__", d_int)]);
}

fn d_iter(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "__iter__")?;
    ops::get_iter_base(vm, recv)
}
fn d_next(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "__next__")?;
    match ops::iter_next(vm, recv)? {
        Some(v) => Ok(v),
        None => Err(vm.set_exc(ops::new_exception(rt().excs.stop_iteration, &[]))),
    }
}
fn d_len(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "__len__")?;
    if let Some(n) = ops::len_of(recv) {
        return Ok(int(n as i64));
    }
    Ok(int(ops::len(vm, recv)? as i64))
}
fn d_contains(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let x = one_arg(vm, a, "__contains__")?;
    Ok(Value::bool(ops::contains_base(vm, recv, x)?))
}
fn d_getitem(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let k = one_arg(vm, a, "__getitem__")?;
    ops::getitem_base(vm, recv, k)
}
fn d_setitem(vm: &mut Vm, recv: Value, a: &Args) -> R {
    check_pos(vm, a, "__setitem__", 2, 2)?;
    ops::setitem_base(vm, recv, a.pos[0], a.pos[1])?;
    Ok(Value::NONE)
}
fn d_delitem(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let k = one_arg(vm, a, "__delitem__")?;
    ops::delitem_base(vm, recv, k)?;
    Ok(Value::NONE)
}
fn d_repr(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "__repr__")?;
    let mut out = String::new();
    ops::repr_base_into(vm, recv, &mut out)?;
    Ok(ops::new_string(out))
}
fn d_cmp(vm: &mut Vm, recv: Value, a: &Args, k: crate::bytecode::CmpKind, name: &str) -> R {
    let other = one_arg(vm, a, name)?;
    ops::builtin_cmp_side(vm, k, recv, other)
}
fn d_eq(vm: &mut Vm, recv: Value, a: &Args) -> R {
    d_cmp(vm, recv, a, crate::bytecode::CmpKind::Eq, "__eq__")
}
fn d_ne(vm: &mut Vm, recv: Value, a: &Args) -> R {
    d_cmp(vm, recv, a, crate::bytecode::CmpKind::Ne, "__ne__")
}
fn d_lt(vm: &mut Vm, recv: Value, a: &Args) -> R {
    d_cmp(vm, recv, a, crate::bytecode::CmpKind::Lt, "__lt__")
}
fn d_le(vm: &mut Vm, recv: Value, a: &Args) -> R {
    d_cmp(vm, recv, a, crate::bytecode::CmpKind::Le, "__le__")
}
fn d_gt(vm: &mut Vm, recv: Value, a: &Args) -> R {
    d_cmp(vm, recv, a, crate::bytecode::CmpKind::Gt, "__gt__")
}
fn d_ge(vm: &mut Vm, recv: Value, a: &Args) -> R {
    d_cmp(vm, recv, a, crate::bytecode::CmpKind::Ge, "__ge__")
}
fn d_hash(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "__hash__")?;
    Ok(int(ops::hash_base(vm, recv)?))
}

// ---- constructors of subclasses of builtin containers ----------------------------------------

/// The class `base.__new__(recv, ...)` instantiates: NULL for `base` itself (a plain
/// instance), else `recv`, which must be a subclass of `base`.
fn new_target(vm: &mut Vm, recv: Value, base: Value) -> PyResult<Value> {
    let bname = ops::class_name(base);
    if !recv.is_kind(ObjKind::Class) {
        return Err(vm.type_error(format!(
            "{bname}.__new__(X): X is not a type object ({})",
            ops::type_name(recv)
        )));
    }
    if !ops::is_subclass(recv, base) {
        let r = ops::class_name(recv);
        return Err(vm.type_error(format!(
            "{bname}.__new__({r}): {r} is not a subtype of {bname}"
        )));
    }
    Ok(if recv == base { Value::NULL } else { recv })
}

/// `list.__new__(cls, *args, **kw)`: an empty list of class `cls` (`__init__` fills it).
fn list_dunder_new(vm: &mut Vm, recv: Value, _a: &Args) -> R {
    let cls = new_target(vm, recv, rt().types.list)?;
    let v = ops::new_list(Vec::new());
    v.cast::<ListObj>().cls = cls;
    Ok(v)
}

/// `list.__init__(self, iterable=())`: replace the items.
fn list_dunder_init(vm: &mut Vm, recv: Value, a: &Args) -> R {
    if !recv.is_kind(ObjKind::List) {
        return Err(vm.type_error(format!(
            "descriptor '__init__' requires a 'list' object but received a '{}'",
            ops::type_name(recv)
        )));
    }
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments".into()));
    }
    check_npos(vm, a.pos.len(), "list", 0, 1)?;
    let items = match a.pos.first() {
        Some(&src) => ops::collect_iterable(vm, src)?,
        None => Vec::new(),
    };
    recv.cast::<ListObj>().items.replace(&items);
    Ok(Value::NONE)
}

/// `tuple.__new__(cls, iterable=())`.
fn tuple_dunder_new(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let cls = new_target(vm, recv, rt().types.tuple)?;
    if cls.is_null() {
        return tuple::tuple_new(vm, a);
    }
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments".into()));
    }
    check_npos(vm, a.pos.len(), "tuple", 0, 1)?;
    let items = match a.pos.first() {
        Some(&src) => ops::collect_iterable(vm, src)?,
        None => Vec::new(),
    };
    let mut t = TupleObj::new(items.into_boxed_slice());
    t.cls = cls;
    Ok(alloc(t))
}

/// `dict.__new__(cls, *args, **kw)`: an empty dict of class `cls`.
fn dict_dunder_new(vm: &mut Vm, recv: Value, _a: &Args) -> R {
    let cls = new_target(vm, recv, rt().types.dict)?;
    let d = rt::new_dict();
    d.cast::<DictObj>().cls = cls;
    Ok(d)
}

/// `dict.__init__(self, [mapping_or_pairs], **kw)`: update the dict.
fn dict_dunder_init(vm: &mut Vm, recv: Value, a: &Args) -> R {
    if !recv.is_kind(ObjKind::Dict) {
        return Err(vm.type_error(format!(
            "descriptor '__init__' requires a 'dict' object but received a '{}'",
            ops::type_name(recv)
        )));
    }
    check_npos(vm, a.pos.len(), "dict", 0, 1)?;
    if let Some(&src) = a.pos.first() {
        dict::update_from(vm, recv, src)?;
    }
    dict::set_kwargs(vm, recv, a)?;
    Ok(Value::NONE)
}

/// `set.__new__(cls, *args)`: an empty set of class `cls`.
fn set_dunder_new(vm: &mut Vm, recv: Value, _a: &Args) -> R {
    let cls = new_target(vm, recv, rt().types.set)?;
    let s = ops::new_set(false);
    s.cast::<SetObj>().cls = cls;
    Ok(s)
}

/// `set.__init__(self, iterable=())`: clear, then add the iterable's items.
fn set_dunder_init(vm: &mut Vm, recv: Value, a: &Args) -> R {
    if !recv.get::<SetObj>().is_some_and(|s| !s.frozen) {
        return Err(vm.type_error(format!(
            "descriptor '__init__' requires a 'set' object but received a '{}'",
            ops::type_name(recv)
        )));
    }
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments".into()));
    }
    check_npos(vm, a.pos.len(), "set", 0, 1)?;
    recv.cast::<SetObj>().table.clear();
    if let Some(&src) = a.pos.first() {
        set::update_internal(vm, recv, src)?;
    }
    Ok(Value::NONE)
}

/// `frozenset.__new__(cls, iterable=())`.
fn frozenset_dunder_new(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let cls = new_target(vm, recv, rt().types.frozenset)?;
    if cls.is_null() {
        return set::set_new(vm, a, true);
    }
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("frozenset() takes no keyword arguments".into()));
    }
    check_npos(vm, a.pos.len(), "frozenset", 0, 1)?;
    let s = ops::new_set(true);
    s.cast::<SetObj>().cls = cls;
    if let Some(&src) = a.pos.first() {
        ops::with_roots(vm, &[s], |vm| set::update_internal(vm, s, src))?;
    }
    Ok(s)
}
fn d_index(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "__index__")?;
    int_float::int_from(vm, recv)
}
fn d_int(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "__int__")?;
    int_float::int_from(vm, recv)
}
fn d_float(vm: &mut Vm, recv: Value, a: &Args) -> R {
    no_args(vm, a, "__float__")?;
    Ok(Value::float(to_f64(vm, recv)?.unwrap_or(0.0)))
}
