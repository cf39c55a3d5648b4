//! The `sys` module: argv (filled by `set_argv`), exit (SystemExit), maxsize,
//! version/version_info/hexversion, recursion limit, stdin/stdout/stderr stream
//! objects, modules, path, platform, byteorder, executable, intern, exc_info.
//!
//! `version_info` is a plain tuple `(3, 11, 0, 'final', 0)` (indexing, slicing and
//! comparisons like `sys.version_info >= (3, 8)` work). `.major/.minor/.micro/
//! .releaselevel/.serial` are properties installed on the *tuple* type that answer
//! only for that one tuple object (identity check) and raise CPython's
//! AttributeError "'tuple' object has no attribute 'major'" for every other tuple.

use super::*;

/// The `sys` module's dict (rooted by `sys.modules` and the runtime's module table).
static SYS_DICT: std::sync::OnceLock<Value> = std::sync::OnceLock::new();

/// The current `sys.stdout` (what `print()` without `file=` writes to): whatever
/// the program assigned, None included; NULL if it deleted the attribute.
pub(crate) fn current_stdout() -> Value {
    SYS_DICT
        .get()
        .and_then(|&d| exceptions::dict_lookup_str(d, "stdout"))
        .unwrap_or(Value::NULL)
}

pub(crate) fn install() {
    let (_, d) = new_module("sys");
    SYS_DICT.set(d).ok();
    set_str_key(d, "argv", ops::new_list(Vec::new()));
    set_str_key(d, "maxsize", ops::new_int(i64::MAX));
    set_str_key(d, "version", ops::new_str("3.11.0 (kiln)"));
    let vi = ops::new_tuple(vec![
        Value::small(3),
        Value::small(11),
        Value::small(0),
        ops::new_str("final"),
        Value::small(0),
    ]);
    set_str_key(d, "version_info", vi);
    VERSION_INFO.set(vi).ok();
    let props: &[(&'static str, NativeFn)] = &[
        ("major", vi_major),
        ("minor", vi_minor),
        ("micro", vi_micro),
        ("releaselevel", vi_level),
        ("serial", vi_serial),
    ];
    for &(n, f) in props {
        ctors::add_property(rt().types.tuple, n, f);
    }
    set_str_key(d, "hexversion", Value::small(0x030B_00F0));
    set_str_key(d, "platform", ops::new_str("linux"));
    set_str_key(d, "byteorder", ops::new_str("little"));
    set_str_key(d, "modules", rt().modules);
    set_str_key(d, "path", ops::new_list(vec![rt().empty_str]));
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    set_str_key(d, "executable", ops::new_string(exe));
    set_str_key(d, "stdin", file::std_stream(file::STDIN));
    set_str_key(d, "stdout", file::std_stream(file::STDOUT_PATH));
    set_str_key(d, "stderr", file::std_stream(file::STDERR_PATH));
    set_str_key(
        d,
        "__stdout__",
        exceptions::dict_lookup_str(d, "stdout").unwrap(),
    );
    set_str_key(
        d,
        "__stderr__",
        exceptions::dict_lookup_str(d, "stderr").unwrap(),
    );
    set_str_key(
        d,
        "__stdin__",
        exceptions::dict_lookup_str(d, "stdin").unwrap(),
    );
    let fns: &[(&'static str, NativeFn)] = &[
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("intern", intern),
        ("exc_info", exc_info),
        ("_getframe", getframe),
        ("_kiln_caller", kiln_caller),
        ("_kiln_format_exception", format_exception_text),
        ("_kiln_exception_only", exception_only_text),
        ("getdefaultencoding", getdefaultencoding),
    ];
    for &(n, f) in fns {
        add_fn(d, n, f);
    }
}

fn sys_dict() -> Option<Value> {
    let m = exceptions::dict_lookup_str(rt().modules, "sys")?;
    Some(m.get::<ModuleObj>()?.dict)
}

/// Fill `sys.argv` (called by the binary once the script path and arguments are known).
pub fn set_argv(vm: &mut Vm, argv: &[String]) {
    vm.argv = argv.to_vec();
    let Some(d) = sys_dict() else { return };
    let items: Vec<Value> = argv.iter().map(|s| ops::new_str(s)).collect();
    match exceptions::dict_lookup_str(d, "argv").and_then(|l| l.get::<ListObj>()) {
        Some(l) => l.items.replace(&items),
        None => set_str_key(d, "argv", ops::new_list(items)),
    }
}

/// Raise SystemExit(arg) (no argument: SystemExit()).
pub(crate) fn raise_system_exit(vm: &mut Vm, arg: Option<Value>) -> Raised {
    let cls = rt().excs.system_exit;
    let args: Vec<Value> = arg.into_iter().collect();
    match exceptions::construct(vm, cls, &Args::positional(&args)) {
        Ok(e) => vm.set_exc(e),
        Err(r) => r,
    }
}

fn exit(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "exit", 0, 1)?;
    Err(raise_system_exit(vm, a.pos.first().copied()))
}

fn getrecursionlimit(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "sys.getrecursionlimit")?;
    Ok(int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "sys.setrecursionlimit")?;
    if v.is_float() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer".into()));
    }
    let n = index_i64(vm, v)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1".into()));
    }
    let n = n.min(i32::MAX as i64);
    if (vm.depth as i64) >= n {
        return Err(vm.raise(
            rt().excs.recursion_error,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                vm.depth
            ),
        ));
    }
    vm.recursion_limit = n as u32;
    Ok(Value::NONE)
}

fn intern(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "sys.intern")?;
    if !is_str(v) {
        return Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            ops::type_name(v)
        )));
    }
    Ok(rt::intern(ops::str_of(v)))
}

/// `sys._getframe(depth=0)`: a snapshot of the calling frame `depth` levels up, as a
/// `frame` object (`lib/_kiln_frames.py`) whose `f_back` chain snapshots the frames
/// below it. Kiln's frames are not objects: the snapshot's `f_lineno` and `f_locals`
/// are those of the moment of the call.
fn getframe(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "_getframe", 0, 1)?;
    let depth = match a.pos.first() {
        Some(&d) => ops::as_i64(d).ok_or_else(|| {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                ops::type_name(d)
            ))
        })?,
        None => 0,
    };
    let mut frames = Vec::new();
    let mut f = vm.frame;
    while !f.is_null() {
        frames.push(f);
        // SAFETY: every frame on this thread's chain is live while it runs.
        f = unsafe { (*f).prev };
    }
    if depth < 0 || depth as usize >= frames.len() {
        return Err(vm.value_error("call stack is not deep enough".into()));
    }
    let mark = vm.roots.len();
    let mut back = Value::NONE;
    let mut r = Ok(());
    // Outermost first, so each frame's f_back exists when it is made.
    for &f in frames[depth as usize..].iter().rev() {
        // SAFETY: as above.
        let step = unsafe {
            let code = &*(*f).code;
            let line = code.line_at((*f).pc as usize);
            let globals = (*f).globals;
            functions::frame_locals(vm, f).and_then(|locals| {
                vm.roots.push(locals);
                ops::call_lib(
                    vm,
                    "_kiln_frames",
                    "frame",
                    &[
                        crate::interp::code_owner(code),
                        Value::small(line as i64),
                        globals,
                        locals,
                        back,
                    ],
                )
            })
        };
        match step {
            Ok(fr) => {
                vm.roots.push(fr);
                back = fr;
            }
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    vm.roots.truncate(mark);
    r.map(|_| back)
}

/// `sys._kiln_caller(depth)`: `(co_filename, f_lineno, co_name, f_globals)` of the frame
/// `sys._getframe(depth)` would snapshot, or None past the outermost; without
/// building frame objects (logging's caller lookup runs on every record).
fn kiln_caller(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "_kiln_caller", 1, 1)?;
    let depth = ops::as_i64(a.pos[0]).unwrap_or(-1);
    if depth < 0 {
        return Ok(Value::NONE);
    }
    let mut f = vm.frame;
    for _ in 0..depth {
        if f.is_null() {
            break;
        }
        // SAFETY: every frame on this thread's chain is live while it runs.
        f = unsafe { (*f).prev };
    }
    if f.is_null() {
        return Ok(Value::NONE);
    }
    // SAFETY: as above.
    let (filename, line, name, globals) = unsafe {
        let code = &*(*f).code;
        let line = code.line_at((*f).pc as usize);
        (code.filename, line, code.name, (*f).globals)
    };
    Ok(ops::new_tuple(vec![
        filename,
        Value::small(line as i64),
        name,
        globals,
    ]))
}

fn exc_info(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "sys.exc_info")?;
    let h = vm.handled;
    if h.is_null() || h.is_none() {
        return Ok(ops::new_tuple(vec![Value::NONE, Value::NONE, Value::NONE]));
    }
    let tb = crate::traceback::traceback_of(vm, h)?;
    Ok(ops::new_tuple(vec![ops::type_of(h), h, tb]))
}

/// `_kiln_format_exception(exc, chain=True)`: the text the interpreter prints for an
/// uncaught `exc` (traceback, chain, groups); with `chain` false, no cause/context.
/// runtime/lib/traceback.py builds on it.
pub(crate) fn format_exception_text(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "_kiln_format_exception", 1, 2)?;
    let exc = a.pos[0];
    if !exc.is_kind(ObjKind::Exc) {
        return Err(vm.type_error(format!(
            "_kiln_format_exception() argument must be an exception, not {}",
            ops::type_name(exc)
        )));
    }
    let chain = match a.pos.get(1) {
        Some(&c) => ops::truthy(vm, c)?,
        None => true,
    };
    Ok(ops::new_string(crate::driver::format_exception_chain(
        vm, exc, chain,
    )))
}

/// `_kiln_exception_only(exc)`: the final "Type: message" line(s) of `exc`.
pub(crate) fn exception_only_text(vm: &mut Vm, _: Value, a: &Args) -> R {
    let exc = one_arg(vm, a, "_kiln_exception_only")?;
    Ok(ops::new_string(
        crate::driver::exception_line_for(vm, exc, false) + "\n",
    ))
}

fn getdefaultencoding(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "sys.getdefaultencoding")?;
    Ok(ops::new_str("utf-8"))
}

static VERSION_INFO: std::sync::OnceLock<Value> = std::sync::OnceLock::new();

fn vi_field(vm: &mut Vm, a: &Args, i: usize, name: &str) -> R {
    let t = a.pos.first().copied().unwrap_or(Value::NONE);
    if Some(&t) == VERSION_INFO.get() {
        return Ok(t.cast::<TupleObj>().items[i]);
    }
    Err(vm.raise(
        rt().excs.attribute_error,
        format!("'{}' object has no attribute '{name}'", ops::type_name(t)),
    ))
}
fn vi_major(vm: &mut Vm, _: Value, a: &Args) -> R {
    vi_field(vm, a, 0, "major")
}
fn vi_minor(vm: &mut Vm, _: Value, a: &Args) -> R {
    vi_field(vm, a, 1, "minor")
}
fn vi_micro(vm: &mut Vm, _: Value, a: &Args) -> R {
    vi_field(vm, a, 2, "micro")
}
fn vi_level(vm: &mut Vm, _: Value, a: &Args) -> R {
    vi_field(vm, a, 3, "releaselevel")
}
fn vi_serial(vm: &mut Vm, _: Value, a: &Args) -> R {
    vi_field(vm, a, 4, "serial")
}
