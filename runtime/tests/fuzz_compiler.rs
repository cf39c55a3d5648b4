//! Fuzzing the front end: arbitrary input must compile or give a SyntaxError /
//! IndentationError — never a panic and never an internal compiler error.
//!
//! Inputs: random bytes, token soup built from Python's keywords and operators, and
//! byte-level mutations (delete, duplicate, swap, insert token) of every program in
//! the differential corpus. Deterministic (fixed seeds) so a failure reproduces; set
//! KILN_FUZZ_ITERS to run longer.

use kiln_runtime::compiler::compile_module;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "def",
    "return",
    "if",
    "elif",
    "else",
    "while",
    "for",
    "in",
    "not",
    "and",
    "or",
    "is",
    "try",
    "except",
    "finally",
    "raise",
    "from",
    "import",
    "as",
    "lambda",
    "yield",
    "global",
    "nonlocal",
    "del",
    "pass",
    "break",
    "continue",
    "assert",
    "class",
    "with",
    "async",
    "await",
    "None",
    "True",
    "False",
    "x",
    "y",
    "f",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    ";",
    "=",
    "==",
    "+=",
    "-",
    "+",
    "*",
    "**",
    "/",
    "//",
    "%",
    "<",
    ">",
    "<=",
    "!=",
    "@",
    "->",
    ":=",
    "...",
    "*args",
    "**kw",
    "0",
    "1",
    "2.5",
    "0x1f",
    "'s'",
    "\"t\"",
    "f'{x}'",
    "f'{x!r:>{y}}'",
    "\n",
    "\n    ",
    "\n        ",
    " ",
    "#c\n",
    "\\\n",
    "[x for x in y]",
    "{k: v for k, v in y}",
    "(a, *b)",
    "print(x)",
];

fn check(src: &str) {
    match compile_module(src, "<fuzz>") {
        Ok(_) => {}
        Err(e) => {
            assert!(
                e.kind == "SyntaxError" || e.kind == "IndentationError",
                "bad error kind {} for {src:?}",
                e.kind
            );
            assert!(
                !e.msg.starts_with("internal compiler error"),
                "{}\nsource:\n{src}",
                e.msg
            );
            assert!(e.line >= 1, "line must be 1-based: {e:?}");
        }
    }
}

fn corpus() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs");
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter(|e| e.path().extension().is_some_and(|x| x == "py"))
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn run_fuzz() {
    kiln_runtime::rt::init();
    let iters: usize = std::env::var("KILN_FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    // Random bytes (as lossy UTF-8).
    for _ in 0..iters / 3 {
        let n = rng.below(80);
        let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        check(&String::from_utf8_lossy(&bytes));
    }
    // Token soup.
    for _ in 0..iters {
        let n = 1 + rng.below(40);
        let s: String = (0..n)
            .map(|_| TOKENS[rng.below(TOKENS.len())])
            .collect::<Vec<_>>()
            .join(" ");
        check(&s);
    }
    // Mutations of real programs.
    let progs = corpus();
    for (pi, p) in progs.iter().enumerate() {
        check(p);
        let muts = if progs.len() > 50 { 6 } else { 30 };
        for _ in 0..muts {
            let mut b: Vec<u8> = p.as_bytes().to_vec();
            for _ in 0..1 + rng.below(3) {
                if b.is_empty() {
                    break;
                }
                let i = rng.below(b.len());
                match rng.below(4) {
                    0 => {
                        let end = (i + 1 + rng.below(12)).min(b.len());
                        b.drain(i..end);
                    }
                    1 => {
                        let end = (i + 1 + rng.below(12)).min(b.len());
                        let chunk: Vec<u8> = b[i..end].to_vec();
                        b.splice(i..i, chunk);
                    }
                    2 => {
                        let j = rng.below(b.len());
                        b.swap(i, j);
                    }
                    _ => {
                        let t = TOKENS[rng.below(TOKENS.len())].as_bytes().to_vec();
                        b.splice(i..i, t);
                    }
                }
            }
            check(&String::from_utf8_lossy(&b));
        }
        let _ = pi;
    }
}

#[test]
fn compiler_never_panics() {
    // Run on a big stack: deeply nested inputs recurse in the parser and compiler.
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run_fuzz)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            kiln_runtime::rt::init();
            check(&format!("x = {}1{}", "(".repeat(5000), ")".repeat(5000)));
            check(&format!("x = {}", "-".repeat(20000) + "1"));
            check(&format!("x = {}", "[".repeat(3000)));
        })
        .unwrap()
        .join()
        .unwrap();
}
