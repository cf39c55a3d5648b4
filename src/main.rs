//! `kiln`: the command-line entry point. Parses options, then runs the program on a
//! thread with a large native stack (deep Python recursion is bounded by the
//! recursion limit and a native-stack guard, never by a crash).

use kiln_runtime::options::{self, ParseOutcome};
use libmimalloc_sys as mi;

/// mimalloc: the GC allocates and frees many small objects in bursts (sweeps); glibc
/// malloc spent most of an allocation-heavy benchmark in `_int_malloc`/`_int_free`.
#[global_allocator]
static GLOBAL: MiMallocWordAligned = MiMallocWordAligned;

/// mimalloc as the global allocator, calling plain `mi_malloc` for word-aligned layouts.
///
/// The `mimalloc` crate's own `MiMalloc` passes every layout to `mi_malloc_aligned`,
/// whose fast path only serves a size class whose free list is non-empty and whose next
/// block happens to be aligned; otherwise, for a size that is not a power of two, it
/// over-allocates `size + align - 1` from the *next* size class. So the exact class
/// never gets a page and never has a free block: every allocation of such a size (most
/// objects, list buffers) took the generic path. Every mimalloc block is at least
/// 8-aligned, so layouts with `align <= 8` need no aligned call at all.
struct MiMallocWordAligned;

const MI_WORD_ALIGN: usize = 8;

// SAFETY: each method forwards to the mimalloc call with the same contract as the
// `mimalloc` crate's `MiMalloc` (which this replaces), except that word-aligned layouts
// use the unaligned entry points: every mimalloc block is at least 8-aligned.
unsafe impl std::alloc::GlobalAlloc for MiMallocWordAligned {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: plain FFI calls; mimalloc accepts any size.
        unsafe {
            if layout.align() <= MI_WORD_ALIGN {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: as in `alloc`.
        unsafe {
            if layout.align() <= MI_WORD_ALIGN {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        // SAFETY: (caller) ptr came from this allocator, i.e. from mimalloc.
        unsafe { mi::mi_free(ptr as *mut std::ffi::c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        // SAFETY: (caller) ptr came from this allocator with `layout`.
        unsafe {
            let p = ptr as *mut std::ffi::c_void;
            if layout.align() <= MI_WORD_ALIGN {
                mi::mi_realloc(p, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(p, new_size, layout.align()) as *mut u8
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let inv = match options::parse(&args) {
        ParseOutcome::Run(inv) => inv,
        ParseOutcome::Print(text) => {
            print!("{text}");
            std::process::exit(0);
        }
        ParseOutcome::Usage(msg) => {
            eprint!("{msg}");
            std::process::exit(2);
        }
    };
    kiln_baseline::install(&inv.opts);
    let handle = std::thread::Builder::new()
        .name("kiln-main".into())
        .stack_size(kiln_runtime::INTERP_STACK_SIZE)
        .spawn(move || kiln_runtime::driver::run(inv))
        .expect("cannot start the interpreter thread");
    let code = match handle.join() {
        Ok(code) => code,
        Err(_) => {
            // A Rust panic is a Kiln bug; report it like a fatal Python error.
            kiln_runtime::builtins::flush_stdout();
            eprintln!("Fatal Python error: internal error in kiln (panic); please report this bug");
            70
        }
    };
    kiln_runtime::builtins::flush_stdout();
    std::process::exit(code);
}
