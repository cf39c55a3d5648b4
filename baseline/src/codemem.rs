//! JIT code memory: where compiled machine code lives (`CodeMemory`, process-wide `global`).
//!
//! Owns the executable address space of the baseline JIT, its W^X discipline and its
//! accounting. It does not know about code objects or publication: the compiler installs
//! finished, position-independent bytes here and publishes the returned address itself
//! (`kiln_threads::publish::CodeSlot`, one Release store).
//!
//! Design (the normal backend, "dual mapping"): one region of anonymous shared memory of
//! `limit` bytes mapped twice (the second view made with `mremap`; see `map_dual` for why
//! not a memfd), a `PROT_READ|PROT_WRITE` view that only this module writes through and a
//! `PROT_READ|PROT_EXEC` view that code runs from. No page is ever writable and
//! executable in the same mapping, and no `mprotect` is needed after setup, so installing code
//! never stalls threads running other code on the same page (an mprotect in a
//! multi-threaded process costs a TLB shootdown, ~10 µs here) and functions can be packed
//! many per page. Space is a bump pointer under a mutex; the memory is `MAP_NORESERVE`
//! and shmem pages only get backed when first written, so "commit" is just the touched
//! high-water mark (`CodeMemStats::committed`), advanced `COMMIT_CHUNK` bytes at a time
//! with both views populated by `madvise` (two page faults per page cost a third of the
//! compile time of small functions). Every byte of a touched page that is not
//! part of a function (alignment gaps and the page's unused tail) holds 0xCC (`int3`), so
//! a stray jump into the gaps traps instead of running leftovers.
//!
//! Fallback backend (an executable shared mapping unavailable): each `install` gets its own fresh pages from `region::alloc`
//! (RW), fills and copies, then flips them to RX with `region::protect` before anyone can
//! see the address. Functions then do not share pages (more memory, one mprotect per
//! install) but the guarantees of the API are the same.
//!
//! `release` gives a function's space back once its code object is dead (the runtime's
//! collector calls it through `kiln_baseline::install`'s release hook while the world is
//! stopped, so no thread can be running the code): its bytes become `int3` again and
//! later installs reuse the gap first-fit (the dual mapping) or its pages are unmapped
//! (the fallback). Dropping a `CodeMemory` unmaps everything it installed (the caller
//! must know no code from it can run any more); `global()` is never dropped.
//!
//! Fork: the dual mapping is `MAP_SHARED`, so after `fork` parent and child would bump
//! through the same memory and overwrite each other's fresh code. A `CodeMemory` therefore
//! remembers the pid that created it and refuses to install (returns `None`) in any other
//! process; code installed before the fork keeps working in both.

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};

/// Code memory is committed (populated and trap-filled) this many bytes at a time.
const COMMIT_CHUNK: usize = 64 << 10;
/// Linux 5.14's madvise advice that faults pages in ahead of use (not in every libc
/// crate version's constants).
const MADV_POPULATE_READ: libc::c_int = 22;
const MADV_POPULATE_WRITE: libc::c_int = 23;

/// Start alignment of every installed function (the usual x86-64 function alignment:
/// keeps a function's first instructions in as few fetch blocks as possible).
const FUNCTION_ALIGN: usize = 16;

/// The `int3` opcode used to fill everything that is not code.
const TRAP_BYTE: u8 = 0xCC;

/// Default limit of the process-wide code memory.
const DEFAULT_LIMIT: usize = 64 << 20;

/// A region of executable memory that machine code is copied into (see the module header).
pub struct CodeMemory {
    backend: Backend,
    /// Bytes the backend may hand out (the page-rounded limit).
    limit: usize,
    /// Process that created the memory (see "Fork" in the module header).
    pid: u32,
    state: Mutex<State>,
}

enum Backend {
    /// Two views of the same `size` bytes of shared memory: `rw` is written, `rx` is executed.
    Dual {
        rw: *mut u8,
        rx: *const u8,
        size: usize,
    },
    /// Fresh pages per function (`State::allocs`), RW while filled then RX.
    Separate,
}

/// Everything `install` changes, under one lock.
struct State {
    /// Dual: offset of the first never-used byte.
    next: usize,
    /// Bytes of touched (backed) pages: dual, the page-rounded high-water mark of `next`;
    /// separate, the sum of all allocations.
    committed: usize,
    code_bytes: usize,
    padding_bytes: usize,
    functions: usize,
    /// Executable `[start, end)` of every installed function, sorted by `start`.
    ranges: Vec<(usize, usize)>,
    /// Dual: released space below `next` (offsets `start -> end`, the whole gap between
    /// two live functions), reused first-fit before the bump pointer.
    free: std::collections::BTreeMap<usize, usize>,
    /// Dual: bytes in `free`.
    free_bytes: usize,
    /// Functions released so far (`release`).
    released: usize,
    /// Separate backend: the allocations, kept mapped for the life of the memory.
    allocs: Vec<region::Allocation>,
}

/// Space accounting of a `CodeMemory`, all in bytes except `functions`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeMemStats {
    /// Address space reserved up front (dual mapping: the whole limit, per view;
    /// fallback: nothing is reserved ahead, so this equals `committed`).
    pub reserved: usize,
    /// Bytes of pages that have been touched (backed by memory).
    pub committed: usize,
    /// Bytes of installed machine code.
    pub code_bytes: usize,
    /// Trap bytes between functions and, in the fallback, the unused tail of each
    /// function's pages. `committed - code_bytes - padding_bytes` is the trap-filled tail
    /// of the last touched page (dual mapping) that later functions can still use.
    pub padding_bytes: usize,
    /// Number of installed functions (still live).
    pub functions: usize,
    /// Dual mapping: trap-filled bytes released by `release` and not reused yet.
    pub free_bytes: usize,
    /// Functions released so far.
    pub released: usize,
    /// The enforced limit (the requested limit rounded up to whole pages).
    pub limit: usize,
}

// SAFETY: the raw pointers in `Backend` are two fixed mappings owned by this value and
// only unmapped in `drop`; all writes through `rw` happen under `state`'s lock, and `rx`
// is only read (executed) by others. `region::Allocation`s are plain mappings owned
// here, likewise only touched under the lock.
unsafe impl Send for CodeMemory {}
// SAFETY: see `Send`; every `&self` method either reads immutable fields or takes the lock.
unsafe impl Sync for CodeMemory {}

fn invalid(msg: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, msg)
}

/// `n` rounded up to a multiple of `align` (a power of two); None on overflow.
fn align_up(n: usize, align: usize) -> Option<usize> {
    Some(n.checked_add(align - 1)? & !(align - 1))
}

impl CodeMemory {
    /// Reserve `limit` bytes of address space (rounded up to pages) for code.
    ///
    /// Uses the dual mapping when the kernel allows it and the per-install fallback
    /// otherwise (see the module header). Errors only for a zero or unrepresentable
    /// `limit`.
    pub fn new(limit: usize) -> io::Result<CodeMemory> {
        let page = region::page::size();
        if limit == 0 {
            return Err(invalid("code memory limit must be positive"));
        }
        let size = align_up(limit, page).ok_or_else(|| invalid("code memory limit too large"))?;
        match Self::map_dual(size) {
            Ok((rw, rx)) => Ok(Self::with_backend(Backend::Dual { rw, rx, size }, size)),
            // No executable shared mapping here: fall back rather than run
            // without a JIT.
            Err(_) => Ok(Self::new_separate(size)),
        }
    }

    /// The fallback backend (see the module header); never fails because it maps nothing
    /// up front.
    fn new_separate(limit: usize) -> CodeMemory {
        let page = region::page::size();
        Self::with_backend(
            Backend::Separate,
            align_up(limit, page).unwrap_or(usize::MAX & !(page - 1)),
        )
    }

    fn with_backend(backend: Backend, limit: usize) -> CodeMemory {
        CodeMemory {
            backend,
            limit,
            pid: std::process::id(),
            state: Mutex::new(State {
                next: 0,
                committed: 0,
                code_bytes: 0,
                padding_bytes: 0,
                functions: 0,
                ranges: Vec::new(),
                free: std::collections::BTreeMap::new(),
                free_bytes: 0,
                released: 0,
                allocs: Vec::new(),
            }),
        }
    }

    /// Create the shared memory and its RW and RX views; `size` is a positive page
    /// multiple. The memory is anonymous shared memory (it shows as `/dev/zero
    /// (deleted)` in /proc/PID/maps, which `perf` treats as anonymous JIT memory and
    /// symbolises from /tmp/perf-PID.map; a memfd shows as a file and perf ignores the
    /// map). The RX view is a second mapping of the same pages made by `mremap` with an
    /// old size of 0, which duplicates a shared mapping.
    fn map_dual(size: usize) -> io::Result<(*mut u8, *const u8)> {
        // SAFETY: a new anonymous shared mapping at an address the kernel picks; it
        // aliases nothing else in the process.
        let rw = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                size,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_SHARED | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if rw == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `rw` is the shared mapping just made; old_size 0 asks for a new mapping
        // of the same pages (not a move), placed where the kernel picks.
        let rx = unsafe { libc::mremap(rw, 0, size, libc::MREMAP_MAYMOVE) };
        if rx == libc::MAP_FAILED {
            let e = io::Error::last_os_error();
            // SAFETY: `rw` was mapped above with `size` bytes and never handed out.
            unsafe { libc::munmap(rw, size) };
            return Err(e);
        }
        // SAFETY: `rx` is the alias just made; nothing was written through it and no
        // code runs from it yet, so making it read+execute (never writable) is safe.
        if unsafe { libc::mprotect(rx, size, libc::PROT_READ | libc::PROT_EXEC) } != 0 {
            let e = io::Error::last_os_error();
            // SAFETY: both mappings are ours, `size` bytes each, never handed out.
            unsafe {
                libc::munmap(rx, size);
                libc::munmap(rw, size);
            }
            return Err(e);
        }
        Ok((rw as *mut u8, rx as *const u8))
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // Every `State` update completes before anything that could panic (none of them
        // can), so a poisoned lock still guards consistent data.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Copy position-independent machine code into fresh space (16-byte aligned start),
    /// and return its executable address, or None when `limit` would be exceeded.
    /// Thread-safe; never makes any page writable and executable at once; never changes
    /// the protection of a page that holds installed code.
    ///
    /// Also None for empty `code`, in a forked child (see the module header) and, in the
    /// fallback backend, when the OS refuses pages. The returned address stays valid and
    /// its bytes unchanged for the life of this `CodeMemory`; the caller publishes it to
    /// other threads with a Release store (its readers Acquire-load it).
    pub fn install(&self, code: &[u8]) -> Option<*const u8> {
        if code.is_empty() || std::process::id() != self.pid {
            return None;
        }
        let mut st = self.lock();
        match self.backend {
            Backend::Dual { rw, rx, size } => {
                // Released space first (first fit), so a program that keeps creating
                // and dropping code (exec, eval) runs in bounded code memory.
                let fit = st.free.iter().find_map(|(&s, &e)| {
                    let start = align_up(s, FUNCTION_ALIGN)?;
                    (start.checked_add(code.len())? <= e).then_some((s, e, start))
                });
                if let Some((s, e, start)) = fit {
                    let end = start + code.len();
                    st.free.remove(&s);
                    st.free_bytes -= e - s;
                    for (a, b) in [(s, start), (end, e)] {
                        if b > a {
                            st.free.insert(a, b);
                            st.free_bytes += b - a;
                        }
                    }
                    // SAFETY: `[start, end)` lies in a released gap between live
                    // functions (or below `next`): no thread can be executing it (its
                    // code object was unreachable when released) and no reader has its
                    // address yet; we hold the lock, so no other writer.
                    unsafe {
                        std::ptr::copy_nonoverlapping(code.as_ptr(), rw.add(start), code.len())
                    };
                    st.code_bytes += code.len();
                    st.functions += 1;
                    let addr = rx as usize + start;
                    let at = st.ranges.partition_point(|r| r.0 < addr);
                    st.ranges.insert(at, (addr, addr + code.len()));
                    return Some(addr as *const u8);
                }
                let start = align_up(st.next, FUNCTION_ALIGN)?;
                let end = start.checked_add(code.len())?;
                if end > size {
                    return None;
                }
                let page = region::page::size();
                // `end <= size` and `size` is a page multiple, so this cannot overflow.
                let touched = align_up(end, page)?;
                if touched > st.committed {
                    // Commit a chunk at a time, both views populated by one madvise
                    // each: touching page by page cost two page faults per page (a
                    // write through RW, the first run through RX), a third of the
                    // compile time of small functions.
                    let chunk = align_up(touched, COMMIT_CHUNK)?.min(size);
                    let len = chunk - st.committed;
                    // SAFETY: `[committed, chunk)` lies inside both views (`chunk <=
                    // size`); populating maps pages and changes no contents. Failure
                    // (an older kernel) only leaves the faults to happen later.
                    unsafe {
                        libc::madvise(rw.add(st.committed).cast(), len, MADV_POPULATE_WRITE);
                        libc::madvise(
                            rx.add(st.committed) as *mut libc::c_void,
                            len,
                            MADV_POPULATE_READ,
                        );
                    }
                    // SAFETY: `[committed, chunk)` lies inside the RW view (`chunk <=
                    // size`) and holds no installed code (everything installed ends at or
                    // before `next <= committed`); we hold the lock, so no other writer.
                    unsafe { std::ptr::write_bytes(rw.add(st.committed), TRAP_BYTE, len) };
                    st.committed = chunk;
                }
                // SAFETY: `[start, end)` is inside the RW view and beyond every installed
                // function (`start >= next`), so no thread can be executing these bytes
                // and no reader has their address yet; `code` is a separate Rust slice.
                unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), rw.add(start), code.len()) };
                st.padding_bytes += start - st.next;
                st.code_bytes += code.len();
                st.functions += 1;
                st.next = end;
                let addr = rx as usize + start;
                // Bump allocation: addresses only grow, so pushing keeps `ranges` sorted.
                st.ranges.push((addr, addr + code.len()));
                Some(addr as *const u8)
            }
            Backend::Separate => {
                let page = region::page::size();
                let pages = align_up(code.len(), page)?;
                if st.committed.checked_add(pages)? > self.limit {
                    return None;
                }
                let mut alloc = region::alloc(pages, region::Protection::READ_WRITE).ok()?;
                let p = alloc.as_mut_ptr::<u8>();
                // SAFETY: `alloc` is a fresh private RW mapping of `pages >= code.len()`
                // bytes that nobody else knows about.
                unsafe {
                    std::ptr::write_bytes(p, TRAP_BYTE, pages);
                    std::ptr::copy_nonoverlapping(code.as_ptr(), p, code.len());
                }
                // SAFETY: flips only this fresh allocation, which holds no code anyone can
                // run yet (its address is returned only after this succeeds). On error
                // `alloc` drops and unmaps it.
                unsafe { region::protect(p as *const u8, pages, region::Protection::READ_EXECUTE) }
                    .ok()?;
                let addr = p as usize;
                st.committed += pages;
                st.code_bytes += code.len();
                st.padding_bytes += pages - code.len();
                st.functions += 1;
                let at = st.ranges.partition_point(|r| r.0 < addr);
                st.ranges.insert(at, (addr, addr + code.len()));
                st.allocs.push(alloc);
                Some(addr as *const u8)
            }
        }
    }

    /// Give back the function installed around `addr` (e.g. an address `install`
    /// returned):
    /// its bytes become trap bytes and its space is reused by later installs. Returns
    /// false for an unknown address.
    ///
    /// # Safety
    /// No thread may run the function's code any more, nor start to: the caller
    /// (the runtime's collector, freeing the function's unreachable code object while
    /// the world is stopped) guarantees it. Code bytes are rewritten through the RW
    /// view only; x86 keeps instruction fetch coherent with those stores, and a later
    /// install publishes new code with the usual release store.
    pub unsafe fn release(&self, addr: *const u8) -> bool {
        let mut st = self.lock();
        let addr = addr as usize;
        // The function containing `addr` (an entry need not be its first byte).
        let i = st.ranges.partition_point(|r| r.0 <= addr);
        if i == 0 || addr >= st.ranges[i - 1].1 {
            return false;
        }
        let i = i - 1;
        let (start, end) = st.ranges.remove(i);
        st.code_bytes -= end - start;
        st.functions -= 1;
        st.released += 1;
        match self.backend {
            Backend::Dual { rw, rx, .. } => {
                let base = rx as usize;
                // The whole gap between the live neighbours becomes one free block (the
                // neighbouring free blocks and alignment padding merge into it); at the
                // top it is given back to the bump pointer instead.
                let lo = if i > 0 { st.ranges[i - 1].1 - base } else { 0 };
                let hi = st.ranges.get(i).map(|r| r.0 - base);
                let (s, e) = (start - base, end - base);
                // SAFETY: `[s, e)` is the released function inside the RW view; the
                // caller guarantees no thread runs it; we hold the lock.
                unsafe { std::ptr::write_bytes(rw.add(s), TRAP_BYTE, e - s) };
                let inside: Vec<(usize, usize)> = st
                    .free
                    .range(lo..hi.unwrap_or(usize::MAX))
                    .map(|(&a, &b)| (a, b))
                    .collect();
                for (a, b) in inside {
                    st.free.remove(&a);
                    st.free_bytes -= b - a;
                }
                match hi {
                    Some(hi) => {
                        st.free.insert(lo, hi);
                        st.free_bytes += hi - lo;
                    }
                    None => {
                        // SAFETY: `[lo, next)` holds no live function (this was the last
                        // one); trap bytes there keep the "gaps are int3" rule.
                        unsafe { std::ptr::write_bytes(rw.add(lo), TRAP_BYTE, st.next - lo) };
                        st.next = lo;
                    }
                }
            }
            Backend::Separate => {
                // Its own pages: unmap them (dropping the allocation).
                if let Some(j) = st
                    .allocs
                    .iter()
                    .position(|a| a.as_ptr::<u8>() as usize == start)
                {
                    let a = st.allocs.swap_remove(j);
                    st.committed -= a.len();
                    st.padding_bytes -= a.len() - (end - start);
                }
            }
        }
        true
    }

    /// Current space accounting (a consistent snapshot).
    pub fn stats(&self) -> CodeMemStats {
        let st = self.lock();
        let (reserved, padding_bytes) = match self.backend {
            // Below `next`, what is neither live code nor released is alignment padding.
            Backend::Dual { size, .. } => (size, st.next - st.code_bytes - st.free_bytes),
            Backend::Separate => (st.committed, st.padding_bytes),
        };
        CodeMemStats {
            reserved,
            committed: st.committed,
            code_bytes: st.code_bytes,
            padding_bytes,
            functions: st.functions,
            free_bytes: st.free_bytes,
            released: st.released,
            limit: self.limit,
        }
    }

    /// True if `addr` lies inside an installed function's executable range.
    ///
    /// Takes the install lock (a binary search under it), so it is not for signal handlers.
    pub fn contains(&self, addr: usize) -> bool {
        let st = self.lock();
        // The last range starting at or before `addr` is the only candidate.
        let i = st.ranges.partition_point(|r| r.0 <= addr);
        i > 0 && addr < st.ranges[i - 1].1
    }

    /// Whether functions share pages (the dual mapping is in use).
    #[cfg(test)]
    pub(crate) fn packs_functions(&self) -> bool {
        matches!(self.backend, Backend::Dual { .. })
    }
}

impl Drop for CodeMemory {
    fn drop(&mut self) {
        if let Backend::Dual { rw, rx, size } = self.backend {
            // SAFETY: both views were mapped in `map_dual` with `size` bytes and are unmapped
            // only here; `&mut self` means no install is running, and the owner promises no
            // code from this memory runs any more (module header).
            unsafe {
                libc::munmap(rw.cast(), size);
                libc::munmap(rx as *mut libc::c_void, size);
            }
        }
        // The fallback's `region::Allocation`s unmap themselves when `state` drops.
    }
}

/// Limit for `global()`, read once when it is first created.
static GLOBAL_LIMIT: AtomicUsize = AtomicUsize::new(DEFAULT_LIMIT);
static GLOBAL: OnceLock<CodeMemory> = OnceLock::new();

/// The process-wide code memory, created on first use with the limit from set_limit
/// (default 64 MiB).
pub fn global() -> &'static CodeMemory {
    GLOBAL.get_or_init(|| {
        let limit = GLOBAL_LIMIT.load(Ordering::Relaxed);
        // `new` only fails for an invalid limit (0); the fallback then refuses every
        // install, which runs everything in the interpreter instead of aborting.
        CodeMemory::new(limit).unwrap_or_else(|_| CodeMemory::new_separate(limit))
    })
}

/// Set the limit of `global()`; call before first `global()` (later calls have no effect).
pub fn set_limit(bytes: usize) {
    GLOBAL_LIMIT.store(bytes, Ordering::Relaxed);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// `mov rax, rdi; add rax, rsi; ret`
    const ADD: [u8; 7] = [0x48, 0x89, 0xf8, 0x48, 0x01, 0xf0, 0xc3];
    type BinOp = extern "sysv64" fn(i64, i64) -> i64;
    type Konst = extern "sysv64" fn() -> i64;

    /// `mov eax, imm32; ret` (returns `k`, zero-extended).
    fn konst(k: u32) -> [u8; 6] {
        let b = k.to_le_bytes();
        [0xb8, b[0], b[1], b[2], b[3], 0xc3]
    }

    fn call_add(p: *const u8, a: i64, b: i64) -> i64 {
        // SAFETY: `p` is an installed copy of `ADD`, a complete SysV function of this type.
        let f: BinOp = unsafe { std::mem::transmute(p) };
        f(a, b)
    }

    fn call_konst(p: *const u8) -> i64 {
        // SAFETY: `p` is an installed copy of `konst(..)`, a complete SysV function.
        let f: Konst = unsafe { std::mem::transmute(p) };
        f()
    }

    fn page() -> usize {
        region::page::size()
    }

    #[test]
    fn installs_and_runs_functions() {
        let mem = CodeMemory::new(1 << 20).unwrap();
        assert!(mem.packs_functions(), "dual mapping expected on Linux");
        let a = mem.install(&ADD).unwrap();
        let b = mem.install(&konst(42)).unwrap();
        let c = mem.install(&ADD).unwrap();
        assert_eq!(call_add(a, 40, 2), 42);
        assert_eq!(call_konst(b), 42);
        assert_eq!(call_add(c, -5, 3), -2);
        for p in [a, b, c] {
            assert_eq!(p as usize % FUNCTION_ALIGN, 0);
            assert!(mem.contains(p as usize));
        }
        assert!(mem.contains(a as usize + ADD.len() - 1));
        assert!(
            !mem.contains(a as usize + ADD.len()),
            "alignment gap is not code"
        );
        assert!(!mem.contains(0));
        let s = mem.stats();
        assert_eq!(s.functions, 3);
        assert_eq!(s.code_bytes, 7 + 6 + 7);
        assert_eq!(s.padding_bytes, (16 - 7) + (16 - 6));
        // Committed a chunk at a time.
        assert_eq!(s.committed, COMMIT_CHUNK);
        assert_eq!(s.reserved, 1 << 20);
        assert_eq!(s.limit, 1 << 20);
        assert_eq!(mem.install(&[]), None);
    }

    #[test]
    fn many_functions_share_a_page() {
        let mem = CodeMemory::new(1 << 20).unwrap();
        assert!(mem.packs_functions());
        let ps: Vec<_> = (0..100).map(|i| mem.install(&konst(i)).unwrap()).collect();
        let pages: HashSet<usize> = ps.iter().map(|&p| p as usize / page()).collect();
        // 100 functions of 16 bytes each fit in one 4 KiB page (two if the start is unlucky).
        assert!(
            pages.len() <= 2,
            "{} pages for 100 tiny functions",
            pages.len()
        );
        for (i, &p) in ps.iter().enumerate() {
            assert_eq!(call_konst(p), i as i64);
        }
        assert_eq!(mem.stats().committed, COMMIT_CHUNK);
    }

    #[test]
    fn limit_is_enforced() {
        let mem = CodeMemory::new(page()).unwrap();
        assert_eq!(mem.stats().limit, page());
        let blob = [0xc3u8; 100];
        let mut n = 0;
        while let Some(p) = mem.install(&blob) {
            // SAFETY: `p` is a one-byte `ret` followed by more `ret`s.
            let f: extern "sysv64" fn() = unsafe { std::mem::transmute(p) };
            f();
            n += 1;
            assert!(n <= page() / 100, "limit not enforced");
        }
        // Functions start every 112 bytes (100 rounded up to 16); the last must end in the page.
        assert_eq!(n, (page() - 100) / 112 + 1);
        // The tail after the last 100-byte function still takes a small one.
        assert!(mem.install(&[0xc3; 4]).is_some());
        let s = mem.stats();
        assert!(s.code_bytes + s.padding_bytes <= s.limit);
        // More than the whole limit at once.
        let big = vec![0xc3u8; 2 * page()];
        let mem2 = CodeMemory::new(page()).unwrap();
        assert_eq!(mem2.install(&big), None);
        assert_eq!(mem2.stats().functions, 0);
        assert!(CodeMemory::new(0).is_err());
        assert!(CodeMemory::new(usize::MAX).is_err());
    }

    #[test]
    fn concurrent_installs_are_disjoint_and_work() {
        let mem = CodeMemory::new(4 << 20).unwrap();
        const PER: u32 = 300;
        let all: Vec<Vec<(usize, u32)>> = std::thread::scope(|s| {
            let hs: Vec<_> = (0..4u32)
                .map(|t| {
                    let mem = &mem;
                    s.spawn(move || {
                        let mut mine = Vec::new();
                        for i in 0..PER {
                            let k = t * 100_000 + i;
                            let p = mem.install(&konst(k)).unwrap();
                            // Run it right away, while the other threads keep installing
                            // next to it on the same page.
                            assert_eq!(call_konst(p), k as i64);
                            mine.push((p as usize, k));
                        }
                        mine
                    })
                })
                .collect();
            hs.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let mut ranges: Vec<(usize, u32)> = all.into_iter().flatten().collect();
        assert_eq!(ranges.len(), 4 * PER as usize);
        ranges.sort();
        for w in ranges.windows(2) {
            assert!(w[0].0 + 6 <= w[1].0, "overlapping functions");
        }
        for &(p, k) in &ranges {
            assert_eq!(
                call_konst(p as *const u8),
                k as i64,
                "a later install clobbered a function"
            );
            assert!(mem.contains(p));
        }
        assert_eq!(mem.stats().functions, 4 * PER as usize);
    }

    /// Permissions of every /proc/self/maps line overlapping `[lo, hi)`.
    fn maps_perms(lo: usize, hi: usize) -> Vec<String> {
        let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
        let mut out = Vec::new();
        for line in maps.lines() {
            let mut it = line.split_whitespace();
            let (range, perms) = (it.next().unwrap(), it.next().unwrap());
            let (a, b) = range.split_once('-').unwrap();
            let (a, b) = (
                usize::from_str_radix(a, 16).unwrap(),
                usize::from_str_radix(b, 16).unwrap(),
            );
            if a < hi && lo < b {
                out.push(perms.to_string());
            }
        }
        out
    }

    /// perf symbolises JIT code from /tmp/perf-PID.map only when the code's mapping is
    /// anonymous memory in its eyes (`//anon`, `/dev/zero...`); a memfd-backed mapping
    /// is a file, whose symbols perf would look for in that (nonexistent) file.
    #[test]
    fn executable_view_is_anonymous_memory_for_perf() {
        let mem = CodeMemory::new(1 << 20).unwrap();
        let p = mem.install(&ADD).unwrap() as usize;
        let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
        let line = maps
            .lines()
            .find(|l| {
                let (a, b) = l
                    .split_whitespace()
                    .next()
                    .unwrap()
                    .split_once('-')
                    .unwrap();
                let (a, b) = (
                    usize::from_str_radix(a, 16).unwrap(),
                    usize::from_str_radix(b, 16).unwrap(),
                );
                a <= p && p < b
            })
            .expect("the code's mapping");
        let name = line.split_whitespace().nth(5).unwrap_or("");
        assert!(name.starts_with("/dev/zero") || name.is_empty(), "{line}");
    }

    #[test]
    fn no_mapping_is_writable_and_executable() {
        let mem = CodeMemory::new(1 << 20).unwrap();
        let p = mem.install(&ADD).unwrap();
        let Backend::Dual { rw, rx, size } = mem.backend else {
            panic!("dual mapping expected")
        };
        let exec = maps_perms(rx as usize, rx as usize + size);
        let write = maps_perms(rw as usize, rw as usize + size);
        assert!(!exec.is_empty() && !write.is_empty());
        for perms in exec.iter().chain(&write) {
            assert!(
                !(perms.contains('w') && perms.contains('x')),
                "W+X mapping: {perms}"
            );
        }
        assert!(exec.iter().all(|p| p.starts_with("r-x")), "{exec:?}");
        assert!(write.iter().all(|p| p.starts_with("rw-")), "{write:?}");
        assert_eq!(
            region::query(p).unwrap().protection(),
            region::Protection::READ_EXECUTE
        );
        assert_eq!(
            region::query(rw).unwrap().protection(),
            region::Protection::READ_WRITE
        );
        // Installing more code on the same page leaves its protection alone.
        let q = mem.install(&ADD).unwrap();
        assert_eq!(p as usize / page(), q as usize / page());
        assert_eq!(
            region::query(p).unwrap().protection(),
            region::Protection::READ_EXECUTE
        );
        assert_eq!(call_add(p, 1, 2), 3);
    }

    #[test]
    fn gaps_and_page_tail_are_traps() {
        let mem = CodeMemory::new(1 << 20).unwrap();
        let fs: Vec<(usize, usize)> = [&ADD[..], &konst(7)[..], &[0x90, 0x90, 0xc3][..]]
            .iter()
            .map(|c| (mem.install(c).unwrap() as usize, c.len()))
            .collect();
        let base = fs[0].0 & !(page() - 1);
        // SAFETY: the first page of the RX view is touched (committed) and stays mapped.
        let bytes = unsafe { std::slice::from_raw_parts(base as *const u8, page()) };
        let in_code = |a: usize| fs.iter().any(|&(s, n)| a >= s && a < s + n);
        for (i, &b) in bytes.iter().enumerate() {
            if !in_code(base + i) {
                assert_eq!(b, TRAP_BYTE, "byte {i} of the page is not a trap");
            }
        }
        assert_eq!(&bytes[fs[0].0 - base..][..7], &ADD);
    }

    #[test]
    fn fallback_backend_installs_rx_pages() {
        let mem = CodeMemory::new_separate(3 * page());
        assert!(!mem.packs_functions());
        let a = mem.install(&ADD).unwrap();
        let b = mem.install(&konst(9)).unwrap();
        assert_eq!(call_add(a, 2, 3), 5);
        assert_eq!(call_konst(b), 9);
        for (p, len) in [(a, ADD.len()), (b, 6)] {
            assert_eq!(
                region::query(p).unwrap().protection(),
                region::Protection::READ_EXECUTE
            );
            for perms in maps_perms(p as usize, p as usize + page()) {
                assert!(!perms.contains('w'), "{perms}");
            }
            assert!(mem.contains(p as usize));
            // SAFETY: the function's page is mapped readable.
            let tail = unsafe { std::slice::from_raw_parts(p.add(len), page() - len) };
            assert!(tail.iter().all(|&x| x == TRAP_BYTE));
        }
        // A two-page function no longer fits in the 3-page limit after two one-page ones.
        assert_eq!(mem.install(&vec![0xc3; page() + 1]), None);
        assert!(mem.install(&ADD).is_some());
        assert_eq!(mem.install(&ADD), None);
        let s = mem.stats();
        assert_eq!(
            (s.functions, s.committed, s.reserved, s.limit),
            (3, 3 * page(), 3 * page(), 3 * page())
        );
        assert_eq!(s.code_bytes + s.padding_bytes, s.committed);
    }

    #[test]
    fn global_memory_works() {
        let p = global().install(&ADD).unwrap();
        assert_eq!(call_add(p, 20, 22), 42);
        assert!(global().contains(p as usize));
        assert!(global().stats().limit >= page());
    }

    /// Released space is trap-filled, merged with its neighbours' gaps and reused
    /// first-fit; releasing the topmost function gives the space back to the bump
    /// pointer; the accounting stays exact throughout.
    #[test]
    fn release_reuses_space() {
        let mem = CodeMemory::new(1 << 20).unwrap();
        let a = mem.install(&ADD).unwrap();
        let b = mem.install(&konst(1)).unwrap();
        let c = mem.install(&konst(2)).unwrap();
        let d = mem.install(&ADD).unwrap();
        let check = |mem: &CodeMemory| {
            let s = mem.stats();
            let top = mem.lock().next;
            assert_eq!(s.code_bytes + s.padding_bytes + s.free_bytes, top, "{s:?}");
        };
        check(&mem);
        // SAFETY: nothing runs b or c any more.
        unsafe {
            assert!(mem.release(b));
            assert!(
                mem.release(c.wrapping_add(2)),
                "an address inside the function"
            );
            assert!(!mem.release(c), "already released");
        }
        check(&mem);
        let s = mem.stats();
        assert_eq!((s.functions, s.released), (2, 2));
        // One gap from a's end to d: a's padding, b, its padding and c.
        assert_eq!(s.free_bytes, d as usize - (a as usize + ADD.len()));
        // The freed bytes are traps, and the next install fills the gap first.
        // SAFETY: reading our own RX view.
        assert_eq!(unsafe { *b }, TRAP_BYTE);
        let e = mem.install(&konst(7)).unwrap();
        assert_eq!(e, b, "first fit at the gap's aligned start");
        assert_eq!(call_konst(e), 7);
        assert_eq!(call_add(a, 1, 2), 3);
        assert_eq!(call_add(d, 3, 4), 7);
        check(&mem);
        // Releasing the topmost function lowers the bump pointer to the end of the
        // highest live one (e, offsets counted from a at 0) and drops the gap above
        // it; the sliver between a and e stays free.
        // SAFETY: nothing runs d any more.
        unsafe { assert!(mem.release(d)) };
        assert_eq!(mem.lock().next, e as usize - a as usize + 6);
        assert_eq!(
            mem.stats().free_bytes,
            e as usize - (a as usize + ADD.len())
        );
        check(&mem);
    }
}
