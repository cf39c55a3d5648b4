//! The perf jitdump file (`--jitdump`): `<dir>/jit-<pid>.dump` in the format of Linux's
//! `tools/perf/Documentation/jitdump-specification.txt`, so `perf inject --jit` can turn
//! each compiled function into an ELF object with its code bytes and a line table, and
//! `perf annotate` shows JIT code instruction by instruction next to Python lines (the
//! perf map only names functions).
//!
//! Owns the dump file and its record encoding; `tooling::register_function` calls
//! `record_function` once per installed function. Usage:
//!
//! ```text
//! perf record -k mono kiln --jitdump prog.py      # -k mono: our timestamps' clock
//! perf inject --jit -i perf.data -o perf.jit.data
//! perf annotate -i perf.jit.data
//! ```
//!
//! perf finds the file through a marker: the process maps the dump file executable
//! (`mmap(PROT_READ|PROT_EXEC)`), perf records that mmap, and `perf inject` opens the
//! mapped path. The mapping is kept for the whole run.

use std::fs::File;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;

use crate::tooling::JitFunction;

const MAGIC: u32 = 0x4A69_5444; // "JiTD" when read as a little-endian u32
const VERSION: u32 = 1;
const HEADER_SIZE: u32 = 40;
const EM_X86_64: u32 = 62;
/// Record ids.
const JIT_CODE_LOAD: u32 = 0;
const JIT_CODE_DEBUG_INFO: u32 = 2;
/// Record header: id, total size, timestamp.
const RECORD_HEADER_SIZE: usize = 16;

static DUMP: Mutex<Option<File>> = Mutex::new(None);
static ENABLED: AtomicBool = AtomicBool::new(false);
/// `code_index`: unique per JIT_CODE_LOAD record.
static NEXT_INDEX: AtomicU64 = AtomicU64::new(0);

/// CLOCK_MONOTONIC in ns: perf's `-k mono` clock, which `perf inject --jit` needs to
/// place our records among its samples.
fn timestamp() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes only the timespec we pass.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

/// Create `<dir>/jit-<pid>.dump` (dir: `$JITDUMPDIR`, else /tmp), write its header and
/// map it as perf's marker. Enabling twice keeps the open file.
pub fn enable() -> io::Result<String> {
    let mut dump = DUMP.lock().unwrap_or_else(|e| e.into_inner());
    let dir = std::env::var("JITDUMPDIR").unwrap_or_else(|_| "/tmp".into());
    let path = format!("{dir}/jit-{}.dump", std::process::id());
    if dump.is_some() {
        return Ok(path);
    }
    let mut f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(&path)?;
    f.write_all(&header(std::process::id(), timestamp()))?;
    // SAFETY: maps one page of the file we just created, read-only, never written
    // through; the mapping is deliberately leaked (perf's marker for the whole run).
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as usize;
    use std::os::fd::AsRawFd;
    let m = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            page,
            libc::PROT_READ | libc::PROT_EXEC,
            libc::MAP_PRIVATE,
            f.as_raw_fd(),
            0,
        )
    };
    if m == libc::MAP_FAILED {
        return Err(io::Error::last_os_error());
    }
    *dump = Some(f);
    ENABLED.store(true, Ordering::Relaxed);
    Ok(path)
}

pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Append the function's line table and code-load records (debug info first, as perf
/// expects it before the code it describes). A failed write only loses profiler data.
pub fn record_function(func: &JitFunction) {
    let ts = timestamp();
    let index = NEXT_INDEX.fetch_add(1, Ordering::Relaxed);
    // SAFETY: gettid has no preconditions.
    let tid = unsafe { libc::gettid() } as u32;
    let mut out = debug_info_record(func, ts);
    out.extend_from_slice(&code_load_record(func, std::process::id(), tid, index, ts));
    let mut dump = DUMP.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(f) = dump.as_mut() {
        let _ = f.write_all(&out);
    }
}

fn header(pid: u32, ts: u64) -> Vec<u8> {
    let mut h = Vec::with_capacity(HEADER_SIZE as usize);
    h.extend_from_slice(&MAGIC.to_le_bytes());
    h.extend_from_slice(&VERSION.to_le_bytes());
    h.extend_from_slice(&HEADER_SIZE.to_le_bytes());
    h.extend_from_slice(&EM_X86_64.to_le_bytes());
    h.extend_from_slice(&0u32.to_le_bytes()); // pad1
    h.extend_from_slice(&pid.to_le_bytes());
    h.extend_from_slice(&ts.to_le_bytes());
    h.extend_from_slice(&0u64.to_le_bytes()); // flags
    debug_assert_eq!(h.len(), HEADER_SIZE as usize);
    h
}

fn record_header(out: &mut Vec<u8>, id: u32, ts: u64) {
    out.extend_from_slice(&id.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes()); // total size, patched by `finish`
    out.extend_from_slice(&ts.to_le_bytes());
}

fn finish(mut out: Vec<u8>) -> Vec<u8> {
    let n = out.len() as u32;
    out[4..8].copy_from_slice(&n.to_le_bytes());
    out
}

/// A C string: NULs inside would end it early, so they become '?'.
fn push_cstr(out: &mut Vec<u8>, s: &str) {
    out.extend(s.bytes().map(|b| if b == 0 { b'?' } else { b }));
    out.push(0);
}

fn code_load_record(func: &JitFunction, pid: u32, tid: u32, index: u64, ts: u64) -> Vec<u8> {
    let mut out =
        Vec::with_capacity(RECORD_HEADER_SIZE + 40 + func.name.len() + 1 + func.code.len());
    record_header(&mut out, JIT_CODE_LOAD, ts);
    out.extend_from_slice(&pid.to_le_bytes());
    out.extend_from_slice(&tid.to_le_bytes());
    out.extend_from_slice(&(func.addr as u64).to_le_bytes()); // vma
    out.extend_from_slice(&(func.addr as u64).to_le_bytes()); // code_addr
    out.extend_from_slice(&(func.code.len() as u64).to_le_bytes());
    out.extend_from_slice(&index.to_le_bytes());
    push_cstr(&mut out, func.name);
    out.extend_from_slice(func.code);
    finish(out)
}

fn debug_info_record(func: &JitFunction, ts: u64) -> Vec<u8> {
    let mut out = Vec::new();
    record_header(&mut out, JIT_CODE_DEBUG_INFO, ts);
    out.extend_from_slice(&(func.addr as u64).to_le_bytes());
    out.extend_from_slice(&(func.lines.len() as u64).to_le_bytes());
    for &(addr, line) in func.lines {
        out.extend_from_slice(&addr.to_le_bytes());
        out.extend_from_slice(&line.to_le_bytes());
        out.extend_from_slice(&0u32.to_le_bytes()); // discriminator
        push_cstr(&mut out, func.file);
    }
    finish(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
    }
    fn u64_at(b: &[u8], at: usize) -> u64 {
        u64::from_le_bytes(b[at..at + 8].try_into().unwrap())
    }

    /// The records parse back field by field as the specification lays them out.
    #[test]
    fn records_follow_the_specification() {
        let h = header(1234, 99);
        assert_eq!(
            &h[..4],
            b"DTiJ",
            "magic as bytes on a little-endian machine"
        );
        assert_eq!((u32_at(&h, 4), u32_at(&h, 8), u32_at(&h, 12)), (1, 40, 62));
        assert_eq!((u32_at(&h, 20), u64_at(&h, 24)), (1234, 99));

        let code = [0x55u8, 0x48, 0x89, 0xe5, 0xc3];
        let lines = [(0x1000u64, 3u32), (0x1003, 4)];
        let f = JitFunction {
            addr: 0x1000 as *const u8,
            name: "py::f",
            code: &code,
            file: "a.py",
            lines: &lines,
        };
        let r = code_load_record(&f, 7, 8, 5, 42);
        assert_eq!(u32_at(&r, 0), JIT_CODE_LOAD);
        assert_eq!(u32_at(&r, 4) as usize, r.len());
        assert_eq!(u64_at(&r, 8), 42);
        assert_eq!((u32_at(&r, 16), u32_at(&r, 20)), (7, 8));
        assert_eq!((u64_at(&r, 24), u64_at(&r, 32)), (0x1000, 0x1000));
        assert_eq!((u64_at(&r, 40), u64_at(&r, 48)), (5, 5));
        assert_eq!(&r[56..62], b"py::f\0");
        assert_eq!(&r[62..], &code);

        let d = debug_info_record(&f, 42);
        assert_eq!(u32_at(&d, 0), JIT_CODE_DEBUG_INFO);
        assert_eq!(u32_at(&d, 4) as usize, d.len());
        assert_eq!((u64_at(&d, 16), u64_at(&d, 24)), (0x1000, 2));
        let e1 = 32 + 16 + 5; // one entry: addr, line, discrim, "a.py\0"
        assert_eq!((u64_at(&d, 32), u32_at(&d, 40)), (0x1000, 3));
        assert_eq!(&d[48..53], b"a.py\0");
        assert_eq!((u64_at(&d, e1), u32_at(&d, e1 + 8)), (0x1003, 4));
        assert_eq!(d.len(), e1 + 21);
    }
}
