//! The one `Options` struct: every command-line switch of `kiln`, parsed in one place.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum JitMode {
    Off,
    Baseline,
    On,
}

#[derive(Clone, Debug)]
pub struct Options {
    pub jit: JitMode,
    /// Calls + back-edges before a function is compiled by the baseline JIT (0 = before the first call).
    pub jit_threshold: u32,
    /// Stable-feedback count before the background specializer recompiles (0 = at once).
    pub tierup_threshold: u32,
    pub dump_bytecode: bool,
    /// `--dump-asm[=FUNC]`: print the machine code of compiled functions (all when
    /// empty, else those whose qualified name is FUNC).
    pub dump_asm: Option<String>,
    /// Write /tmp/perf-PID.map for `perf report`.
    pub perf_map: bool,
    /// Register JIT code with GDB's JIT interface.
    pub gdb_jit: bool,
    /// `--jitdump`: write /tmp/jit-PID.dump for `perf inject --jit`.
    pub jitdump: bool,
    /// Cap on machine code memory (bytes).
    pub jit_code_limit: usize,
    pub stats: bool,
    pub recursion_limit: u32,
    /// `--gc-interval=N`: collect at the first safepoint after every N allocations
    /// (GC stress testing: shakes out values native code forgot to root); 0 = off.
    pub gc_interval: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            jit: JitMode::On,
            jit_threshold: 100,
            tierup_threshold: 1000,
            dump_bytecode: false,
            dump_asm: None,
            perf_map: false,
            gdb_jit: false,
            jitdump: false,
            jit_code_limit: 64 << 20,
            stats: false,
            recursion_limit: 1000,
            gc_interval: 0,
        }
    }
}

pub enum Program {
    File(String),
    Command(String),
    Stdin,
}

pub struct Invocation {
    pub opts: Options,
    pub program: Program,
    /// sys.argv
    pub argv: Vec<String>,
}

pub enum ParseOutcome {
    Run(Invocation),
    /// Print to stdout and exit 0 (--help, --version).
    Print(String),
    /// Usage error: message for stderr, exit 2.
    Usage(String),
}

pub const VERSION: &str = concat!(
    "Kiln ",
    env!("CARGO_PKG_VERSION"),
    " (Python 3.11 compatible)"
);

pub const HELP: &str = "usage: kiln [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c CMD                program passed in as string
  -                     read the program from stdin
  --version             print the version and exit
  --help, -h            print this help and exit
  --dump-bytecode       print the bytecode of every compiled code object, then run
  --jit=off|baseline|on execution tier: off = interpreter only; baseline = template
                        JIT (on = baseline + the specializer, not written yet)
  --jit-threshold=N     calls + loop iterations before baseline compilation (0 = at
                        the first call; default 100)
  --jit-code-limit=N    machine code memory cap in MiB (default 64)
  --dump-asm[=FUNC]     print the machine code of compiled functions (or only FUNC)
  --perf-map            write /tmp/perf-PID.map so `perf report` names JIT code
  --jitdump             write /tmp/jit-PID.dump for `perf inject --jit` (code bytes and
                        Python line numbers, so `perf annotate` works on JIT code)
  --gdb-jit             register JIT code with GDB (`bt` shows Python functions)
  --tierup-threshold=N  feedback stability count before specialized recompilation
  --stats               print runtime statistics to stderr at exit
  --recursion-limit=N   initial sys.getrecursionlimit() (default 1000)
  --gc-interval=N       collect after every N allocations (GC stress testing)
";

pub fn parse(args: &[String]) -> ParseOutcome {
    let mut opts = Options::default();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        let num = |v: &str, name: &str| -> Result<u32, String> {
            v.parse::<u32>()
                .map_err(|_| format!("kiln: invalid value for {name}: '{v}'"))
        };
        match a.as_str() {
            "--help" | "-h" => return ParseOutcome::Print(HELP.to_string()),
            "--version" | "-V" => return ParseOutcome::Print(format!("{VERSION}\n")),
            "--dump-bytecode" => opts.dump_bytecode = true,
            "--stats" => opts.stats = true,
            "--perf-map" => opts.perf_map = true,
            "--gdb-jit" => opts.gdb_jit = true,
            "--jitdump" => opts.jitdump = true,
            "--dump-asm" => opts.dump_asm = Some(String::new()),
            "-c" => {
                let Some(cmd) = args.get(i + 1) else {
                    return ParseOutcome::Usage(
                        "kiln: Argument expected for the -c option\n".into(),
                    );
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                return ParseOutcome::Run(Invocation {
                    opts,
                    program: Program::Command(cmd.clone()),
                    argv,
                });
            }
            "-" => {
                let mut argv = vec!["-".to_string()];
                argv.extend(args[i + 1..].iter().cloned());
                return ParseOutcome::Run(Invocation {
                    opts,
                    program: Program::Stdin,
                    argv,
                });
            }
            _ => {
                if let Some(v) = a.strip_prefix("--jit=") {
                    opts.jit = match v {
                        "off" => JitMode::Off,
                        "baseline" => JitMode::Baseline,
                        "on" => JitMode::On,
                        _ => {
                            return ParseOutcome::Usage(format!(
                                "kiln: invalid --jit mode '{v}' (expected off, baseline or on)\n"
                            ))
                        }
                    };
                } else if let Some(v) = a.strip_prefix("--jit-threshold=") {
                    match num(v, "--jit-threshold") {
                        Ok(n) => opts.jit_threshold = n,
                        Err(e) => return ParseOutcome::Usage(e + "\n"),
                    }
                } else if let Some(v) = a.strip_prefix("--dump-asm=") {
                    opts.dump_asm = Some(v.to_string());
                } else if let Some(v) = a.strip_prefix("--jit-code-limit=") {
                    match num(v, "--jit-code-limit") {
                        Ok(n) if n > 0 && n <= 4096 => opts.jit_code_limit = (n as usize) << 20,
                        _ => {
                            return ParseOutcome::Usage(format!(
                                "kiln: invalid value for --jit-code-limit: '{v}' (MiB, 1-4096)\n"
                            ))
                        }
                    }
                } else if let Some(v) = a.strip_prefix("--tierup-threshold=") {
                    match num(v, "--tierup-threshold") {
                        Ok(n) => opts.tierup_threshold = n,
                        Err(e) => return ParseOutcome::Usage(e + "\n"),
                    }
                } else if let Some(v) = a.strip_prefix("--gc-interval=") {
                    match num(v, "--gc-interval") {
                        Ok(n) => opts.gc_interval = n,
                        Err(e) => return ParseOutcome::Usage(e + "\n"),
                    }
                } else if let Some(v) = a.strip_prefix("--recursion-limit=") {
                    match num(v, "--recursion-limit") {
                        Ok(n) if n > 0 => opts.recursion_limit = n,
                        _ => {
                            return ParseOutcome::Usage(format!(
                                "kiln: invalid value for --recursion-limit: '{v}'\n"
                            ))
                        }
                    }
                } else if a.starts_with('-') {
                    return ParseOutcome::Usage(format!("kiln: unknown option {a}\n{HELP}"));
                } else {
                    let argv = args[i..].to_vec();
                    return ParseOutcome::Run(Invocation {
                        opts,
                        program: Program::File(a.clone()),
                        argv,
                    });
                }
            }
        }
        i += 1;
    }
    ParseOutcome::Usage(format!("kiln: no program given\n{HELP}"))
}
