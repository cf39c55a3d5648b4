//! Demo of the GDB JIT interface (`tooling`), run by the test
//! `tooling::tests::gdb_jit_backtrace_shows_name`: installs one function named
//! `py::demo_function` in a `CodeMemory`, registers it with gdb, and calls it;
//! the JIT code calls back into `kiln_demo_breakpoint`, so a breakpoint there shows the
//! JIT frame in `bt`. Try it by hand:
//! `gdb -batch -ex 'break kiln_demo_breakpoint' -ex run -ex bt target/release/examples/gdbjit_demo`

use kiln_baseline::{tooling, CodeMemory};

/// Where gdb stops, one frame below the JIT code.
#[no_mangle]
#[inline(never)]
pub extern "C" fn kiln_demo_breakpoint() -> i64 {
    // Keeps the function from being folded into a constant at its (indirect) call site.
    std::hint::black_box(42)
}

/// Machine code for `fn() -> i64 { kiln_demo_breakpoint() }` keeping an RBP frame, so gdb
/// can unwind through it without unwind tables:
/// `push rbp; mov rbp, rsp; mov rax, imm64; call rax; pop rbp; ret`.
/// On entry rsp is 8 mod 16 (the return address); the push makes it 16-aligned for the call.
fn demo_code(target: u64) -> Vec<u8> {
    let mut code = vec![0x55, 0x48, 0x89, 0xe5, 0x48, 0xb8];
    code.extend_from_slice(&target.to_le_bytes());
    code.extend_from_slice(&[0xff, 0xd0, 0x5d, 0xc3]);
    code
}

fn main() {
    tooling::enable_gdb_jit();
    let code = demo_code(kiln_demo_breakpoint as *const () as u64);
    // Its own small code memory (the runtime uses the process-wide one); it must outlive
    // every call into the code.
    let code_memory = match CodeMemory::new(1 << 16) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("gdbjit_demo: no code memory: {e}");
            std::process::exit(1);
        }
    };
    let Some(entry) = code_memory.install(&code) else {
        eprintln!("gdbjit_demo: code memory refused the function");
        std::process::exit(1);
    };
    tooling::register_function(&tooling::JitFunction {
        addr: entry,
        name: "py::demo_function",
        code: &code,
        file: "demo.py",
        lines: &[],
    });
    // SAFETY: `entry` holds the complete function above, which follows the SysV ABI and
    // takes no arguments.
    let f: extern "sysv64" fn() -> i64 = unsafe { std::mem::transmute(entry) };
    println!("py::demo_function returned {}", f());
}
