//! The object model's attribute machinery: mro lookup (with a per-thread type
//! attribute cache keyed by class version), instances and their shapes, descriptors
//! (functions, builtin methods, property, staticmethod, classmethod, user `__get__`
//! descriptors), attribute access on instances, classes and `super` objects, and the
//! pieces the inline-cache layer uses (`instance_shape_id`, `shape_slot_of`,
//! `instance_slot`, `set_instance_slot`, `class_version`, `lookup_in_mro`).
//!
//! Lookup order on instances follows CPython's `PyObject_GenericGetAttr`: a data
//! descriptor on the type (property, or a user class defining `__set__`/`__delete__`)
//! wins, then the instance's own attributes, then other class attributes (bound on
//! the way out), then `__getattr__`.

use super::attr::dict_lookup_str;
use super::*;
use crate::rt::{intern, is_interned};
use crate::shape::{self, Shape, MAX_SLOTS};
use std::cell::UnsafeCell;
use std::sync::OnceLock;

// ---- interned names -----------------------------------------------------------------

macro_rules! names {
    ($($f:ident = $s:literal),* $(,)?) => {
        /// Interned names the object model uses (identity-comparable).
        pub struct Names { $(pub $f: Value),* }
        fn make_names() -> Names { Names { $($f: intern($s)),* } }
    };
}
names! {
    init = "__init__", new = "__new__", repr = "__repr__", str = "__str__",
    format = "__format__", hash = "__hash__", eq = "__eq__", ne = "__ne__",
    lt = "__lt__", le = "__le__", gt = "__gt__", ge = "__ge__", bool_ = "__bool__",
    len = "__len__", getitem = "__getitem__", setitem = "__setitem__",
    delitem = "__delitem__", contains = "__contains__", iter = "__iter__",
    next = "__next__", call = "__call__", neg = "__neg__", pos = "__pos__",
    abs = "__abs__", invert = "__invert__", index = "__index__", int = "__int__",
    float = "__float__", trunc = "__trunc__", getattr = "__getattr__",
    getattribute = "__getattribute__", setattr = "__setattr__", delattr = "__delattr__",
    get = "__get__", set = "__set__", delete = "__delete__", class = "__class__",
    dict = "__dict__", module = "__module__", qualname = "__qualname__", doc = "__doc__",
    name = "__name__", set_name = "__set_name__", init_subclass = "__init_subclass__",
    class_getitem = "__class_getitem__", slots = "__slots__", main = "__main__",
    builtins = "builtins", enter = "__enter__", exit = "__exit__",
}

/// The interned special-method names.
#[inline]
pub fn names() -> &'static Names {
    static N: OnceLock<Names> = OnceLock::new();
    N.get_or_init(make_names)
}

/// `name` as its interned copy (attribute names from code already are).
#[inline(always)]
pub fn interned_name(name: Value) -> Value {
    if is_interned(name) {
        name
    } else {
        intern(str_of(name))
    }
}

// ---- mro lookup with a type attribute cache -----------------------------------------------

#[derive(Clone, Copy)]
struct CacheEntry {
    version: u64,
    name: u64,
    value: Value,
}
const CACHE_SIZE: usize = 2048;
thread_local! {
    static TYPE_CACHE: UnsafeCell<[CacheEntry; CACHE_SIZE]> = const {
        UnsafeCell::new([CacheEntry { version: 0, name: 0, value: Value::NULL }; CACHE_SIZE])
    };
}

/// `name` along `cls`'s mro without the cache.
pub fn lookup_in_mro_uncached(cls: Value, name: Value) -> Option<Value> {
    let c = cls.cast::<ClassObj>();
    for &k in &c.mro {
        let d = k.cast::<ClassObj>().dict;
        if let Some(v) = dict_lookup_str(d, name) {
            return Some(v);
        }
    }
    None
}

/// The first value bound to `name` (a str) in the dicts along `cls`'s mro, unbound.
/// Cached per thread by `(class version, interned name)`: versions are never reused
/// and change whenever the class or a base is mutated, so a hit is always current.
#[inline]
pub fn lookup_in_mro(cls: Value, name: Value) -> Option<Value> {
    if !is_interned(name) {
        return lookup_in_mro_uncached(cls, name);
    }
    let version = cls.cast::<ClassObj>().version();
    let idx = ((version.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) ^ (name.0 >> 4)) as usize
        & (CACHE_SIZE - 1);
    TYPE_CACHE.with(|t| {
        // SAFETY: per-thread cache, no reentrancy while the reference is live.
        let e = unsafe { &mut (*t.get())[idx] };
        if e.version == version && e.name == name.0 {
            return if e.value.is_null() {
                None
            } else {
                Some(e.value)
            };
        }
        let r = lookup_in_mro_uncached(cls, name);
        *e = CacheEntry {
            version,
            name: name.0,
            value: r.unwrap_or(Value::NULL),
        };
        r
    })
}

/// The version tag of a class: changes (to a never-used number) whenever the class or
/// any of its bases is mutated. Guard cached class-attribute lookups with it.
#[inline]
pub fn class_version(cls: Value) -> u64 {
    cls.cast::<ClassObj>().version()
}

/// Whether `v` came from user code (not a builtin type's own default).
#[inline]
pub fn is_user_value(v: Value) -> bool {
    !v.is_kind(ObjKind::Builtin)
}

/// The `CF_*` bits from the dicts along the mro as they are now (uncached: during a
/// mutation the version still names the old contents).
fn compute_flags(cls: Value) -> u32 {
    let n = names();
    let mut f = 0;
    let user = |name| lookup_in_mro_uncached(cls, name).is_some_and(is_user_value);
    if user(n.getattribute) {
        f |= CF_GETATTRIBUTE;
    }
    if lookup_in_mro_uncached(cls, n.getattr).is_some() {
        f |= CF_GETATTR;
    }
    if user(n.setattr) {
        f |= CF_SETATTR;
    }
    if user(n.delattr) {
        f |= CF_DELATTR;
    }
    if [n.eq, n.ne, n.lt, n.le, n.gt, n.ge].into_iter().any(user) {
        f |= CF_RICHCMP;
    }
    if user(n.bool_) || user(n.len) {
        f |= CF_TRUTH;
    }
    f
}

/// Serializes class mutations: a dict change plus the flags and versions it implies
/// along the subclasses (and class creation's subclass registration), so concurrent
/// mutations cannot leave flags computed from an older dict. Re-entrant: a key's
/// `__eq__` may run Python code that mutates a class. Waiting for another thread is a
/// native wait. Readers take no lock: they read `version()` (published last).
static CLASS_MUTATION: parking_lot::ReentrantMutex<()> = parking_lot::ReentrantMutex::new(());

pub fn class_mutation_lock() -> parking_lot::ReentrantMutexGuard<'static, ()> {
    match CLASS_MUTATION.try_lock() {
        Some(g) => g,
        None => crate::guest::native(|| CLASS_MUTATION.lock()),
    }
}

/// Record that `cls` (or a base) changed: new flags, then a new version (Release,
/// last) for it and every subclass, so cached lookups miss. The caller holds
/// `class_mutation_lock` across the dict change and this.
pub fn class_modified(cls: Value) {
    let c = cls.cast::<ClassObj>();
    c.flags
        .store(compute_flags(cls), std::sync::atomic::Ordering::Release);
    c.version
        .store(next_class_version(), std::sync::atomic::Ordering::Release);
    for s in c.subclasses.to_vec() {
        class_modified(s);
    }
}

/// Recompute a new class's flags (after its dict is filled).
pub fn class_init_flags(cls: Value) {
    cls.cast::<ClassObj>()
        .flags
        .store(compute_flags(cls), std::sync::atomic::Ordering::Release);
}

// ---- user objects -------------------------------------------------------------------------

/// Whether `v`'s type is a user class (dunders must be looked up on it): instances,
/// user exceptions, and instances of user subclasses of list/tuple/dict/set (whose
/// callers fall back to the builtin behaviour when the class does not override it).
#[inline(always)]
pub fn is_user_obj(v: Value) -> bool {
    match v.kind() {
        Some(ObjKind::Instance) => true,
        Some(ObjKind::Exc) => v.cast::<ExcObj>().cls.cast::<ClassObj>().heap,
        Some(ObjKind::List) => !v.cast::<ListObj>().cls.is_null(),
        Some(ObjKind::Tuple) => !v.cast::<TupleObj>().cls.is_null(),
        Some(ObjKind::Dict) => !v.cast::<DictObj>().cls.is_null(),
        Some(ObjKind::Set) => !v.cast::<SetObj>().cls.is_null(),
        _ => false,
    }
}

/// Whether `v` is a class made by a user metaclass (whose special methods apply to it:
/// `iter(C)`, `len(C)`, `C[k]`, `x in C`, `repr(C)`, `bool(C)`, `isinstance(x, C)`).
#[inline]
pub fn has_user_meta(v: Value) -> bool {
    v.get::<ClassObj>().is_some_and(|c| !c.meta.is_null())
}

/// A special method defined by user code on `v`'s type (None when `v` is not a user
/// object, or the type only has the builtin default).
#[inline]
pub fn user_special(v: Value, name: Value) -> Option<Value> {
    if !is_user_obj(v) && !has_user_meta(v) {
        return None;
    }
    lookup_in_mro(type_of(v), name).filter(|&f| is_user_value(f))
}

/// Call a special method `f` found on the type of `self_`, with `self_` first.
pub fn call_special(vm: &mut Vm, f: Value, self_: Value, args: &[Value]) -> PyResult<Value> {
    let mut buf = [Value::NULL; 6];
    let n = args.len() + 1;
    let call_with = |vm: &mut Vm, f: Value, argv: &[Value]| -> PyResult<Value> {
        match f.kind() {
            Some(ObjKind::Func) => vm.call_positional(f, argv),
            Some(ObjKind::StaticMethod) => {
                let g = f.cast::<StaticMethodObj>().func;
                vm.call(g, &argv[1..], &[])
            }
            Some(ObjKind::ClassMethod) => {
                let g = f.cast::<ClassMethodObj>().func;
                let mut v = argv.to_vec();
                v[0] = type_of(argv[0]);
                vm.call(g, &v, &[])
            }
            Some(ObjKind::Builtin) => vm.call(f, argv, &[]),
            _ => {
                let bound = bind_instance_attr(vm, f, argv[0], type_of(argv[0]))?;
                with_roots(vm, &[bound], |vm| vm.call(bound, &argv[1..], &[]))
            }
        }
    };
    if n <= buf.len() {
        buf[0] = self_;
        buf[1..n].copy_from_slice(args);
        call_with(vm, f, &buf[..n])
    } else {
        let mut v = Vec::with_capacity(n);
        v.push(self_);
        v.extend_from_slice(args);
        call_with(vm, f, &v)
    }
}

/// `name` looked up on `obj`'s TYPE and bound to `obj` (CPython's `_PyObject_LookupSpecial`),
/// or None. Used for `with` (`__enter__`/`__exit__`) and similar protocols.
pub fn special_method(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let name = interned_name(name);
    let cls = type_of(obj);
    match lookup_in_mro(cls, name) {
        Some(f) => bind_instance_attr(vm, f, obj, cls).map(Some),
        None => Ok(None),
    }
}

// ---- descriptors ------------------------------------------------------------------------

/// A builtin method copy bound to `recv`.
pub(crate) fn bind_builtin(b: &BuiltinObj, recv: Value) -> Value {
    alloc(BuiltinObj {
        name: b.name,
        f: b.f,
        recv,
        owner: b.owner,
        is_classmethod: b.is_classmethod,
        f64_fn: None,
        value_fn: None,
    })
}

/// Whether a class attribute is a data descriptor (wins over instance attributes).
#[inline]
pub fn is_data_descriptor(d: Value) -> bool {
    match d.kind() {
        Some(ObjKind::Property) => true,
        Some(ObjKind::Instance) => {
            let n = names();
            let c = d.cast::<InstanceObj>().cls;
            lookup_in_mro(c, n.set).is_some() || lookup_in_mro(c, n.delete).is_some()
        }
        _ => false,
    }
}

fn property_get(vm: &mut Vm, p: Value, obj: Value, name: Value) -> PyResult<Value> {
    let fget = p.cast::<PropertyObj>().fget;
    if fget.is_null() || fget.is_none() {
        return Err(vm.raise(
            rt().excs.attribute_error,
            format!(
                "property '{}' of '{}' object has no getter",
                str_of(name),
                type_name(obj)
            ),
        ));
    }
    vm.call_positional(fget, &[obj])
}

/// Bind class attribute `d` for access through instance `obj` of class `cls`
/// (descriptor `__get__(obj, cls)` for the kinds we know).
pub fn bind_instance_attr(vm: &mut Vm, d: Value, obj: Value, cls: Value) -> PyResult<Value> {
    match d.kind() {
        Some(ObjKind::Func) => Ok(alloc(BoundMethodObj {
            func: d,
            self_: obj,
        })),
        Some(ObjKind::Builtin) => {
            let b = d.cast::<BuiltinObj>();
            if !b.recv.is_null() || b.owner.is_null() {
                return Ok(d);
            }
            let recv = if b.is_classmethod { cls } else { obj };
            Ok(bind_builtin(b, recv))
        }
        Some(ObjKind::StaticMethod) => Ok(d.cast::<StaticMethodObj>().func),
        Some(ObjKind::ClassMethod) => Ok(alloc(BoundMethodObj {
            func: d.cast::<ClassMethodObj>().func,
            self_: cls,
        })),
        Some(ObjKind::Property) => {
            let fget = d.cast::<PropertyObj>().fget;
            if fget.is_null() || fget.is_none() {
                return Err(vm.raise(rt().excs.attribute_error, "unreadable attribute".into()));
            }
            vm.call_positional(fget, &[obj])
        }
        // A user object (an instance, or one of a builtin's subclass) with `__get__`.
        _ if is_user_obj(d) => match lookup_in_mro(type_of(d), names().get) {
            Some(g) => call_special(vm, g, d, &[obj, cls]),
            None => Ok(d),
        },
        _ => Ok(d),
    }
}

/// Bind class attribute `d` for access through the class `cls` itself (`C.x`).
pub fn bind_class_attr(vm: &mut Vm, d: Value, cls: Value) -> PyResult<Value> {
    match d.kind() {
        Some(ObjKind::StaticMethod) => Ok(d.cast::<StaticMethodObj>().func),
        Some(ObjKind::ClassMethod) => Ok(alloc(BoundMethodObj {
            func: d.cast::<ClassMethodObj>().func,
            self_: cls,
        })),
        Some(ObjKind::Builtin) => {
            let b = d.cast::<BuiltinObj>();
            if b.is_classmethod && b.recv.is_null() {
                return Ok(bind_builtin(b, cls));
            }
            Ok(d)
        }
        _ if is_user_obj(d) => match lookup_in_mro(type_of(d), names().get) {
            Some(g) => call_special(vm, g, d, &[Value::NONE, cls]),
            None => Ok(d),
        },
        _ => Ok(d),
    }
}

// ---- instances and shapes -------------------------------------------------------------------

/// A new, attribute-less instance of user class `cls` (layout Object).
#[inline]
pub fn new_instance(cls: Value) -> Value {
    let c = cls.cast::<ClassObj>();
    let root = c.root_shape;
    let cap = c.slot_hint as usize;
    if cap == 0 {
        return alloc(InstanceObj::new(cls, root, 0));
    }
    // The slots' first buffer lives in the instance's own allocation (one malloc, and
    // the slots share the instance's cache lines); growth past it moves them out.
    let words = kiln_threads::GrowVec::inline_bytes(cap) / 8;
    let (v, tail) = crate::heap::alloc_with_tail(InstanceObj::new(cls, root, 0), words as u32);
    // SAFETY: the tail is `words` words of the new instance's own allocation, used for
    // nothing else, freed with it; the instance is not yet visible to any thread.
    unsafe { v.cast::<InstanceObj>().slots.adopt_inline(tail, cap) };
    v
}

/// The shape id of an instance in fast (slot) mode; None for other objects and for
/// instances in dictionary mode. Shape trees are per class, so the id also fixes the
/// class.
#[inline(always)]
pub fn instance_shape_id(obj: Value) -> Option<u32> {
    let id = obj.get::<InstanceObj>()?.shape_id();
    if id == shape::DICT_SHAPE_ID {
        None
    } else {
        Some(id)
    }
}

/// The slot index of attribute `name` (a str) in shape `shape_id`, if the shape has it.
pub fn shape_slot_of(shape_id: u32, name: Value) -> Option<usize> {
    let name = interned_name(name);
    shape::by_id(shape_id)?.slot_of(name)
}

/// Slot `i` of an instance (the caller checked its shape (acquire), so the slot is
/// published; NULL only if another thread deleted the attribute meanwhile).
#[inline(always)]
pub fn instance_slot(obj: Value, i: usize) -> Value {
    obj.cast::<InstanceObj>()
        .slots
        .get(i)
        .unwrap_or(Value::NULL)
}

/// Overwrite slot `i` of an instance (an existing attribute; the shape is unchanged).
#[inline(always)]
pub fn set_instance_slot(obj: Value, i: usize, v: Value) {
    obj.cast::<InstanceObj>().slots.set(i, v);
}

/// The instance's own attribute `name` (interned), if present.
#[inline]
pub fn instance_attr(inst: &InstanceObj, name: Value) -> Option<Value> {
    let shape = inst.shape();
    if shape.is_dict() {
        return dict_lookup_str(inst.dict, name);
    }
    shape.slot_of(name).and_then(|i| inst.slots.get(i))
}

/// Switch an instance to dictionary mode (its attributes move into a real dict, which
/// `obj.__dict__` then returns; the object stays in dictionary mode).
pub fn instance_to_dict_mode(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let inst = obj.cast::<InstanceObj>();
    if inst.shape().is_dict() {
        return Ok(inst.dict);
    }
    // Fill a private dict from one consistent (shape, slots) view taken under the lock,
    // then publish it if the object has not changed meanwhile (another thread may have
    // added or stored an attribute while the dict was filled: then start over); a
    // concurrent switch by another thread wins if it came first.
    loop {
        let d = crate::rt::new_dict();
        let (shape_id, names, vals) = {
            let _w = inst.slots.lock();
            (
                inst.shape_id(),
                inst.shape().names.to_vec(),
                inst.slots.to_vec(),
            )
        };
        with_roots(vm, &[d], |vm| {
            for (n, v) in names.iter().zip(vals.iter()) {
                dict_set(vm, d, *n, *v)?;
            }
            Ok(())
        })?;
        let inst = obj.cast::<InstanceObj>();
        let w = inst.slots.lock();
        if inst.shape().is_dict() {
            return Ok(inst.dict);
        }
        if inst.shape_id() != shape_id || inst.slots.to_vec() != vals {
            drop(w);
            continue;
        }
        inst.dict = d;
        // The slots stay as they were: a reader on another thread that still holds the
        // old shape id reads the value the attribute had just before the switch. The
        // shape is published before the lock is released, so no locked store lands in
        // a slot after the switch.
        inst.publish_shape(shape::dict_shape());
        drop(w);
        return Ok(d);
    }
}

/// Store attribute `name` (interned) on an instance: overwrite its slot, or
/// transition to the child shape, or (past `MAX_SLOTS`) go to dictionary mode.
pub fn instance_store(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<()> {
    let inst = obj.cast::<InstanceObj>();
    if !inst.shape().is_dict() {
        if let Some(allowed) = &inst.cls.cast::<ClassObj>().allowed_attrs {
            if !allowed.contains(&name) && inst.shape().slot_of(name).is_none() {
                return Err(no_attr(vm, obj, name));
            }
        }
        {
            // Overwrite or add under the writer lock: concurrent adds of different
            // names to one object all land (each sees the other's shape).
            let mut w = inst.slots.lock();
            let shape = inst.shape();
            if !shape.is_dict() {
                if let Some(i) = shape.slot_of(name) {
                    w.set(i, v);
                    return Ok(());
                }
                if w.len() < MAX_SLOTS {
                    let s: &'static Shape = shape.add(name);
                    w.push(v);
                    inst.publish_shape(s);
                    let n = w.len() as u32;
                    drop(w);
                    let c = inst.cls.cast::<ClassObj>();
                    if c.slot_hint < n {
                        c.slot_hint = n;
                    }
                    return Ok(());
                }
            }
        }
        with_roots(vm, &[v], |vm| instance_to_dict_mode(vm, obj))?;
    }
    let d = obj.cast::<InstanceObj>().dict;
    dict_set(vm, d, name, v)
}

/// Remove attribute `name` (interned) from an instance; false if it has none.
pub fn instance_remove(vm: &mut Vm, obj: Value, name: Value) -> PyResult<bool> {
    // With several threads, a delete switches the object to dictionary mode instead
    // of shifting its slots: a reader holding the old shape id must never read a
    // neighbour's value from a shifted slot.
    if kiln_threads::multi_mutator() && !obj.cast::<InstanceObj>().shape().is_dict() {
        let has = obj.cast::<InstanceObj>().shape().slot_of(name).is_some();
        if !has {
            return Ok(false);
        }
        instance_to_dict_mode(vm, obj)?;
    }
    let inst = obj.cast::<InstanceObj>();
    let mut w = inst.slots.lock();
    let shape = inst.shape();
    if shape.is_dict() {
        drop(w);
        let d = inst.dict;
        return Ok(dict_del(vm, d, name)?.is_some());
    }
    match shape.slot_of(name) {
        Some(i) => {
            let root = inst.cls.cast::<ClassObj>().root_shape;
            let s = shape.without(root, i);
            // Readers that still see the old shape may read a shifted slot (a value of
            // this object's, never freed memory) until they see the new shape.
            w.remove(i);
            inst.publish_shape(s);
            Ok(true)
        }
        None => Ok(false),
    }
}

fn no_attr(vm: &mut Vm, obj: Value, name: Value) -> Raised {
    vm.raise(
        rt().excs.attribute_error,
        format!(
            "'{}' object has no attribute '{}'",
            type_name(obj),
            str_of(name)
        ),
    )
}

/// `object.__getattribute__(obj, name)` for instances and user exceptions: Ok(None)
/// when not found (no exception raised).
pub fn generic_getattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let name = interned_name(name);
    let cls = type_of(obj);
    let tattr = lookup_in_mro(cls, name);
    if let Some(d) = tattr {
        if is_data_descriptor(d) {
            if d.is_kind(ObjKind::Property) {
                return property_get(vm, d, obj, name).map(Some);
            }
            return bind_instance_attr(vm, d, obj, cls).map(Some);
        }
    }
    if let Some(inst) = obj.get::<InstanceObj>() {
        if let Some(v) = instance_attr(inst, name) {
            return Ok(Some(v));
        }
        let n = names();
        if name == n.dict {
            return instance_to_dict_mode(vm, obj).map(Some);
        }
        if name == n.class {
            return Ok(Some(cls));
        }
    } else if is_sub_builtin(obj) {
        // An instance of a subclass of list/tuple/dict/set: its attribute dict.
        let slot = sub_dict_slot(obj).unwrap();
        if !slot.is_null() {
            if let Some(v) = dict_lookup_str(*slot, name) {
                return Ok(Some(v));
            }
        }
        let n = names();
        if name == n.dict {
            return Ok(Some(ensure_attr_dict(slot)));
        }
        if name == n.class {
            return Ok(Some(cls));
        }
    } else if let Some(v) = super::attr::exc_own_attr(vm, obj, name)? {
        return Ok(Some(v));
    }
    match tattr {
        Some(d) => bind_instance_attr(vm, d, obj, cls).map(Some),
        None => Ok(None),
    }
}

fn is_attribute_error(vm: &Vm) -> bool {
    isinstance_class(vm.exc, rt().excs.attribute_error)
}

/// `obj.name` for instances of user classes (and user exception instances).
#[inline]
pub fn user_getattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Value> {
    // Fast path: an instance without __getattribute__; plain class attributes or
    // none, then the instance's own slot.
    if let Some(inst) = obj.get::<InstanceObj>() {
        let cls = inst.cls;
        let flags = cls.cast::<ClassObj>().flags();
        if flags & CF_GETATTRIBUTE == 0 {
            let name = interned_name(name);
            match lookup_in_mro(cls, name) {
                None => {
                    if let Some(v) = instance_attr(inst, name) {
                        return Ok(v);
                    }
                }
                Some(d) => {
                    if !is_data_descriptor(d) {
                        if let Some(v) = instance_attr(inst, name) {
                            return Ok(v);
                        }
                        // A descriptor's AttributeError goes to `__getattr__`: slow path.
                        if flags & CF_GETATTR == 0 {
                            return bind_instance_attr(vm, d, obj, cls);
                        }
                    }
                }
            }
        }
    }
    user_getattr_slow(vm, obj, name)
}

fn user_getattr_slow(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Value> {
    let cls = type_of(obj);
    let flags = cls.cast::<ClassObj>().flags();
    if flags & CF_GETATTRIBUTE != 0 {
        let f = lookup_in_mro(cls, names().getattribute).unwrap();
        match call_special(vm, f, obj, &[name]) {
            Ok(v) => return Ok(v),
            Err(e) => {
                if flags & CF_GETATTR == 0 || !is_attribute_error(vm) {
                    return Err(e);
                }
                vm.take_exc();
            }
        }
    } else {
        // As CPython's slot_tp_getattr_hook: an AttributeError from the generic lookup
        // (a property's getter, a descriptor's __get__) hands over to `__getattr__`.
        match generic_getattr(vm, obj, name) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            Err(e) => {
                if flags & CF_GETATTR == 0 || !is_attribute_error(vm) {
                    return Err(e);
                }
                vm.take_exc();
            }
        }
    }
    if flags & CF_GETATTR != 0 {
        if let Some(f) = lookup_in_mro(cls, names().getattr) {
            return call_special(vm, f, obj, &[name]);
        }
    }
    Err(no_attr(vm, obj, name))
}

/// `getattr(obj, name, <missing>)` for user objects: AttributeError becomes Ok(None).
pub fn user_getattr_opt(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let cls = type_of(obj);
    let r = if cls.cast::<ClassObj>().flags() & (CF_GETATTRIBUTE | CF_GETATTR) == 0 {
        generic_getattr(vm, obj, name)
    } else {
        user_getattr(vm, obj, name).map(Some)
    };
    match r {
        Ok(v) => Ok(v),
        Err(e) => {
            if is_attribute_error(vm) {
                vm.take_exc();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// Method load on a user instance: (function, obj) for a plain function found on
/// the class and not shadowed by the instance (no bound-method allocation).
#[inline]
pub fn user_load_method(vm: &mut Vm, obj: Value, name: Value) -> PyResult<(Value, Value)> {
    if let Some(inst) = obj.get::<InstanceObj>() {
        let c = inst.cls.cast::<ClassObj>();
        if c.flags() & CF_GETATTRIBUTE == 0 {
            let name = interned_name(name);
            if let Some(f) = lookup_in_mro(inst.cls, name) {
                // `is_plain_method`, written out: calling it from here moved the
                // interpreter loop's code layout (this is inlined into it) and cost
                // 20% on bm_unpack_sequence interpreted.
                let plain = match f.kind() {
                    Some(ObjKind::Func) => true,
                    Some(ObjKind::Builtin) => {
                        let b = f.cast::<BuiltinObj>();
                        b.recv.is_null() && !b.owner.is_null() && !b.is_classmethod
                    }
                    _ => false,
                };
                if plain && instance_attr(inst, name).is_none() {
                    return Ok((f, obj));
                }
            }
        }
    } else if is_sub_builtin(obj) {
        // A subclass of a builtin container: user methods and the builtin's own
        // methods, unless the instance dict shadows the name.
        let cls = type_of(obj);
        if cls.cast::<ClassObj>().flags() & CF_GETATTRIBUTE == 0 {
            let name = interned_name(name);
            if let Some(f) = lookup_in_mro(cls, name) {
                let plain = match f.kind() {
                    Some(ObjKind::Func) => true,
                    Some(ObjKind::Builtin) => {
                        let b = f.cast::<BuiltinObj>();
                        b.recv.is_null() && !b.owner.is_null() && !b.is_classmethod
                    }
                    _ => false,
                };
                let d = *sub_dict_slot(obj).unwrap();
                if plain && (d.is_null() || dict_lookup_str(d, name).is_none()) {
                    return Ok((f, obj));
                }
            }
        }
    }
    Ok((Value::NULL, user_getattr(vm, obj, name)?))
}

/// Set through a data descriptor `d` found on the type; Ok(false) if `d` is not one.
fn descr_set(vm: &mut Vm, d: Value, obj: Value, name: Value, v: Value) -> PyResult<bool> {
    match d.kind() {
        Some(ObjKind::Property) => {
            let fset = d.cast::<PropertyObj>().fset;
            if fset.is_null() || fset.is_none() {
                if d.cast::<PropertyObj>().fget.is_kind(ObjKind::Builtin) {
                    return Err(vm.raise(
                        rt().excs.attribute_error,
                        format!(
                            "attribute '{}' of '{}' objects is not writable",
                            str_of(name),
                            type_name(obj)
                        ),
                    ));
                }
                return Err(vm.raise(
                    rt().excs.attribute_error,
                    format!(
                        "property '{}' of '{}' object has no setter",
                        str_of(name),
                        type_name(obj)
                    ),
                ));
            }
            vm.call_positional(fset, &[obj, v])?;
            Ok(true)
        }
        Some(ObjKind::Instance) => {
            let dc = d.cast::<InstanceObj>().cls;
            match lookup_in_mro(dc, names().set) {
                Some(f) => {
                    call_special(vm, f, d, &[obj, v])?;
                    Ok(true)
                }
                None => {
                    if lookup_in_mro(dc, names().delete).is_some() {
                        return Err(vm.raise(rt().excs.attribute_error, "__set__".into()));
                    }
                    Ok(false)
                }
            }
        }
        _ => Ok(false),
    }
}

fn descr_delete(vm: &mut Vm, d: Value, obj: Value, name: Value) -> PyResult<bool> {
    match d.kind() {
        Some(ObjKind::Property) => {
            let fdel = d.cast::<PropertyObj>().fdel;
            if fdel.is_null() || fdel.is_none() {
                return Err(vm.raise(
                    rt().excs.attribute_error,
                    format!(
                        "property '{}' of '{}' object has no deleter",
                        str_of(name),
                        type_name(obj)
                    ),
                ));
            }
            vm.call_positional(fdel, &[obj])?;
            Ok(true)
        }
        Some(ObjKind::Instance) => {
            let dc = d.cast::<InstanceObj>().cls;
            match lookup_in_mro(dc, names().delete) {
                Some(f) => {
                    call_special(vm, f, d, &[obj])?;
                    Ok(true)
                }
                None => {
                    if lookup_in_mro(dc, names().set).is_some() {
                        return Err(vm.raise(rt().excs.attribute_error, "__delete__".into()));
                    }
                    Ok(false)
                }
            }
        }
        _ => Ok(false),
    }
}

/// `object.__setattr__(obj, name, v)` for instances.
pub fn generic_setattr(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<()> {
    let name = interned_name(name);
    let cls = type_of(obj);
    if let Some(d) = lookup_in_mro(cls, name) {
        if descr_set(vm, d, obj, name, v)? {
            return Ok(());
        }
    }
    if is_sub_builtin(obj) {
        return sub_builtin_setattr(vm, obj, cls, name, v);
    }
    if !obj.is_kind(ObjKind::Instance) {
        return super::attr::setattr_builtin(vm, obj, name, v);
    }
    if !cls.cast::<ClassObj>().heap {
        return Err(no_attr(vm, obj, name));
    }
    let n = names();
    if name == n.class {
        return Err(vm.type_error("__class__ assignment is not supported by this runtime".into()));
    }
    if name == n.dict {
        let Some(src) = v.get::<DictObj>() else {
            return Err(vm.type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                type_name(v)
            )));
        };
        let _ = src;
        let d = instance_to_dict_mode(vm, obj)?;
        d.cast::<DictObj>().table.clear();
        return dict_update(vm, d, v, false);
    }
    instance_store(vm, obj, name, v)
}

/// Store an attribute on an instance of a subclass of list/tuple/dict/set (into its
/// attribute dict, honouring `__slots__`).
fn sub_builtin_setattr(vm: &mut Vm, obj: Value, cls: Value, name: Value, v: Value) -> PyResult<()> {
    let n = names();
    if name == n.class {
        return Err(vm.type_error("__class__ assignment is not supported by this runtime".into()));
    }
    if let Some(allowed) = &cls.cast::<ClassObj>().allowed_attrs {
        if !allowed.contains(&name) {
            return Err(vm.raise(
                rt().excs.attribute_error,
                format!(
                    "'{}' object has no attribute '{}'",
                    type_name(obj),
                    str_of(name)
                ),
            ));
        }
    }
    if name == n.dict {
        if !v.is_kind(ObjKind::Dict) {
            return Err(vm.type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                type_name(v)
            )));
        }
        *sub_dict_slot(obj).unwrap() = v;
        return Ok(());
    }
    let slot = sub_dict_slot(obj).unwrap();
    let d = ensure_attr_dict(slot);
    dict_set(vm, d, name, v)
}

/// `object.__delattr__(obj, name)` for instances.
pub fn generic_delattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<()> {
    let name = interned_name(name);
    let cls = type_of(obj);
    if let Some(d) = lookup_in_mro(cls, name) {
        if descr_delete(vm, d, obj, name)? {
            return Ok(());
        }
    }
    if is_sub_builtin(obj) {
        let d = *sub_dict_slot(obj).unwrap();
        if !d.is_null() && dict_del(vm, d, name)?.is_some() {
            return Ok(());
        }
        return Err(no_attr(vm, obj, name));
    }
    if !obj.is_kind(ObjKind::Instance) {
        return super::attr::delattr_builtin(vm, obj, name);
    }
    if instance_remove(vm, obj, name)? {
        return Ok(());
    }
    Err(no_attr(vm, obj, name))
}

/// `obj.name = v` for user objects (honours a user `__setattr__`).
#[inline]
pub fn user_setattr(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<()> {
    // Fast path: overwrite an existing slot when no data descriptor intervenes.
    if let Some(inst) = obj.get::<InstanceObj>() {
        let cls = inst.cls;
        let shape = inst.shape();
        if cls.cast::<ClassObj>().flags() & CF_SETATTR == 0 && !shape.is_dict() {
            let name = interned_name(name);
            if let Some(i) = shape.slot_of(name) {
                if lookup_in_mro(cls, name).map_or(true, |d| !is_data_descriptor(d)) {
                    inst.slots.set(i, v);
                    return Ok(());
                }
            }
        }
    }
    let cls = type_of(obj);
    if cls.cast::<ClassObj>().flags() & CF_SETATTR != 0 {
        let f = lookup_in_mro(cls, names().setattr).unwrap();
        call_special(vm, f, obj, &[name, v])?;
        return Ok(());
    }
    generic_setattr(vm, obj, name, v)
}

/// `del obj.name` for user objects (honours a user `__delattr__`).
pub fn user_delattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<()> {
    let cls = type_of(obj);
    if cls.cast::<ClassObj>().flags() & CF_DELATTR != 0 {
        let f = lookup_in_mro(cls, names().delattr).unwrap();
        call_special(vm, f, obj, &[name])?;
        return Ok(());
    }
    generic_delattr(vm, obj, name)
}

// ---- classes ------------------------------------------------------------------------------

/// `cls.__module__` as a str value ("builtins" for builtin classes).
pub fn class_module(cls: Value) -> Value {
    let c = cls.cast::<ClassObj>();
    if c.heap {
        if let Some(m) = dict_lookup_str(c.dict, names().module) {
            return m;
        }
    }
    if c.module.is_null() {
        names().builtins
    } else {
        c.module
    }
}

/// `cls.__qualname__`.
pub fn class_qualname(cls: Value) -> Value {
    let c = cls.cast::<ClassObj>();
    if c.qualname.is_null() {
        c.name
    } else {
        c.qualname
    }
}

/// Attribute lookup on a class object (`C.x`): the class's own special attributes,
/// then its mro (bound for class access), then the metaclass.
pub fn class_getattr(vm: &mut Vm, cls: Value, name: Value) -> PyResult<Option<Value>> {
    let name = interned_name(name);
    let c = cls.cast::<ClassObj>();
    let n = str_of(name);
    if n.starts_with("__") {
        match n {
            "__name__" => return Ok(Some(c.name)),
            "__qualname__" => return Ok(Some(class_qualname(cls))),
            "__mro__" => return Ok(Some(new_tuple(c.mro.clone()))),
            "__bases__" => {
                let bases = if c.mro.len() == 1 {
                    vec![]
                } else {
                    c.bases.clone()
                };
                return Ok(Some(new_tuple(bases)));
            }
            "__base__" => {
                return Ok(Some(if c.mro.len() == 1 {
                    Value::NONE
                } else {
                    c.bases.first().copied().unwrap_or(Value::NONE)
                }))
            }
            "__module__" => return Ok(Some(class_module(cls))),
            "__dict__" => return Ok(Some(alloc(MappingProxyObj { d: c.dict }))),
            "__class__" => return Ok(Some(type_of(cls))),
            _ => {}
        }
    }
    // A data descriptor on a user metaclass (a property) wins over the class's own.
    let meta = c.meta;
    if !meta.is_null() {
        if let Some(d) = lookup_in_mro(meta, name).filter(|&d| is_data_descriptor(d)) {
            return bind_instance_attr(vm, d, cls, meta).map(Some);
        }
    }
    if let Some(v) = lookup_in_mro(cls, name) {
        return bind_class_attr(vm, v, cls).map(Some);
    }
    if n == "__doc__" {
        return Ok(Some(Value::NONE));
    }
    // The metaclass: its methods bind to the class.
    let meta = type_of(cls);
    if let Some(v) = lookup_in_mro(meta, name) {
        return bind_instance_attr(vm, v, cls, meta).map(Some);
    }
    Ok(None)
}

/// `C.name = v`.
pub fn class_setattr(vm: &mut Vm, cls: Value, name: Value, v: Value) -> PyResult<()> {
    let name = interned_name(name);
    let c = cls.cast::<ClassObj>();
    let n = str_of(name);
    if !c.heap {
        return Err(vm.type_error(format!(
            "cannot set '{n}' attribute of immutable type '{}'",
            class_name(cls)
        )));
    }
    match n {
        "__name__" | "__qualname__" => {
            if !is_str(v) {
                return Err(vm.type_error(format!(
                    "can only assign string to {}.{n}, not '{}'",
                    class_name(cls),
                    type_name(v)
                )));
            }
            if n == "__name__" {
                c.name = v;
            } else {
                c.qualname = v;
            }
            return Ok(());
        }
        "__bases__" | "__mro__" | "__dict__" | "__class__" => {
            return Err(vm.type_error(format!(
                "assigning {n} of a class is not supported by this runtime"
            )));
        }
        _ => {}
    }
    let _g = class_mutation_lock();
    let before = lookup_in_mro(cls, name);
    dict_set(vm, c.dict, name, v)?;
    class_modified(cls);
    forget_shape_keyed_if_stale(cls, name, before);
    Ok(())
}

/// After `cls.name` changed (the version already bumped; `before` is what the name
/// resolved to on `cls` before): IC entries cache some facts by shape alone (instance
/// slots, `IcEntry::slot_for`; methods, `kiln_ic::shape_key`), valid while no data
/// descriptor or attribute hook stands in front of instance attributes and the methods
/// found stay the same. If the change may have broken one (for `cls`, its subclasses,
/// or every class holding a descriptor of a type that just gained `__set__`/
/// `__delete__`), every live entry forgets them. Rebinding a plain value (`C.count += 1`)
/// forgets nothing.
fn forget_shape_keyed_if_stale(cls: Value, name: Value, before: Option<Value>) {
    let hook = matches!(
        str_of(name),
        "__getattribute__" | "__setattr__" | "__delattr__" | "__set__" | "__delete__"
    );
    if hook
        || before.is_some_and(|b| b.is_kind(crate::heap::ObjKind::Func))
        || lookup_in_mro(cls, name).is_some_and(is_data_descriptor)
    {
        kiln_ic::forget_shape_keyed();
    }
}

/// `del C.name`.
pub fn class_delattr(vm: &mut Vm, cls: Value, name: Value) -> PyResult<()> {
    let name = interned_name(name);
    let c = cls.cast::<ClassObj>();
    let n = str_of(name);
    if !c.heap {
        return Err(vm.type_error(format!(
            "cannot set '{n}' attribute of immutable type '{}'",
            class_name(cls)
        )));
    }
    let _g = class_mutation_lock();
    let before = lookup_in_mro(cls, name);
    if dict_del(vm, c.dict, name)?.is_none() {
        return Err(vm.raise(
            rt().excs.attribute_error,
            format!("type object '{}' has no attribute '{n}'", class_name(cls)),
        ));
    }
    class_modified(cls);
    forget_shape_keyed_if_stale(cls, name, before);
    Ok(())
}

// ---- super ----------------------------------------------------------------------------------

/// The class after `type_` in `obj_type`'s mro that defines `name`, and the value.
fn super_find(s: &SuperObj, name: Value) -> Option<Value> {
    let mro = &s.obj_type.cast::<ClassObj>().mro;
    let start = mro.iter().position(|&k| k == s.type_)? + 1;
    for &k in &mro[start..] {
        if let Some(v) = dict_lookup_str(k.cast::<ClassObj>().dict, name) {
            return Some(v);
        }
    }
    None
}

/// `super(...).name`.
pub fn super_getattr(vm: &mut Vm, sup: Value, name: Value) -> PyResult<Option<Value>> {
    let name = interned_name(name);
    let s = sup.cast::<SuperObj>();
    let (obj, obj_type) = (s.obj, s.obj_type);
    if name != names().class {
        if let Some(v) = super_find(s, name) {
            // super(C, cls) in a classmethod: class-style binding.
            if obj == obj_type && obj.is_kind(ObjKind::Class) {
                return bind_class_attr(vm, v, obj).map(Some);
            }
            return bind_instance_attr(vm, v, obj, obj_type).map(Some);
        }
    }
    Ok(match str_of(name) {
        "__self__" => Some(obj),
        "__thisclass__" => Some(s.type_),
        "__self_class__" => Some(obj_type),
        "__class__" => Some(rt().types.super_),
        _ => None,
    })
}

/// A class attribute that a method load hands back as (method, self) rather than
/// binding it: a plain function, or a builtin type's unbound method (`list.append`,
/// `object.__init__`), which takes self as its first argument.
#[inline]
pub fn is_plain_method(f: Value) -> bool {
    match f.kind() {
        Some(ObjKind::Func) => true,
        Some(ObjKind::Builtin) => {
            let b = f.cast::<BuiltinObj>();
            b.recv.is_null() && !b.owner.is_null() && !b.is_classmethod
        }
        _ => false,
    }
}

/// Method load through `super(...)`: (method, obj) for plain methods.
pub fn super_load_method(vm: &mut Vm, sup: Value, name: Value) -> PyResult<(Value, Value)> {
    let s = sup.cast::<SuperObj>();
    if s.obj != s.obj_type {
        let name = interned_name(name);
        if let Some(f) = super_find(s, name) {
            if is_plain_method(f) {
                return Ok((f, s.obj));
            }
        }
    }
    match super_getattr(vm, sup, name)? {
        Some(v) => Ok((Value::NULL, v)),
        None => Err(vm.raise(
            rt().excs.attribute_error,
            format!("'super' object has no attribute '{}'", str_of(name)),
        )),
    }
}
