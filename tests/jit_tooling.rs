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

/// `--jitdump` writes `$JITDUMPDIR/jit-PID.dump`: the header, then for each function a
/// line table followed by its code-load record with the installed bytes.
#[test]
fn jitdump_records_code_and_lines() {
    let dir = std::env::temp_dir().join(format!("kiln-jitdump-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let child = kiln()
        .env("JITDUMPDIR", &dir)
        .args([
            "--jit=baseline",
            "--jit-threshold=0",
            "--jitdump",
            "-c",
            PROGRAM,
        ])
        .output()
        .expect("run kiln");
    assert!(child.status.success());
    let path = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("jit-"))
        .expect("a jit-PID.dump file");
    let b = std::fs::read(&path).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let u32_at = |at: usize| u32::from_le_bytes(b[at..at + 4].try_into().unwrap());
    let u64_at = |at: usize| u64::from_le_bytes(b[at..at + 8].try_into().unwrap());
    let cstr_at = |at: usize| {
        let end = at + b[at..].iter().position(|&c| c == 0).unwrap();
        String::from_utf8_lossy(&b[at..end]).into_owned()
    };
    assert_eq!(&b[..4], b"DTiJ", "jitdump magic");
    assert_eq!((u32_at(4), u32_at(8), u32_at(12)), (1, 40, 62));
    let mut at = 40;
    let mut last_lines: Vec<(u64, u32)> = Vec::new();
    let mut found = false;
    while at < b.len() {
        let (id, size) = (u32_at(at), u32_at(at + 4) as usize);
        assert!(
            size >= 16 && at + size <= b.len(),
            "record at {at} overruns the file"
        );
        if id == 2 {
            let n = u64_at(at + 24) as usize;
            let mut e = at + 32;
            last_lines.clear();
            for _ in 0..n {
                last_lines.push((u64_at(e), u32_at(e + 8)));
                assert!(cstr_at(e + 16).ends_with(".py") || cstr_at(e + 16) == "<string>");
                e += 16 + cstr_at(e + 16).len() + 1;
            }
            assert_eq!(e, at + size);
        } else if id == 0 {
            let (addr, len) = (u64_at(at + 32), u64_at(at + 40) as usize);
            let name = cstr_at(at + 56);
            let code = &b[at + 56 + name.len() + 1..at + size];
            assert_eq!(code.len(), len, "{name}: code bytes follow the name");
            assert_eq!(
                &code[..4],
                &[0x55, 0x48, 0x89, 0xe5],
                "{name}: push rbp; mov rbp, rsp"
            );
            assert_eq!(
                last_lines.first().map(|l| l.0),
                Some(addr),
                "{name}: its line table"
            );
            if name == "py::loop" {
                // `t = 0` (line 5) from the entry, then the loop (6) and its body (7) at
                // increasing addresses inside the function.
                let lines: Vec<u32> = last_lines.iter().map(|l| l.1).collect();
                assert_eq!(&lines[..3], &[5, 6, 7], "{last_lines:?}");
                assert!(last_lines.windows(2).all(|w| w[0].0 < w[1].0));
                assert!(last_lines.iter().all(|&(a, _)| a < addr + len as u64));
                found = true;
            }
        }
        at += size;
    }
    assert!(found, "no code-load record for py::loop");
}

/// Machine code of collected code objects is given back and reused: 6000 exec'd code
/// objects, each compiled at its first run, fit in 1 MiB of code memory (without
/// reclamation about 460 fit and the rest stay interpreted).
#[test]
fn released_code_memory_is_reused() {
    let src = "import gc\ntotal = 0\nfor i in range(3000):\n    ns = {}\n    exec(\"def f(x):\\n    t = 0\\n    for k in range(x):\\n        t += k * %d\\n    return t\\nr = f(10)\" % i, ns)\n    total += ns['r']\n    if i % 50 == 0:\n        gc.collect()\nprint(total)\n";
    let out = kiln()
        .args([
            "--jit=baseline",
            "--jit-threshold=0",
            "--jit-code-limit=1",
            "--stats",
            "-c",
            src,
        ])
        .output()
        .expect("run kiln");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(stdout.trim(), "202432500", "{stderr}");
    let stat = |name: &str| -> u64 {
        stderr
            .lines()
            .find_map(|l| l.trim().strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {name} in {stderr}"))
    };
    assert_eq!(stat("jit.not_compiled "), 0, "{stderr}");
    assert!(stat("jit.compiles ") >= 6000, "{stderr}");
    assert!(stat("jit.code_objects_freed ") >= 5800, "{stderr}");
    assert!(
        stat("jit.code_bytes ") > 4 << 20,
        "more code than the limit, over time"
    );
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

/// Held `yield from` chains are a single-thread device: starting a second guest thread
/// releases them first (the differential test `gen_held_chains` cannot see whether it
/// did, since either way the program's results are the same).
#[test]
fn thread_start_releases_held_chains() {
    const HELD: &str = "
import threading
def leaf():
    yield 1
    yield 2
    yield 3
def mid():
    yield from leaf()
def top():
    yield from mid()
g = top()
print(next(g), next(g))
threading.Thread(target=lambda: None).start()
print(next(g))
";
    // (The counters are printed for the JIT modes.)
    for mode in [
        &["--jit=baseline"][..],
        &["--jit=baseline", "--jit-threshold=0"],
    ] {
        let out = kiln()
            .args(mode)
            .args(["--stats", "-c", HELD])
            .output()
            .expect("run kiln");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(String::from_utf8_lossy(&out.stdout), "1 2\n3\n");
        let released = err
            .lines()
            .find_map(|l| l.trim().strip_prefix("jit.held_chains_released"))
            .unwrap_or_else(|| panic!("no counter in {err}"));
        assert!(released.trim().starts_with('1'), "{mode:?}: {err}");
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

/// Collections requested by the allocator start at compiled code's next call or
/// back-edge, as in the interpreter: big ints made in a generator that native code
/// resumes a few steps at a time (pidigits' shape) must not pile up until a whole
/// poll countdown has run (before the fix: 0-1 collections and ~100 MB instead of 9).
#[test]
fn compiled_code_collects_when_the_allocator_asks() {
    const BIG: &str = "
import itertools
def compose(a, b):
    return a * b + 1
def digits():
    z = 1
    while True:
        z = compose(z, 3) % (1 << 200000)
        yield z & 1
print(sum(list(itertools.islice(digits(), 3000))))
";
    let collections = |args: &[&str]| -> u64 {
        let out = kiln()
            .args(args)
            .args(["--stats", "-c", BIG])
            .output()
            .expect("run kiln");
        let (stdout, stderr) = (
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
        );
        assert_eq!(stdout.trim(), "1500", "{stderr}");
        let line = stderr
            .lines()
            .find(|l| l.trim_start().starts_with("gc.collections"))
            .unwrap_or_else(|| panic!("no gc.collections in {stderr}"));
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    };
    let off = collections(&["--jit=off"]);
    assert!(off >= 4, "the program allocates enough to collect: {off}");
    for args in [
        &["--jit=baseline"][..],
        &["--jit=baseline", "--jit-threshold=0"][..],
    ] {
        let jit = collections(args);
        assert!(
            2 * jit >= off,
            "{args:?}: {jit} collections, interpreter {off}"
        );
    }
}
