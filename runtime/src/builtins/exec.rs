//! `compile`, `exec` and `eval`: source compiled in exec/eval mode
//! (`compiler::Mode`), whose names live in a namespace dict passed as the code's one
//! argument, so `exec(src, globals, locals)` can keep the two apart as CPython does.
//!
//! Differences from CPython: `compile(..., 'single')` compiles like 'exec' (no
//! echo of expression statements); only code objects from `compile()` can be
//! executed (not a function's `__code__`); sources are str (there is no bytes type).

use super::*;
use crate::compiler::Mode;
use crate::object::CodeObj;

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub(crate) fn compile(vm: &mut Vm, _: Value, a: &Args) -> R {
    const NAMES: [&str; 7] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    if a.pos.len() > 6 {
        return Err(vm.type_error(format!(
            "compile() takes at most 6 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    let mut args = [Value::NULL; 7];
    bind(vm, a, "compile", &NAMES, 3, &mut args)?;
    let [source, filename, mode, ..] = args;
    let Some(mode) = mode.get::<StrObj>() else {
        return Err(vm.type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            ops::type_name(mode)
        )));
    };
    let mode = match &*mode.s {
        "exec" | "single" => Mode::Exec,
        "eval" => Mode::Eval,
        _ => {
            return Err(vm.raise_msg(
                rt().excs.value_error,
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    let Some(filename) = filename.get::<StrObj>().map(|s| s.s.to_string()) else {
        return Err(vm.type_error(format!(
            "compile() argument 'filename' must be str, not {}",
            ops::type_name(filename)
        )));
    };
    let Some(src) = source.get::<StrObj>().map(|s| s.s.to_string()) else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object".into()));
    };
    compile_str(vm, &src, &filename, mode)
}

fn compile_str(vm: &mut Vm, src: &str, filename: &str, mode: Mode) -> R {
    if src.contains('\0') {
        return Err(vm.raise_msg(
            rt().excs.value_error,
            "source code string cannot contain null bytes",
        ));
    }
    crate::compiler::compile_source(src, filename, mode)
        .map_err(|e| crate::import::raise_compile_error(vm, &e, filename))
}

/// The code to run for exec/eval's first argument: a str compiled in `mode` (eval
/// strips leading spaces and tabs, as CPython), or a code object from `compile()`.
fn code_of(vm: &mut Vm, source: Value, mode: Mode, who: &str) -> R {
    if let Some(s) = source.get::<StrObj>() {
        let text = s.s.to_string();
        let text = if mode == Mode::Eval {
            text.trim_start_matches([' ', '\t']).to_string()
        } else {
            text
        };
        return compile_str(vm, &text, "<string>", mode);
    }
    if let Some(c) = source.get::<CodeObj>() {
        if c.code.flags & crate::bytecode::code_flags::NAMESPACE == 0 || c.code.argcount != 1 {
            return Err(vm.type_error(format!(
                "{who}() of this code object is not supported (only code from compile())"
            )));
        }
        return Ok(source);
    }
    Err(vm.type_error(format!(
        "{who}() arg 1 must be a string, bytes or code object"
    )))
}

/// Run `source` with exec/eval's `globals` and `locals` defaults and checks.
fn run(vm: &mut Vm, a: &Args, who: &str, mode: Mode) -> R {
    if a.pos.is_empty() || a.pos.len() > 3 {
        let n = a.pos.len();
        return Err(vm.type_error(match (who, n) {
            ("exec", 0) => "exec() takes at least 1 positional argument (0 given)".into(),
            ("exec", n) => format!("exec() takes at most 3 positional arguments ({n} given)"),
            (_, 0) => format!("{who} expected at least 1 argument, got 0"),
            (_, n) => format!("{who} expected at most 3 arguments, got {n}"),
        }));
    }
    for k in a.kwnames {
        let k = ops::str_of(*k);
        if !(who == "exec" && k == "closure") {
            return Err(vm.type_error(format!("{who}() takes no keyword arguments")));
        }
    }
    let arg = |i: usize| a.pos.get(i).copied().filter(|v| !v.is_none());
    let (globals, locals) = (arg(1), arg(2));
    // CPython 3.11's messages differ between the two.
    if let Some(g) = globals {
        if !g.is_kind(ObjKind::Dict) {
            return Err(vm.type_error(if who == "exec" {
                format!("exec() globals must be a dict, not {}", ops::type_name(g))
            } else {
                "globals must be a dict".into()
            }));
        }
    }
    if let Some(l) = locals {
        if !l.is_kind(ObjKind::Dict) && !crate::ops::is_user_obj(l) {
            return Err(vm.type_error(if who == "exec" {
                format!(
                    "locals must be a mapping or None, not {}",
                    ops::type_name(l)
                )
            } else {
                "locals must be a mapping".into()
            }));
        }
    }
    let (globals, ns) = match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g, g),
        (None, l) => {
            let g = current_globals(vm);
            let l = match l {
                Some(l) => l,
                None => super::functions::caller_locals(vm)?,
            };
            (g, l)
        }
    };
    let mark = vm.roots.len();
    vm.roots.push(globals);
    vm.roots.push(ns);
    let r = (|| {
        // As CPython: the globals get a `__builtins__` if they have none.
        let key = crate::sym!("__builtins__");
        if ops::dict_get(vm, globals, key)?.is_none() {
            ops::dict_set(vm, globals, key, rt().builtins)?;
        }
        let code = code_of(vm, a.pos[0], mode, who)?;
        vm.run_with_namespace(code, globals, ns)
    })();
    vm.roots.truncate(mark);
    r
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)`.
pub(crate) fn exec(vm: &mut Vm, _: Value, a: &Args) -> R {
    run(vm, a, "exec", Mode::Exec).map(|_| Value::NONE)
}

/// `eval(source, globals=None, locals=None, /)`.
pub(crate) fn eval(vm: &mut Vm, _: Value, a: &Args) -> R {
    run(vm, a, "eval", Mode::Eval)
}
