//! Uncaught-exception tracebacks on stderr, compared byte for byte with CPython 3.11's:
//! the programs in `tests/tracebacks/` with their recorded `.stderr` (the file's path
//! written as `tb.py`), and the recursion cases below. Covers 3.11's caret lines
//! (`^^^^` under the failing expression, `~~^~~` for operators and subscripts).

use std::process::Command;

fn stderr_of(src: &str) -> String {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("kiln-tb-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("tb.py");
    std::fs::write(&path, src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kiln"))
        .arg(&path)
        .output()
        .expect("run kiln");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1));
    String::from_utf8_lossy(&out.stderr).replace(path.to_str().unwrap(), "tb.py")
}

/// Every `tests/tracebacks/NAME.py` prints `NAME.stderr` (recorded from python3.11).
#[test]
fn tracebacks_match_cpython() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tracebacks");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    names.sort();
    assert!(names.len() >= 10);
    let mut failures = Vec::new();
    for p in names {
        let src = std::fs::read_to_string(&p).unwrap();
        let want = std::fs::read_to_string(p.with_extension("stderr")).unwrap();
        let got = stderr_of(&src);
        if got != want {
            failures.push(format!(
                "{}:\n--- cpython\n{want}--- kiln\n{got}",
                p.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `-c` and stdin programs have no source lines to show (CPython's linecache).
#[test]
fn pseudo_files_show_no_source() {
    let out = Command::new(env!("CARGO_BIN_EXE_kiln"))
        .args(["-c", "x = 1\nx / 0"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n"
    );
}

/// Runs of more than three identical entries collapse into "[Previous line repeated N
/// more times]", after CPython's traceback limit of 1000 entries.
#[test]
fn recursion_collapses_repeated_lines() {
    let src = "def f(n):\n    return f(n + 1)\ndef g(n):\n    if n == 0:\n        return f(0)\n    return g(n - 1)\ng(5)\n";
    // python3.11 tb.py 2>&1
    let cpython = r#"Traceback (most recent call last):
  File "tb.py", line 7, in <module>
    g(5)
  File "tb.py", line 6, in g
    return g(n - 1)
           ^^^^^^^^
  File "tb.py", line 6, in g
    return g(n - 1)
           ^^^^^^^^
  File "tb.py", line 6, in g
    return g(n - 1)
           ^^^^^^^^
  [Previous line repeated 2 more times]
  File "tb.py", line 5, in g
    return f(0)
           ^^^^
  File "tb.py", line 2, in f
    return f(n + 1)
           ^^^^^^^^
  File "tb.py", line 2, in f
    return f(n + 1)
           ^^^^^^^^
  File "tb.py", line 2, in f
    return f(n + 1)
           ^^^^^^^^
  [Previous line repeated 990 more times]
RecursionError: maximum recursion depth exceeded
"#;
    assert_eq!(stderr_of(src), cpython);
}

/// Exactly one repetition beyond the cutoff says "time", not "times".
#[test]
fn one_repetition_is_singular() {
    let src = "def f(n):\n    if n == 0:\n        raise ValueError('x')\n    f(n - 1)\nf(3)\n";
    let cpython = r#"Traceback (most recent call last):
  File "tb.py", line 5, in <module>
    f(3)
  File "tb.py", line 4, in f
    f(n - 1)
  File "tb.py", line 4, in f
    f(n - 1)
  File "tb.py", line 4, in f
    f(n - 1)
  File "tb.py", line 3, in f
    raise ValueError('x')
ValueError: x
"#;
    assert_eq!(stderr_of(src), cpython);
    let src = "def f(n):\n    if n == 0:\n        raise ValueError('x')\n    f(n - 1)\nf(4)\n";
    let out = stderr_of(src);
    assert!(
        out.contains("    f(n - 1)\n  [Previous line repeated 1 more time]\n  File"),
        "{out}"
    );
}
