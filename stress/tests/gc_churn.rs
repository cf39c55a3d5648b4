//! GC under allocation churn: a program that allocates far more than it keeps alive
//! (including reference cycles) must run in bounded memory.

use std::process::Command;

fn kiln() -> std::path::PathBuf {
    // The kiln binary is built by the root package; find it next to this test binary.
    let mut p = std::env::current_exe().unwrap();
    p.pop();
    if p.ends_with("deps") {
        p.pop();
    }
    p.join("kiln")
}

#[test]
fn churn_runs_in_bounded_memory() {
    let bin = kiln();
    assert!(
        bin.exists(),
        "kiln binary not found at {}; run via `cargo test --workspace`",
        bin.display()
    );
    // ~40M short-lived objects and ~2M cycles; keeps < 1000 alive at any time.
    let prog = r#"
total = 0
for i in range(2_000_000):
    a = [i, i + 1, (i, i)]
    b = {"k": a, "s": str(i)}
    a.append(b)          # a cycle: a -> b -> a
    total += len(a) + len(b)
print(total)
"#;
    let out = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("MAXRSS_KB=%M")
        .arg(&bin)
        .arg("-c")
        .arg(prog)
        .output();
    let out = match out {
        Ok(o) => o,
        Err(_) => Command::new(&bin).arg("-c").arg(prog).output().unwrap(),
    };
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "12000000");
    let err = String::from_utf8_lossy(&out.stderr);
    if let Some(kb) = err
        .lines()
        .find_map(|l| l.strip_prefix("MAXRSS_KB="))
        .and_then(|v| v.trim().parse::<u64>().ok())
    {
        assert!(kb < 1_000_000, "max RSS {kb} KiB: memory is not bounded");
    }
}
