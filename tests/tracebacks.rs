//! Uncaught-exception tracebacks on stderr, compared line by line with CPython 3.11's
//! (recorded below), except that Kiln does not print 3.11's caret lines (`^^^^`) yet:
//! those are dropped from the expectation.

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

fn without_carets(s: &str) -> String {
    s.lines()
        .filter(|l| !l.trim().chars().all(|c| c == '^' || c == '~') || l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
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
    assert_eq!(stderr_of(src), without_carets(cpython));
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
    assert_eq!(stderr_of(src), without_carets(cpython));
    let src = "def f(n):\n    if n == 0:\n        raise ValueError('x')\n    f(n - 1)\nf(4)\n";
    let out = stderr_of(src);
    assert!(out.contains("    f(n - 1)\n  [Previous line repeated 1 more time]\n  File"), "{out}");
}
