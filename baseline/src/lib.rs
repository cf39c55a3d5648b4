//! The baseline template JIT (not written yet; see issue "baseline template JIT").
//!
//! Role: a single pass over a code object's bytecode that copies one hand-written
//! x86-64 template (dynasm-rs) per instruction, running on the interpreter's frame
//! layout (`kiln_runtime::interp::Frame`, `FRAME_*_OFFSET`) and reading the same IC
//! table (`kiln_ic::IcTable`) as the interpreter. Template dispatch will expand from
//! `kiln_runtime::for_each_opcode!`, so an opcode without a template cannot compile.
//! Code memory (W^X, packed pages, single release-store publication) lives here too.
//!
//! Until it exists every `--jit` mode runs the interpreter.

/// Whether this build has a working baseline compiler.
pub const AVAILABLE: bool = false;

#[cfg(test)]
mod tests {
    #[test]
    fn every_opcode_is_known_to_the_table() {
        // The template table will be generated from this list; keep it non-empty and unique.
        let names = kiln_runtime::bytecode::OPCODE_NAMES;
        let mut sorted = names.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len());
        assert!(!super::AVAILABLE);
    }
}
