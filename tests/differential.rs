//! Differential test: run every program of the corpus in `tests/programs/`
//! under kiln and compare the results with what CPython 3.11 produced.
//!
//! For each `tests/programs/NAME.py` the expected behaviour is recorded in
//!
//! * `NAME.stdout` – the exact bytes CPython wrote to stdout, and
//! * `NAME.status` – two lines, `exit=N` and `stderr=LAST NON-EMPTY STDERR LINE`,
//! * `NAME.stderr` (when CPython's traceback stays within the program) – the whole
//!   traceback or syntax error report, the program's path as `<PROGRAM>`.
//!
//! A run passes when stdout is byte-for-byte identical, the exit code is the
//! same, the traceback is identical where `NAME.stderr` exists (source lines and
//! carets included), and the last non-empty stderr line is the same. Only the exception
//! *type* is compared when the expected line starts with `SyntaxError` or
//! `IndentationError` (our parser's messages differ from CPython's).
//!
//! Every program is run in five modes (flags go before the program path):
//!
//! * `--jit=off` (interpreter only)
//! * `--jit=baseline --jit-threshold=0` (everything compiled before its first call)
//! * the defaults (tier-up after 100 calls + back-edges)
//! * `--jit=on --jit-threshold=2 --tierup-threshold=0` (functions tier up mid-run:
//!   exercises on-stack replacement and interpreter/JIT transitions everywhere)
//! * `--jit=baseline --jit-threshold=0 --gc-interval=100` (GC stress: a collection
//!   at nearly every safepoint finds values native code forgot to root — it found
//!   BuildMap/BuildSet's unrooted container)
//!
//! each time in a fresh, empty temporary working directory, with stdin
//! redirected from /dev/null, `PYTHONHASHSEED=0` and a 30 s timeout.
//!
//! Environment variables:
//!
//! * `KILN_DIFF_BIN=/path/to/exe` – run that executable instead of kiln, in
//!   one mode without flags. `KILN_DIFF_BIN=/usr/bin/python3.11` checks the
//!   corpus and its recordings against CPython itself (must pass 100%).
//!   `KNOWN_FAILURES` is ignored in this mode: it describes kiln only.
//! * `KILN_DIFF_FILTER=substr` – only run programs whose name contains `substr`.
//!
//! `tests/programs/KNOWN_FAILURES` (optional) lists programs that kiln is
//! known to get wrong, one per line as `NAME  # reason`. They are still run:
//! their failing runs count as skipped, and an entry whose program now passes
//! in every mode is an error ("NAME passes now; remove it from KNOWN_FAILURES")
//! whose runs count as failed.
//!
//! To (re-)record the expectations after adding or changing a program:
//!
//! ```text
//! python3.11 tests/record.py            # every program
//! python3.11 tests/record.py NAME ...   # only these
//! ```
//!
//! Typical invocations:
//!
//! ```text
//! cargo test --release --test differential
//! KILN_DIFF_FILTER=str_ cargo test --release --test differential
//! KILN_DIFF_BIN=/usr/bin/python3.11 cargo test --release --test differential
//! ```

use std::collections::BTreeSet;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How long one run of one program may take before it is killed.
const TIMEOUT: Duration = Duration::from_secs(30);

/// The flag sets kiln is run with, unless `KILN_DIFF_BIN` is set.
const KILN_MODES: &[&[&str]] = &[
    &["--jit=off"],
    &["--jit=baseline", "--jit-threshold=0"],
    &[],
    &["--jit=on", "--jit-threshold=2", "--tierup-threshold=0"],
    &["--jit=baseline", "--jit-threshold=0", "--gc-interval=100"],
];

/// What CPython did, as recorded by `tests/record.py`.
struct Expected {
    stdout: Vec<u8>,
    exit: i32,
    stderr_last: String,
    /// The whole traceback (`NAME.stderr`), if recorded.
    stderr: Option<String>,
}

/// What the program under test did.
struct Actual {
    stdout: Vec<u8>,
    /// Exit code; a death by signal N is reported as -N (like Python's subprocess).
    exit: i32,
    stderr_last: String,
    /// All of stderr, the program's path replaced by `<PROGRAM>`.
    stderr: String,
    timed_out: bool,
}

/// One program of the corpus.
struct Program {
    name: String,
    path: PathBuf,
}

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("programs")
}

/// All `tests/programs/*.py`, sorted by name, restricted by `KILN_DIFF_FILTER`.
fn discover(filter: Option<&str>) -> Vec<Program> {
    let dir = programs_dir();
    let mut programs: Vec<Program> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            if path.extension()? != "py" {
                return None;
            }
            let name = path.file_stem()?.to_str()?.to_string();
            Some(Program { name, path })
        })
        .filter(|p| filter.map_or(true, |f| p.name.contains(f)))
        .collect();
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    programs
}

/// Reads `NAME.stdout` and `NAME.status`.
fn load_expected(program: &Program) -> Result<Expected, String> {
    let stdout_path = program.path.with_extension("stdout");
    let status_path = program.path.with_extension("status");
    let missing = |p: &Path, e: std::io::Error| {
        format!(
            "cannot read {} ({e}); record it with `python3.11 tests/record.py {}`",
            p.display(),
            program.name
        )
    };
    let stdout = fs::read(&stdout_path).map_err(|e| missing(&stdout_path, e))?;
    let status = fs::read_to_string(&status_path).map_err(|e| missing(&status_path, e))?;

    let mut exit = None;
    let mut stderr_last = None;
    for line in status.lines() {
        if let Some(v) = line.strip_prefix("exit=") {
            exit = v.trim().parse::<i32>().ok();
        } else if let Some(v) = line.strip_prefix("stderr=") {
            stderr_last = Some(v.trim_end().to_string());
        }
    }
    match (exit, stderr_last) {
        (Some(exit), Some(stderr_last)) => Ok(Expected {
            stderr: fs::read_to_string(program.path.with_extension("stderr")).ok(),
            stdout,
            exit,
            stderr_last,
        }),
        _ => Err(format!("malformed {}", status_path.display())),
    }
}

/// Names listed in `tests/programs/KNOWN_FAILURES` (comments and blank lines ignored).
fn load_known_failures() -> BTreeSet<String> {
    let path = programs_dir().join("KNOWN_FAILURES");
    let Ok(text) = fs::read_to_string(&path) else {
        return BTreeSet::new();
    };
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|name| !name.is_empty())
        .map(|name| name.strip_suffix(".py").unwrap_or(name).to_string())
        .collect()
}

/// The last line of `bytes` that is not blank, without trailing whitespace.
fn last_nonempty_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("")
        .trim_end()
        .to_string()
}

/// A fresh, empty working directory under the system temp dir.
fn fresh_temp_dir() -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("kiln-diff-{}-{n}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

fn exit_code(status: ExitStatus) -> i32 {
    if let Some(code) = status.code() {
        return code;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return -signal;
        }
    }
    -1
}

/// Reads a child's pipe to the end on a separate thread (so that neither
/// stdout nor stderr can fill up and block the child). The bytes arrive on
/// the returned channel once the pipe is closed.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut buf);
        }
        let _ = tx.send(buf);
    });
    rx
}

/// Collects what a `drain` thread read. The child has exited by now, so the
/// pipe is normally closed already; if some grandchild still holds it open,
/// give up after a grace period instead of hanging the whole test.
fn collect(rx: mpsc::Receiver<Vec<u8>>) -> Vec<u8> {
    rx.recv_timeout(Duration::from_secs(5)).unwrap_or_default()
}

/// Waits for `child` for at most `TIMEOUT`; kills it on timeout.
/// Returns the exit status and whether it timed out.
fn wait_with_timeout(child: &mut Child) -> Result<(ExitStatus, bool), String> {
    let deadline = Instant::now() + TIMEOUT;
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok((status, false)),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let status = child.wait().map_err(|e| format!("wait failed: {e}"))?;
                return Ok((status, true));
            }
            Ok(None) => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    }
}

/// Runs `bin FLAGS... /abs/path/prog.py` in a fresh temporary directory.
fn run(bin: &Path, flags: &[String], program: &Path) -> Result<Actual, String> {
    let workdir = fresh_temp_dir();
    let spawned = Command::new(bin)
        .args(flags)
        .arg(program)
        .current_dir(&workdir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let result = match spawned {
        Err(e) => Err(format!("cannot start {}: {e}", bin.display())),
        Ok(mut child) => {
            let out = drain(child.stdout.take());
            let err = drain(child.stderr.take());
            let waited = wait_with_timeout(&mut child);
            let stdout = collect(out);
            let stderr = collect(err);
            waited.map(|(status, timed_out)| Actual {
                stdout,
                exit: exit_code(status),
                stderr_last: last_nonempty_line(&stderr),
                stderr: String::from_utf8_lossy(&stderr)
                    .replace(&*program.to_string_lossy(), "<PROGRAM>"),
                timed_out,
            })
        }
    };
    let _ = fs::remove_dir_all(&workdir);
    result
}

/// Shortens a line for display in a diff.
fn clip(line: &str) -> String {
    const MAX: usize = 160;
    if line.chars().count() <= MAX {
        format!("{line:?}")
    } else {
        let head: String = line.chars().take(MAX).collect();
        format!("{head:?}... ({} chars)", line.chars().count())
    }
}

/// Describes the first difference between the two stdouts, line by line.
fn stdout_diff(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    // Lines keep their '\n' so that a missing final newline shows up too.
    let exp_lines: Vec<&str> = expected.split_inclusive('\n').collect();
    let act_lines: Vec<&str> = actual.split_inclusive('\n').collect();
    for i in 0..exp_lines.len().max(act_lines.len()) {
        let (e, a) = (exp_lines.get(i), act_lines.get(i));
        if e != a {
            let show = |l: Option<&&str>| l.map_or("<end of output>".to_string(), |l| clip(l));
            return format!(
                "stdout differs at line {}:\n      expected: {}\n      actual:   {}",
                i + 1,
                show(e),
                show(a)
            );
        }
    }
    "stdout differs".to_string()
}

/// The stderr comparison: exact, except that only the exception type is
/// compared for syntax errors.
fn stderr_matches(expected: &str, actual: &str) -> bool {
    if expected.starts_with("SyntaxError") || expected.starts_with("IndentationError") {
        let kind = |s: &str| s.split(':').next().unwrap_or("").trim().to_string();
        kind(expected) == kind(actual)
    } else {
        expected == actual
    }
}

/// `None` if the run matches the expectation, else a compact description.
fn compare(expected: &Expected, actual: &Actual) -> Option<String> {
    if actual.timed_out {
        return Some(format!("timed out after {} s", TIMEOUT.as_secs()));
    }
    let mut problems = Vec::new();
    if expected.stdout != actual.stdout {
        problems.push(stdout_diff(&expected.stdout, &actual.stdout));
    }
    if expected.exit != actual.exit {
        problems.push(format!(
            "exit code: expected {}, got {}",
            expected.exit, actual.exit
        ));
    }
    // The JIT reports a template that failed to assemble (a compiler bug) on stderr
    // and leaves the function interpreted; the output would still match, so look.
    if actual.stderr.contains("kiln: internal JIT error") {
        problems.push(format!("internal JIT error:\n{}", actual.stderr));
    }
    if let Some(want) = &expected.stderr {
        if *want != actual.stderr {
            problems.push(format!(
                "traceback differs:\n--- expected\n{want}--- actual\n{}",
                actual.stderr
            ));
        }
    }
    if !stderr_matches(&expected.stderr_last, &actual.stderr_last) {
        problems.push(format!(
            "last stderr line:\n      expected: {}\n      actual:   {}",
            clip(&expected.stderr_last),
            clip(&actual.stderr_last)
        ));
    }
    if problems.is_empty() {
        None
    } else {
        Some(problems.join("\n    "))
    }
}

#[test]
fn differential_corpus() {
    // Which executable, in which modes.
    // A relative KILN_DIFF_BIN path is made absolute, since programs run in
    // their own temporary directories.
    let custom_bin = std::env::var_os("KILN_DIFF_BIN")
        .filter(|b| !b.is_empty())
        .map(|b| fs::canonicalize(&b).unwrap_or_else(|_| PathBuf::from(b)));
    let (bin, modes): (PathBuf, Vec<Vec<String>>) = match &custom_bin {
        Some(bin) => (bin.clone(), vec![Vec::new()]),
        None => (
            PathBuf::from(env!("CARGO_BIN_EXE_kiln")),
            KILN_MODES
                .iter()
                .map(|flags| flags.iter().map(|f| f.to_string()).collect())
                .collect(),
        ),
    };
    let filter = std::env::var("KILN_DIFF_FILTER")
        .ok()
        .filter(|f| !f.is_empty());
    let programs = discover(filter.as_deref());
    assert!(
        !programs.is_empty(),
        "no programs found in {}",
        programs_dir().display()
    );
    let known_failures = if custom_bin.is_some() {
        BTreeSet::new()
    } else {
        load_known_failures()
    };

    // Load all expectations up front; a missing one fails every mode of that program.
    let expected: Vec<Result<Expected, String>> = programs.iter().map(load_expected).collect();

    // One job per (program, mode); workers take the next job from a shared counter.
    let jobs: Vec<(usize, usize)> = (0..programs.len())
        .flat_map(|p| (0..modes.len()).map(move |m| (p, m)))
        .collect();
    let next_job = AtomicUsize::new(0);
    // results[p][m] = None when the run passed, Some(description) when it failed.
    let results: Mutex<Vec<Vec<Option<String>>>> =
        Mutex::new(vec![vec![None; modes.len()]; programs.len()]);
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(jobs.len());

    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next_job.fetch_add(1, Ordering::Relaxed);
                let Some(&(p, m)) = jobs.get(i) else { break };
                let outcome = match &expected[p] {
                    Err(e) => Some(e.clone()),
                    Ok(exp) => match run(&bin, &modes[m], &programs[p].path) {
                        Err(e) => Some(e),
                        Ok(actual) => compare(exp, &actual),
                    },
                };
                results.lock().unwrap()[p][m] = outcome;
            });
        }
    });
    let results = results.into_inner().unwrap();

    // Tally and report. Output goes straight to the process's stdout so the
    // report is visible even when the test harness captures output.
    let mode_label = |m: usize| {
        if modes[m].is_empty() {
            bin.display().to_string()
        } else {
            modes[m].join(" ")
        }
    };
    let (mut passed, mut failed, mut skipped) = (0usize, 0usize, 0usize);
    let mut report = String::new();
    for (p, program) in programs.iter().enumerate() {
        let known = known_failures.contains(&program.name);
        let all_pass = results[p].iter().all(Option::is_none);
        if known && all_pass {
            failed += modes.len();
            report.push_str(&format!(
                "FAIL {} passes now; remove it from KNOWN_FAILURES\n",
                program.name
            ));
            continue;
        }
        for (m, outcome) in results[p].iter().enumerate() {
            match outcome {
                None => passed += 1,
                Some(_) if known => skipped += 1,
                Some(problem) => {
                    failed += 1;
                    report.push_str(&format!(
                        "FAIL {} [{}]\n    {}\n",
                        program.name,
                        mode_label(m),
                        problem
                    ));
                }
            }
        }
    }
    let names: BTreeSet<&str> = programs.iter().map(|p| p.name.as_str()).collect();
    for name in &known_failures {
        if filter.is_none() && !names.contains(name.as_str()) {
            report.push_str(&format!(
                "warning: KNOWN_FAILURES lists unknown program {name}\n"
            ));
        }
    }
    let summary = format!("differential: {passed} passed, {failed} failed, {skipped} skipped");
    {
        let mut out = std::io::stdout().lock();
        let _ = write!(out, "\n{report}{summary}\n");
        let _ = out.flush();
    }
    if failed > 0 {
        panic!("{summary}");
    }
}
