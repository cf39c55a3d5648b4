//! Running a program end to end: read, compile, execute, report uncaught
//! exceptions CPython-style, and turn the outcome into a process exit code.

use crate::compiler::{self, CompileError};
use crate::interp::{Options as VmOptions, Vm};
use crate::object::*;
use crate::ops;
use crate::options::{Invocation, Program};
use crate::rt::{self, rt};
use crate::value::Value;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::sync::Arc;

/// Source text of the main program, for traceback source lines (imported modules'
/// come from `import::source_for_file`).
static SOURCES: Mutex<Option<HashMap<String, Arc<str>>>> = Mutex::new(None);

fn remember_source(filename: &str, src: &str) {
    // Like CPython's linecache, a pseudo-file (`<string>` for -c, `<stdin>`) has no
    // lines to show.
    if filename.starts_with('<') && filename.ends_with('>') {
        return;
    }
    let mut g = SOURCES.lock();
    g.get_or_insert_with(HashMap::new)
        .insert(filename.to_string(), Arc::from(src));
}

fn source_text(filename: &str) -> Option<Arc<str>> {
    let cached = SOURCES
        .lock()
        .as_ref()
        .and_then(|m| m.get(filename).cloned());
    cached.or_else(|| crate::import::source_for_file(filename))
}

/// Line `line` (1-based) of `src`: its byte range, without the line break.
fn line_span(src: &str, line: u32) -> Option<(usize, usize)> {
    let mut start = 0;
    for _ in 1..line {
        start += src[start..].find('\n')? + 1;
    }
    let end = src[start..].find('\n').map_or(src.len(), |i| start + i);
    let end = if src[..end].ends_with('\r') {
        end - 1
    } else {
        end
    };
    Some((start, end))
}

/// The traceback lines for one entry: the source line (stripped, indented by four
/// spaces) and, as CPython 3.11's tb_displayline, a caret line under the
/// instruction's expression (`pos`, byte offsets into the file): `~` with `^` under the
/// operator of a binary operation or the `[...]` of a subscript, else all `^`; a
/// multi-line expression is marked to the end of its first line; no carets when they
/// would span the whole line.
fn source_lines(src: &str, line: u32, pos: (u32, u32)) -> Option<String> {
    let (ls, le) = line_span(src, line)?;
    let text = &src[ls..le];
    // Leading blanks go; trailing ones stay (CPython prints them).
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    if stripped.trim_end().is_empty() {
        return None;
    }
    let mut out = format!("    {stripped}\n");
    let (start, end) = (pos.0 as usize, pos.1 as usize);
    if start >= end || start < ls || start > le || end > src.len() {
        return Some(out);
    }
    // The file may have changed since it was compiled: every slice is checked, and a
    // position that no longer fits just shows no carets.
    let chars = |bytes: Option<&str>| bytes.map(|b| b.chars().count());
    let Some(carets) = (|| {
        let truncation = chars(text.get(..text.len() - stripped.len()))?;
        let start_col = chars(text.get(..start - ls))?;
        let (end_col, anchors) = if end <= le {
            let segment = text.get(start - ls..end - ls)?;
            let anchors = match crate::compiler::caret_anchors(segment) {
                Some((a, b)) => Some((
                    start_col + chars(segment.get(..a))?,
                    start_col + chars(segment.get(..b.min(segment.len())))?,
                )),
                None => None,
            };
            (chars(text.get(..end - ls))?, anchors)
        } else {
            // To the last non-whitespace character of the first line.
            (
                chars(Some(text.trim_end_matches([' ', '\t', '\x0c'])))?,
                None,
            )
        };
        if end_col <= start_col
            || (anchors.is_none() && end_col - start_col == stripped.chars().count())
        {
            return None;
        }
        Some((truncation, start_col, end_col, anchors))
    })() else {
        return Some(out);
    };
    let (truncation, start_col, end_col, anchors) = carets;
    out.push_str("    ");
    out.extend(std::iter::repeat_n(
        ' ',
        start_col.saturating_sub(truncation),
    ));
    for j in start_col..end_col {
        out.push(match anchors {
            Some((a, b)) if (a..b).contains(&j) => '^',
            Some(_) => '~',
            None => '^',
        });
    }
    out.push('\n');
    Some(out)
}

/// Run the invocation; returns the process exit code.
pub fn run(inv: Invocation) -> i32 {
    disable_transparent_huge_pages();
    rt::init();
    if inv.opts.gc_interval > 0 {
        crate::heap::set_gc_interval(inv.opts.gc_interval as usize);
    }
    if inv.opts.stats {
        kiln_ic::stats::enable();
        crate::interp::op_stats::enable();
    }
    let mut vm = Vm::new(VmOptions {
        recursion_limit: inv.opts.recursion_limit,
    });
    crate::guest::attach_main(&vm);
    vm.argv = inv.argv.clone();
    crate::builtins::set_argv(&mut vm, &inv.argv);
    let script_dir = match &inv.program {
        Program::File(p) => std::path::Path::new(p)
            .parent()
            .map(|d| {
                if d.as_os_str().is_empty() {
                    ".".to_string()
                } else {
                    d.display().to_string()
                }
            })
            .unwrap_or_else(|| ".".to_string()),
        _ => String::new(),
    };
    crate::import::init_sys_path(&mut vm, &script_dir);
    let (source, filename) = match &inv.program {
        Program::File(p) => match std::fs::read(p) {
            Ok(bytes) => match String::from_utf8(bytes) {
                // Like CPython 3.9+, the main script's `__file__` and traceback paths are
                // absolute (sys.argv[0] stays as given).
                Ok(s) => (
                    s,
                    std::path::absolute(p)
                        .map(|a| a.display().to_string())
                        .unwrap_or_else(|_| p.clone()),
                ),
                Err(_) => {
                    eprintln!("SyntaxError: Non-UTF-8 code in file {p}");
                    return 1;
                }
            },
            Err(e) => {
                let abs = std::path::absolute(p)
                    .map(|x| x.display().to_string())
                    .unwrap_or(p.clone());
                eprintln!(
                    "kiln: can't open file '{abs}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(2),
                    os_error_text(&e)
                );
                return 2;
            }
        },
        Program::Command(c) => (c.clone(), "<string>".to_string()),
        Program::Stdin => {
            let mut s = String::new();
            if std::io::stdin().read_to_string(&mut s).is_err() {
                eprintln!("kiln: cannot read program from stdin");
                return 2;
            }
            (s, "<stdin>".to_string())
        }
    };
    remember_source(&filename, &source);
    let code = match compiler::compile_module(&source, &filename) {
        Ok(c) => c,
        Err(e) => {
            print_compile_error(&e, &filename);
            return 1;
        }
    };
    if inv.opts.dump_bytecode {
        let mut out = String::new();
        crate::bytecode::disassemble(code, &mut out);
        crate::builtins::flush_stdout();
        let _ = std::io::stdout().write_all(out.as_bytes());
        let _ = std::io::stdout().flush();
    }
    let globals = rt::new_dict();
    let _ = ops::dict_set(
        &mut vm,
        globals,
        crate::sym!("__name__"),
        crate::sym!("__main__"),
    );
    let _ = ops::dict_set(
        &mut vm,
        globals,
        crate::sym!("__file__"),
        ops::new_str(&filename),
    );
    let _ = ops::dict_set(&mut vm, globals, crate::sym!("__doc__"), Value::NONE);
    let _ = ops::dict_set(&mut vm, globals, crate::sym!("__package__"), Value::NONE);
    let _ = ops::dict_set(&mut vm, globals, crate::sym!("__spec__"), Value::NONE);
    let main_mod = crate::heap::alloc(ModuleObj {
        name: crate::sym!("__main__"),
        dict: globals,
    });
    let _ = ops::dict_set(&mut vm, rt().modules, crate::sym!("__main__"), main_mod);
    vm.roots.push(code);
    let result = vm.run_module_code(code, globals);
    let mut status = match result {
        Ok(_) => 0,
        Err(_) => handle_uncaught(&mut vm),
    };
    // Like CPython's `threading._shutdown`: wait for the non-daemon threads.
    if crate::guest::run_shutdown_hook(&mut vm).is_err() {
        status = handle_uncaught(&mut vm);
    }
    crate::builtins::flush_stdout();
    if inv.opts.stats {
        print_stats(&mut vm);
    }
    // Daemon threads may still run; they must not wait for this thread at a collection.
    crate::guest::detach(&vm);
    status
}

fn os_error_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

fn print_compile_error(e: &CompileError, filename: &str) {
    crate::builtins::flush_stdout();
    let text = e.shows_text(filename).then_some(e.text.as_str());
    let mut s = syntax_error_location(
        filename,
        e.line as i64,
        text,
        e.col as i64,
        e.end_col as i64,
    );
    s.push_str(&format!("{}: {}\n", e.kind, e.msg));
    let _ = std::io::stderr().write_all(s.as_bytes());
}

/// The location block of a SyntaxError report (CPython's print_error_text): the file
/// and line, then the stripped source line and carets from `col` (1-based; 0: none)
/// up to `end_col` when there is text.
fn syntax_error_location(
    filename: &str,
    line: i64,
    text: Option<&str>,
    col: i64,
    end_col: i64,
) -> String {
    let mut s = format!("  File \"{filename}\", line {line}\n");
    let Some(text) = text else { return s };
    let text = text.trim_end_matches(['\n', '\r']);
    let stripped = text.trim_start();
    if stripped.trim_end().is_empty() {
        return s;
    }
    let indent = text.chars().count() - stripped.chars().count();
    s.push_str(&format!("    {}\n", stripped.trim_end()));
    // Column 0: no caret (CPython shows none for "unexpected indent").
    if col > 0 {
        let caret = (col as usize).saturating_sub(1).saturating_sub(indent);
        let width = (end_col.saturating_sub(col).max(1)) as usize;
        s.push_str(&format!("    {}{}\n", " ".repeat(caret), "^".repeat(width)));
    }
    s
}

/// Print the pending exception (unless it is SystemExit) and return the exit code.
fn handle_uncaught(vm: &mut Vm) -> i32 {
    let exc = vm.take_exc();
    vm.roots.push(exc);
    if ops::isinstance_class(exc, rt().excs.system_exit) {
        let args = exc.cast::<ExcObj>().args;
        let items: &[Value] = args.get::<TupleObj>().map(|t| &t.items[..]).unwrap_or(&[]);
        let code = match items {
            [] => return 0,
            [c] => *c,
            _ => args,
        };
        if code.is_none() {
            return 0;
        }
        if let Some(i) = ops::as_i64(code) {
            return i as i32;
        }
        crate::builtins::flush_stdout();
        let msg = ops::to_str(vm, code).unwrap_or_default();
        let _ = writeln!(std::io::stderr(), "{msg}");
        return 1;
    }
    crate::builtins::flush_stdout();
    let text = format_exception(vm, exc);
    let _ = std::io::stderr().write_all(text.as_bytes());
    1
}

/// CPython-style traceback text for `exc`, including its cause/context chain and, for
/// an exception group, its sub-exceptions in CPython's boxed layout.
pub fn format_exception(vm: &mut Vm, exc: Value) -> String {
    format_exception_chain(vm, exc, true)
}

/// As `format_exception`; with `chain` false, without the cause/context chain.
pub fn format_exception_chain(vm: &mut Vm, exc: Value, chain: bool) -> String {
    let mut out = String::new();
    let mut ctx = PrintCtx {
        depth: 0,
        need_close: false,
        seen: vec![],
        chain,
    };
    format_chain(vm, exc, &mut out, &mut ctx);
    out
}

/// CPython's `_ExceptionPrintContext`: how deep in exception groups the text is.
struct PrintCtx {
    depth: usize,
    need_close: bool,
    seen: Vec<Value>,
    /// Print causes and contexts.
    chain: bool,
}

/// CPython's limits on printed exception groups.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Append `text` with every line prefixed by the group indentation and margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

fn format_chain(vm: &mut Vm, exc: Value, out: &mut String, ctx: &mut PrintCtx) {
    ctx.seen.push(exc);
    let Some(e) = exc.get::<ExcObj>() else {
        ctx.emit(out, "<non-exception raised>\n", '|');
        return;
    };
    let (cause, context, suppress) = (e.cause, e.context, e.suppress_context);
    if ctx.chain && !cause.is_null() && !cause.is_none() && !ctx.seen.contains(&cause) {
        format_chain(vm, cause, out, ctx);
        ctx.emit(
            out,
            "\nThe above exception was the direct cause of the following exception:\n\n",
            '|',
        );
    } else if ctx.chain
        && !suppress
        && !context.is_null()
        && !context.is_none()
        && !ctx.seen.contains(&context)
    {
        format_chain(vm, context, out, ctx);
        ctx.emit(
            out,
            "\nDuring handling of the above exception, another exception occurred:\n\n",
            '|',
        );
    }
    let e = exc.cast::<ExcObj>();
    let stack = format_stack(e);
    let group = e.group.get::<TupleObj>().map(|t| t.items[1]);
    let Some(members) = group.and_then(|g| g.get::<TupleObj>().map(|t| t.items.to_vec())) else {
        if !stack.is_empty() {
            ctx.emit(out, "Traceback (most recent call last):\n", '|');
            ctx.emit(out, &stack, '|');
        }
        let mut last = String::new();
        if ops::isinstance_class(exc, rt().excs.syntax_error) {
            last.push_str(&syntax_error_block(vm, exc));
        }
        last.push_str(&exception_line(vm, exc));
        last.push('\n');
        ctx.emit(out, &last, '|');
        return;
    };
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            out,
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
        );
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if !stack.is_empty() {
        let margin = if toplevel { '+' } else { '|' };
        ctx.emit(
            out,
            "Exception Group Traceback (most recent call last):\n",
            margin,
        );
        ctx.emit(out, &stack, '|');
    }
    let line = exception_line(vm, exc) + "\n";
    ctx.emit(out, &line, '|');
    let n = members.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for (i, &sub) in members.iter().take(n).enumerate() {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        out.push_str(&format!(
            "{}{}+---------------- {title} ----------------\n",
            ctx.indent(),
            if i == 0 { "+-" } else { "  " }
        ));
        ctx.depth += 1;
        if truncated {
            let more = members.len() - MAX_GROUP_WIDTH;
            let s = if more > 1 { "s" } else { "" };
            ctx.emit(out, &format!("and {more} more exception{s}\n"), '|');
        } else {
            format_chain(vm, sub, out, ctx);
        }
        if last && ctx.need_close {
            out.push_str(&format!(
                "{}+------------------------------------\n",
                ctx.indent()
            ));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// The "  File ..., line N, in f" lines (with source and carets) of `e`'s traceback.
fn format_stack(e: &ExcObj) -> String {
    let mut out = String::new();
    // As CPython's tb_print: the innermost TRACEBACK_LIMIT entries, and a run of more
    // than RECURSIVE_CUTOFF identical (file, line, name) entries shown as its first
    // RECURSIVE_CUTOFF plus one "[Previous line repeated N more times]".
    const TRACEBACK_LIMIT: usize = 1000;
    const RECURSIVE_CUTOFF: usize = 3;
    let repeated = |out: &mut String, count: usize| {
        let n = count - RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    };
    let mut last: Option<(Value, u32, Value)> = None;
    let mut count = 0;
    for tb in e
        .traceback
        .iter()
        .rev()
        .skip(e.traceback.len().saturating_sub(TRACEBACK_LIMIT))
    {
        let code = &tb.code.cast::<CodeObj>().code;
        let key = (code.filename, tb.line, code.name);
        if last != Some(key) {
            if count > RECURSIVE_CUTOFF {
                repeated(&mut out, count);
            }
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        let file = ops::str_of(code.filename);
        let name = ops::str_of(code.name);
        out.push_str(&format!("  File \"{file}\", line {}, in {name}\n", tb.line));
        if let Some(lines) = source_text(file).and_then(|src| source_lines(&src, tb.line, tb.pos)) {
            out.push_str(&lines);
        }
    }
    if count > RECURSIVE_CUTOFF {
        repeated(&mut out, count);
    }
    out
}

/// A raised SyntaxError's location block, from its attributes (`filename`, `lineno`,
/// `text`, `offset`, `end_offset`), or nothing without a file name.
fn syntax_error_block(vm: &mut Vm, exc: Value) -> String {
    let mut attr = |name: &str| {
        ops::getattr_opt(vm, exc, crate::rt::intern(name))
            .ok()
            .flatten()
    };
    let Some(filename) = attr("filename").filter(|f| f.is_kind(crate::heap::ObjKind::Str)) else {
        return String::new();
    };
    let int = |v: Option<Value>| v.and_then(ops::as_i64).unwrap_or(0);
    let line = int(attr("lineno"));
    let text = attr("text").filter(|t| t.is_kind(crate::heap::ObjKind::Str));
    let (col, end_col) = (int(attr("offset")), int(attr("end_offset")));
    syntax_error_location(
        ops::str_of(filename),
        line,
        text.map(ops::str_of),
        col,
        end_col,
    )
}

/// `TypeName: message` (or just `TypeName`), as the last traceback line.
pub fn exception_line(vm: &mut Vm, exc: Value) -> String {
    exception_line_for(vm, exc, true)
}

/// `exception_line`; `display`: the interpreter's own report of an uncaught error,
/// which adds "Did you mean" (`suggestions.rs`); the traceback module's does not.
pub fn exception_line_for(vm: &mut Vm, exc: Value, display: bool) -> String {
    let cls = ops::type_of(exc);
    // CPython prints `module.Qualname` except for builtins and __main__.
    let module = ops::class_module(cls);
    let qual = ops::str_of(ops::class_qualname(cls));
    let name = match module.get::<StrObj>().map(|m| &*m.s) {
        Some("builtins") | Some("__main__") | None => qual.to_string(),
        Some(m) => format!("{m}.{qual}"),
    };
    // A SyntaxError's last line shows its `msg` (the location is the block above).
    let syntax_msg = if ops::is_subclass(cls, crate::rt::rt().excs.syntax_error) {
        ops::getattr_opt(vm, exc, crate::rt::intern("msg"))
            .ok()
            .flatten()
            .filter(|m| ops::is_str(*m))
    } else {
        None
    };
    let msg = match syntax_msg {
        Some(m) => ops::str_of(m).to_string(),
        None => match ops::to_str(vm, exc) {
            Ok(m) => m,
            Err(_) => {
                vm.take_exc();
                "<exception str() failed>".into()
            }
        },
    };
    let hint = display
        .then(|| crate::suggestions::suggestion(vm, exc))
        .flatten()
        .map(|s| format!(". Did you mean: '{s}'?"))
        .unwrap_or_default();
    if msg.is_empty() && hint.is_empty() {
        name.to_string()
    } else {
        format!("{name}: {msg}{hint}")
    }
}

fn print_stats(vm: &mut Vm) {
    let (live, collections, freed) = crate::heap::heap_stats();
    let _ = vm;
    let mut s = String::new();
    s.push_str("kiln stats:\n");
    s.push_str(&format!("  gc.collections      {collections}\n"));
    s.push_str(&format!("  gc.objects_freed    {freed}\n"));
    s.push_str(&format!("  gc.objects_live     {live}\n"));
    if crate::jit::JIT_STATS.on() {
        s.push_str("  baseline JIT:\n");
        let snap = crate::jit::JIT_STATS.snapshot();
        let get = |n: &str| snap.iter().find(|x| x.0 == n).map(|x| x.2).unwrap_or(0);
        for (name, doc, v) in &snap {
            s.push_str(&format!("    jit.{name:<20} {v:>14}  {doc}\n"));
        }
        let bc = get("bytecodes_compiled").max(1) as f64;
        s.push_str(&format!(
            "    jit.ns_per_bytecode      {:>14.1}\n    jit.code_bytes_per_bytecode {:>11.1}\n",
            get("compile_ns") as f64 / bc,
            get("code_bytes") as f64 / bc
        ));
        let executed = get("jit_instrs");
        // A stepped instruction is counted by its template and by the interpreter loop.
        let all = (executed + get("interp_instrs")).saturating_sub(get("step_calls"));
        if all > 0 {
            s.push_str(&format!(
                "    jit.machine_code_fraction {:>12.1}%  of all instructions executed, run by templates without an exit\n",
                100.0 * executed.saturating_sub(get("step_calls")) as f64 / all as f64
            ));
        }
        let exits = crate::jit::steps_by_op();
        if !exits.is_empty() {
            s.push_str("    exits to the interpreter by opcode:\n");
            for (op, n) in exits.iter().take(12) {
                s.push_str(&format!("      {op:<20} {n:>12}\n"));
            }
        }
    }
    let (ops, pairs) = crate::interp::op_stats::top(15);
    if !ops.is_empty() {
        s.push_str("  interpreter loop, instructions by opcode and by consecutive pair:\n");
        for ((op, n), (pair, m)) in ops
            .iter()
            .zip(pairs.iter().map(Some).chain(std::iter::repeat(None)))
            .map(|(a, b)| (a, b.cloned().unwrap_or_default()))
        {
            s.push_str(&format!(
                "    interp.{op:<18} {n:>12}    {pair:<36} {m:>12}\n"
            ));
        }
    }
    let ic = kiln_ic::stats::snapshot();
    if !ic.is_empty() {
        s.push_str("  inline caches (kind, state at lookup, hits, misses, hit rate):\n");
        let mut totals: Vec<(kiln_ic::IcKind, u64, u64)> = vec![];
        for (kind, state, hits, misses) in &ic {
            let rate = 100.0 * *hits as f64 / (*hits + *misses).max(1) as f64;
            s.push_str(&format!(
                "    ic.{:<10} {:<7} {:>12} {:>10} {:>6.1}%\n",
                format!("{kind:?}"),
                format!("{state:?}"),
                hits,
                misses,
                rate
            ));
            match totals.iter_mut().find(|t| t.0 == *kind) {
                Some(t) => {
                    t.1 += hits;
                    t.2 += misses;
                }
                None => totals.push((*kind, *hits, *misses)),
            }
        }
        let (mut th, mut tm) = (0u64, 0u64);
        for (kind, h, m) in &totals {
            th += h;
            tm += m;
            let rate = 100.0 * *h as f64 / (*h + *m).max(1) as f64;
            s.push_str(&format!(
                "    ic.{:<10} total   {:>12} {:>10} {:>6.1}%\n",
                format!("{kind:?}"),
                h,
                m,
                rate
            ));
        }
        let rate = 100.0 * th as f64 / (th + tm).max(1) as f64;
        s.push_str(&format!(
            "    ic.all        total   {th:>12} {tm:>10} {rate:>6.1}%\n"
        ));
    }
    let _ = std::io::stderr().write_all(s.as_bytes());
}

/// Transparent huge pages make every first touch of a 2 MiB region zero all of it;
/// the allocator's arenas are touched sparsely, so with THP a generator-heavy benchmark
/// spent a fifth of its time in the kernel's `clear_page`. Small pages cost only what
/// is used.
fn disable_transparent_huge_pages() {
    // SAFETY: PR_SET_THP_DISABLE takes plain integer arguments and affects only this process.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::source_lines;

    /// Carets follow the recorded range; a range that no longer fits the file (edited
    /// since it was compiled: past the line, inside a multi-byte character, reversed)
    /// prints the source line without carets instead of failing.
    #[test]
    fn caret_lines_never_fail() {
        let src = "x = 1\ny = f(x) + 'é'\n";
        let call = src.find("f(x)").unwrap() as u32;
        assert_eq!(
            source_lines(src, 2, (call, call + 4)).unwrap(),
            "    y = f(x) + 'é'\n        ^^^^\n"
        );
        let e = src.find('é').unwrap() as u32;
        for pos in [
            (e + 1, e + 2),
            (e, e),
            (e + 5, e + 1),
            (0, 3),
            (u32::MAX - 1, u32::MAX),
            (call, 10_000),
        ] {
            assert_eq!(
                source_lines(src, 2, pos).unwrap(),
                "    y = f(x) + 'é'\n",
                "{pos:?}"
            );
        }
        assert_eq!(source_lines(src, 9, (0, 1)), None);
    }
}
