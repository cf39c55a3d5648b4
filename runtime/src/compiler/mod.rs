//! Front end: Python source → Kiln bytecode.
//!
//! This is the only module that knows the parser (ruff_python_parser, pinned): it
//! parses, runs scope analysis (`symtable`), and generates bytecode straight from
//! ruff's AST (`codegen`). Swapping the parser means rewriting this module only.

mod codegen;
mod symtable;

use crate::value::Value;

#[derive(Debug, Clone)]
pub struct CompileError {
    /// "SyntaxError" or "IndentationError".
    pub kind: &'static str,
    pub msg: String,
    pub line: u32,
    /// 1-based column of the error (0: no caret).
    pub col: u32,
    /// 1-based column just past the offending range on the same line (CPython's
    /// `end_offset`: carets from `col` up to it); 0 for a single caret.
    pub end_col: u32,
    /// The offending source line (for the caret display).
    pub text: String,
    /// Found by the parser, which carries the line's text; later errors (scopes,
    /// code generation) look it up by file name as CPython's linecache does, so a
    /// pseudo-file (`<string>`) shows none (`shows_text`).
    pub from_parser: bool,
}

impl CompileError {
    /// Whether the report shows the source line and caret for `filename`.
    pub fn shows_text(&self, filename: &str) -> bool {
        self.from_parser || !(filename.starts_with('<') && filename.ends_with('>'))
    }
}

pub use codegen::Mode;

/// Compile a module. Returns the module's code object.
pub fn compile_module(source: &str, filename: &str) -> Result<Value, CompileError> {
    codegen::compile_module(source, filename)
}

/// Compile source for `compile()`/`exec()`/`eval()`: Exec and Eval code take the
/// namespace dict as their one argument (`code_flags::NAMESPACE`).
pub fn compile_source(source: &str, filename: &str, mode: Mode) -> Result<Value, CompileError> {
    codegen::compile_source(source, filename, mode)
}

/// CPython 3.11's caret anchors for a traceback segment (the source text of one
/// instruction's expression, on one line): for a binary operation the operator, for a
/// subscript the `[...]` part, as (start, end) byte offsets in `segment`; the rest of
/// the segment is then drawn with `~` and the anchors with `^`. None for other
/// expressions (all `^`).
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use ruff_python_ast::Expr;
    use ruff_text_size::Ranged;
    let parsed = ruff_python_parser::parse_expression(segment).ok()?;
    let b = segment.as_bytes();
    let ws = |c: u8| c == b' ' || c == b'\t' || c == 0x0c;
    match &*parsed.expr() {
        Expr::BinOp(op) => {
            // The first non-blank character after the left operand that is not the
            // `)` closing it (two characters for `//`, `**`, ...).
            let (from, to) = (op.left.end().to_usize(), op.right.start().to_usize());
            let mut anchors = None;
            for i in from..to {
                if ws(b[i]) {
                    continue;
                }
                let two = i + 1 < to && !ws(b[i + 1]);
                anchors = Some((i, if two { i + 2 } else { i + 1 }));
                if i + 1 < to && b[i] == b')' {
                    continue;
                }
                break;
            }
            anchors
        }
        Expr::Subscript(sub) => {
            // From the `[` after the value to the `]` after the index, inclusive.
            let len = b.len();
            let mut left = sub.value.end().to_usize();
            let mut right = sub.slice.end().to_usize() + 1;
            while left < len && b[left] != b'[' {
                left += 1;
            }
            while right < len && b[right] != b']' {
                right += 1;
            }
            if right < len {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}
