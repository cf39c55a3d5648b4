//! The import system: `import a.b.c`, `from m import x`, relative imports, `sys.path`,
//! and the pure-Python standard library embedded in the binary.
//!
//! Finding a module named `a.b` (CPython's order, simplified to what Kiln has):
//!
//! 1. `sys.modules` (the runtime's module registry `rt().modules`; `sys.modules` is the
//!    same dict). Native modules (`math`, `sys`, `time`, ...) are put there by
//!    `builtins::install`, so they are found first, as CPython's builtin importer is.
//! 2. For a dotted name the parent `a` is imported first; the child is then searched
//!    only in the parent's `__path__` (a list of directories), and once loaded is bound
//!    as attribute `b` of the parent.
//! 3. A top-level name is searched in every `sys.path` entry in order (`''` is the
//!    current directory): `DIR/NAME/__init__.py` (a package), then `DIR/NAME.py`.
//!    After `sys.path` comes the embedded standard library, so — as with CPython's
//!    stdlib directory, which sits after the script directory and `PYTHONPATH` — a
//!    program's own `random.py` shadows the stdlib one.
//! 4. A directory `NAME/` without `__init__.py` found on the path and nothing else:
//!    a namespace package (`__path__` = all such directories, `__file__` = None).
//!
//! The embedded stdlib is every `runtime/lib/**/*.py`, compiled into the binary by
//! `runtime/build.rs` (table `EMBEDDED`: module name → source). Its modules get
//! file names under the pseudo directory [`EMBEDDED_ROOT`] (`<kiln>/lib/random.py`);
//! an embedded package's `__path__` is `['<kiln>/lib/PKG']`, and path entries under
//! that root are looked up in the table instead of the file system, so embedded
//! packages, their submodules and relative imports inside them work like files.
//!
//! Executing a module: compile with `compiler::compile_module` (a compile error raises
//! SyntaxError/IndentationError with `msg`, `filename`, `lineno`, `offset`, `text`),
//! create the module object (dict: `__name__`, `__doc__`, `__package__`, `__file__`,
//! `__path__` for packages, `__spec__`/`__loader__` None), register it in `sys.modules`
//! *before* running its code (circular imports see the partial module), run it with
//! `Vm::run_module_code`; on error it is removed from `sys.modules` and the error
//! propagates. The module returned is whatever `sys.modules[name]` holds afterwards
//! (a module may replace itself there).
//!
//! Relative imports: the compiler encodes `from ..pkg import x` as ImportName with the
//! name `..pkg` (leading dots = level; `from . import x` is just `.`). The base package
//! comes from the importing frame's globals: `__package__`, else `__name__` (itself
//! when the module is a package, i.e. has `__path__`; else its parent).
//!
//! `ImportName` returns the named module itself (`import a.b as c` binds `a.b`; the
//! compiler asks for `a` separately to bind `import a.b`). `ImportFrom` falls back to
//! importing the submodule `pkg.x` when `pkg` is a package without an attribute `x`.
//!
//! Also provided: `builtins.__import__` and a native `importlib` module
//! (`import_module`, `invalidate_caches`), installed by [`init_sys_path`].

use crate::builtins::exceptions::dict_lookup_str;
use crate::builtins::{self, set_str_key, R};
use crate::heap::{alloc, ObjKind};
use crate::interp::Vm;
use crate::object::*;
use crate::ops;
use crate::rt::{self, rt};
use crate::value::Value;
use std::cell::RefCell;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/embedded_stdlib.rs"));

/// Pseudo directory holding the embedded stdlib (file names, `__path__` entries).
pub const EMBEDDED_ROOT: &str = "<kiln>/lib";

thread_local! {
    /// Names of the modules whose code is running right now (for CPython's
    /// "partially initialized module" messages).
    static INITIALIZING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// True while module `name`'s body is executing (circular-import diagnostics).
pub fn is_initializing(name: &str) -> bool {
    INITIALIZING.with(|s| s.borrow().iter().any(|n| n == name))
}

/// Source of an embedded stdlib module, and whether it is a package.
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    let i = EMBEDDED.binary_search_by(|(n, _)| (*n).cmp(name)).ok()?;
    Some((EMBEDDED[i].1, EMBEDDED_PACKAGES.contains(&name)))
}

/// Source text of the file an imported module came from: an embedded stdlib file
/// (`<kiln>/lib/...`) or a file on disk (read once and cached, as CPython's linecache).
/// For traceback source lines of modules other than the main script.
pub fn source_for_file(filename: &str) -> Option<std::sync::Arc<str>> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};
    static CACHE: Mutex<Option<HashMap<String, Option<Arc<str>>>>> = Mutex::new(None);
    if let Some(rel) = filename.strip_prefix(EMBEDDED_ROOT) {
        let rel = rel.strip_prefix('/')?.strip_suffix(".py")?;
        let name = rel
            .strip_suffix("/__init__")
            .unwrap_or(rel)
            .replace('/', ".");
        return embedded_source(&name).map(|(s, _)| Arc::from(s));
    }
    let mut g = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    g.get_or_insert_with(HashMap::new)
        .entry(filename.to_string())
        .or_insert_with(|| {
            let bytes = std::fs::read(filename).ok()?;
            String::from_utf8(bytes).ok().map(Arc::from)
        })
        .clone()
}

/// Line `line` (1-based) of `filename`, stripped, for tracebacks (see [`source_for_file`]).
pub fn source_line(filename: &str, line: u32) -> Option<String> {
    let src = source_for_file(filename)?;
    let l = src.lines().nth(line.checked_sub(1)? as usize)?;
    Some(l.trim().to_string())
}

// ---- sys.path ----------------------------------------------------------------------------

fn sys_dict() -> Option<Value> {
    let m = dict_lookup_str(rt().modules, "sys")?;
    Some(m.get::<ModuleObj>()?.dict)
}

fn absolute(p: &str) -> String {
    if p.is_empty() {
        return std::env::current_dir()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
    }
    std::path::absolute(p)
        .map(|x| x.display().to_string())
        .unwrap_or_else(|_| p.to_string())
}

/// Initialise `sys.path` to `[script_dir] + PYTHONPATH entries` (CPython's order, minus
/// the stdlib directories: the embedded stdlib is searched after `sys.path`), and install
/// `builtins.__import__` and the `importlib` module. `script_dir` is the directory of the
/// script (made absolute), or `""` for `-c` and stdin (then `''`, the current directory,
/// as CPython). PYTHONPATH entries are made absolute; an empty entry is the current
/// directory and a trailing empty entry is ignored, as CPython does.
pub fn init_sys_path(vm: &mut Vm, script_dir: &str) {
    let _ = vm;
    let mut items = vec![if script_dir.is_empty() {
        rt().empty_str
    } else {
        ops::new_string(absolute(script_dir))
    }];
    if let Some(pp) = std::env::var_os("PYTHONPATH") {
        let pp = pp.to_string_lossy().into_owned();
        let mut parts: Vec<&str> = pp.split(':').collect();
        if parts.last() == Some(&"") {
            parts.pop();
        }
        for p in parts {
            items.push(ops::new_string(absolute(p)));
        }
    }
    if let Some(d) = sys_dict() {
        match dict_lookup_str(d, "path").and_then(|l| l.get::<ListObj>()) {
            Some(l) => l.items.replace(&items),
            None => set_str_key(d, "path", ops::new_list(items)),
        }
    }
    install_helpers();
}

fn sys_path_entries() -> Vec<Value> {
    let Some(d) = sys_dict() else {
        return Vec::new();
    };
    match dict_lookup_str(d, "path") {
        Some(l) => match l.kind() {
            Some(ObjKind::List) => l.cast::<ListObj>().items.to_vec(),
            Some(ObjKind::Tuple) => l.cast::<TupleObj>().items.to_vec(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    }
}

// ---- errors ------------------------------------------------------------------------------

fn set_exc_attr(e: Value, name: &str, v: Value) {
    let eo = e.cast::<ExcObj>();
    let d = crate::ops::ensure_attr_dict(&mut eo.dict);
    set_str_key(d, name, v);
}

/// Raise `cls(msg)` (an ImportError subclass) with `.name` and `.path` set.
fn raise_import_error(
    vm: &mut Vm,
    cls: Value,
    msg: String,
    name: Option<&str>,
    path: Option<&str>,
) -> Raised {
    let m = ops::new_string(msg);
    let e = ops::new_exception(cls, &[m]);
    set_exc_attr(e, "msg", m);
    set_exc_attr(e, "name", name.map(ops::new_str).unwrap_or(Value::NONE));
    set_exc_attr(e, "path", path.map(ops::new_str).unwrap_or(Value::NONE));
    vm.set_exc(e)
}

fn not_found(vm: &mut Vm, name: &str) -> Raised {
    raise_import_error(
        vm,
        rt().excs.module_not_found_error,
        format!("No module named '{name}'"),
        Some(name),
        None,
    )
}

/// Raise the SyntaxError (or IndentationError) for a compile error in `filename`.
pub fn raise_compile_error(
    vm: &mut Vm,
    e: &crate::compiler::CompileError,
    filename: &str,
) -> Raised {
    let cls = if e.kind == "IndentationError" {
        rt().excs.indentation_error
    } else {
        rt().excs.syntax_error
    };
    let msg = ops::new_str(&e.msg);
    let fname = ops::new_str(filename);
    let text = if e.text.is_empty() || !e.shows_text(filename) {
        Value::NONE
    } else {
        ops::new_string(format!("{}\n", e.text.trim_end_matches('\n')))
    };
    let (end_lineno, end_offset) = match e.end_col {
        0 => (Value::NONE, Value::NONE),
        c => (Value::small(e.line as i64), Value::small(c as i64)),
    };
    let (line, col) = (Value::small(e.line as i64), Value::small(e.col as i64));
    // args = (msg, (filename, lineno, offset, text, end_lineno, end_offset)), as CPython's.
    let details = ops::new_tuple(vec![fname, line, col, text, end_lineno, end_offset]);
    let exc = ops::new_exception(cls, &[msg, details]);
    set_exc_attr(exc, "msg", msg);
    set_exc_attr(exc, "filename", fname);
    set_exc_attr(exc, "lineno", line);
    set_exc_attr(exc, "offset", col);
    set_exc_attr(exc, "text", text);
    set_exc_attr(exc, "end_lineno", end_lineno);
    set_exc_attr(exc, "end_offset", end_offset);
    set_exc_attr(exc, "print_file_and_line", Value::NONE);
    vm.set_exc(exc)
}

// ---- sys.modules -------------------------------------------------------------------------

fn modules_get(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    if let Some(v) = dict_lookup_str(rt().modules, name) {
        return Ok(Some(v));
    }
    let _ = vm;
    Ok(None)
}

/// `sys.modules[name]`, raising CPython's error when it holds None.
fn cached(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    match modules_get(vm, name)? {
        Some(m) if m.is_none() => Err(raise_import_error(
            vm,
            rt().excs.module_not_found_error,
            format!("import of {name} halted; None in sys.modules"),
            Some(name),
            None,
        )),
        r => Ok(r),
    }
}

fn modules_del(vm: &mut Vm, name: &str) {
    let k = rt::intern(name);
    if ops::dict_del(vm, rt().modules, k).is_err() {
        vm.take_exc();
    }
}

// ---- entry points ------------------------------------------------------------------------

/// `ImportName`: `import NAME` / `from NAME import ...`. NAME may start with dots (a
/// relative import, resolved against the current frame's package). Returns the module
/// NAME itself (not its top-level package).
pub fn import_name(vm: &mut Vm, name: Value) -> PyResult<Value> {
    let s = ops::str_of(name);
    if !s.starts_with('.') {
        // Fast path: the name is an interned code constant; one hashed lookup.
        if let Some(m) = ops::dict_get(vm, rt().modules, name)? {
            if !m.is_none() {
                return Ok(m);
            }
        }
        return import_module(vm, s);
    }
    let level = s.bytes().take_while(|&b| b == b'.').count();
    let globals = builtins::current_globals(vm);
    let abs = resolve_relative(vm, &s[level..], level, globals)?;
    import_module(vm, &abs)
}

/// The package a relative import in a module with `globals` is relative to.
fn calc_package(vm: &mut Vm, globals: Value) -> PyResult<String> {
    if let Some(p) = dict_lookup_str(globals, "__package__") {
        if !p.is_none() {
            if !ops::is_str(p) {
                return Err(vm.type_error("package must be a string".into()));
            }
            return Ok(ops::str_of(p).to_string());
        }
    }
    let Some(n) = dict_lookup_str(globals, "__name__") else {
        return Err(vm.raise(rt().excs.key_error, "'__name__' not in globals".into()));
    };
    if !ops::is_str(n) {
        return Err(vm.type_error("__name__ must be a string".into()));
    }
    let n = ops::str_of(n);
    if dict_lookup_str(globals, "__path__").is_some() {
        Ok(n.to_string())
    } else {
        Ok(n.rsplit_once('.').map(|(p, _)| p).unwrap_or("").to_string())
    }
}

/// CPython's `importlib._bootstrap._resolve_name` + sanity checks.
fn resolve_relative(vm: &mut Vm, name: &str, level: usize, globals: Value) -> PyResult<String> {
    let package = calc_package(vm, globals)?;
    if package.is_empty() {
        return Err(raise_import_error(
            vm,
            rt().excs.import_error,
            "attempted relative import with no known parent package".into(),
            None,
            None,
        ));
    }
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(raise_import_error(
            vm,
            rt().excs.import_error,
            "attempted relative import beyond top-level package".into(),
            None,
            None,
        ));
    }
    let base = bits[bits.len() - 1];
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// `ImportFrom`: `from module import name`. Falls back to `sys.modules['pkg.name']`
/// and to importing the submodule when `module` is a package.
pub fn import_from(vm: &mut Vm, module: Value, name: Value) -> PyResult<Value> {
    if let Some(v) = ops::getattr_opt(vm, module, name)? {
        return Ok(v);
    }
    let pkgname = match module.get::<ModuleObj>() {
        Some(m) if ops::is_str(m.name) => Some(ops::str_of(m.name).to_string()),
        _ => match ops::getattr_opt(vm, module, crate::sym!("__name__"))? {
            Some(n) if ops::is_str(n) => Some(ops::str_of(n).to_string()),
            _ => None,
        },
    };
    let attr = ops::str_of(name).to_string();
    if let Some(pkg) = &pkgname {
        let full = format!("{pkg}.{attr}");
        if let Some(m) = cached(vm, &full)? {
            return Ok(m);
        }
        let is_pkg = ops::getattr_opt(vm, module, crate::sym!("__path__"))?.is_some();
        if is_pkg {
            match ops::with_roots(vm, &[module], |vm| import_module(vm, &full)) {
                Ok(m) => {
                    // The submodule is now an attribute of the package (unless its code
                    // rebound the name); CPython reads the attribute again.
                    if let Some(v) = ops::getattr_opt(vm, module, name)? {
                        return Ok(v);
                    }
                    return Ok(m);
                }
                Err(r) => {
                    let e = vm.exc;
                    let missing_self = ops::isinstance_class(e, rt().excs.module_not_found_error)
                        && e.get::<ExcObj>()
                            .filter(|eo| !eo.dict.is_null())
                            .and_then(|eo| dict_lookup_str(eo.dict, "name"))
                            .map(|n| ops::is_str(n) && ops::str_of(n) == full)
                            .unwrap_or(false);
                    if !missing_self {
                        return Err(r);
                    }
                    vm.take_exc();
                }
            }
        }
    }
    let pkgname = pkgname.unwrap_or_else(|| "<unknown module name>".into());
    let file = match ops::getattr_opt(vm, module, crate::sym!("__file__"))? {
        Some(f) if ops::is_str(f) => Some(ops::str_of(f).to_string()),
        _ => None,
    };
    let msg = match &file {
        None => format!("cannot import name '{attr}' from '{pkgname}' (unknown location)"),
        Some(f) if is_initializing(&pkgname) => format!(
            "cannot import name '{attr}' from partially initialized module '{pkgname}' \
             (most likely due to a circular import) ({f})"
        ),
        Some(f) => format!("cannot import name '{attr}' from '{pkgname}' ({f})"),
    };
    Err(raise_import_error(
        vm,
        rt().excs.import_error,
        msg,
        Some(&pkgname),
        file.as_deref(),
    ))
}

/// Names `from module import *` binds: `module.__all__` if present, else every key of
/// its dict not starting with `_`. (For the compiler's ImportStar, when it exists.)
pub fn import_star_names(vm: &mut Vm, module: Value) -> PyResult<Vec<Value>> {
    if let Some(all) = ops::getattr_opt(vm, module, crate::sym!("__all__"))? {
        return ops::with_roots(vm, &[all], |vm| ops::collect_iterable(vm, all));
    }
    let Some(m) = module.get::<ModuleObj>() else {
        return Err(raise_import_error(
            vm,
            rt().excs.import_error,
            "from-import-* object has no __dict__ and no __all__".into(),
            None,
            None,
        ));
    };
    let d = m.dict.cast::<DictObj>();
    Ok(d.table
        .iter()
        .filter(|e| !e.key.is_null() && ops::is_str(e.key) && !ops::str_of(e.key).starts_with('_'))
        .map(|e| e.key)
        .collect())
}

// ---- finding and loading -----------------------------------------------------------------

/// What a path search found.
enum Found {
    /// (source, file name, package directory if a package)
    Source(String, String, Option<String>),
    Embedded(&'static str, String, Option<String>),
    Namespace(Vec<String>),
}

/// Import the module with absolute dotted name `name` (parents first) and return it.
pub fn import_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if name.is_empty() {
        return Err(vm.value_error("Empty module name".into()));
    }
    if let Some(m) = cached(vm, name)? {
        return Ok(m);
    }
    let (parent, tail) = match name.rsplit_once('.') {
        Some((p, t)) => (Some(p), t),
        None => (None, name),
    };
    let mut parent_mod = Value::NULL;
    let search: Vec<Value> = match parent {
        Some(p) => {
            parent_mod = import_module(vm, p)?;
            // Importing the parent may have imported us.
            if let Some(m) = cached(vm, name)? {
                return Ok(m);
            }
            let path = ops::getattr_opt(vm, parent_mod, crate::sym!("__path__"))?;
            match path {
                Some(l) => ops::with_roots(vm, &[parent_mod], |vm| ops::collect_iterable(vm, l))?,
                None => {
                    return Err(raise_import_error(
                        vm,
                        rt().excs.module_not_found_error,
                        format!("No module named '{name}'; '{p}' is not a package"),
                        Some(name),
                        None,
                    ))
                }
            }
        }
        None => sys_path_entries(),
    };
    let mut entries: Vec<String> = search
        .iter()
        .filter(|v| ops::is_str(**v))
        .map(|v| ops::str_of(*v).to_string())
        .collect();
    if parent.is_none() {
        entries.push(EMBEDDED_ROOT.to_string());
    }
    let found = find(name, tail, &entries);
    let Some(found) = found else {
        return Err(not_found(vm, name));
    };
    let m = ops::with_roots(vm, &[parent_mod], |vm| load(vm, name, parent, found))?;
    if !parent_mod.is_null() {
        let t = rt::intern(tail);
        ops::with_roots(vm, &[m, parent_mod], |vm| {
            ops::setattr(vm, parent_mod, t, m)
        })?;
    }
    Ok(m)
}

fn find(name: &str, tail: &str, entries: &[String]) -> Option<Found> {
    let mut namespace = Vec::new();
    for entry in entries {
        if let Some(rest) = entry.strip_prefix(EMBEDDED_ROOT) {
            if !(rest.is_empty() || rest.starts_with('/')) {
                continue;
            }
            let rel = rest.trim_matches('/');
            let cand = if rel.is_empty() {
                tail.to_string()
            } else {
                format!("{}.{tail}", rel.replace('/', "."))
            };
            // Only the module's own name resolves (an embedded package is not
            // importable under another name through a copied __path__).
            if cand != name {
                continue;
            }
            if let Some((src, is_pkg)) = embedded_source(name) {
                let dir = format!("{EMBEDDED_ROOT}/{}", name.replace('.', "/"));
                return Some(if is_pkg {
                    Found::Embedded(src, format!("{dir}/__init__.py"), Some(dir))
                } else {
                    Found::Embedded(src, format!("{dir}.py"), None)
                });
            }
            continue;
        }
        let base: PathBuf = if entry.is_empty() {
            PathBuf::from(".")
        } else {
            PathBuf::from(entry)
        };
        let display_dir = |p: &Path| -> String {
            if entry.is_empty() {
                // CPython reports paths of '' entries relative to the cwd (made absolute
                // by its FileFinder): use the absolute form too.
                absolute(&p.display().to_string())
            } else {
                p.display().to_string()
            }
        };
        let pkg_dir = base.join(tail);
        let init = pkg_dir.join("__init__.py");
        if init.is_file() {
            let dir = display_dir(&pkg_dir);
            let file = format!("{dir}/__init__.py");
            return Some(read_source(&init, file, Some(dir)));
        }
        let f = base.join(format!("{tail}.py"));
        if f.is_file() {
            let file = display_dir(&f);
            return Some(read_source(&f, file, None));
        }
        if pkg_dir.is_dir() {
            namespace.push(display_dir(&pkg_dir));
        }
    }
    if namespace.is_empty() {
        None
    } else {
        Some(Found::Namespace(namespace))
    }
}

fn read_source(path: &Path, file: String, pkg: Option<String>) -> Found {
    // Unreadable or non-UTF-8 files become a SyntaxError at load time (empty marker).
    let src = match std::fs::read(path) {
        Ok(b) => match String::from_utf8(b) {
            Ok(s) => s,
            Err(_) => "\u{0}non-utf8".to_string(),
        },
        Err(_) => "\u{0}unreadable".to_string(),
    };
    Found::Source(src, file, pkg)
}

/// Create the module object for `name`, register it, run its code.
fn load(vm: &mut Vm, name: &str, parent: Option<&str>, found: Found) -> PyResult<Value> {
    let (src, file, pkg_dirs): (&str, Option<String>, Option<Vec<String>>) = match &found {
        Found::Source(s, f, p) => (s.as_str(), Some(f.clone()), p.clone().map(|d| vec![d])),
        Found::Embedded(s, f, p) => (s, Some(f.clone()), p.clone().map(|d| vec![d])),
        Found::Namespace(dirs) => ("", None, Some(dirs.clone())),
    };
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let is_namespace = matches!(found, Found::Namespace(_));
    let code = if is_namespace {
        Value::NULL
    } else {
        let filename = file.clone().unwrap_or_default();
        if let Some(what) = src.strip_prefix('\u{0}') {
            let msg = if what == "non-utf8" {
                format!(
                    "Non-UTF-8 code starting with '\\x..' in file {filename} on line 1, but no \
                     encoding declared; see https://peps.python.org/pep-0263/ for details"
                )
            } else {
                format!("could not read {filename}")
            };
            let e = crate::compiler::CompileError {
                kind: "SyntaxError",
                msg,
                line: 1,
                col: 0,
                end_col: 0,
                text: String::new(),
                from_parser: false,
            };
            return Err(raise_compile_error(vm, &e, &filename));
        }
        match crate::compiler::compile_module(src, &filename) {
            Ok(c) => c,
            Err(e) => return Err(raise_compile_error(vm, &e, &filename)),
        }
    };
    let d = rt::new_dict();
    let n = rt::intern(name);
    set_str_key(d, "__name__", n);
    set_str_key(d, "__doc__", Value::NONE);
    let package = if pkg_dirs.is_some() {
        name.to_string()
    } else {
        parent.unwrap_or("").to_string()
    };
    set_str_key(d, "__package__", ops::new_string(package));
    set_str_key(d, "__loader__", Value::NONE);
    set_str_key(d, "__spec__", Value::NONE);
    if let Some(dirs) = &pkg_dirs {
        let items = dirs.iter().map(|s| ops::new_str(s)).collect();
        set_str_key(d, "__path__", ops::new_list(items));
    }
    set_str_key(
        d,
        "__file__",
        file.as_deref().map(ops::new_str).unwrap_or(Value::NONE),
    );
    if !is_namespace && file.is_some() {
        set_str_key(d, "__cached__", Value::NONE);
    }
    let m = alloc(ModuleObj { name: n, dict: d });
    ops::dict_set(vm, rt().modules, n, m)?;
    if is_namespace {
        return Ok(m);
    }
    INITIALIZING.with(|s| s.borrow_mut().push(name.to_string()));
    let r = ops::with_roots(vm, &[code, m], |vm| vm.run_module_code(code, d));
    INITIALIZING.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(i) = s.iter().rposition(|x| x == name) {
            s.remove(i);
        }
    });
    if let Err(r) = r {
        modules_del(vm, name);
        return Err(r);
    }
    match cached(vm, name)? {
        Some(m2) => Ok(m2),
        None => Err(raise_import_error(
            vm,
            rt().excs.import_error,
            format!("Loaded module {name} not found in sys.modules"),
            Some(name),
            None,
        )),
    }
}

// ---- __import__ and importlib ------------------------------------------------------------

fn install_helpers() {
    if dict_lookup_str(rt().modules, "importlib").is_some() {
        return;
    }
    builtins::add_fn(rt().builtins, "__import__", builtin_import);
    let (_, d) = builtins::new_module("importlib");
    builtins::add_fn(d, "import_module", importlib_import_module);
    builtins::add_fn(d, "invalidate_caches", importlib_invalidate_caches);
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn builtin_import(vm: &mut Vm, _: Value, a: &Args) -> R {
    let mut out = [Value::NULL; 5];
    builtins::bind(
        vm,
        a,
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
        1,
        &mut out,
    )?;
    let [name, globals, _locals, fromlist, level] = out;
    if !ops::is_str(name) {
        return Err(vm.type_error(format!(
            "module name must be str, not {}",
            ops::type_name(name)
        )));
    }
    let level = if level.is_null() {
        0
    } else {
        builtins::index_i64(vm, level)?
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0".into()));
    }
    let s = ops::str_of(name).to_string();
    if s.is_empty() && level == 0 {
        return Err(vm.value_error("Empty module name".into()));
    }
    let abs = if level > 0 {
        let g = if globals.is_null() || globals.is_none() {
            builtins::current_globals(vm)
        } else {
            globals
        };
        if !g.is_kind(ObjKind::Dict) {
            return Err(vm.type_error("globals must be a dict".into()));
        }
        resolve_relative(vm, &s, level as usize, g)?
    } else {
        s.clone()
    };
    let m = import_module(vm, &abs)?;
    let has_fromlist = !fromlist.is_null() && !fromlist.is_none() && ops::truthy(vm, fromlist)?;
    if !has_fromlist {
        // The top-level package of what was named (relative: of the resolved base).
        if level == 0 {
            let top = s.split('.').next().unwrap_or(&s);
            return import_module(vm, top);
        }
        if s.is_empty() {
            return Ok(m);
        }
        let cut = abs.len() - s.len();
        let top_len = cut + s.split('.').next().map(|t| t.len()).unwrap_or(0);
        return import_module(vm, &abs[..top_len]);
    }
    // from-list: import submodules that are not attributes yet.
    let names = ops::with_roots(vm, &[m], |vm| ops::collect_iterable(vm, fromlist))?;
    let mut held = names.clone();
    held.push(m);
    ops::with_roots(vm, &held, |vm| {
        for n in names.iter().copied() {
            if ops::is_str(n) && ops::str_of(n) != "*" {
                import_from(vm, m, n).map(|_| ()).or_else(|r| {
                    if ops::isinstance_class(vm.exc, rt().excs.import_error) {
                        vm.take_exc();
                        Ok(())
                    } else {
                        Err(r)
                    }
                })?;
            }
        }
        Ok(())
    })?;
    Ok(m)
}

/// `importlib.import_module(name, package=None)`.
fn importlib_import_module(vm: &mut Vm, _: Value, a: &Args) -> R {
    let mut out = [Value::NULL; 2];
    builtins::bind(vm, a, "import_module", &["name", "package"], 1, &mut out)?;
    let [name, package] = out;
    if !ops::is_str(name) {
        return Err(vm.type_error(format!(
            "module name must be str, not {}",
            ops::type_name(name)
        )));
    }
    let s = ops::str_of(name).to_string();
    let level = s.bytes().take_while(|&b| b == b'.').count();
    if level == 0 {
        return import_module(vm, &s);
    }
    if package.is_null() || package.is_none() {
        return Err(vm.type_error(format!(
            "the 'package' argument is required to perform a relative import for '{s}'"
        )));
    }
    let g = rt::new_dict();
    set_str_key(g, "__package__", package);
    let abs = ops::with_roots(vm, &[g], |vm| resolve_relative(vm, &s[level..], level, g))?;
    import_module(vm, &abs)
}

fn importlib_invalidate_caches(vm: &mut Vm, _: Value, a: &Args) -> R {
    builtins::no_args(vm, a, "invalidate_caches")?;
    Ok(Value::NONE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_table_is_sorted_and_has_our_modules() {
        assert!(EMBEDDED.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(embedded_source("keyword").is_some());
        assert!(embedded_source("__future__").is_some());
        assert!(embedded_source("no_such_module_xyz").is_none());
        for p in EMBEDDED_PACKAGES {
            assert!(embedded_source(p).unwrap().1);
        }
    }
}
