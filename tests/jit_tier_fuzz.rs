//! Tier-differential fuzzing: random arithmetic, comparison, branch, subscript and
//! attribute programs (deterministic seed) must print the same under the interpreter
//! (`--jit=off`) and under the baseline JIT compiling everything (`--jit-threshold=0`).
//! Values are drawn from the edges the templates special-case: the 48-bit small-int
//! boundary, zero divisors, negative operands, NaN/inf/-0.0, bools, None, big ints.

use std::process::Command;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const VALUES: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "-3",
    "7",
    "140737488355327",
    "-140737488355328",
    "140737488355326",
    "-140737488355327",
    "2**60",
    "-(2**60)",
    "0.0",
    "-0.0",
    "1.5",
    "-2.25",
    "1e308",
    "float('inf')",
    "float('-inf')",
    "float('nan')",
    "True",
    "False",
    "None",
    "3",
];
const BINOPS: &[&str] = &["+", "-", "*", "/", "//", "%"];
const CMPS: &[&str] = &["<", "<=", "==", "!=", ">", ">="];

fn program(rng: &mut Rng) -> String {
    let mut s = String::from(
        "class P:\n    def __init__(self, a, b):\n        self.a = a\n        self.b = b\n\
         def show(f, *args):\n    try:\n        r = f(*args)\n        print(repr(r))\n    \
         except Exception as e:\n        print(type(e).__name__)\n",
    );
    for i in 0..40 {
        let (a, b) = (rng.pick(VALUES), rng.pick(VALUES));
        let op = rng.pick(BINOPS);
        let cmp = rng.pick(CMPS);
        let body = match rng.next() % 6 {
            0 => format!("return x {op} y"),
            1 => format!("return (x {cmp} y, not (x {cmp} y))"),
            2 => format!("if x {cmp} y:\n        return 'yes'\n    return 'no'"),
            3 => format!("l = [x, y, x]\n    l[1] = l[-1] {op} l[0]\n    return l"),
            4 => format!("p = P(x, y)\n    p.a = p.b {op} p.a\n    return (p.a, -p.b if isinstance(p.b, (int, float)) else p.b)"),
            _ => format!("t = 0\n    for i in range(3):\n        t = t {op} x if i else y\n    return t"),
        };
        s.push_str(&format!("def f{i}(x, y):\n    {body}\n"));
        // Call twice: the second call runs the same compiled code with warm ICs.
        s.push_str(&format!("show(f{i}, {a}, {b})\nshow(f{i}, {b}, {a})\n"));
    }
    s
}

fn run(args: &[&str], src: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_kiln"))
        .args(args)
        .arg("-c")
        .arg(src)
        .output()
        .expect("run kiln");
    assert!(
        out.status.success(),
        "kiln {args:?} failed:\n{}\n{src}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn tiers_agree_on_random_programs() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for n in 0..200 {
        let src = program(&mut rng);
        let off = run(&["--jit=off"], &src);
        let jit = run(&["--jit=baseline", "--jit-threshold=0"], &src);
        assert_eq!(off, jit, "program {n} differs between tiers:\n{src}");
    }
}
