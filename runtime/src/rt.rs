//! Process-wide runtime state: builtin type objects, the exception hierarchy,
//! interned strings, the module registry. Set up once by `init`; read-only after
//! that except through heap objects (dicts), which the GC traces from `roots`.

use crate::dict::DictTable;
use crate::heap::{alloc, Marker};
use crate::object::*;
use crate::value::Value;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::OnceLock;

macro_rules! define_types {
    ($($field:ident = $name:literal : $layout:ident),* $(,)?) => {
        /// Builtin type objects.
        pub struct Types { $(pub $field: Value),* }
        fn make_types(object: Value) -> Types {
            Types { $($field: if $name == "object" { object } else { new_class($name, &[object], Layout::$layout) }),* }
        }
        impl Types {
            fn all(&self) -> Vec<Value> { vec![$(self.$field),*] }
        }
    };
}
define_types! {
    object = "object": Object,
    type_ = "type": Type,
    int = "int": Int,
    float = "float": Float,
    str = "str": Str,
    list = "list": List,
    tuple = "tuple": Tuple,
    dict = "dict": Dict,
    set = "set": Set,
    frozenset = "frozenset": FrozenSet,
    none = "NoneType": NoneType,
    function = "function": Other,
    builtin = "builtin_function_or_method": Other,
    method = "method": Other,
    module = "module": Other,
    range = "range": Other,
    slice = "slice": Other,
    cell = "cell": Other,
    code = "code": Other,
    generator = "generator": Other,
    coroutine = "coroutine": Other,
    traceback = "traceback": Object,
    list_iterator = "list_iterator": Other,
    tuple_iterator = "tuple_iterator": Other,
    range_iterator = "range_iterator": Other,
    str_iterator = "str_ascii_iterator": Other,
    dict_keyiterator = "dict_keyiterator": Other,
    dict_valueiterator = "dict_valueiterator": Other,
    dict_itemiterator = "dict_itemiterator": Other,
    set_iterator = "set_iterator": Other,
    reversed = "reversed": Other,
    list_reverseiterator = "list_reverseiterator": Other,
    dict_keys = "dict_keys": Other,
    dict_values = "dict_values": Other,
    dict_items = "dict_items": Other,
    enumerate = "enumerate": Other,
    zip = "zip": Other,
    map = "map": Other,
    filter = "filter": Other,
    callable_iterator = "callable_iterator": Other,
    file = "TextIOWrapper": Other,
    property = "property": Other,
    notimplemented = "NotImplementedType": Other,
    ellipsis = "ellipsis": Other,
    bytes = "bytes": Other,
    bytes_iterator = "bytes_iterator": Other,
    bytearray = "bytearray": Other,
    bytearray_iterator = "bytearray_iterator": Other,
    async_gen_wrapped = "async_generator_wrapped_value": Tuple,
    staticmethod = "staticmethod": Other,
    classmethod = "classmethod": Other,
    super_ = "super": Other,
    iterator = "iterator": Other,
    mappingproxy = "mappingproxy": Other,
}

/// Builtin exception classes, in CPython's hierarchy.
macro_rules! define_excs {
    ($root:ident; $($field:ident = $name:literal < $base:ident),* $(,)?) => {
        pub struct Excs { pub $root: Value, $(pub $field: Value),* }
        fn make_excs(object: Value) -> Excs {
            let $root = new_class("BaseException", &[object], Layout::Exception);
            $(let $field = new_class($name, &[$base], Layout::Exception);)*
            Excs { $root, $($field),* }
        }
        impl Excs {
            pub fn all(&self) -> Vec<(&'static str, Value)> {
                vec![("BaseException", self.$root), $(($name, self.$field)),*]
            }
        }
    };
}
define_excs! {
    base_exception;
    system_exit = "SystemExit" < base_exception,
    keyboard_interrupt = "KeyboardInterrupt" < base_exception,
    generator_exit = "GeneratorExit" < base_exception,
    exception = "Exception" < base_exception,
    stop_iteration = "StopIteration" < exception,
    stop_async_iteration = "StopAsyncIteration" < exception,
    arithmetic_error = "ArithmeticError" < exception,
    floating_point_error = "FloatingPointError" < arithmetic_error,
    overflow_error = "OverflowError" < arithmetic_error,
    zero_division_error = "ZeroDivisionError" < arithmetic_error,
    assertion_error = "AssertionError" < exception,
    attribute_error = "AttributeError" < exception,
    buffer_error = "BufferError" < exception,
    eof_error = "EOFError" < exception,
    import_error = "ImportError" < exception,
    module_not_found_error = "ModuleNotFoundError" < import_error,
    lookup_error = "LookupError" < exception,
    index_error = "IndexError" < lookup_error,
    key_error = "KeyError" < lookup_error,
    memory_error = "MemoryError" < exception,
    name_error = "NameError" < exception,
    unbound_local_error = "UnboundLocalError" < name_error,
    os_error = "OSError" < exception,
    file_not_found_error = "FileNotFoundError" < os_error,
    file_exists_error = "FileExistsError" < os_error,
    permission_error = "PermissionError" < os_error,
    is_a_directory_error = "IsADirectoryError" < os_error,
    not_a_directory_error = "NotADirectoryError" < os_error,
    timeout_error = "TimeoutError" < os_error,
    reference_error = "ReferenceError" < exception,
    runtime_error = "RuntimeError" < exception,
    not_implemented_error = "NotImplementedError" < runtime_error,
    recursion_error = "RecursionError" < runtime_error,
    syntax_error = "SyntaxError" < exception,
    indentation_error = "IndentationError" < syntax_error,
    tab_error = "TabError" < indentation_error,
    system_error = "SystemError" < exception,
    type_error = "TypeError" < exception,
    value_error = "ValueError" < exception,
    unicode_error = "UnicodeError" < value_error,
    unicode_decode_error = "UnicodeDecodeError" < unicode_error,
    unicode_encode_error = "UnicodeEncodeError" < unicode_error,
    warning = "Warning" < exception,
    user_warning = "UserWarning" < warning,
    deprecation_warning = "DeprecationWarning" < warning,
    runtime_warning = "RuntimeWarning" < warning,
}

pub struct Rt {
    pub types: Types,
    pub excs: Excs,
    interned: Mutex<HashMap<Box<str>, Value>>,
    /// The `builtins` module's dict.
    pub builtins: Value,
    /// sys.modules
    pub modules: Value,
    pub empty_tuple: Value,
    pub empty_str: Value,
    pub not_implemented: Value,
    /// The `Ellipsis` (`...`) singleton: an instance of `ellipsis`.
    pub ellipsis: Value,
    /// Extra roots registered at run time (e.g. sys.argv list, the stdout object).
    pub extra_roots: Mutex<Vec<Value>>,
}

static RT: OnceLock<Rt> = OnceLock::new();

#[inline(always)]
pub fn rt() -> &'static Rt {
    match RT.get() {
        Some(r) => r,
        None => rt_uninitialised(),
    }
}

#[cold]
#[inline(never)]
fn rt_uninitialised() -> ! {
    panic!("kiln runtime used before rt::init()")
}

pub fn new_dict() -> Value {
    alloc(DictObj::new(DictTable::new()))
}

/// A new empty dict with room for `n` entries (no regrowth while a display fills it).
pub fn new_dict_with_capacity(n: usize) -> Value {
    crate::heap::alloc_in_place(|d: *mut DictObj| {
        // SAFETY: `d` is the fresh object's payload, written whole here.
        unsafe {
            DictTable::write_with_capacity(std::ptr::addr_of_mut!((*d).table), n);
            std::ptr::addr_of_mut!((*d).cls).write(Value::NULL);
            std::ptr::addr_of_mut!((*d).dict).write(Value::NULL);
        }
    })
}

pub fn new_class(name: &str, bases: &[Value], layout: Layout) -> Value {
    let name_v = alloc(StrObj::new(name.into()));
    let c = alloc(ClassObj {
        name: name_v,
        bases: bases.to_vec(),
        mro: vec![],
        dict: new_dict(),
        layout,
        module: Value::NULL,
        version: next_class_version().into(),
        qualname: Value::NULL,
        meta: Value::NULL,
        heap: false,
        flags: 0.into(),
        subclasses: crate::valuevec::ValueVec::new(),
        root_shape: crate::shape::new_root(),
        slot_hint: 0,
        allowed_attrs: None,
        ctor_version: std::sync::atomic::AtomicU64::new(0),
        ctor_init: std::sync::atomic::AtomicU64::new(Value::NULL.0),
    });
    let mut mro = vec![c];
    if let Some(&b) = bases.first() {
        mro.extend(b.cast::<ClassObj>().mro.iter().copied());
    }
    c.cast::<ClassObj>().mro = mro;
    c
}

/// Build the runtime. Idempotent.
pub fn init() {
    RT.get_or_init(|| {
        let object = new_class("object", &[], Layout::Object);
        let types = make_types(object);
        // bool is a subclass of int
        let bool_cls = new_class("bool", &[types.int], Layout::Bool);
        let excs = make_excs(object);
        let rt = Rt {
            types,
            excs,
            interned: Mutex::new(HashMap::new()),
            builtins: new_dict(),
            modules: new_dict(),
            empty_tuple: alloc(TupleObj::new(Box::new([]))),
            empty_str: alloc(StrObj::new("".into())),
            not_implemented: Value::NULL,
            ellipsis: Value::NULL,
            extra_roots: Mutex::new(vec![bool_cls]),
        };
        BOOL_CLASS.set(bool_cls).ok();
        let mut rt = rt;
        // The NotImplemented singleton: an instance of NotImplementedType.
        let ni_cls = rt.types.notimplemented;
        let root = ni_cls.cast::<ClassObj>().root_shape;
        rt.not_implemented = alloc(InstanceObj::new(ni_cls, root, 0));
        let el_cls = rt.types.ellipsis;
        let root = el_cls.cast::<ClassObj>().root_shape;
        rt.ellipsis = alloc(InstanceObj::new(el_cls, root, 0));
        rt
    });
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| crate::builtins::install(rt()));
}

static BOOL_CLASS: OnceLock<Value> = OnceLock::new();
pub fn bool_class() -> Value {
    *BOOL_CLASS.get().unwrap()
}

/// The interned string for `s` (identity-comparable; used for names).
pub fn intern(s: &str) -> Value {
    let r = rt();
    let mut m = r.interned.lock();
    if let Some(&v) = m.get(s) {
        return v;
    }
    let v = alloc(StrObj::new(s.into()));
    // SAFETY: `v` was just allocated; nothing else references its header yet.
    unsafe { (*(v.ptr_bits() as *mut crate::heap::Header)).flags |= HDR_INTERNED };
    m.insert(s.into(), v);
    v
}

/// The interned str for a literal, looked up once per use site and then cached in a
/// static: interned strs are runtime roots and live as long as the process's runtime
/// (there is one, `RT`), so the cached word never dangles. For hot paths that need a
/// fixed name (`__name__` when a function is made), where `intern`'s lock would show.
#[macro_export]
macro_rules! sym {
    ($s:literal) => {{
        static CACHED: ::std::sync::atomic::AtomicU64 = ::std::sync::atomic::AtomicU64::new(0);
        match CACHED.load(::std::sync::atomic::Ordering::Relaxed) {
            0 => {
                let v = $crate::rt::intern($s);
                CACHED.store(v.0, ::std::sync::atomic::Ordering::Relaxed);
                v
            }
            bits => $crate::value::Value(bits),
        }
    }};
}

/// Header flag of interned strs (see `is_interned`).
pub const HDR_INTERNED: u16 = 1;

/// Whether the str `v` is the interned copy of its text (so identity compares work).
#[inline(always)]
pub fn is_interned(v: Value) -> bool {
    v.header().flags & HDR_INTERNED != 0
}

/// Report every runtime-level root.
pub fn trace_roots(m: &mut Marker) {
    let r = rt();
    for v in r.types.all() {
        m.mark(v)
    }
    for (_, v) in r.excs.all() {
        m.mark(v)
    }
    m.mark(r.builtins);
    m.mark(r.modules);
    m.mark(r.empty_tuple);
    m.mark(r.empty_str);
    m.mark(r.not_implemented);
    m.mark(r.ellipsis);
    for v in r.interned.lock().values() {
        m.mark(*v)
    }
    for v in r.extra_roots.lock().iter() {
        m.mark(*v)
    }
}
