//! Making JIT code visible to external tools: the perf map (`/tmp/perf-<pid>.map`),
//! the perf jitdump file (`jitdump.rs`) and the GDB JIT compilation interface (`__jit_debug_descriptor`,
//! `__jit_debug_register_code`, one in-memory ELF object per function).
//!
//! Owns which tools are enabled and everything registered with them; it does not own
//! code memory (`codemem`) or names (the compiler passes them). Both tools are off until
//! enabled, so `register_function` costs one relaxed load per tool in a normal run.
//! Code of a collected code object is unregistered from GDB (`unregister_function`).
//!
//! GDB protocol (GDB manual, "JIT Compilation Interface"): gdb puts a breakpoint on
//! `__jit_debug_register_code`, and when it hits reads `__jit_debug_descriptor`: for
//! `JIT_REGISTER_FN` it loads the object file at `relevant_entry->symfile_addr` with its
//! symbols. Our objects hold no code bytes: `.text` is `SHT_NOBITS` at the function's
//! address, plus a one-symbol `.symtab`, which is enough for `bt`, `info symbol` and
//! `disassemble` to name the function. Unwinding through JIT frames relies on the code
//! keeping RBP frame pointers (`push rbp; mov rbp, rsp` first), which gdb's x86-64
//! prologue analyzer understands; no `.eh_frame` is emitted.

use std::fs::File;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

// ---------------------------------------------------------------------------------------
// perf map
// ---------------------------------------------------------------------------------------

/// The open perf map, if enabled.
static PERF_MAP: Mutex<Option<File>> = Mutex::new(None);
/// Fast check for `register_function` without taking `PERF_MAP`'s lock.
static PERF_ENABLED: AtomicBool = AtomicBool::new(false);

/// Enable writing /tmp/perf-<pid>.map; each registered function appends one line
/// "ADDR SIZE NAME\n" (hex addr/size, no 0x, as perf expects) and flushes.
///
/// The file is truncated first (a file with our pid can only be left over from an
/// earlier, dead process). Enabling twice keeps the open file.
pub fn enable_perf_map() -> io::Result<()> {
    let mut map = PERF_MAP.lock().unwrap_or_else(|e| e.into_inner());
    if map.is_none() {
        let path = format!("/tmp/perf-{}.map", std::process::id());
        *map = Some(File::create(path)?);
        PERF_ENABLED.store(true, Ordering::Relaxed);
    }
    Ok(())
}

fn perf_register(addr: *const u8, size: usize, name: &str) {
    // perf reads one symbol per line; a line break in a name would forge another entry.
    let name = name.replace(['\n', '\r'], " ");
    let line = format!("{:x} {:x} {}\n", addr as usize, size, name);
    let mut map = PERF_MAP.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(f) = map.as_mut() {
        // One write per line (File is unbuffered, so this is also the flush): perf may
        // read the map while we run. A failed write only loses profiler symbols, which is
        // no reason to fail compilation.
        let _ = f.write_all(line.as_bytes());
    }
}

// ---------------------------------------------------------------------------------------
// GDB JIT interface
// ---------------------------------------------------------------------------------------

/// `jit_actions_t` from the GDB manual.
pub const JIT_NOACTION: u32 = 0;
pub const JIT_REGISTER_FN: u32 = 1;
pub const JIT_UNREGISTER_FN: u32 = 2;

/// `struct jit_code_entry` from the GDB manual: one in-memory object file.
#[repr(C)]
pub struct JitCodeEntry {
    pub next_entry: *mut JitCodeEntry,
    pub prev_entry: *mut JitCodeEntry,
    pub symfile_addr: *const u8,
    pub symfile_size: u64,
}

/// `struct jit_descriptor` from the GDB manual: the list gdb reads.
#[repr(C)]
pub struct JitDescriptor {
    pub version: u32,
    pub action_flag: u32,
    pub relevant_entry: *mut JitCodeEntry,
    pub first_entry: *mut JitCodeEntry,
}

/// The descriptor gdb looks up by this exact name. Written only by `gdb_register` under
/// `GDB_LOCK`; gdb reads it while the process is stopped in `__jit_debug_register_code`.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static mut __jit_debug_descriptor: JitDescriptor = JitDescriptor {
    version: 1,
    action_flag: JIT_NOACTION,
    relevant_entry: std::ptr::null_mut(),
    first_entry: std::ptr::null_mut(),
};

/// gdb breaks here to learn about a change to `__jit_debug_descriptor`. It must stay a
/// real, called function: the empty `asm!` is opaque to the optimizer (it may read or
/// write any memory), so neither the call nor the descriptor stores before it can be
/// dropped or moved past it.
#[no_mangle]
#[inline(never)]
pub extern "C" fn __jit_debug_register_code() {
    // SAFETY: an empty instruction sequence; touches no registers, stack or flags.
    unsafe { std::arch::asm!("", options(nostack, preserves_flags)) };
}

static GDB_ENABLED: AtomicBool = AtomicBool::new(false);
/// Serializes changes to the descriptor list (gdb itself only reads while we are
/// stopped), and maps each registered function's address to its list entry.
static GDB_LOCK: Mutex<Option<std::collections::HashMap<usize, usize>>> = Mutex::new(None);

/// Enable the GDB JIT interface (functions registered before this are not announced).
pub fn enable_gdb_jit() {
    GDB_ENABLED.store(true, Ordering::Relaxed);
}

fn gdb_register(addr: *const u8, size: usize, name: &str) {
    // Leaked on purpose, both the object and its list entry: gdb may read any entry
    // whenever the process stops (including at attach time, walking `first_entry`);
    // `unregister_function` unlinks an entry but never frees it, so no pointer gdb
    // may still hold dangles.
    let elf: &'static [u8] =
        Box::leak(build_elf(addr as u64, size as u64, name).into_boxed_slice());
    let entry = Box::into_raw(Box::new(JitCodeEntry {
        next_entry: std::ptr::null_mut(),
        prev_entry: std::ptr::null_mut(),
        symfile_addr: elf.as_ptr(),
        symfile_size: elf.len() as u64,
    }));
    let mut guard = GDB_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    guard
        .get_or_insert_with(Default::default)
        .insert(addr as usize, entry as usize);
    // SAFETY: the descriptor and every entry in its list are only written here, under
    // `GDB_LOCK`; entries are leaked, so every pointer in the list stays valid. Access goes
    // through raw pointers (no references to the `static mut`).
    unsafe {
        let d = &raw mut __jit_debug_descriptor;
        let first = (*d).first_entry;
        (*entry).next_entry = first;
        if !first.is_null() {
            (*first).prev_entry = entry;
        }
        (*d).first_entry = entry;
        (*d).relevant_entry = entry;
        (*d).action_flag = JIT_REGISTER_FN;
        __jit_debug_register_code();
        (*d).action_flag = JIT_NOACTION;
    }
}

// ELF constants (System V gABI / x86-64 psABI) used by `build_elf`.
const EHDR_SIZE: usize = 64;
const SHDR_SIZE: usize = 64;
const SYM_SIZE: usize = 24;
const ET_EXEC: u16 = 2;
const EM_X86_64: u16 = 62;
const SHT_SYMTAB: u32 = 2;
const SHT_STRTAB: u32 = 3;
const SHT_NOBITS: u32 = 8;
const SHF_ALLOC: u64 = 2;
const SHF_EXECINSTR: u64 = 4;
const STB_GLOBAL: u8 = 1;
const STT_FUNC: u8 = 2;
/// Section indices in the object `build_elf` writes.
const SEC_TEXT: u16 = 1;
const SEC_STRTAB: u32 = 3;
const SEC_SHSTRTAB: u16 = 4;
const SECTIONS: u16 = 5;
/// `.shstrtab` contents and the offsets of the names in it.
const SHSTRTAB: &[u8] = b"\0.text\0.symtab\0.strtab\0.shstrtab\0";
const NAME_TEXT: u32 = 1;
const NAME_SYMTAB: u32 = 7;
const NAME_STRTAB: u32 = 15;
const NAME_SHSTRTAB: u32 = 23;

struct Shdr {
    name: u32,
    kind: u32,
    flags: u64,
    addr: u64,
    offset: u64,
    size: u64,
    link: u32,
    info: u32,
    align: u64,
    entsize: u64,
}

/// An ELF64 little-endian x86-64 executable-type object describing one function of
/// `size` bytes at `addr` named `name`: sections null, `.text` (`SHT_NOBITS` at `addr`),
/// `.symtab` (null symbol + one global FUNC symbol), `.strtab`, `.shstrtab`, no program
/// headers. ET_EXEC so that symbol values are absolute addresses, the way gdb uses the
/// section addresses of JIT objects.
pub(crate) fn build_elf(addr: u64, size: u64, name: &str) -> Vec<u8> {
    // A NUL would end the name early in `.strtab`.
    let name = name.replace('\0', "?");
    let mut strtab = vec![0u8];
    strtab.extend_from_slice(name.as_bytes());
    strtab.push(0);

    let shstrtab_off = EHDR_SIZE;
    let strtab_off = shstrtab_off + SHSTRTAB.len();
    let symtab_off = (strtab_off + strtab.len()).next_multiple_of(8);
    let symtab_size = 2 * SYM_SIZE;
    let shdr_off = symtab_off + symtab_size; // a multiple of 8 already
    let total = shdr_off + SECTIONS as usize * SHDR_SIZE;

    let mut out = Vec::with_capacity(total);
    // ELF header.
    out.extend_from_slice(&[0x7f, b'E', b'L', b'F', 2, 1, 1, 0]); // 64-bit, LE, v1, SysV
    out.extend_from_slice(&[0; 8]);
    out.extend_from_slice(&ET_EXEC.to_le_bytes());
    out.extend_from_slice(&EM_X86_64.to_le_bytes());
    out.extend_from_slice(&1u32.to_le_bytes()); // e_version
    out.extend_from_slice(&0u64.to_le_bytes()); // e_entry
    out.extend_from_slice(&0u64.to_le_bytes()); // e_phoff
    out.extend_from_slice(&(shdr_off as u64).to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes()); // e_flags
    out.extend_from_slice(&(EHDR_SIZE as u16).to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // e_phentsize
    out.extend_from_slice(&0u16.to_le_bytes()); // e_phnum
    out.extend_from_slice(&(SHDR_SIZE as u16).to_le_bytes());
    out.extend_from_slice(&SECTIONS.to_le_bytes());
    out.extend_from_slice(&SEC_SHSTRTAB.to_le_bytes());
    debug_assert_eq!(out.len(), EHDR_SIZE);

    out.extend_from_slice(SHSTRTAB);
    out.extend_from_slice(&strtab);
    out.resize(symtab_off, 0);
    // Symbol 0: the mandatory null symbol.
    out.extend_from_slice(&[0; SYM_SIZE]);
    // Symbol 1: the function.
    out.extend_from_slice(&1u32.to_le_bytes()); // st_name: right after .strtab's NUL
    out.push(STB_GLOBAL << 4 | STT_FUNC);
    out.push(0); // st_other: default visibility
    out.extend_from_slice(&SEC_TEXT.to_le_bytes());
    out.extend_from_slice(&addr.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    debug_assert_eq!(out.len(), shdr_off);

    let shdrs = [
        Shdr {
            name: 0,
            kind: 0,
            flags: 0,
            addr: 0,
            offset: 0,
            size: 0,
            link: 0,
            info: 0,
            align: 0,
            entsize: 0,
        },
        Shdr {
            name: NAME_TEXT,
            kind: SHT_NOBITS,
            flags: SHF_ALLOC | SHF_EXECINSTR,
            addr,
            offset: EHDR_SIZE as u64, // NOBITS: occupies no file bytes
            size,
            link: 0,
            info: 0,
            align: 16,
            entsize: 0,
        },
        Shdr {
            name: NAME_SYMTAB,
            kind: SHT_SYMTAB,
            flags: 0,
            addr: 0,
            offset: symtab_off as u64,
            size: symtab_size as u64,
            link: SEC_STRTAB,
            info: 1, // index of the first non-local symbol
            align: 8,
            entsize: SYM_SIZE as u64,
        },
        Shdr {
            name: NAME_STRTAB,
            kind: SHT_STRTAB,
            flags: 0,
            addr: 0,
            offset: strtab_off as u64,
            size: strtab.len() as u64,
            link: 0,
            info: 0,
            align: 1,
            entsize: 0,
        },
        Shdr {
            name: NAME_SHSTRTAB,
            kind: SHT_STRTAB,
            flags: 0,
            addr: 0,
            offset: shstrtab_off as u64,
            size: SHSTRTAB.len() as u64,
            link: 0,
            info: 0,
            align: 1,
            entsize: 0,
        },
    ];
    debug_assert_eq!(shdrs.len(), SECTIONS as usize);
    for s in &shdrs {
        out.extend_from_slice(&s.name.to_le_bytes());
        out.extend_from_slice(&s.kind.to_le_bytes());
        out.extend_from_slice(&s.flags.to_le_bytes());
        out.extend_from_slice(&s.addr.to_le_bytes());
        out.extend_from_slice(&s.offset.to_le_bytes());
        out.extend_from_slice(&s.size.to_le_bytes());
        out.extend_from_slice(&s.link.to_le_bytes());
        out.extend_from_slice(&s.info.to_le_bytes());
        out.extend_from_slice(&s.align.to_le_bytes());
        out.extend_from_slice(&s.entsize.to_le_bytes());
    }
    debug_assert_eq!(out.len(), total);
    out
}

// ---------------------------------------------------------------------------------------
// Registration
// ---------------------------------------------------------------------------------------

/// One installed function, as the tools are told about it.
pub struct JitFunction<'a> {
    pub addr: *const u8,
    /// `py::QUALNAME`.
    pub name: &'a str,
    /// The installed machine code (its length is the function's size).
    pub code: &'a [u8],
    /// The Python source file.
    pub file: &'a str,
    /// (address, line) where each run of instructions with one source line starts.
    pub lines: &'a [(u64, u32)],
}

/// The function at `addr` is gone (its code object was collected): unregister it
/// from GDB. (The perf map cannot drop lines; perf orders jitdump loads by time.)
pub fn unregister_function(addr: *const u8) {
    if !GDB_ENABLED.load(Ordering::Relaxed) {
        return;
    }
    let mut guard = GDB_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let Some(entry) = guard.as_mut().and_then(|m| m.remove(&(addr as usize))) else {
        return;
    };
    let entry = entry as *mut JitCodeEntry;
    // SAFETY: as in `gdb_register`: the list is only changed here and there, under
    // GDB_LOCK; entries are leaked, so every pointer stays valid after unlinking.
    unsafe {
        let d = &raw mut __jit_debug_descriptor;
        let (prev, next) = ((*entry).prev_entry, (*entry).next_entry);
        if prev.is_null() {
            (*d).first_entry = next;
        } else {
            (*prev).next_entry = next;
        }
        if !next.is_null() {
            (*next).prev_entry = prev;
        }
        (*d).relevant_entry = entry;
        (*d).action_flag = JIT_UNREGISTER_FN;
        __jit_debug_register_code();
        (*d).action_flag = JIT_NOACTION;
    }
}

/// Whether any tool wants `register_function` calls (so the caller can skip building
/// the line table).
pub fn any_enabled() -> bool {
    PERF_ENABLED.load(Ordering::Relaxed)
        || GDB_ENABLED.load(Ordering::Relaxed)
        || crate::jitdump::enabled()
}

/// Called once per installed function (thread-safe; no-op for disabled tools).
pub fn register_function(func: &JitFunction) {
    let (addr, size, name) = (func.addr, func.code.len(), func.name);
    if PERF_ENABLED.load(Ordering::Relaxed) {
        perf_register(addr, size, name);
    }
    if GDB_ENABLED.load(Ordering::Relaxed) {
        gdb_register(addr, size, name);
    }
    if crate::jitdump::enabled() {
        crate::jitdump::record_function(func);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};
    use std::process::Command;
    use std::time::{Duration, Instant};

    /// A function registration with `size` bytes of (fake) code at `addr`.
    fn fake(addr: *const u8, size: usize, name: &str) -> JitFunction<'_> {
        static CODE: [u8; 256] = [0xcc; 256];
        JitFunction {
            addr,
            name,
            code: &CODE[..size],
            file: "fake.py",
            lines: &[],
        }
    }

    fn u16_at(b: &[u8], at: usize) -> u16 {
        u16::from_le_bytes(b[at..at + 2].try_into().unwrap())
    }
    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
    }
    fn u64_at(b: &[u8], at: usize) -> u64 {
        u64::from_le_bytes(b[at..at + 8].try_into().unwrap())
    }
    fn cstr_at(b: &[u8], at: usize) -> &str {
        let end = at + b[at..].iter().position(|&c| c == 0).unwrap();
        std::str::from_utf8(&b[at..end]).unwrap()
    }

    /// Parse the object back the way a reader would: header, section table by name,
    /// the function symbol through `.symtab`'s `sh_link`.
    #[test]
    fn elf_object_parses_back() {
        let (addr, size) = (0x7f12_3456_7890u64, 0x123u64);
        let elf = build_elf(addr, size, "py::fake_function");
        assert_eq!(&elf[..4], b"\x7fELF");
        assert_eq!(
            (elf[4], elf[5], elf[6]),
            (2, 1, 1),
            "ELFCLASS64, little-endian, v1"
        );
        assert_eq!(u16_at(&elf, 16), ET_EXEC);
        assert_eq!(u16_at(&elf, 18), 62, "e_machine = EM_X86_64");
        assert_eq!(u32_at(&elf, 20), 1);
        assert_eq!(u16_at(&elf, 52) as usize, EHDR_SIZE);
        assert_eq!(u16_at(&elf, 58) as usize, SHDR_SIZE);
        let shoff = u64_at(&elf, 40) as usize;
        let shnum = u16_at(&elf, 60) as usize;
        let shstrndx = u16_at(&elf, 62) as usize;
        assert_eq!(shnum, 5);
        assert_eq!(elf.len(), shoff + shnum * SHDR_SIZE);
        let sh = |i: usize| shoff + i * SHDR_SIZE;
        let shstr_off = u64_at(&elf, sh(shstrndx) + 24) as usize;
        let find = |want: &str| {
            (0..shnum)
                .find(|&i| cstr_at(&elf, shstr_off + u32_at(&elf, sh(i)) as usize) == want)
                .unwrap()
        };
        let text = find(".text");
        assert_eq!(u32_at(&elf, sh(text) + 4), SHT_NOBITS);
        assert_eq!(u64_at(&elf, sh(text) + 8), SHF_ALLOC | SHF_EXECINSTR);
        assert_eq!(u64_at(&elf, sh(text) + 16), addr);
        assert_eq!(u64_at(&elf, sh(text) + 32), size);
        let symtab = find(".symtab");
        assert_eq!(u32_at(&elf, sh(symtab) + 4), SHT_SYMTAB);
        let (sym_off, sym_size) = (
            u64_at(&elf, sh(symtab) + 24) as usize,
            u64_at(&elf, sh(symtab) + 32),
        );
        assert_eq!(sym_size, 2 * SYM_SIZE as u64);
        assert_eq!(u64_at(&elf, sh(symtab) + 56), SYM_SIZE as u64);
        let strtab = u32_at(&elf, sh(symtab) + 40) as usize;
        assert_eq!(strtab, find(".strtab"));
        let str_off = u64_at(&elf, sh(strtab) + 24) as usize;
        let sym = sym_off + SYM_SIZE;
        assert_eq!(
            cstr_at(&elf, str_off + u32_at(&elf, sym) as usize),
            "py::fake_function"
        );
        assert_eq!(elf[sym + 4], 0x12, "GLOBAL FUNC");
        assert_eq!(u16_at(&elf, sym + 6) as usize, text);
        assert_eq!(u64_at(&elf, sym + 8), addr);
        assert_eq!(u64_at(&elf, sym + 16), size);
        // Names cannot smuggle a NUL in.
        let elf = build_elf(addr, size, "a\0b");
        assert!(elf.windows(4).any(|w| w == b"a?b\0"));
    }

    #[test]
    fn perf_map_gets_one_line_per_function() {
        enable_perf_map().unwrap();
        enable_perf_map().unwrap(); // idempotent
        let addr = 0x7f00_dead_b000usize as *const u8;
        register_function(&fake(addr, 0x42, "py::perf\ntest"));
        let path = format!("/tmp/perf-{}.map", std::process::id());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.lines().any(|l| l == "7f00deadb000 42 py::perf test"),
            "{text:?}"
        );
        assert!(text.ends_with('\n'));
        let _ = std::fs::remove_file(&path);
    }

    /// The object files in gdb's descriptor list, first to last, checking the back
    /// links on the way. Call with GDB_LOCK held.
    ///
    /// # Safety
    /// As `gdb_register`'s list walk: entries are never freed.
    unsafe fn gdb_entry_texts() -> Vec<String> {
        let d = &raw const __jit_debug_descriptor;
        let mut names = Vec::new();
        // SAFETY: the caller holds GDB_LOCK; entries and their objects are leaked.
        unsafe {
            let mut e = (*d).first_entry;
            while !e.is_null() {
                let elf = std::slice::from_raw_parts((*e).symfile_addr, (*e).symfile_size as usize);
                names.push(String::from_utf8_lossy(elf).into_owned());
                let next = (*e).next_entry;
                if !next.is_null() {
                    assert_eq!((*next).prev_entry, e);
                }
                e = next;
            }
        }
        names
    }

    #[test]
    fn gdb_descriptor_links_entries() {
        enable_gdb_jit();
        register_function(&fake(0x1000 as *const u8, 16, "py::one"));
        register_function(&fake(0x2000 as *const u8, 32, "py::two"));
        let _guard = GDB_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        // SAFETY: read under GDB_LOCK through raw pointers; entries are never freed.
        unsafe {
            let d = &raw const __jit_debug_descriptor;
            assert_eq!((*d).version, 1);
            assert_eq!((*d).action_flag, JIT_NOACTION);
            // Other tests may register concurrently; find ours by walking the list.
            assert!((*(*d).first_entry).prev_entry.is_null());
            let names = gdb_entry_texts();
            let one = names.iter().position(|n| n.contains("py::one")).unwrap();
            let two = names.iter().position(|n| n.contains("py::two")).unwrap();
            assert!(two < one, "new entries go first");
        }
    }

    /// A released function's entry leaves the list (gdb is told with
    /// JIT_UNREGISTER_FN); the others stay linked both ways.
    #[test]
    fn gdb_unregister_unlinks_entries() {
        enable_gdb_jit();
        register_function(&fake(0x5000 as *const u8, 16, "py::keep_a"));
        register_function(&fake(0x6000 as *const u8, 16, "py::gone"));
        register_function(&fake(0x7000 as *const u8, 16, "py::keep_b"));
        unregister_function(0x6000 as *const u8);
        unregister_function(0x6000 as *const u8); // twice: no effect
        let _guard = GDB_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        // SAFETY: read under GDB_LOCK through raw pointers; entries are never freed.
        unsafe {
            let d = &raw const __jit_debug_descriptor;
            assert_eq!((*d).action_flag, JIT_NOACTION);
            let names = gdb_entry_texts();
            assert!(names.iter().any(|n| n.contains("py::keep_a")));
            assert!(names.iter().any(|n| n.contains("py::keep_b")));
            assert!(!names.iter().any(|n| n.contains("py::gone")));
        }
    }

    /// The demo binary next to this test binary (`target/<profile>/examples/`), which
    /// `cargo test` builds along with the tests; else build it.
    fn demo_binary() -> Option<PathBuf> {
        let exe = std::env::current_exe().ok()?;
        let profile_dir = exe.parent()?.parent()?; // .../target/<profile>/deps/<test>
        let demo = profile_dir.join("examples").join("gdbjit_demo");
        if demo.exists() {
            return Some(demo);
        }
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let release = profile_dir.file_name()? == "release";
        let mut cmd = Command::new(cargo);
        cmd.args(["build", "-p", "kiln-baseline", "--example", "gdbjit_demo"]);
        if release {
            cmd.arg("--release");
        }
        let ok = cmd.status().ok()?.success();
        (ok && demo.exists()).then_some(demo)
    }

    fn run_with_timeout(cmd: &mut Command, limit: Duration) -> String {
        let child = cmd
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let pid = child.id();
        let start = Instant::now();
        let waiter = std::thread::spawn(move || child.wait_with_output().unwrap());
        while !waiter.is_finished() {
            if start.elapsed() > limit {
                // SAFETY: kill(2) on the child we spawned (it has not been reaped yet, since
                // the waiter has not finished, so the pid cannot have been reused).
                unsafe { libc::kill(pid as i32, libc::SIGKILL) };
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let out = waiter.join().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
    }

    fn on_path(tool: &str) -> bool {
        std::env::var_os("PATH")
            .map(|p| std::env::split_paths(&p).any(|d| Path::new(&d).join(tool).is_file()))
            .unwrap_or(false)
    }

    #[test]
    fn gdb_jit_backtrace_shows_name() {
        if !on_path("gdb") {
            eprintln!("gdb_jit_backtrace_shows_name: skipped, gdb is not on PATH");
            return;
        }
        let demo = demo_binary().expect("cannot find or build examples/gdbjit_demo");
        let gdb_args = [
            "-ex",
            "set debuginfod enabled off",
            "-ex",
            "break kiln_demo_breakpoint",
            "-ex",
            "run",
            "-ex",
            "bt",
            "-ex",
            "frame function py::demo_function",
            "-ex",
            "info symbol $pc",
            "-ex",
            "disassemble",
        ];
        let out = run_with_timeout(
            Command::new("gdb")
                .args(["-nx", "-batch"])
                .args(gdb_args)
                .arg(&demo),
            Duration::from_secs(120),
        );
        eprintln!("{out}");
        // `bt` names the JIT frame and unwinds past it (RBP chain) into the demo's main.
        let frame = |what: &str| {
            out.lines()
                .position(|l| l.starts_with('#') && l.contains(what))
        };
        let (jit, main) = (frame("in py::demo_function ("), frame("gdbjit_demo::main"));
        assert!(jit.is_some(), "gdb did not name the JIT frame:\n{out}");
        assert!(
            main.is_some() && jit < main,
            "no frames beyond the JIT frame:\n{out}"
        );
        // The return address (after the 16 bytes up to and including `call rax`) resolves
        // to the function, and gdb knows its extent.
        assert!(
            out.contains("py::demo_function + 16 in section .text"),
            "{out}"
        );
        assert!(
            out.contains("assembler code for function py::demo_function"),
            "{out}"
        );
    }
}
