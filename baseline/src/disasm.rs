//! Disassembly for `--dump-asm` (iced-x86, behind the default `disasm` feature).

/// Append one line per instruction of `bytes` (loaded at `base`) to `out`.
#[cfg(feature = "disasm")]
pub fn disassemble(bytes: &[u8], base: usize, out: &mut String) {
    use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter};
    let mut dec = Decoder::with_ip(64, bytes, base as u64, DecoderOptions::NONE);
    let mut fmt = IntelFormatter::new();
    let mut ins = Instruction::default();
    let mut text = String::new();
    while dec.can_decode() {
        dec.decode_out(&mut ins);
        text.clear();
        fmt.format(&ins, &mut text);
        let at = (ins.ip() as usize - base) as usize;
        let hex: String = bytes[at..at + ins.len()]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        out.push_str(&format!("    {:x}  {hex:<24} {text}\n", ins.ip()));
    }
}

#[cfg(not(feature = "disasm"))]
pub fn disassemble(bytes: &[u8], base: usize, out: &mut String) {
    for (i, chunk) in bytes.chunks(16).enumerate() {
        let hex: String = chunk.iter().map(|b| format!("{b:02x} ")).collect();
        out.push_str(&format!("    {:x}  {hex}\n", base + 16 * i));
    }
}
