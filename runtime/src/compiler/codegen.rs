//! Bytecode generation from ruff's AST (see mod.rs for why it is done directly).

use super::symtable::{self, NameKind, ScopeKind, SymbolTable};
use super::CompileError;
use crate::bytecode::*;
use crate::heap::alloc;
use crate::object::{CodeObj, TupleObj};
use crate::ops;
use crate::rt::intern;
use crate::value::Value;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_source_file::LineIndex;
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::collections::HashMap;

type CResult<T> = Result<T, CompileError>;

#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    BigInt(String),
    Float(u64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
    Unique(usize),
}

enum FBlock<'a> {
    Loop {
        cont: usize,
        brk: usize,
        is_for: bool,
    },
    /// Inside an `except` body (stack: [prev]): leaving it must restore the handled
    /// exception and leave the cleanup region.
    HandlerBody { handlers_len: usize },
    /// Inside the exceptional copy of a `finally` body (stack: [prev, exc]).
    FinallyExcBody { handlers_len: usize },
    /// Inside a `with` body (stack: [exit]): leaving it calls exit(None, None, None).
    With { handlers_len: usize, is_async: bool },
    /// Inside a try body with a `finally`: leaving it runs the finally body.
    Finally {
        body: &'a [Stmt],
        handlers_len: usize,
    },
}

struct Unit<'a> {
    scope: usize,
    qualname: String,
    name: String,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    /// Source range (byte offsets) of each instruction: the innermost expression or
    /// statement it was compiled for, as CPython's `co_positions` (traceback carets).
    positions: Vec<(u32, u32)>,
    handler_of: Vec<Option<(usize, u32)>>,
    consts: Vec<Value>,
    const_keys: HashMap<ConstKey, u32>,
    names: Vec<Value>,
    name_idx: HashMap<String, u32>,
    varnames: Vec<String>,
    var_idx: HashMap<String, u32>,
    cellnames: Vec<String>,
    cell_idx: HashMap<String, u32>,
    ncellvars: u32,
    cell_args: Vec<(u32, u32)>,
    labels: Vec<Option<u32>>,
    label_depth: Vec<Option<i32>>,
    depth: i32,
    reachable: bool,
    handlers: Vec<(usize, u32)>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    /// The range `emit` records (set per statement and expression).
    range: (u32, u32),
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    first_line: u32,
    /// Docstring of a function body, or None.
    doc: Value,
}

struct Compiler<'a> {
    src: &'a str,
    filename: Value,
    li: LineIndex,
    st: SymbolTable,
    units: Vec<Unit<'a>>,
    unique: usize,
    /// `from __future__ import annotations` seen: annotations are kept as strings.
    future_annotations: bool,
}

/// How a source text is compiled (`compile()`'s mode).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module: names are globals.
    Module,
    /// `exec`: statements whose names live in the namespace dict in local 0 (so
    /// `exec(src, globals, locals)` can give separate dicts); nested scopes see globals.
    Exec,
    /// `eval`: one expression, its value returned; names as for `Exec`.
    Eval,
}

pub fn compile_module(source: &str, filename: &str) -> CResult<Value> {
    compile_source(source, filename, Mode::Module)
}

pub fn compile_source(source: &str, filename: &str, mode: Mode) -> CResult<Value> {
    let li = LineIndex::from_source_text(source);
    if let Some(at) = too_deeply_nested(source) {
        let r = TextRange::new(TextSize::from(at as u32), TextSize::from(at as u32));
        return Err(error_at(
            source,
            &li,
            "SyntaxError",
            "too many nested parentheses".into(),
            r,
        ));
    }
    let parsed = match ruff_python_parser::parse_module(source) {
        Ok(p) => p,
        Err(e) => return Err(parse_error(source, &li, &e.error.to_string(), e.location)),
    };
    let body = &parsed.syntax().body;
    if mode == Mode::Eval && !matches!(&body[..], [Stmt::Expr(_)]) {
        // Not a single expression: where CPython's expression parser stops.
        let at = match body.first() {
            Some(Stmt::Expr(e)) if body.len() > 1 => e.range.end(),
            Some(s) => s.range().start(),
            None => TextSize::from(source.len() as u32),
        };
        let mut e = error_at(
            source,
            &li,
            "SyntaxError",
            "invalid syntax".into(),
            TextRange::empty(at),
        );
        e.from_parser = true; // CPython's parser finds it
        return Err(e);
    }
    let st = match symtable::build(body, mode != Mode::Module) {
        Ok(t) => t,
        Err(e) => return Err(error_at(source, &li, "SyntaxError", e.msg, e.range)),
    };
    let future_annotations = super::symtable::has_future_annotations(body);
    let mut c = Compiler {
        src: source,
        filename: intern(filename),
        li,
        st,
        units: vec![],
        unique: 0,
        future_annotations,
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1);
    if mode == Mode::Module {
        c.cur().flags |= code_flags::MODULE;
    } else {
        // The namespace dict is the one argument (as for a class body).
        c.cur().flags |= code_flags::NAMESPACE;
        c.cur().argcount = 1;
        c.cur().add_var(".ns");
    }
    if mode == Mode::Eval {
        let Stmt::Expr(e) = &body[0] else {
            unreachable!()
        };
        c.stmt_range(e.range);
        c.expr(&e.value)?;
        c.emit(Op::ReturnValue, 0);
        return c.finish_unit();
    }
    c.setup_annotations(body);
    let mut body: &[Stmt] = body;
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::StringLiteral(doc) = &*e.value {
            c.load_str(doc.value.to_str());
            c.name_op("__doc__", ast::ExprContext::Store);
            body = &body[1..];
        }
    }
    c.stmts(body)?;
    c.load_const_none();
    c.emit(Op::ReturnValue, 0);
    c.finish_unit()
}

fn error_at(
    src: &str,
    li: &LineIndex,
    kind: &'static str,
    msg: String,
    range: TextRange,
) -> CompileError {
    let lc = li.line_column(range.start(), src);
    let line = lc.line.get() as u32;
    let text = src.lines().nth(line as usize - 1).unwrap_or("").to_string();
    let end = li.line_column(range.end(), src);
    let col = lc.column.get() as u32;
    let end_col = if end.line == lc.line && end.column.get() as u32 > col + 1 {
        end.column.get() as u32
    } else {
        0
    };
    CompileError {
        kind,
        msg,
        line,
        col,
        end_col,
        text,
        from_parser: false,
    }
}

/// A parser error in CPython 3.11's words where they differ from Ruff's: its messages
/// for missing colons and indented blocks, unclosed and mismatched brackets (which the
/// tokenizer finds in the whole file when the parser's error is a generic one), and
/// "invalid syntax" for the rest.
/// The end of the run of adjacent string literals (and the blanks between them) that
/// starts at byte `at`: where CPython reports "cannot mix bytes and nonbytes literals".
fn string_run_end(src: &str, at: usize) -> usize {
    let b = src.as_bytes();
    // A string literal (prefix letters, then a quote) starts at `k`: the quote's index.
    let quote_at = |k: usize| {
        let mut q = k;
        while q < b.len() && b[q].is_ascii_alphabetic() && q - k < 3 {
            q += 1;
        }
        (q < b.len() && (b[q] == b'"' || b[q] == b'\'')).then_some(q)
    };
    let mut i = at;
    loop {
        while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
            i += 1;
        }
        // Inside brackets the run may go on on the next line: only if a literal does.
        if i < b.len() && (b[i] == b'\n' || b[i] == b'\r') {
            let mut k = i;
            while k < b.len() && b[k].is_ascii_whitespace() {
                k += 1;
            }
            match quote_at(k) {
                Some(_) => i = k,
                None => return i,
            }
        }
        let Some(q) = quote_at(i) else {
            return i.min(b.len());
        };
        let (_, end) = literal_around(src, q);
        i = end;
    }
}

/// The string literal containing byte `at` (or starting with the quote there): its
/// prefix start and the end past its closing quote. Single-line literals; a literal
/// it cannot delimit gives `(at, at + 1)`.
fn literal_around(src: &str, at: usize) -> (usize, usize) {
    let b = src.as_bytes();
    let line_start = src[..at.min(b.len())].rfind('\n').map_or(0, |p| p + 1);
    // Scan the line from its start, tracking literals, until one covers `at`.
    let mut i = line_start;
    while i < b.len() && b[i] != b'\n' {
        if b[i] == b'"' || b[i] == b'\'' {
            let mut start = i;
            while start > line_start && b[start - 1].is_ascii_alphabetic() {
                start -= 1;
            }
            let q = b[i];
            let triple = b.get(i..i + 3) == Some(&[q, q, q][..]);
            let raw = b[start..i].iter().any(|c| c.eq_ignore_ascii_case(&b'r'));
            let mut j = i + if triple { 3 } else { 1 };
            while j < b.len() && b[j] != b'\n' {
                if b[j] == b'\\' && !raw {
                    j += 2;
                    continue;
                }
                if b[j] == q && (!triple || b.get(j..j + 3) == Some(&[q, q, q][..])) {
                    j += if triple { 3 } else { 1 };
                    break;
                }
                j += 1;
            }
            if (start..j).contains(&at) {
                return (start, j.min(b.len()));
            }
            i = j;
            continue;
        }
        i += 1;
    }
    (at, at + 1)
}

fn parse_error(src: &str, li: &LineIndex, msg: &str, range: TextRange) -> CompileError {
    let mut e = parse_error_in_cpython_words(src, li, msg, range);
    e.from_parser = true;
    e
}

fn parse_error_in_cpython_words(
    src: &str,
    li: &LineIndex,
    msg: &str,
    range: TextRange,
) -> CompileError {
    if let Some(e) = target_error(src, li, msg, range) {
        return e;
    }
    let simple = |text: &str| error_at(src, li, "SyntaxError", text.into(), range);
    match msg {
        "Bytes literal cannot be mixed with non-bytes literals" => {
            // CPython points just past the concatenated literals.
            let at = TextRange::empty(TextSize::new(
                string_run_end(src, range.start().to_usize()) as u32
            ));
            let msg = "cannot mix bytes and nonbytes literals";
            return error_at(src, li, "SyntaxError", msg.into(), at);
        }
        "bytes can only contain ASCII literal characters" => {
            // CPython underlines the whole literal (prefix and quotes included), one
            // caret per byte of its UTF-8 text (its end offset counts bytes).
            let (start, end) = literal_around(src, range.start().to_usize());
            let at = TextRange::new(TextSize::new(start as u32), TextSize::new(end as u32));
            let mut e = error_at(src, li, "SyntaxError", msg.into(), at);
            e.end_col = e.col + (end - start) as u32;
            return e;
        }
        "Iterable argument unpacking cannot follow keyword argument unpacking" => {
            let at = TextRange::empty(range.start());
            let msg = "iterable argument unpacking follows keyword argument unpacking";
            return error_at(src, li, "SyntaxError", msg.into(), at);
        }
        "Positional argument cannot follow keyword argument" => {
            // CPython points at the call's closing parenthesis.
            let b = src.as_bytes();
            let (mut i, mut depth) = (range.end().to_usize(), 0usize);
            while i < b.len() {
                match b[i] {
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' if depth == 0 => break,
                    b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                i += 1;
            }
            let at = TextRange::empty(TextSize::from(i.min(b.len()) as u32));
            let msg = "positional argument follows keyword argument";
            return error_at(src, li, "SyntaxError", msg.into(), at);
        }
        "Unparenthesized generator expression cannot be used here" => {
            return simple("Generator expression must be parenthesized");
        }
        "Expected one or more keyword parameter after `*` separator" => {
            // At the bare `*` (Ruff points at what follows it).
            let before = &src[..range.start().to_usize()];
            let star = before.rfind('*').unwrap_or(before.len());
            let at = TextRange::empty(TextSize::from(star as u32));
            return error_at(
                src,
                li,
                "SyntaxError",
                "named arguments must follow bare *".into(),
                at,
            );
        }
        _ => {}
    }
    // Ruff's other ranges are not CPython's error tokens: one caret, at the start.
    let range = TextRange::empty(range.start());
    let lower = msg.to_ascii_lowercase();
    if lower.contains("indent") {
        let mut e = error_at(src, li, "IndentationError", msg.to_string(), range);
        if lower.contains("unexpected indentation") {
            e.msg = "unexpected indent".into();
            e.col = 0; // CPython shows no caret
        } else if let Some(what) = msg.strip_prefix("Expected an indented block after ") {
            // "`for` statement" -> "'for' statement"; "`class` definition" -> "class
            // definition"; the header is the last code line before the block.
            let what = if what.ends_with(" definition") {
                what.replace('`', "")
            } else {
                what.replace('`', "'").replace(" clause", " statement")
            };
            let header = src
                .lines()
                .take(e.line.saturating_sub(1) as usize)
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
                .last()
                .map_or(e.line, |(i, _)| i as u32 + 1);
            e.msg = format!("expected an indented block after {what} on line {header}");
        } else if lower.contains("unindent does not match") {
            // CPython's caret sits just past the end of the line.
            e.col = e.text.trim_end().chars().count() as u32 + 1;
        }
        return e;
    }
    if msg.starts_with("Expected `:`") {
        return error_at(src, li, "SyntaxError", "expected ':'".into(), range);
    }
    if lower.contains("missing closing quote") || lower.contains("unterminated string") {
        // At the string's first character (its prefix included); a triple-quoted one
        // is detected at the end of the file.
        let b = src.as_bytes();
        let mut at = range.start().to_usize().min(b.len());
        while at > 0
            && matches!(
                b[at - 1],
                b'\'' | b'"' | b'r' | b'R' | b'b' | b'B' | b'f' | b'F' | b'u' | b'U'
            )
        {
            at -= 1;
        }
        let quote = src[at..].trim_start_matches(|c: char| c.is_ascii_alphabetic());
        let triple = quote.starts_with("\"\"\"") || quote.starts_with("\'\'\'");
        let r = TextRange::new(TextSize::from(at as u32), TextSize::from(at as u32));
        let mut e = error_at(src, li, "SyntaxError", String::new(), r);
        e.msg = if triple {
            let last = src.lines().count().max(1);
            format!("unterminated triple-quoted string literal (detected at line {last})")
        } else {
            format!("unterminated string literal (detected at line {})", e.line)
        };
        return e;
    }
    let generic = lower.starts_with("expected")
        || lower.starts_with("unexpected")
        || lower.starts_with("simple statements must be separated")
        || lower.contains("got")
        || lower.starts_with("starred expression cannot be used here");
    if generic {
        // As CPython after a generic error: the tokenizer's view of the whole file
        // takes precedence (a mismatched or unmatched closer always; a bracket never
        // closed when the parser ran into the end of the file, or failed on a later
        // line than the bracket's).
        if let Some((msg, at, unclosed)) = bracket_error(src, li) {
            let line = |x: usize| li.line_index(TextSize::from(x as u32)).get();
            let at_eof = lower.contains("unexpected eof");
            if !unclosed || at_eof || line(range.start().to_usize()) > line(at) {
                let r = TextRange::new(TextSize::from(at as u32), TextSize::from(at as u32));
                return error_at(src, li, "SyntaxError", msg, r);
            }
        }
        return error_at(src, li, "SyntaxError", "invalid syntax".into(), range);
    }
    error_at(src, li, "SyntaxError", msg.to_string(), range)
}

/// Invalid assignment, augmented assignment and `del` targets in CPython's words
/// ("cannot assign to function call here. Maybe you meant '==' instead of '='?"),
/// naming the target's kind as CPython does, with carets under it.
fn target_error(src: &str, li: &LineIndex, msg: &str, range: TextRange) -> Option<CompileError> {
    let what = match msg {
        "Invalid assignment target"
        | "Invalid delete target"
        | "Invalid augmented assignment target" => msg,
        _ => return None,
    };
    let text = &src[range.start().to_usize()..range.end().to_usize()];
    let parsed = ruff_python_parser::parse_expression(text).ok()?;
    let e = parsed.expr();
    let kind = match e {
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::EllipsisLiteral(_) => "ellipsis",
        e => expr_kind_name(e),
    };
    let msg = match what {
        "Invalid delete target" => format!("cannot delete {kind}"),
        "Invalid augmented assignment target" => {
            format!("'{kind}' is an illegal expression for augmented assignment")
        }
        _ => {
            // The first target of a statement, followed by `=` (not `==`): CPython's
            // parser took it for a comparison gone wrong.
            let line_start = src[..range.start().to_usize()]
                .rfind('\n')
                .map_or(0, |i| i + 1);
            let first = !src[line_start..range.start().to_usize()].contains('=');
            let after = src[range.end().to_usize()..].trim_start_matches([' ', '\t', ')']);
            let hint = first
                && after.starts_with('=')
                && !after.starts_with("==")
                && !matches!(kind, "None" | "True" | "False");
            if hint {
                format!("cannot assign to {kind} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {kind}")
            }
        }
    };
    Some(error_at(src, li, "SyntaxError", msg, range))
}

/// The first bracket error CPython's tokenizer reports for `src`: a closer that matches
/// no opener ("unmatched ')'"), a closer of the wrong kind, or an opener still open at
/// the end ("'(' was never closed"); with its byte offset and whether it is the last
/// kind. Strings and comments are skipped; None also when a string is unterminated
/// (a different error).
fn bracket_error(src: &str, li: &LineIndex) -> Option<(String, usize, bool)> {
    let b = src.as_bytes();
    let mut open: Vec<(u8, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                // A backslash escapes the next character for tokenizing in every kind
                // of string, raw ones included (r"\"" is one string).
                let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
                let mut j = if triple { i + 3 } else { i + 1 };
                loop {
                    if j >= b.len() {
                        return None; // unterminated string
                    }
                    if b[j] == b'\\' {
                        j += 2;
                        continue;
                    }
                    if !triple && b[j] == b'\n' {
                        return None;
                    }
                    if b[j] == c && (!triple || (j + 2 < b.len() && b[j + 1] == c && b[j + 2] == c))
                    {
                        j += if triple { 3 } else { 1 };
                        break;
                    }
                    j += 1;
                }
                i = j;
                continue;
            }
            b'(' | b'[' | b'{' => open.push((c, i)),
            b')' | b']' | b'}' => {
                let want = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match open.pop() {
                    None => return Some((format!("unmatched '{}'", c as char), i, false)),
                    Some((o, at)) if o != want => {
                        let line = |x: usize| li.line_index(TextSize::from(x as u32)).get();
                        let on = if line(at) != line(i) {
                            format!(" on line {}", line(at))
                        } else {
                            String::new()
                        };
                        return Some((
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'{on}",
                                c as char, o as char
                            ),
                            i,
                            false,
                        ));
                    }
                    Some(_) => {}
                }
            }
            _ => {}
        }
        i += 1;
    }
    open.pop()
        .map(|(o, at)| (format!("'{}' was never closed", o as char), at, true))
}

macro_rules! bail {
    ($self:ident, $range:expr, $($fmt:tt)*) => {
        return Err($self.error($range, format!($($fmt)*)))
    };
}

impl<'a> Compiler<'a> {
    fn cur(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }
    fn error(&self, range: TextRange, msg: String) -> CompileError {
        error_at(self.src, &self.li, "SyntaxError", msg, range)
    }
    fn unsupported(&self, range: TextRange, what: &str) -> CompileError {
        self.error(range, format!("{what} is not supported yet"))
    }
    fn line_of(&self, pos: TextSize) -> u32 {
        self.li.line_index(pos).get() as u32
    }
    fn set_line(&mut self, r: TextRange) {
        let l = self.line_of(r.start());
        self.cur().line = l;
    }

    fn push_unit(&mut self, scope: usize, name: String, qualname: String, first_line: u32) {
        let sc = &self.st.scopes[scope];
        let mut u = Unit {
            scope,
            qualname,
            name,
            instrs: vec![],
            lines: vec![],
            handler_of: vec![],
            consts: vec![],
            const_keys: HashMap::new(),
            names: vec![],
            name_idx: HashMap::new(),
            varnames: vec![],
            var_idx: HashMap::new(),
            cellnames: vec![],
            cell_idx: HashMap::new(),
            ncellvars: 0,
            cell_args: vec![],
            labels: vec![],
            label_depth: vec![],
            depth: 0,
            reachable: true,
            handlers: vec![],
            fblocks: vec![],
            line: first_line,
            range: (0, 0),
            positions: vec![],
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: 0,
            first_line,
            doc: Value::NONE,
        };
        if sc.kind != ScopeKind::Module {
            for p in &sc.params {
                u.add_var(p);
            }
            if sc.is_coroutine {
                u.flags |= code_flags::COROUTINE | code_flags::GENERATOR;
            }
            for n in &sc.bound {
                if sc.kind_of(n) == NameKind::Local {
                    u.add_var(n);
                }
            }
            for n in sc.cellvars.iter() {
                let ci = u.cellnames.len() as u32;
                u.cellnames.push(n.clone());
                u.cell_idx.insert(n.clone(), ci);
                if let Some(&li) = u.var_idx.get(n) {
                    u.cell_args.push((ci, li));
                }
            }
            u.ncellvars = sc.cellvars.len() as u32;
            for n in sc.freevars.iter() {
                let ci = u.cellnames.len() as u32;
                u.cellnames.push(n.clone());
                u.cell_idx.insert(n.clone(), ci);
            }
            if sc.is_generator {
                u.flags |= code_flags::GENERATOR;
                if sc.is_coroutine {
                    u.flags &= !code_flags::COROUTINE;
                    u.flags |= code_flags::ASYNC_GENERATOR;
                }
            }
        }
        self.units.push(u);
    }

    fn finish_unit(&mut self) -> CResult<Value> {
        let u = self.units.pop().unwrap();
        // Resolve jump targets.
        let mut instrs = u.instrs;
        for ins in instrs.iter_mut() {
            if ins.op.operand() == Operand::Jump {
                ins.arg = u.labels[ins.arg as usize].expect("unbound label");
            }
        }
        fuse_superinstructions(&mut instrs);
        // Exception table from per-instruction handler assignment.
        let mut exc_table: Vec<ExcEntry> = vec![];
        for (i, h) in u.handler_of.iter().enumerate() {
            if let Some((label, depth)) = *h {
                let target = u.labels[label].expect("unbound handler label");
                match exc_table.last_mut() {
                    Some(e) if e.end == i as u32 && e.target == target && e.depth == depth => {
                        e.end += 1
                    }
                    _ => exc_table.push(ExcEntry {
                        start: i as u32,
                        end: i as u32 + 1,
                        target,
                        depth,
                    }),
                }
            }
        }
        // IC slots.
        let mut n_ic: u32 = 0;
        for ins in instrs.iter_mut() {
            if ins.op.ic_kind().is_some() {
                if n_ic >= NO_IC as u32 {
                    return Err(CompileError {
                        kind: "SyntaxError",
                        msg: "too many inline-cache sites in one function".into(),
                        line: u.first_line,
                        col: 1,
                        end_col: 0,
                        text: String::new(),
                        from_parser: false,
                    });
                }
                ins.ic = n_ic as u16;
                n_ic += 1;
            }
        }
        let (depth, max_stack) = compute_depths(&instrs, &exc_table).map_err(|m| CompileError {
            kind: "SyntaxError",
            msg: format!("internal compiler error: {m}"),
            line: u.first_line,
            col: 1,
            end_col: 0,
            text: String::new(),
            from_parser: false,
        })?;
        let sc = &self.st.scopes[u.scope];
        let _ = sc;
        let code = CodeObject {
            instrs,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames.iter().map(|s| intern(s)).collect(),
            cellnames: u.cellnames.iter().map(|s| intern(s)).collect(),
            ncellvars: u.ncellvars,
            cell_args: u.cell_args,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            max_stack: max_stack + 1,
            depth,
            lines: u.lines,
            positions: u.positions,
            exc_table,
            n_ic,
            ic: kiln_ic::IcTable::new(n_ic as usize),
            jit: kiln_threads::publish::CodeSlot::new(),
            name: intern(&u.name),
            qualname: intern(&u.qualname),
            filename: self.filename,
            first_line: u.first_line,
            simple_call: false,
            jit_call: 0,
            module_name_ic: std::sync::atomic::AtomicU64::new(0),
            frame_words: 0,
            local_count: 0,
            delegates: false,
            doc: u.doc,
        };
        let mut code = code;
        code.frame_words = (crate::interp::FRAME_HEADER_WORDS + code.frame_slots()) as u32;
        code.local_count = code.nlocals() as u32;
        code.delegates = code.instrs.iter().any(|i| i.op == Op::Send);
        let positional_only = code.flags
            & (code_flags::VARARGS | code_flags::VARKEYWORDS | code_flags::GENERATOR)
            == 0
            && code.kwonlyargcount == 0;
        code.simple_call = positional_only && code.cellnames.is_empty();
        code.jit_call = match (positional_only, code.cellnames.is_empty()) {
            (false, _) => 0,
            (true, true) => 1,
            (true, false) => 2,
        };
        Ok(alloc(CodeObj { code }))
    }

    // ---- emission ----------------------------------------------------------

    fn emit(&mut self, op: Op, arg: u32) -> usize {
        let u = self.cur();
        let before = u.depth;
        let idx = u.instrs.len();
        u.instrs.push(Instr { op, ic: NO_IC, arg });
        u.lines.push(u.line);
        u.positions.push(u.range);
        u.handler_of.push(u.handlers.last().copied());
        if !u.reachable {
            // Dead code (after return/raise/jump): it never runs, so it must not
            // influence the depths recorded for labels.
            return idx;
        }
        if op.has_flag(flags::BRANCH) {
            let jd = match op {
                Op::Jump | Op::JumpBackward => 0,
                _ => op.jump_delta(),
            };
            let l = arg as usize;
            if u.label_depth[l].is_none() {
                u.label_depth[l] = Some(before + jd);
            }
        }
        u.depth = before - op.pops(arg) as i32 + op.pushes(arg) as i32;
        if op.has_flag(flags::TERMINATOR) {
            u.reachable = false;
        }
        idx
    }
    fn new_label(&mut self) -> usize {
        let u = self.cur();
        u.labels.push(None);
        u.label_depth.push(None);
        u.labels.len() - 1
    }
    fn bind(&mut self, l: usize) {
        let u = self.cur();
        u.labels[l] = Some(u.instrs.len() as u32);
        if !u.reachable {
            if let Some(d) = u.label_depth[l] {
                u.depth = d;
            }
            u.reachable = true;
        }
    }
    fn jump(&mut self, op: Op, l: usize) {
        self.emit(op, l as u32);
    }
    /// Start a protected region whose exceptions go to `handler` with the current depth.
    fn push_handler(&mut self, handler: usize) {
        let u = self.cur();
        let d = u.depth as u32;
        u.handlers.push((handler, d));
        // the handler is entered with the exception pushed
        u.label_depth[handler] = Some(d as i32 + 1);
    }
    fn pop_handler(&mut self) {
        self.cur().handlers.pop();
    }

    fn add_const(&mut self, key: ConstKey, v: impl FnOnce() -> Value) -> u32 {
        if let Some(&i) = self.cur().const_keys.get(&key) {
            return i;
        }
        let val = v();
        let u = self.cur();
        let i = u.consts.len() as u32;
        u.consts.push(val);
        u.const_keys.insert(key, i);
        i
    }
    fn load_const_none(&mut self) {
        let i = self.add_const(ConstKey::None, || Value::NONE);
        self.emit(Op::LoadConst, i);
    }
    fn load_str(&mut self, s: &str) {
        let i = self.add_const(ConstKey::Str(s.to_string()), || intern(s));
        self.emit(Op::LoadConst, i);
    }
    fn load_value(&mut self, v: Value) {
        self.unique += 1;
        let i = self.add_const(ConstKey::Unique(self.unique), || v);
        self.emit(Op::LoadConst, i);
    }
    fn name_index(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.cur().name_idx.get(n) {
            return i;
        }
        let v = intern(n);
        let u = self.cur();
        let i = u.names.len() as u32;
        u.names.push(v);
        u.name_idx.insert(n.to_string(), i);
        i
    }

    // ---- names -------------------------------------------------------------

    fn name_op(&mut self, n: &str, ctx: ast::ExprContext) {
        let scope = self.cur().scope;
        let kind = self.st.scopes[scope].kind_of(n);
        let (local, cell, global, dict) = match ctx {
            ast::ExprContext::Load => (Op::LoadFast, Op::LoadDeref, Op::LoadGlobal, Op::LoadName),
            ast::ExprContext::Store => (
                Op::StoreFast,
                Op::StoreDeref,
                Op::StoreGlobal,
                Op::StoreName,
            ),
            _ => (
                Op::DeleteFast,
                Op::DeleteDeref,
                Op::DeleteGlobal,
                Op::DeleteName,
            ),
        };
        match kind {
            NameKind::Local => {
                let i = self.cur().var_idx[n];
                self.emit(local, i);
            }
            NameKind::Cell | NameKind::Free => {
                let i = self.cur().cell_idx[n];
                self.emit(cell, i);
            }
            NameKind::Global => {
                let i = self.name_index(n);
                self.emit(global, i);
            }
            NameKind::Name => {
                let i = self.name_index(n);
                self.emit(dict, i);
            }
        }
    }

    // ---- statements ----------------------------------------------------------

    fn stmts(&mut self, ss: &'a [Stmt]) -> CResult<()> {
        for s in ss {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Line and source range for the instructions of a statement at `r`.
    fn stmt_range(&mut self, r: TextRange) {
        self.set_line(r);
        self.cur().range = (r.start().into(), r.end().into());
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.stmt_range(s.range());
        match s {
            Stmt::Expr(e) => {
                if matches!(&*e.value, Expr::EllipsisLiteral(_)) {
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(Op::PopTop, 0);
            }
            Stmt::Pass(_) => {}
            Stmt::Assign(a) => {
                if let Some((targets, values)) = swap_assignment(a) {
                    // `x, y = y, x + y`: no tuple; the values are evaluated in order
                    // and reversed in place, as CPython's BUILD_TUPLE + UNPACK_SEQUENCE
                    // peephole (SWAP).
                    for v in values {
                        self.expr(v)?;
                    }
                    if values.len() > 1 {
                        self.emit(Op::Swap, values.len() as u32);
                    }
                    for t in targets {
                        self.store(t)?;
                    }
                    return Ok(());
                }
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::Copy, 1);
                    }
                    self.store(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store(&a.target)?;
                }
                // Module and class bodies record simple annotations in __annotations__
                // (as source text under `from __future__ import annotations`).
                let scope = self.cur().scope;
                let kind = self.st.scopes[scope].kind;
                if let (Expr::Name(n), true) = (
                    &*a.target,
                    a.simple && matches!(kind, ScopeKind::Module | ScopeKind::Class),
                ) {
                    if self.future_annotations {
                        let r = a.annotation.range();
                        let text = self.src[r.start().to_usize()..r.end().to_usize()].to_string();
                        self.load_str(&text);
                    } else {
                        self.expr(&a.annotation)?;
                    }
                    self.name_op("__annotations__", ast::ExprContext::Load);
                    self.load_str(n.id.as_str());
                    self.emit(Op::StoreSubscr, 0);
                }
            }
            Stmt::If(i) => {
                let end = self.new_label();
                let mut next = self.new_label();
                self.jump_if(&i.test, false, next)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    self.jump(Op::Jump, end);
                    self.bind(next);
                    next = self.new_label();
                    match &c.test {
                        Some(t) => {
                            self.set_line(t.range());
                            self.jump_if(t, false, next)?;
                        }
                        None => {}
                    }
                    self.stmts(&c.body)?;
                }
                self.bind(next);
                self.bind(end);
            }
            Stmt::While(w) => {
                let top = self.new_label();
                let orelse = self.new_label();
                let end = self.new_label();
                self.bind(top);
                self.jump_if(&w.test, false, orelse)?;
                self.cur().fblocks.push(FBlock::Loop {
                    cont: top,
                    brk: end,
                    is_for: false,
                });
                self.stmts(&w.body)?;
                self.cur().fblocks.pop();
                self.set_line(w.range());
                self.jump(Op::JumpBackward, top);
                self.bind(orelse);
                self.stmts(&w.orelse)?;
                self.bind(end);
            }
            Stmt::For(f) => {
                if f.is_async {
                    let scope = self.cur().scope;
                    if !self.st.scopes[scope].is_coroutine {
                        bail!(self, f.range, "'async for' outside async function");
                    }
                }
                let top = self.new_label();
                let exhausted = self.new_label();
                let end = self.new_label();
                self.expr(&f.iter)?;
                self.emit(
                    if f.is_async {
                        Op::GetAIter
                    } else {
                        Op::GetIter
                    },
                    0,
                );
                self.bind(top);
                self.next_item(f.is_async, exhausted);
                self.store(&f.target)?;
                self.cur().fblocks.push(FBlock::Loop {
                    cont: top,
                    brk: end,
                    is_for: true,
                });
                self.stmts(&f.body)?;
                self.cur().fblocks.pop();
                self.set_line(f.range());
                self.jump(Op::JumpBackward, top);
                self.bind(exhausted);
                self.items_exhausted(f.is_async);
                self.stmts(&f.orelse)?;
                self.bind(end);
            }
            Stmt::Break(b) => self.break_continue(b.range, true)?,
            Stmt::Continue(c) => self.break_continue(c.range, false)?,
            Stmt::Return(r) => {
                let scope = self.cur().scope;
                if !matches!(
                    self.st.scopes[scope].kind,
                    ScopeKind::Function | ScopeKind::Lambda
                ) {
                    bail!(self, r.range, "'return' outside function");
                }
                if r.value.is_some() && self.cur().flags & code_flags::ASYNC_GENERATOR != 0 {
                    bail!(self, r.range, "'return' with value in async generator");
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const_none(),
                }
                self.unwind_for_return()?;
                self.emit(Op::ReturnValue, 0);
            }
            Stmt::FunctionDef(f) => {
                if let Some(tp) = &f.type_params {
                    // Python 3.12 syntax: what 3.11's parser says about it.
                    let at = TextRange::empty(tp.range.start());
                    return Err(self.error(at, "expected '('".into()));
                }
                for d in &f.decorator_list {
                    self.emit(Op::PushNull, 0);
                    self.expr(&d.expression)?;
                }
                self.function(
                    f.name.id.as_str(),
                    f.range,
                    Some(&f.parameters),
                    f.returns.as_deref(),
                    FnBody::Stmts(&f.body),
                )?;
                for _ in &f.decorator_list {
                    self.emit(Op::Call, 1);
                }
                self.name_op(f.name.id.as_str(), ast::ExprContext::Store);
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Raise(r) => {
                let n = match (&r.exc, &r.cause) {
                    (None, _) => 0,
                    (Some(e), None) => {
                        self.expr(e)?;
                        1
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e)?;
                        self.expr(c)?;
                        2
                    }
                };
                self.emit(Op::RaiseVarargs, n);
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                match &a.msg {
                    Some(m) => {
                        self.emit(Op::PushNull, 0);
                        self.emit(Op::LoadAssertionError, 0);
                        self.expr(m)?;
                        self.emit(Op::Call, 1);
                    }
                    None => {
                        self.emit(Op::LoadAssertionError, 0);
                    }
                }
                self.emit(Op::RaiseVarargs, 1);
                self.bind(end);
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(self.unsupported(t.range, "'except*'"));
                }
                if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let full = a.name.id.as_str();
                    match &a.asname {
                        Some(asn) => {
                            let ni = self.name_index(full);
                            self.emit(Op::ImportName, ni);
                            self.name_op(asn.id.as_str(), ast::ExprContext::Store);
                        }
                        None => {
                            let top = full.split('.').next().unwrap();
                            if top != full {
                                let ni = self.name_index(full);
                                self.emit(Op::ImportName, ni);
                                self.emit(Op::PopTop, 0);
                            }
                            let ni = self.name_index(top);
                            self.emit(Op::ImportName, ni);
                            self.name_op(top, ast::ExprContext::Store);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let module_name = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
                // Relative imports are encoded as the dots followed by the module name.
                let rel = format!("{}{module_name}", ".".repeat(i.level as usize));
                let module = rel.as_str();
                if module == "__future__" {
                    return Ok(());
                }
                if i.names.iter().any(|a| a.name.id.as_str() == "*") {
                    return Err(self.unsupported(i.range, "'import *'"));
                }
                let ni = self.name_index(module);
                self.emit(Op::ImportName, ni);
                for a in &i.names {
                    let ni = self.name_index(a.name.id.as_str());
                    self.emit(Op::ImportFrom, ni);
                    let target = a.asname.as_ref().unwrap_or(&a.name);
                    self.name_op(target.id.as_str(), ast::ExprContext::Store);
                }
                self.emit(Op::PopTop, 0);
            }
            Stmt::With(w) => {
                if w.is_async {
                    let scope = self.cur().scope;
                    if !self.st.scopes[scope].is_coroutine {
                        bail!(self, w.range, "'async with' outside async function");
                    }
                }
                self.with_items(&w.items, &w.body, w.is_async)?;
            }
            Stmt::Match(m) => return Err(self.unsupported(m.range, "'match' statement")),
            // Python 3.12 syntax: what 3.11's parser says about it.
            Stmt::TypeAlias(t) => return Err(self.error(t.name.range(), "invalid syntax".into())),
            Stmt::IpyEscapeCommand(c) => bail!(self, c.range, "invalid syntax"),
        }
        Ok(())
    }

    fn break_continue(&mut self, range: TextRange, is_break: bool) -> CResult<()> {
        // Find the innermost loop, unwinding blocks on the way.
        let n = self.cur().fblocks.len();
        let Some(loop_i) = (0..n)
            .rev()
            .find(|&i| matches!(self.cur().fblocks[i], FBlock::Loop { .. }))
        else {
            if is_break {
                bail!(self, range, "'break' outside loop");
            } else {
                bail!(self, range, "'continue' not properly in loop");
            }
        };
        let saved_handlers = self.cur().handlers.clone();
        let saved_fblocks_len = n;
        for i in (loop_i + 1..n).rev() {
            self.unwind_block(i, false)?;
        }
        let FBlock::Loop { cont, brk, is_for } = self.cur().fblocks[loop_i] else {
            unreachable!()
        };
        if is_break {
            if is_for {
                self.emit(Op::PopTop, 0);
            }
            self.jump(Op::Jump, brk);
        } else {
            self.jump(Op::JumpBackward, cont);
        }
        self.cur().handlers = saved_handlers;
        debug_assert_eq!(self.cur().fblocks.len(), saved_fblocks_len);
        Ok(())
    }

    /// Emit the exit actions of fblock `i` (for break/continue/return leaving it).
    fn unwind_block(&mut self, i: usize, value_on_top: bool) -> CResult<()> {
        match self.cur().fblocks[i] {
            FBlock::Loop { is_for, .. } => {
                if is_for && !value_on_top {
                    // break handles its own loop; outer loops left by return keep their
                    // iterator (the frame is discarded).
                }
            }
            FBlock::HandlerBody { handlers_len } => {
                if value_on_top {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopExcept, 0);
                self.cur().handlers.truncate(handlers_len);
            }
            FBlock::With {
                handlers_len,
                is_async,
            } => {
                self.cur().handlers.truncate(handlers_len);
                if value_on_top {
                    self.emit(Op::Swap, 2);
                }
                self.call_exit_none(is_async);
            }
            FBlock::FinallyExcBody { handlers_len } => {
                // [prev, exc, (value)] -> drop exc, restore prev
                if value_on_top {
                    self.emit(Op::Swap, 2);
                    self.emit(Op::PopTop, 0);
                    self.emit(Op::Swap, 2);
                } else {
                    self.emit(Op::PopTop, 0);
                }
                self.emit(Op::PopExcept, 0);
                self.cur().handlers.truncate(handlers_len);
            }
            FBlock::Finally { body, handlers_len } => {
                // The finally body runs protected only by handlers outside the try.
                let saved = self.cur().handlers.clone();
                self.cur().handlers.truncate(handlers_len);
                // Remove this block while compiling its body (a return inside it must not re-run it).
                let fb = self.cur().fblocks.drain(i..).collect::<Vec<_>>();
                let r = self.stmts(body);
                let mut fb = fb;
                self.cur().fblocks.append(&mut fb);
                r?;
                self.cur().handlers = saved;
            }
        }
        Ok(())
    }

    fn unwind_for_return(&mut self) -> CResult<()> {
        let n = self.cur().fblocks.len();
        let saved = self.cur().handlers.clone();
        for i in (0..n).rev() {
            self.unwind_block(i, true)?;
        }
        self.cur().handlers = saved;
        Ok(())
    }

    /// [.., exit] -> [..]: call exit(None, None, None) (awaiting its result for
    /// `async with`) and drop the result.
    fn call_exit_none(&mut self, is_async: bool) {
        // [exit, None, None, None] with Call 2 calls slot 0 with self=slot 1: exit(None, None, None).
        self.load_const_none();
        self.load_const_none();
        self.load_const_none();
        self.emit(Op::Call, 2);
        if is_async {
            self.emit(Op::GetAwaitable, 0);
            self.delegate_loop();
        }
        self.emit(Op::PopTop, 0);
    }

    /// `with` and `async with` (`is_async`: `__aenter__`/`__aexit__`, each result
    /// awaited, as CPython's BEFORE_ASYNC_WITH and the awaits after its exit calls).
    fn with_items(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        self.emit(Op::BeforeWith, is_async as u32); // [exit, enter_result]
        if is_async {
            self.emit(Op::GetAwaitable, 0);
            self.delegate_loop(); // [exit, awaited enter_result]
        }
        let handlers_len = self.cur().handlers.len();
        {
            let u = self.cur();
            let d = (u.depth - 1) as u32; // cut to [exit]
            u.handlers.push((handler, d));
            u.label_depth[handler] = Some(d as i32 + 1);
        }
        match &item.optional_vars {
            Some(t) => self.store(t)?,
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        self.cur().fblocks.push(FBlock::With {
            handlers_len,
            is_async,
        });
        self.with_items(rest, body, is_async)?;
        self.cur().fblocks.pop();
        self.pop_handler();
        if self.cur().reachable {
            self.call_exit_none(is_async);
            self.jump(Op::Jump, end);
        }
        // Exceptional exit: [exit, exc]
        self.bind(handler);
        self.emit(Op::PushExcInfo, 0); // [exit, prev, exc]
        let cleanup = self.new_label();
        {
            let u = self.cur();
            let d = (u.depth - 1) as u32; // cut to [exit, prev]
            u.handlers.push((cleanup, d));
            u.label_depth[cleanup] = Some(d as i32 + 1);
        }
        let suppress = self.new_label();
        self.emit(Op::WithExceptStart, 0); // [exit, prev, exc, res]
        if is_async {
            self.emit(Op::GetAwaitable, 0);
            self.delegate_loop();
        }
        self.jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.bind(suppress); // [exit, prev, exc]
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.jump(Op::Jump, end);
        self.bind(cleanup); // [exit, prev, exc2]
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    /// [.., iter] -> [.., iter, item], or to `exhausted`. `for`: ForIter (which pops the
    /// iterator on the way). `async for`: await `__anext__()` in a handler region whose
    /// handler is `exhausted`, entered with [.., aiter, exc] (see `items_exhausted`).
    fn next_item(&mut self, is_async: bool, exhausted: usize) {
        if is_async {
            self.push_handler(exhausted);
            self.emit(Op::GetANext, 0);
            self.emit(Op::GetAwaitable, 0);
            self.delegate_loop();
            self.pop_handler();
        } else {
            self.jump(Op::ForIter, exhausted);
        }
    }

    /// At a loop's `exhausted` label: `async for` ends on StopAsyncIteration (dropping
    /// it and the iterator) and raises anything else again; `for` has nothing left to do.
    fn items_exhausted(&mut self, is_async: bool) {
        if is_async {
            self.emit(Op::EndAsyncFor, 0);
        }
    }

    /// The `yield from` / `await` delegation loop; the iterator is on the stack.
    fn delegate_loop(&mut self) {
        let top = self.new_label();
        let exit = self.new_label();
        self.load_const_none();
        self.bind(top);
        self.jump(Op::Send, exit);
        self.emit(Op::YieldValue, 1);
        self.jump(Op::JumpBackward, top);
        self.bind(exit);
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let end = self.new_label();
        self.push_handler(handler);
        self.stmts(&t.body)?;
        self.pop_handler();
        self.stmts(&t.orelse)?;
        self.jump(Op::Jump, end);
        self.handlers(&t.handlers, handler, end)?;
        self.bind(end);
        Ok(())
    }

    /// Handler dispatch; entered with the exception on the stack.
    fn handlers(
        &mut self,
        hs: &'a [ast::ExceptHandler],
        handler: usize,
        end: usize,
    ) -> CResult<()> {
        self.bind(handler);
        self.emit(Op::PushExcInfo, 0); // [prev, exc]
        let cleanup = self.new_label();
        // Region: exceptions inside handlers restore the previous handled exception.
        {
            let u = self.cur();
            let d = (u.depth - 1) as u32; // cut to [prev]
            u.handlers.push((cleanup, d));
            u.label_depth[cleanup] = Some(d as i32 + 1);
        }
        for (i, h) in hs.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Op::CheckExcMatch, 0);
                    self.jump(Op::PopJumpIfFalse, next);
                }
                None => {
                    if i + 1 != hs.len() {
                        bail!(self, h.range, "default 'except:' must be last");
                    }
                }
            }
            match &h.name {
                Some(n) => self.name_op(n.id.as_str(), ast::ExprContext::Store),
                None => {
                    self.emit(Op::PopTop, 0);
                }
            }
            let handlers_len = self.cur().handlers.len() - 1;
            self.cur()
                .fblocks
                .push(FBlock::HandlerBody { handlers_len });
            self.stmts(&h.body)?;
            self.cur().fblocks.pop();
            self.emit(Op::PopExcept, 0);
            if let Some(n) = &h.name {
                self.load_const_none();
                self.name_op(n.id.as_str(), ast::ExprContext::Store);
                self.name_op(n.id.as_str(), ast::ExprContext::Del);
            }
            self.jump(Op::Jump, end);
            self.bind(next);
        }
        // No handler matched: re-raise (goes to cleanup).
        if self.cur().reachable {
            self.emit(Op::Reraise, 0);
        }
        self.pop_handler();
        self.bind(cleanup); // [prev, exc]
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let fhandler = self.new_label();
        let end = self.new_label();
        let handlers_len = self.cur().handlers.len();
        self.push_handler(fhandler);
        self.cur().fblocks.push(FBlock::Finally {
            body: &t.finalbody,
            handlers_len,
        });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            let h = self.new_label();
            let inner_end = self.new_label();
            self.push_handler(h);
            self.stmts(&t.body)?;
            self.pop_handler();
            self.stmts(&t.orelse)?;
            self.jump(Op::Jump, inner_end);
            self.handlers(&t.handlers, h, inner_end)?;
            self.bind(inner_end);
        }
        self.cur().fblocks.pop();
        self.pop_handler();
        // Normal exit: run the finally body.
        self.stmts(&t.finalbody)?;
        self.jump(Op::Jump, end);
        // Exceptional exit: run it with the exception saved, then re-raise.
        self.bind(fhandler);
        self.emit(Op::PushExcInfo, 0);
        let cleanup = self.new_label();
        {
            let u = self.cur();
            let d = (u.depth - 1) as u32;
            u.handlers.push((cleanup, d));
            u.label_depth[cleanup] = Some(d as i32 + 1);
        }
        // A return/break inside this copy of the body must restore the handled exception.
        let handlers_len = self.cur().handlers.len() - 1;
        self.cur()
            .fblocks
            .push(FBlock::FinallyExcBody { handlers_len });
        self.stmts(&t.finalbody)?;
        self.cur().fblocks.pop();
        // Leave the cleanup region first: the re-raise below restores `prev` itself.
        self.pop_handler();
        if self.cur().reachable {
            // [prev, exc] -> restore prev, re-raise exc
            self.emit(Op::Swap, 2);
            self.emit(Op::PopExcept, 0);
            self.emit(Op::Reraise, 0);
        }
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = binop_kind(a.op) as u32 | INPLACE;
        match &*a.target {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), ast::ExprContext::Load);
                self.expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.name_op(n.id.as_str(), ast::ExprContext::Store);
            }
            // The target's load and store carry its range, the operation the statement's
            // (CPython's compiler_augassign).
            Expr::Attribute(at) => {
                let stmt_range = self.cur().range;
                let target = (at.range.start().into(), at.range.end().into());
                self.expr(&at.value)?;
                self.cur().range = target;
                self.emit(Op::Copy, 1);
                let ni = self.name_index(at.attr.id.as_str());
                self.emit(Op::LoadAttr, ni);
                self.cur().range = stmt_range;
                self.expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.cur().range = target;
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreAttr, ni);
                self.cur().range = stmt_range;
            }
            Expr::Subscript(s) => {
                let stmt_range = self.cur().range;
                let target = (s.range.start().into(), s.range.end().into());
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.cur().range = target;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit(Op::BinarySubscr, 0);
                self.cur().range = stmt_range;
                self.expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.cur().range = target;
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreSubscr, 0);
                self.cur().range = stmt_range;
            }
            other => bail!(
                self,
                other.range(),
                "'{}' is an illegal expression for augmented assignment",
                expr_kind_name(other)
            ),
        }
        Ok(())
    }

    /// Store the top of the stack into target `t`; its instructions carry the target's
    /// source range (as CPython's, for traceback carets).
    fn store(&mut self, t: &'a Expr) -> CResult<()> {
        let saved = self.cur().range;
        self.cur().range = (t.range().start().into(), t.range().end().into());
        let r = self.store_inner(t);
        self.cur().range = saved;
        r
    }

    fn store_inner(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), ast::ExprContext::Store),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_index(a.attr.id.as_str());
                self.emit(Op::StoreAttr, ni);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if let Expr::Slice(sl) = &*s.slice {
                    if sl.step.is_none() {
                        self.slice_bounds(sl)?;
                        self.emit(Op::StoreSlice, 0);
                        return Ok(());
                    }
                }
                self.subscript_index(&s.slice)?;
                self.emit(Op::StoreSubscr, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    None => {
                        self.emit(Op::UnpackSequence, elts.len() as u32);
                    }
                    Some(si) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e, Expr::Starred(_)))
                            .count()
                            > 1
                        {
                            bail!(
                                self,
                                t.range(),
                                "multiple starred expressions in assignment"
                            );
                        }
                        let after = elts.len() - si - 1;
                        self.emit(Op::UnpackEx, si as u32 | (after as u32) << 8);
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store(&s.value)?,
                        _ => self.store(e)?,
                    }
                }
            }
            Expr::Starred(s) => bail!(
                self,
                s.range,
                "starred assignment target must be in a list or tuple"
            ),
            other => {
                let what = expr_kind_name(other);
                bail!(self, other.range(), "cannot assign to {what}")
            }
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> CResult<()> {
        let saved = self.cur().range;
        self.cur().range = (t.range().start().into(), t.range().end().into());
        let r = self.delete_inner(t);
        self.cur().range = saved;
        r
    }

    fn delete_inner(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), ast::ExprContext::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_index(a.attr.id.as_str());
                self.emit(Op::DeleteAttr, ni);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.emit(Op::DeleteSubscr, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            other => bail!(
                self,
                other.range(),
                "cannot delete {}",
                expr_kind_name(other)
            ),
        }
        Ok(())
    }

    // ---- functions ---------------------------------------------------------

    fn function(
        &mut self,
        name: &str,
        range: TextRange,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a Expr>,
        body: FnBody<'a>,
    ) -> CResult<()> {
        let scope_id = *self.st.by_range.get(&range).expect("scope for function");
        let mut flags = 0u32;
        if let Some(p) = params {
            let defaults: Vec<&Expr> = p
                .posonlyargs
                .iter()
                .chain(p.args.iter())
                .filter_map(|a| a.default.as_deref())
                .collect();
            if !defaults.is_empty() {
                for d in &defaults {
                    self.expr(d)?;
                }
                self.emit(Op::BuildTuple, defaults.len() as u32);
                flags |= 1;
            }
            let kwd: Vec<(&str, &Expr)> = p
                .kwonlyargs
                .iter()
                .filter_map(|a| {
                    a.default
                        .as_deref()
                        .map(|d| (a.parameter.name.id.as_str(), d))
                })
                .collect();
            if !kwd.is_empty() {
                for (n, d) in &kwd {
                    self.load_str(n);
                    self.expr(d)?;
                }
                self.emit(Op::BuildMap, kwd.len() as u32);
                flags |= 2;
            }
        }
        // `__annotations__`: evaluated after the defaults (source text under
        // `from __future__ import annotations`), `return` last.
        let named: Vec<(&str, &Expr)> = params
            .map(|p| super::symtable::named_annotations(p).collect())
            .unwrap_or_default();
        if !named.is_empty() || returns.is_some() {
            for (n, e) in named.iter().copied().chain(returns.map(|r| ("return", r))) {
                self.load_str(n);
                if self.future_annotations {
                    let r = e.range();
                    let text = self.src[r.start().to_usize()..r.end().to_usize()].to_string();
                    self.load_str(&text);
                } else {
                    self.expr(e)?;
                }
            }
            self.emit(
                Op::BuildMap,
                (named.len() + returns.is_some() as usize) as u32,
            );
            flags |= 4;
        }
        let parent_q = self.child_qualname_prefix();
        let qual = format!("{parent_q}{name}");
        let first_line = self.line_of(range.start());
        self.push_unit(scope_id, name.to_string(), qual, first_line);
        if let Some(p) = params {
            let u = self.cur();
            u.posonly = p.posonlyargs.len() as u32;
            u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
            u.kwonly = p.kwonlyargs.len() as u32;
            if p.vararg.is_some() {
                u.flags |= code_flags::VARARGS;
            }
            if p.kwarg.is_some() {
                u.flags |= code_flags::VARKEYWORDS;
            }
            // varnames must be: positional, kw-only, *args, **kwargs (symtable order).
            let order: Vec<String> = p
                .posonlyargs
                .iter()
                .chain(p.args.iter())
                .chain(p.kwonlyargs.iter())
                .map(|a| a.parameter.name.id.to_string())
                .chain(p.vararg.iter().map(|a| a.name.id.to_string()))
                .chain(p.kwarg.iter().map(|a| a.name.id.to_string()))
                .collect();
            self.cur().reorder_params(&order);
        }
        match body {
            FnBody::Stmts(ss) => {
                if let Some(Stmt::Expr(e)) = ss.first() {
                    if let Expr::StringLiteral(d) = &*e.value {
                        self.cur().doc = intern(d.value.to_str());
                    }
                }
                self.stmts(ss)?;
                if self.cur().reachable {
                    self.load_const_none();
                    self.emit(Op::ReturnValue, 0);
                }
            }
            FnBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::ReturnValue, 0);
            }
        }
        let freevars = self.st.scopes[scope_id].freevars.clone();
        let code = self.finish_unit()?;
        self.make_closure(code, &freevars, flags);
        Ok(())
    }

    /// Qualified-name prefix for a scope defined inside the current unit.
    fn child_qualname_prefix(&self) -> String {
        let u = self.units.last().unwrap();
        match self.st.scopes[u.scope].kind {
            ScopeKind::Module => String::new(),
            ScopeKind::Class => format!("{}.", u.qualname),
            _ => format!("{}.<locals>.", u.qualname),
        }
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        if let Some(tp) = &c.type_params {
            // Python 3.12 syntax: what 3.11's parser says about it.
            return Err(self.error(TextRange::empty(tp.range.start()), "invalid syntax".into()));
        }
        let scope_id = *self.st.by_range.get(&c.range).expect("scope for class");
        for d in &c.decorator_list {
            self.emit(Op::PushNull, 0);
            self.expr(&d.expression)?;
        }
        self.emit(Op::PushNull, 0);
        self.emit(Op::LoadBuildClass, 0);
        let name = c.name.id.as_str();
        let qual = format!("{}{name}", self.child_qualname_prefix());
        let first_line = self.line_of(c.range.start());
        self.push_unit(scope_id, name.to_string(), qual.clone(), first_line);
        self.cur().argcount = 1;
        self.cur().flags |= code_flags::NAMESPACE;
        // __module__ = __name__; __qualname__ = '...'
        let ni = self.name_index("__name__");
        self.emit(Op::LoadGlobal, ni);
        let ni = self.name_index("__module__");
        self.emit(Op::StoreName, ni);
        self.load_str(&qual);
        let ni = self.name_index("__qualname__");
        self.emit(Op::StoreName, ni);
        let mut body: &'a [Stmt] = &c.body;
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::StringLiteral(doc) = &*e.value {
                self.load_str(doc.value.to_str());
                let ni = self.name_index("__doc__");
                self.emit(Op::StoreName, ni);
                body = &body[1..];
            }
        }
        self.setup_annotations(body);
        self.stmts(body)?;
        if let Some(&ci) = self.cur().cell_idx.get("__class__") {
            self.emit(Op::LoadClosure, ci);
        } else {
            self.load_const_none();
        }
        self.emit(Op::ReturnValue, 0);
        let freevars = self.st.scopes[scope_id].freevars.clone();
        let code = self.finish_unit()?;
        self.make_closure(code, &freevars, 0);
        self.load_str(name);
        let (bases, kws): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        for b in bases {
            if matches!(b, Expr::Starred(_)) {
                return Err(self.unsupported(b.range(), "starred base class"));
            }
            self.expr(b)?;
        }
        if kws.is_empty() {
            self.emit(Op::Call, 2 + bases.len() as u32);
        } else {
            let mut names = vec![];
            for k in kws {
                let Some(n) = &k.arg else {
                    return Err(self.unsupported(k.range, "'**' in class keywords"));
                };
                self.expr(&k.value)?;
                names.push(ConstKey::Str(n.id.to_string()));
            }
            self.load_const_key(ConstKey::Tuple(names));
            self.emit(Op::CallKw, (2 + bases.len() + kws.len()) as u32);
        }
        for _ in &c.decorator_list {
            self.emit(Op::Call, 1);
        }
        self.name_op(name, ast::ExprContext::Store);
        Ok(())
    }

    /// Create `__annotations__` in a module or class body that has annotated names.
    fn setup_annotations(&mut self, body: &[Stmt]) {
        fn has_ann(ss: &[Stmt]) -> bool {
            ss.iter().any(|s| match s {
                Stmt::AnnAssign(a) => a.simple,
                Stmt::If(i) => {
                    has_ann(&i.body) || i.elif_else_clauses.iter().any(|c| has_ann(&c.body))
                }
                Stmt::For(f) => has_ann(&f.body) || has_ann(&f.orelse),
                Stmt::While(w) => has_ann(&w.body) || has_ann(&w.orelse),
                Stmt::Try(t) => {
                    has_ann(&t.body)
                        || has_ann(&t.orelse)
                        || has_ann(&t.finalbody)
                        || t.handlers.iter().any(|h| {
                            let ast::ExceptHandler::ExceptHandler(h) = h;
                            has_ann(&h.body)
                        })
                }
                Stmt::With(w) => has_ann(&w.body),
                _ => false,
            })
        }
        if has_ann(body) {
            self.emit(Op::BuildMap, 0);
            self.name_op("__annotations__", ast::ExprContext::Store);
        }
    }

    fn make_closure(&mut self, code: Value, freevars: &[String], mut flags: u32) {
        if !freevars.is_empty() {
            for n in freevars {
                let i = self.cur().cell_idx[n];
                self.emit(Op::LoadClosure, i);
            }
            self.emit(Op::BuildTuple, freevars.len() as u32);
            flags |= 8;
        }
        self.load_value(code);
        self.emit(Op::MakeFunction, flags);
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        gens: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> CResult<()> {
        let scope_id = *self
            .st
            .by_range
            .get(&range)
            .expect("scope for comprehension");
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let parent_q = self.child_qualname_prefix();
        self.emit(Op::PushNull, 0);
        let first_line = self.line_of(range.start());
        let outer_line = self.cur().line;
        self.push_unit(
            scope_id,
            name.into(),
            format!("{parent_q}{name}"),
            first_line,
        );
        self.cur().line = outer_line;
        self.cur().argcount = 1;
        match kind {
            CompKind::List(_) => {
                self.emit(Op::BuildList, 0);
            }
            CompKind::Set(_) => {
                self.emit(Op::BuildSet, 0);
            }
            CompKind::Dict(..) => {
                self.emit(Op::BuildMap, 0);
            }
            CompKind::Gen(_) => {}
        }
        self.comp_loop(gens, 0, kind)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const_none();
        }
        self.emit(Op::ReturnValue, 0);
        let freevars = self.st.scopes[scope_id].freevars.clone();
        let code = self.finish_unit()?;
        self.make_closure(code, &freevars, 0);
        self.expr(&gens[0].iter)?;
        self.emit(
            if gens[0].is_async {
                Op::GetAIter
            } else {
                Op::GetIter
            },
            0,
        );
        self.emit(Op::Call, 1);
        if self.st.scopes[scope_id].is_coroutine && !matches!(kind, CompKind::Gen(_)) {
            // A comprehension containing `await` or `async for` is a coroutine: await
            // its result. (Such a generator expression is an async generator instead.)
            self.emit(Op::GetAwaitable, 0);
            self.delegate_loop();
        }
        Ok(())
    }

    fn comp_loop(
        &mut self,
        gens: &'a [ast::Comprehension],
        i: usize,
        kind: CompKind<'a>,
    ) -> CResult<()> {
        let g = &gens[i];
        let top = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Op::LoadFast, 0); // .0
        } else {
            self.expr(&g.iter)?;
            self.emit(
                if g.is_async {
                    Op::GetAIter
                } else {
                    Op::GetIter
                },
                0,
            );
        }
        self.bind(top);
        self.next_item(g.is_async, end);
        self.store(&g.target)?;
        for c in &g.ifs {
            self.jump_if(c, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind)?;
        } else {
            let depth = (gens.len() + 1) as u32;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListAppend, depth);
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Op::SetAdd, depth);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd, depth);
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    if self.cur().flags & code_flags::ASYNC_GENERATOR != 0 {
                        self.emit(Op::AsyncGenWrap, 0);
                    }
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.jump(Op::JumpBackward, top);
        self.bind(end);
        self.items_exhausted(g.is_async);
        Ok(())
    }

    // ---- expressions -------------------------------------------------------

    /// Jump to `target` if `e`'s truth equals `cond`; otherwise fall through.
    fn jump_if(&mut self, e: &'a Expr, cond: bool, target: usize) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !cond, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // and+cond=false / or+cond=true: any operand decides and jumps.
                if is_and != cond {
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for v in &b.values[..n - 1] {
                        self.jump_if(v, !cond, skip)?;
                    }
                    self.jump_if(&b.values[n - 1], cond, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            Expr::Compare(_) => {
                // As CPython's compiler_jump_if: a compare's location stays set for
                // the rest of the statement (an assert's raise is placed there).
                self.cur().range = (e.range().start().into(), e.range().end().into());
            }
            _ => {}
        }
        self.expr(e)?;
        self.jump(
            if cond {
                Op::PopJumpIfTrue
            } else {
                Op::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    fn const_key(&self, e: &Expr) -> Option<ConstKey> {
        Some(match e {
            Expr::NoneLiteral(_) => ConstKey::None,
            Expr::BooleanLiteral(b) => ConstKey::Bool(b.value),
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(v) => ConstKey::Int(v),
                    None => ConstKey::BigInt(i.to_string()),
                },
                ast::Number::Float(f) => ConstKey::Float(f.to_bits()),
                ast::Number::Complex { .. } => return None,
            },
            Expr::StringLiteral(s) => ConstKey::Str(s.value.to_str().to_string()),
            Expr::BytesLiteral(b) => ConstKey::Bytes(b.value.bytes().collect()),
            Expr::EllipsisLiteral(_) => ConstKey::Ellipsis,
            Expr::Tuple(t) => ConstKey::Tuple(
                t.elts
                    .iter()
                    .map(|x| self.const_key(x))
                    .collect::<Option<Vec<_>>>()?,
            ),
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                Expr::NumberLiteral(n) => match &n.value {
                    ast::Number::Int(i) => match i.as_i64() {
                        Some(v) => ConstKey::Int(-v),
                        None => ConstKey::BigInt(format!("-{i}")),
                    },
                    ast::Number::Float(f) => ConstKey::Float((-f).to_bits()),
                    _ => return None,
                },
                _ => return None,
            },
            _ => return None,
        })
    }

    fn const_value(&self, k: &ConstKey) -> Value {
        match k {
            ConstKey::None => Value::NONE,
            ConstKey::Bool(b) => Value::bool(*b),
            ConstKey::Int(i) => ops::new_int(*i),
            ConstKey::BigInt(s) => ops::new_bigint(parse_int_literal(s)),
            ConstKey::Float(b) => Value::float(f64::from_bits(*b)),
            ConstKey::Str(s) => intern(s),
            ConstKey::Bytes(b) => ops::new_bytes(b.clone()),
            ConstKey::Ellipsis => crate::rt::rt().ellipsis,
            ConstKey::Tuple(items) => {
                let vs: Vec<Value> = items.iter().map(|k| self.const_value(k)).collect();
                ops::new_tuple(vs)
            }
            ConstKey::Unique(_) => unreachable!(),
        }
    }

    /// CPython folds a constant set display of 3+ items into a frozenset constant, and
    /// its compiler's constant merging rebuilds that frozenset from its own iteration
    /// order; the display then merges it into an empty set. Kiln builds the frozenset
    /// at run time from a tuple constant, so the tuple is put in that iteration order
    /// here: the order of a set built from the display's items. Done for items whose
    /// hash is fixed (bools, ints, floats); CPython 3.11 hashes None by address and
    /// strs with a per-process seed, so no order of those is reproducible anyway.
    fn frozenset_const_order(&self, ks: Vec<ConstKey>) -> Vec<ConstKey> {
        let fixed =
            |k: &ConstKey| matches!(k, ConstKey::Bool(_) | ConstKey::Int(_) | ConstKey::Float(_));
        if !ks.iter().all(fixed) {
            return ks;
        }
        let values: Vec<Value> = ks.iter().map(|k| self.const_value(k)).collect();
        let table = crate::set::SetTable::new();
        for (k, &v) in ks.iter().zip(&values) {
            let h = match k {
                ConstKey::Int(i) => ops::hash_i64(*i),
                ConstKey::Float(b) => ops::hash_f64(f64::from_bits(*b)),
                ConstKey::Bool(b) => *b as i64,
                _ => return ks,
            };
            // Equal fixed-hash keys are decided without Python code (`eq_without_python`).
            let mut no_python_eq = |_: Value, _: Value| Ok(false);
            if table.add(h, v, &mut no_python_eq).is_err() {
                return ks;
            }
        }
        let mut ks: Vec<Option<ConstKey>> = ks.into_iter().map(Some).collect();
        table
            .iter()
            .filter_map(|(v, _)| values.iter().position(|&x| x == v))
            .filter_map(|i| ks[i].take())
            .collect()
    }

    fn load_const_key(&mut self, k: ConstKey) {
        let v = self.const_value(&k);
        let i = self.add_const(k, || v);
        self.emit(Op::LoadConst, i);
    }

    /// Compile `e`; its instructions carry its source range (sub-expressions theirs).
    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let saved = self.cur().range;
        self.cur().range = (e.range().start().into(), e.range().end().into());
        let r = self.expr_inner(e);
        self.cur().range = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(k) = self.const_key(e) {
            self.load_const_key(k);
            return Ok(());
        }
        match e {
            Expr::Name(n) => self.name_op(n.id.as_str(), ast::ExprContext::Load),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BinaryOp, binop_kind(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.emit(
                    match u.op {
                        ast::UnaryOp::Not => Op::UnaryNot,
                        ast::UnaryOp::USub => Op::UnaryNegative,
                        ast::UnaryOp::UAdd => Op::UnaryPositive,
                        ast::UnaryOp::Invert => Op::UnaryInvert,
                    },
                    0,
                );
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == ast::BoolOp::And {
                    Op::JumpIfFalseOrPop
                } else {
                    Op::JumpIfTrueOrPop
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.jump(Op::Jump, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Copy, 1);
                self.store(&n.target)?;
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_index(a.attr.id.as_str());
                self.emit(Op::LoadAttr, ni);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if let Expr::Slice(sl) = &*s.slice {
                    if sl.step.is_none() {
                        self.slice_bounds(sl)?;
                        self.emit(Op::BinarySlice, 0);
                        return Ok(());
                    }
                }
                self.subscript_index(&s.slice)?;
                self.emit(Op::BinarySubscr, 0);
            }
            Expr::Slice(s) => self.slice(s)?,
            Expr::Tuple(t) => {
                if t.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                    self.starred_list(&t.elts)?;
                    self.emit(Op::ListToTuple, 0);
                } else {
                    for x in &t.elts {
                        self.expr(x)?;
                    }
                    self.emit(Op::BuildTuple, t.elts.len() as u32);
                }
            }
            Expr::List(l) => {
                if l.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                    self.starred_list(&l.elts)?;
                } else {
                    for x in &l.elts {
                        self.expr(x)?;
                    }
                    self.emit(Op::BuildList, l.elts.len() as u32);
                }
            }
            Expr::Set(s) => {
                let consts: Option<Vec<ConstKey>> =
                    s.elts.iter().map(|x| self.const_key(x)).collect();
                match consts {
                    // CPython folds constant displays of 3+ items into a frozenset constant
                    // and merges it into an empty set; that fixes the iteration order.
                    Some(ks) if ks.len() > 2 => {
                        self.emit(Op::BuildSet, 0);
                        let t = ConstKey::Tuple(self.frozenset_const_order(ks));
                        self.load_const_key(t);
                        self.emit(Op::BuildSet, 0);
                        self.emit(Op::Swap, 2);
                        self.emit(Op::SetUpdate, 1);
                        self.emit(Op::SetUpdate, 1);
                    }
                    _ => {
                        if s.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                            self.emit(Op::BuildSet, 0);
                            for x in &s.elts {
                                match x {
                                    Expr::Starred(st) => {
                                        self.expr(&st.value)?;
                                        self.emit(Op::SetUpdate, 1);
                                    }
                                    _ => {
                                        self.expr(x)?;
                                        self.emit(Op::SetAdd, 1);
                                    }
                                }
                            }
                        } else {
                            for x in &s.elts {
                                self.expr(x)?;
                            }
                            self.emit(Op::BuildSet, s.elts.len() as u32);
                        }
                    }
                }
            }
            Expr::Dict(d) => {
                if d.items.iter().all(|it| it.key.is_some()) {
                    for it in &d.items {
                        self.expr(it.key.as_ref().unwrap())?;
                        self.expr(&it.value)?;
                    }
                    self.emit(Op::BuildMap, d.items.len() as u32);
                } else {
                    self.emit(Op::BuildMap, 0);
                    for it in &d.items {
                        match &it.key {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(&it.value)?;
                                self.emit(Op::MapAdd, 1);
                            }
                            None => {
                                self.expr(&it.value)?;
                                self.emit(Op::DictUpdate, 1);
                            }
                        }
                    }
                }
            }
            Expr::ListComp(c) => {
                self.comprehension(c.range, &c.generators, CompKind::List(&c.elt))?
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, &c.generators, CompKind::Set(&c.elt))?
            }
            Expr::Generator(c) => {
                self.comprehension(c.range, &c.generators, CompKind::Gen(&c.elt))?
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => {
                    self.comprehension(c.range, &c.generators, CompKind::Dict(k, &c.value))?
                }
                None => bail!(
                    self,
                    c.range,
                    "dict unpacking cannot be used in dict comprehension"
                ),
            },
            Expr::Lambda(l) => self.function(
                "<lambda>",
                l.range,
                l.parameters.as_deref(),
                None,
                FnBody::Expr(&l.body),
            )?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::StringLiteral(s) => self.load_str(s.value.to_str()),
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const_none(),
                }
                if self.cur().flags & code_flags::ASYNC_GENERATOR != 0 {
                    self.emit(Op::AsyncGenWrap, 0);
                }
                self.emit(Op::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                if self.cur().flags & code_flags::ASYNC_GENERATOR != 0 {
                    bail!(self, y.range, "'yield from' inside async function");
                }
                self.expr(&y.value)?;
                self.emit(Op::GetYieldFromIter, 0);
                self.delegate_loop();
            }
            Expr::Await(a) => {
                let scope = self.cur().scope;
                if !self.st.scopes[scope].is_coroutine {
                    bail!(self, a.range, "'await' outside async function");
                }
                self.expr(&a.value)?;
                self.emit(Op::GetAwaitable, 0);
                self.delegate_loop();
            }
            Expr::Starred(s) => bail!(self, s.range, "can't use starred expression here"),
            Expr::BytesLiteral(b) => {
                self.load_const_key(ConstKey::Bytes(b.value.bytes().collect()))
            }
            Expr::EllipsisLiteral(_) => self.load_const_key(ConstKey::Ellipsis),
            Expr::NumberLiteral(n) => return Err(self.unsupported(n.range, "complex number")),
            Expr::TString(t) => return Err(self.unsupported(t.range, "template string")),
            Expr::IpyEscapeCommand(x) => bail!(self, x.range, "invalid syntax"),
            Expr::NoneLiteral(_) | Expr::BooleanLiteral(_) => {
                unreachable!("constants handled above")
            }
        }
        Ok(())
    }

    fn subscript_index(&mut self, s: &'a Expr) -> CResult<()> {
        self.expr(s)
    }

    /// Push a two-bound slice's lower and upper bounds (None when omitted).
    fn slice_bounds(&mut self, s: &'a ast::ExprSlice) -> CResult<()> {
        for x in [&s.lower, &s.upper] {
            match x {
                Some(v) => self.expr(v)?,
                None => self.load_const_none(),
            }
        }
        Ok(())
    }

    fn slice(&mut self, s: &'a ast::ExprSlice) -> CResult<()> {
        for x in [&s.lower, &s.upper] {
            match x {
                Some(v) => self.expr(v)?,
                None => self.load_const_none(),
            }
        }
        match &s.step {
            Some(st) => {
                self.expr(st)?;
                self.emit(Op::BuildSlice, 3);
            }
            None => {
                self.emit(Op::BuildSlice, 2);
            }
        }
        Ok(())
    }

    /// Build a list from elements some of which are starred.
    fn starred_list(&mut self, elts: &'a [Expr]) -> CResult<()> {
        self.emit(Op::BuildList, 0);
        for x in elts {
            match x {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::ListExtend, 1);
                }
                _ => {
                    self.expr(x)?;
                    self.emit(Op::ListAppend, 1);
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.cmp_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            if i + 1 < n {
                self.emit(Op::Swap, 2);
                self.emit(Op::Copy, 2);
                self.cmp_op(c.ops[i]);
                self.jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.cmp_op(c.ops[i]);
            }
        }
        self.jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn cmp_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp::*;
        let (o, a) = match op {
            Eq => (Op::CompareOp, CmpKind::Eq as u32),
            NotEq => (Op::CompareOp, CmpKind::Ne as u32),
            Lt => (Op::CompareOp, CmpKind::Lt as u32),
            LtE => (Op::CompareOp, CmpKind::Le as u32),
            Gt => (Op::CompareOp, CmpKind::Gt as u32),
            GtE => (Op::CompareOp, CmpKind::Ge as u32),
            Is => (Op::IsOp, 0),
            IsNot => (Op::IsOp, 1),
            In => (Op::ContainsOp, 0),
            NotIn => (Op::ContainsOp, 1),
        };
        self.emit(o, a);
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || kws.iter().any(|k| k.arg.is_none());
        self.set_line(c.func.range());
        if has_star {
            self.emit(Op::PushNull, 0);
            self.expr(&c.func)?;
            self.starred_list(args)?;
            self.emit(Op::ListToTuple, 0);
            let mut flags = 0;
            if !kws.is_empty() {
                self.emit(Op::BuildMap, 0);
                for k in kws.iter() {
                    match &k.arg {
                        Some(n) => {
                            self.load_str(n.id.as_str());
                            self.expr(&k.value)?;
                            self.emit(Op::MapAdd, 1);
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.emit(Op::DictMerge, 1);
                        }
                    }
                }
                flags = 1;
            }
            self.emit(Op::CallEx, flags);
            return Ok(());
        }
        if let Expr::Name(n) = &*c.func {
            if n.id.as_str() == "super"
                && args.is_empty()
                && kws.is_empty()
                && self.zero_arg_super()?
            {
                return Ok(());
            }
        }
        match &*c.func {
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_index(a.attr.id.as_str());
                // The method load is the attribute expression's, the call the call's.
                let call_range = self.cur().range;
                self.cur().range = (a.range.start().into(), a.range.end().into());
                self.emit(Op::LoadMethod, ni);
                self.cur().range = call_range;
            }
            Expr::Name(n)
                if self.st.scopes[self.units.last().unwrap().scope].kind_of(n.id.as_str())
                    == NameKind::Global =>
            {
                let ni = self.name_index(n.id.as_str());
                // The callee's load is the name's (a NameError's carets), the call the call's.
                let call_range = self.cur().range;
                self.cur().range = (n.range.start().into(), n.range.end().into());
                self.emit(Op::LoadGlobalNull, ni);
                self.cur().range = call_range;
            }
            f => {
                self.emit(Op::PushNull, 0);
                self.expr(f)?;
            }
        }
        for a in args.iter() {
            self.expr(a)?;
        }
        if kws.is_empty() {
            self.emit(Op::Call, args.len() as u32);
        } else {
            let mut names = vec![];
            for k in kws.iter() {
                let n = k.arg.as_ref().unwrap().id.as_str();
                if names
                    .iter()
                    .any(|x: &ConstKey| *x == ConstKey::Str(n.to_string()))
                {
                    bail!(self, k.range, "keyword argument repeated: {n}");
                }
                self.expr(&k.value)?;
                names.push(ConstKey::Str(n.to_string()));
            }
            self.load_const_key(ConstKey::Tuple(names));
            self.emit(Op::CallKw, (args.len() + kws.len()) as u32);
        }
        Ok(())
    }

    /// `super()` inside a method: compiled as `super(__class__, <first parameter>)`.
    /// Returns false (emitting nothing) when the enclosing scope has no `__class__` cell
    /// or no parameter, so the call is compiled as written (and fails at run time as
    /// CPython's does: "super(): no arguments").
    fn zero_arg_super(&mut self) -> CResult<bool> {
        let scope = self.cur().scope;
        let sc = &self.st.scopes[scope];
        if sc.kind_of("__class__") != NameKind::Free
            || sc.params.is_empty()
            || sc.params[0].starts_with('.')
        {
            return Ok(false);
        }
        let first = sc.params[0].clone();
        self.emit(Op::PushNull, 0);
        self.name_op("super", ast::ExprContext::Load);
        let ci = self.cur().cell_idx["__class__"];
        self.emit(Op::LoadDeref, ci);
        self.name_op(&first, ast::ExprContext::Load);
        self.emit(Op::Call, 2);
        Ok(true)
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut n = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    if !l.value.is_empty() {
                        self.load_str(&l.value);
                        n += 1;
                    }
                }
                ast::FStringPart::FString(fs) => n += self.fstring_elements(&fs.elements)?,
            }
        }
        if n == 0 {
            self.load_str("");
        } else if n > 1 {
            self.emit(Op::BuildString, n);
        }
        Ok(())
    }

    /// Push the pieces of an f-string; returns how many were pushed.
    fn fstring_elements(&mut self, els: &'a ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_str(&l.value);
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(dbg) = &i.debug_text {
                        let text =
                            format!("{}{}{}", dbg.leading(), dbg.expression(), dbg.trailing());
                        self.load_str(&text);
                        n += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    let mut flags = conv;
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements)?;
                        if k == 0 {
                            self.load_str("");
                        } else if k > 1 {
                            self.emit(Op::BuildString, k);
                        }
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue, flags);
                    n += 1;
                }
            }
        }
        Ok(n)
    }
}

impl<'a> Unit<'a> {
    fn add_var(&mut self, n: &str) {
        if !self.var_idx.contains_key(n) {
            self.var_idx
                .insert(n.to_string(), self.varnames.len() as u32);
            self.varnames.push(n.to_string());
        }
    }
    /// Put parameters first, in the order the calling convention expects.
    fn reorder_params(&mut self, order: &[String]) {
        let rest: Vec<String> = self
            .varnames
            .iter()
            .filter(|v| !order.contains(v))
            .cloned()
            .collect();
        self.varnames = order.iter().cloned().chain(rest).collect();
        self.var_idx = self
            .varnames
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        // cell_args refer to local indices: recompute.
        let cells = self.cellnames.clone();
        self.cell_args = cells
            .iter()
            .enumerate()
            .take(self.ncellvars as usize)
            .filter_map(|(ci, n)| self.var_idx.get(n).map(|&li| (ci as u32, li)))
            .collect();
    }
}

enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn binop_kind(op: ast::Operator) -> BinOpKind {
    use ast::Operator::*;
    match op {
        Add => BinOpKind::Add,
        Sub => BinOpKind::Sub,
        Mult => BinOpKind::Mul,
        MatMult => BinOpKind::MatMul,
        Div => BinOpKind::TrueDiv,
        Mod => BinOpKind::Mod,
        Pow => BinOpKind::Pow,
        LShift => BinOpKind::LShift,
        RShift => BinOpKind::RShift,
        BitOr => BinOpKind::Or,
        BitXor => BinOpKind::Xor,
        BitAnd => BinOpKind::And,
        FloorDiv => BinOpKind::FloorDiv,
    }
}

fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => "literal",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::BoolOp(_) => "expression",
        Expr::FString(_) => "f-string expression",
        Expr::If(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Named(_) => "named expression",
        Expr::Tuple(_) => "tuple",
        Expr::List(_) => "list",
        _ => "expression",
    }
}

/// Parse an int literal's source text (any base, underscores) into a BigInt.
fn parse_int_literal(s: &str) -> num_bigint::BigInt {
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let clean: String = s.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (radix, digits) = if let Some(r) = lower.strip_prefix("0x") {
        (16, r.to_string())
    } else if let Some(r) = lower.strip_prefix("0o") {
        (8, r.to_string())
    } else if let Some(r) = lower.strip_prefix("0b") {
        (2, r.to_string())
    } else {
        (10, lower)
    };
    let v = num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default();
    if neg {
        -v
    } else {
        v
    }
}

#[allow(dead_code)]
fn _tuple_items(v: Value) -> &'static [Value] {
    &v.cast::<TupleObj>().items
}

/// CPython's tokenizer refuses more than 200 nested brackets; so do we, before the
/// recursive-descent parser and code generator could exhaust the native stack.
/// Returns the byte offset of the first bracket past the limit.
fn too_deeply_nested(src: &str) -> Option<usize> {
    const MAX_LEVEL: usize = 200;
    let b = src.as_bytes();
    let (mut i, mut depth) = (0, 0usize);
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'\'' | b'"') => {
                let triple = i + 2 < b.len() && b[i + 1] == q && b[i + 2] == q;
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == q && (!triple || (i + 2 < b.len() && b[i + 1] == q && b[i + 2] == q))
                    {
                        i += if triple { 2 } else { 0 };
                        break;
                    }
                    if b[i] == b'\n' && !triple {
                        break;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_LEVEL {
                    return Some(i);
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// `a, b = x, y` (one target, both sides tuple or list displays of the same length,
/// at most 3, no starred items): the target and value items, for the no-tuple form.
fn swap_assignment(a: &ast::StmtAssign) -> Option<(&[Expr], &[Expr])> {
    let [target] = &a.targets[..] else {
        return None;
    };
    let (targets, values) = (display_items(target)?, display_items(&a.value)?);
    (targets.len() == values.len() && (1..=3).contains(&values.len())).then_some((targets, values))
}

/// The items of a tuple or list display without starred items.
fn display_items(e: &Expr) -> Option<&[Expr]> {
    let elts = match e {
        Expr::Tuple(t) => &t.elts,
        Expr::List(l) => &l.elts,
        _ => return None,
    };
    (!elts.iter().any(|e| matches!(e, Expr::Starred(_)))).then_some(&elts[..])
}
