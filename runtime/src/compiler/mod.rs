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
    pub col: u32,
    /// The offending source line (for the caret display).
    pub text: String,
}

/// Compile a module. Returns the module's code object.
pub fn compile_module(source: &str, filename: &str) -> Result<Value, CompileError> {
    codegen::compile_module(source, filename)
}
