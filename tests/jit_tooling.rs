//! The JIT's command-line surface: `--dump-asm`, `--perf-map`, `--stats`, and the code
//! memory cap (`--jit-code-limit`), checked end to end on the real binary.

use std::process::Command;

fn kiln() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kiln"))
}

const PROGRAM: &str = "
def add(a, b):
    return a + b
def loop(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t
print(loop(1000))
";

fn run(args: &[&str]) -> (String, String, i32) {
    let out = kiln()
        .args(args)
        .arg("-c")
        .arg(PROGRAM)
        .output()
        .expect("run kiln");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn dump_asm_annotates_each_bytecode() {
    let (out, _, code) = run(&["--jit=baseline", "--jit-threshold=0", "--dump-asm=add"]);
    assert_eq!(code, 0);
    assert!(out.contains("== baseline code for add"), "{out}");
    assert!(out.contains("BinaryOp"), "{out}");
    assert!(out.contains("ReturnValue"), "{out}");
    assert!(out.contains("push rbp"), "{out}");
    assert!(
        !out.contains("baseline code for loop"),
        "only the named function: {out}"
    );
    assert!(out.trim_end().ends_with("499500"), "{out}");
}

#[test]
fn perf_map_names_python_functions() {
    let child = kiln()
        .args([
            "--jit=baseline",
            "--jit-threshold=0",
            "--perf-map",
            "-c",
            PROGRAM,
        ])
        .output()
        .expect("run kiln");
    assert!(child.status.success());
    // The map is named after the process id, which Command does not report after the
    // fact: find the newest map that names our functions.
    let mut found = false;
    for e in std::fs::read_dir("/tmp").unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with("perf-") && name.ends_with(".map") {
            let text = std::fs::read_to_string(e.path()).unwrap_or_default();
            if text.contains(" py::add\n") && text.contains(" py::loop\n") {
                for line in text.lines() {
                    let mut parts = line.splitn(3, ' ');
                    let addr = parts.next().unwrap();
                    let size = parts.next().unwrap();
                    assert!(u64::from_str_radix(addr, 16).is_ok(), "{line}");
                    assert!(u64::from_str_radix(size, 16).unwrap() > 0, "{line}");
                }
                found = true;
            }
        }
    }
    assert!(found, "no /tmp/perf-PID.map naming py::add and py::loop");
}

#[test]
fn stats_report_compiles_and_exits() {
    let (out, err, code) = run(&["--jit=baseline", "--jit-threshold=0", "--stats"]);
    assert_eq!((out.trim(), code), ("499500", 0));
    for key in [
        "jit.compiles",
        "jit.ns_per_bytecode",
        "jit.code_bytes_per_bytecode",
        "jit.machine_code_fraction",
    ] {
        assert!(err.contains(key), "missing {key}: {err}");
    }
}

#[test]
fn full_code_memory_leaves_functions_interpreted() {
    // 1 MiB fits a few functions only once many are compiled; with every function
    // compiled at its first call the cap must not change any result.
    let mut src = String::new();
    for i in 0..3000 {
        src.push_str(&format!("def f{i}(x):\n    return x + {i}\n"));
    }
    src.push_str("print(sum(globals()['f%d' % i](1) for i in range(3000)))\n");
    let out = kiln()
        .args([
            "--jit=baseline",
            "--jit-threshold=0",
            "--jit-code-limit=1",
            "--stats",
            "-c",
            &src,
        ])
        .output()
        .expect("run kiln");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "4501500");
    // The cap was reached: some functions stayed interpreted.
    let left: u64 = err
        .lines()
        .find_map(|l| l.trim().strip_prefix("jit.not_compiled"))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .expect("jit.not_compiled in --stats");
    assert!(left > 100, "{err}");
}

#[test]
fn gdb_backtrace_names_python_functions() {
    if Command::new("gdb").arg("--version").output().is_err() {
        eprintln!("gdb not installed; skipping");
        return;
    }
    // `del x` has no inline template: g's machine code calls kiln_jit_step there.
    let prog = "def g():\n    x = 1\n    del x\n    return 2\nprint(g())\n";
    let out = Command::new("gdb")
        .args([
            "-batch",
            "-ex",
            "set breakpoint pending on",
            "-ex",
            "break kiln_runtime::jit::kiln_jit_step",
            "-ex",
            "run",
            "-ex",
            "bt",
            "--args",
            env!("CARGO_BIN_EXE_kiln"),
            "--gdb-jit",
            "--jit=baseline",
            "--jit-threshold=0",
            "-c",
            prog,
        ])
        .output()
        .expect("run gdb");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("in py::"),
        "no Python function in the backtrace:\n{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
