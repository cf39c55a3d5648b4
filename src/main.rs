//! `kiln`: the command-line entry point. Parses options, then runs the program on a
//! thread with a large native stack (deep Python recursion is bounded by the
//! recursion limit and a native-stack guard, never by a crash).

use kiln_runtime::options::{self, ParseOutcome};

/// mimalloc: the GC allocates and frees many small objects in bursts (sweeps); glibc
/// malloc spent most of an allocation-heavy benchmark in `_int_malloc`/`_int_free`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
