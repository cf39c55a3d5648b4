//! Thread stress: every `stress/programs/*.py` (4–16 guest threads for a few seconds
//! over shared lists, dicts, sets, shape-changing objects, flipping IC sites, allocation
//! churn with cycles, locks/conditions/queues, thread churn) must print `OK` and exit
//! 0 under each execution mode, in bounded memory. Plus a Rust-level hammer of the
//! real `GrowVec` and `Safepoints` with OS threads.

use kiln_threads::{GrowVec, Safepoints};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

fn kiln() -> PathBuf {
    let mut p = std::env::current_exe().unwrap();
    p.pop();
    if p.ends_with("deps") {
        p.pop();
    }
    p.join("kiln")
}

const MODES: &[&[&str]] = &[
    &["--jit=off"],
    &["--jit=baseline", "--jit-threshold=0"],
    &["--jit=on", "--jit-threshold=0", "--tierup-threshold=0"],
];

#[test]
fn python_thread_stress_programs() {
    let bin = kiln();
    assert!(bin.exists(), "kiln binary not found at {}", bin.display());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let mut progs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("stress/programs")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        // `_stress.py` is the programs' shared driver module, not a program.
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('_'))
        .collect();
    progs.sort();
    assert!(
        progs.len() >= 10,
        "expected the stress programs in {}",
        dir.display()
    );
    let mut failures = Vec::new();
    for prog in &progs {
        for mode in MODES {
            // A hung program (a deadlock or livelock) fails its run instead of
            // hanging CI: `timeout` kills it after 120 s (exit status 124).
            let out = Command::new("timeout")
                .args(["-k", "5", "120", "/usr/bin/time"])
                .arg("-f")
                .arg("MAXRSS_KB=%M")
                .arg(&bin)
                .args(*mode)
                .arg(prog)
                .output()
                .expect("run kiln");
            let stdout = String::from_utf8_lossy(&out.stdout);
            let stderr = String::from_utf8_lossy(&out.stderr);
            let rss: u64 = stderr
                .lines()
                .find_map(|l| l.strip_prefix("MAXRSS_KB="))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            let name = prog.file_name().unwrap().to_string_lossy();
            if out.status.code() == Some(124) {
                failures.push(format!("{name} {mode:?}: timed out after 120 s (hung)"));
            } else if !out.status.success() || stdout.trim_end() != "OK" {
                failures.push(format!(
                    "{name} {mode:?}: status {:?}\nstdout: {stdout}\nstderr: {stderr}",
                    out.status.code()
                ));
            } else if rss > 2 << 20 {
                failures.push(format!("{name} {mode:?}: max RSS {rss} KiB (> 2 GiB)"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Writers push while readers index: every read is a value that was pushed at that
/// index (never garbage from a freed buffer); retired buffers are reclaimed only
/// while the "world" (all readers) is stopped through the real safepoint handshake.
#[test]
fn growvec_readers_writers_and_reclaim() {
    // Several OS threads write the vector: writers must lock.
    kiln_threads::set_multi_mutator(true);
    let sp = Arc::new(Safepoints::new());
    let v = Arc::new(GrowVec::new());
    let stop = Arc::new(AtomicBool::new(false));
    let reads = Arc::new(AtomicUsize::new(0));
    const WRITERS: u64 = 4;
    const PER: u64 = 50_000;
    let mut hs = Vec::new();
    for w in 0..WRITERS {
        let (sp, v) = (sp.clone(), v.clone());
        hs.push(std::thread::spawn(move || {
            sp.register();
            for i in 0..PER {
                v.push(w << 32 | i);
                if i % 1024 == 0 && sp.poll_requested() {
                    sp.park();
                }
            }
            sp.unregister();
        }));
    }
    for _ in 0..2 {
        let (sp, v, stop, reads) = (sp.clone(), v.clone(), stop.clone(), reads.clone());
        hs.push(std::thread::spawn(move || {
            sp.register();
            let mut n = 0usize;
            // At least one pass after the writers finished: on 2 cores a reader may
            // first run only after `stop` (the count below must not depend on that).
            loop {
                let done = stop.load(Ordering::Relaxed);
                let len = v.len();
                for i in (0..len).step_by(97) {
                    let x = v.get(i).expect("index below an observed length");
                    assert!(
                        x >> 32 < WRITERS && (x & 0xffff_ffff) < PER,
                        "garbage {x:#x}"
                    );
                    n += 1;
                }
                if done {
                    break;
                }
                if sp.poll_requested() {
                    sp.park();
                }
            }
            reads.fetch_add(n, Ordering::Relaxed);
            sp.unregister();
        }));
    }
    // A collector thread: stop the world repeatedly and reclaim retired buffers.
    let collector = {
        let (sp, stop) = (sp.clone(), stop.clone());
        std::thread::spawn(move || {
            sp.register();
            let mut freed = 0usize;
            while !stop.load(Ordering::Relaxed) {
                // SAFETY: inside stop_the_world no registered reader is running.
                freed += sp
                    .stop_the_world(|| unsafe { kiln_threads::reclaim_retired() })
                    .unwrap_or(0);
                std::thread::yield_now();
            }
            sp.unregister();
            freed
        })
    };
    for h in hs.drain(..WRITERS as usize) {
        h.join().unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    for h in hs {
        h.join().unwrap();
    }
    collector.join().unwrap();
    let all = v.to_vec();
    assert_eq!(all.len() as u64, WRITERS * PER, "lost pushes");
    for w in 0..WRITERS {
        let mine: Vec<u64> = all
            .iter()
            .filter(|x| *x >> 32 == w)
            .map(|x| x & 0xffff_ffff)
            .collect();
        assert_eq!(
            mine,
            (0..PER).collect::<Vec<_>>(),
            "writer {w}'s pushes out of order"
        );
    }
    assert!(reads.load(Ordering::Relaxed) > 0);
}
