//! The baseline template JIT.
//!
//! A single pass over a code object's bytecode copies one hand-written x86-64 template
//! (dynasm-rs) per instruction (`templates.rs`), running on the interpreter's frame
//! layout (`kiln_runtime::interp::Frame`) and reading the same IC table as the
//! interpreter. Template dispatch expands from `kiln_runtime::for_each_opcode!`, so an
//! opcode without a template cannot compile. Code memory (`codemem.rs`: one dual-mapped
//! region, W^X, many functions per page) and tooling (`tooling.rs`: perf map, GDB JIT
//! interface) live here too. `install` wires the compiler into the runtime's tier-up
//! (`kiln_runtime::jit`).

mod codemem;
mod compiler;
mod disasm;
mod jitdump;
mod templates;
pub mod tooling;

pub use codemem::{CodeMemStats, CodeMemory};
use kiln_runtime::bytecode::CodeObject;
use kiln_runtime::jit::JIT_STATS;
use kiln_runtime::options::{JitMode, Options};
use std::sync::atomic::Ordering;
use std::sync::OnceLock;

/// Whether this build has a working baseline compiler.
pub const AVAILABLE: bool = true;

/// `--dump-asm[=FUNC]`.
static DUMP_ASM: OnceLock<Option<String>> = OnceLock::new();

/// Turn the JIT on as `opts` say (before any Python code runs).
pub fn install(opts: &Options) {
    if opts.jit == JitMode::Off {
        return;
    }
    codemem::set_limit(opts.jit_code_limit);
    if opts.perf_map {
        if let Err(e) = tooling::enable_perf_map() {
            eprintln!("kiln: --perf-map: {e}");
        }
    }
    if opts.jitdump {
        if let Err(e) = jitdump::enable() {
            eprintln!("kiln: --jitdump: {e}");
        }
    }
    if opts.gdb_jit {
        tooling::enable_gdb_jit();
    }
    if opts.stats {
        JIT_STATS.enable();
    }
    let _ = DUMP_ASM.set(opts.dump_asm.clone());
    kiln_runtime::jit::configure(opts.jit_threshold, compile, release);
}

/// The runtime's release hook: the code object owning `entry` was collected.
fn release(entry: *const u8) {
    tooling::unregister_function(entry);
    // SAFETY: the runtime calls this only for a dead code object, during a collection
    // with every other thread stopped, so nothing runs this code (`jit::code_freed`).
    unsafe { codemem::global().release(entry) };
}

/// The runtime's compile hook: machine code for `code`, installed and registered with
/// the tools, or None (not eligible, or code memory is full).
fn compile(code: &CodeObject) -> Option<*const u8> {
    if !compiler::eligible(code) {
        return None;
    }
    let c = compiler::assemble(code, JIT_STATS.on())?;
    let base = codemem::global().install(&c.bytes)? as usize;
    JIT_STATS
        .code_bytes
        .fetch_add((c.bytes.len() - c.table_bytes) as u64, Ordering::Relaxed);
    JIT_STATS
        .meta_bytes
        .fetch_add(c.table_bytes as u64, Ordering::Relaxed);
    let name = kiln_runtime::ops::str_of(code.qualname).to_string();
    if tooling::any_enabled() {
        // Where each run of instructions from one source line starts (for jitdump's
        // line table; the prologue belongs to the first line).
        let mut lines: Vec<(u64, u32)> = Vec::new();
        for (i, &line) in code.lines.iter().enumerate() {
            if lines.last().is_none_or(|&(_, l)| l != line) {
                let at = if i == 0 { 0 } else { c.starts[i] };
                lines.push(((base + at) as u64, line));
            }
        }
        tooling::register_function(&tooling::JitFunction {
            addr: base as *const u8,
            name: &format!("py::{name}"),
            code: &c.bytes,
            file: kiln_runtime::ops::str_of(code.filename),
            lines: &lines,
        });
    }
    if let Some(Some(want)) = DUMP_ASM.get() {
        if want.is_empty() || *want == name {
            let text = compiler::dump(code, &c, base);
            kiln_runtime::builtins::flush_stdout();
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(text.as_bytes());
            let _ = out.flush();
        }
    }
    Some((base + c.entry_offset) as *const u8)
}

/// Code memory figures for `--stats`.
pub fn code_memory_stats() -> CodeMemStats {
    codemem::global().stats()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_opcode_is_known_to_the_table() {
        let names = kiln_runtime::bytecode::OPCODE_NAMES;
        let mut sorted = names.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len());
    }
}
