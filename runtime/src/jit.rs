//! The runtime's side of the JIT boundary: tier-up (warm-up counters and the compile
//! hook the baseline crate installs), entering machine code, the step helper every
//! template's slow path calls, and the JIT's `--stats` counters.
//!
//! The baseline JIT runs on the interpreter's frame layout, so leaving machine code is
//! just returning to the interpreter with the frame's `pc` set: no second stack walker,
//! no frame reconstruction. Each template holds only guards and fast paths; whatever a
//! template does not handle inline it hands to `kiln_jit_step`, which runs exactly that
//! one instruction with the interpreter's own code (`interp::run_frame_impl::<true>`),
//! so semantics live once.
//!
//! Tier-up: a code object's `jit` slot (`kiln_threads::publish::CodeSlot`) counts calls
//! and loop back-edges; when the count reaches `--jit-threshold` the calling thread
//! compiles it and publishes the entry with one release store. Calls then enter the
//! machine code; a running interpreter frame moves into it at its next loop back-edge
//! (on-stack replacement, `interp.rs` JumpBackward).

use crate::bytecode::CodeObject;
use crate::interp::{Frame, Vm};
use crate::value::{Value, TAG_SPECIAL};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::OnceLock;

/// Machine code of a compiled code object: run frame `f` from instruction `pc` until it
/// returns (the result's bits) or raises (`RAISED_BITS`, the exception pending in `vm`).
pub type JitEntry = unsafe extern "C" fn(vm: *mut Vm, f: *mut Frame, pc: u64) -> u64;

/// `JitEntry`'s "an exception is pending" result: a special-tag payload no value uses.
pub const RAISED_BITS: u64 = (TAG_SPECIAL << 48) | 0xDEAD;

/// `kiln_jit_step` results besides a next instruction index: the frame returned (its
/// value is in `Vm::jit_ret`), or raised out of the frame.
pub const STEP_RETURNED: u64 = u64::MAX - 1;
pub const STEP_RAISED: u64 = u64::MAX;

/// The baseline compiler: machine code for `code`, or None when it cannot (or should
/// not) be compiled. Installed once by the `kiln` binary.
pub type Compiler = fn(&CodeObject) -> Option<*const u8>;

/// Gives back the machine code at an entry `Compiler` returned, once its code object
/// is dead (`code_freed`).
pub type Releaser = fn(*const u8);

static ENABLED: AtomicBool = AtomicBool::new(false);
static THRESHOLD: AtomicU32 = AtomicU32::new(0);
static COMPILER: OnceLock<Compiler> = OnceLock::new();
static RELEASER: OnceLock<Releaser> = OnceLock::new();

/// Turn the JIT on with `compiler` and `releaser` (before any Python code runs).
pub fn configure(threshold: u32, compiler: Compiler, releaser: Releaser) {
    let _ = COMPILER.set(compiler);
    let _ = RELEASER.set(releaser);
    THRESHOLD.store(threshold, Ordering::Relaxed);
    ENABLED.store(true, Ordering::Relaxed);
}

#[inline(always)]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// A code object is being freed (`CodeObject`'s drop): give its machine code back.
/// Sound because code objects die only in a collection's sweep, while the world is
/// stopped, and only when unreachable: no frame of any thread runs them (a frame
/// reaches its code through its function, a generator or an explicit root).
pub fn code_freed(code: &CodeObject) {
    let e = code.jit.entry();
    if !e.is_null() {
        if let Some(release) = RELEASER.get() {
            release(e);
            JIT_STATS.code_objects_freed.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// The machine code to run `code` with, after counting `weight` more warm-up points
/// (1 per call or back-edge); compiles it when it just became warm.
#[inline(always)]
pub fn entry_for(code: &CodeObject, weight: u32) -> Option<JitEntry> {
    if !enabled() {
        return None;
    }
    let e = code.jit.entry();
    if !e.is_null() {
        // SAFETY: only `publish` stores a non-null entry, and it stores the address of
        // installed machine code with the `JitEntry` signature.
        return Some(unsafe { std::mem::transmute::<*const u8, JitEntry>(e) });
    }
    warm_up(code, weight)
}

#[cold]
#[inline(never)]
fn warm_up(code: &CodeObject, weight: u32) -> Option<JitEntry> {
    use kiln_threads::publish::IDLE;
    if code.jit.state() != IDLE {
        return None; // being compiled by another thread, or not compilable
    }
    if code.jit.bump(weight) < THRESHOLD.load(Ordering::Relaxed) {
        return None;
    }
    if !code.jit.begin_compile() {
        return None;
    }
    let Some(compile) = COMPILER.get() else {
        code.jit.fail();
        return None;
    };
    let t0 = std::time::Instant::now();
    match compile(code) {
        Some(p) => {
            JIT_STATS.compiles.fetch_add(1, Ordering::Relaxed);
            JIT_STATS
                .compile_ns
                .fetch_add(t0.elapsed().as_nanos() as u64, Ordering::Relaxed);
            JIT_STATS
                .bytecodes_compiled
                .fetch_add(code.instrs.len() as u64, Ordering::Relaxed);
            code.jit.publish(p);
            // SAFETY: as in `entry_for`.
            Some(unsafe { std::mem::transmute::<*const u8, JitEntry>(p) })
        }
        None => {
            JIT_STATS.not_compiled.fetch_add(1, Ordering::Relaxed);
            code.jit.fail();
            None
        }
    }
}

/// Run frame `f` in machine code from instruction `pc` to its end.
#[inline]
pub fn enter(
    vm: &mut Vm,
    f: *mut Frame,
    entry: JitEntry,
    pc: u32,
) -> crate::object::PyResult<Value> {
    // SAFETY: `f` is this thread's innermost live frame and `entry` was compiled from
    // its code object; the machine code follows the interpreter's frame protocol.
    let r = unsafe { entry(vm, f, pc as u64) };
    if r == RAISED_BITS {
        Err(crate::object::Raised)
    } else {
        Ok(Value(r))
    }
}

/// The slow path of every template: run the one instruction at `pc` in the
/// interpreter. Returns the index of the instruction to continue at, `STEP_RETURNED`
/// (the result is in `vm.jit_ret`) or `STEP_RAISED`.
///
/// # Safety
/// `vm` is the running thread's Vm and `f` its innermost frame, whose operand stack
/// holds exactly `code.depth[pc]` values (the machine code keeps it so).
pub unsafe extern "C" fn kiln_jit_step(vm: *mut Vm, f: *mut Frame, pc: u64) -> u64 {
    if JIT_STATS.on() {
        let op = (&*(*f).code).instrs[pc as usize].op;
        JIT_STATS.step_calls.fetch_add(1, Ordering::Relaxed);
        crate::jit::count_step(op);
    }
    (*f).pc = pc as u32;
    let vm = &mut *vm;
    match crate::interp::run_frame_step(vm, f) {
        Ok(Some(v)) => {
            vm.jit_ret = v;
            STEP_RETURNED
        }
        Ok(None) => (*f).pc as u64,
        Err(_) => STEP_RAISED,
    }
}

/// YieldValue in a drained frame (FRAME_SINK): offer the yielded value to the
/// consumer's sink (`Vm::sink_accept`); true when it took it. No Python code runs.
///
/// # Safety
/// `vm` is this thread's Vm.
pub unsafe extern "C" fn kiln_jit_sink_accept(vm: *mut Vm, v: u64) -> bool {
    (*vm).sink_accept(Value(v))
}

/// Declare the JIT's `--stats` counters once: the struct, its zero value and the
/// printed table all expand from this list.
macro_rules! jit_counters {
    ($($name:ident: $doc:literal),* $(,)?) => {
        pub struct JitStats {
            enabled: AtomicBool,
            $(#[doc = $doc] pub $name: AtomicU64,)*
        }
        pub static JIT_STATS: JitStats = JitStats {
            enabled: AtomicBool::new(false),
            $($name: AtomicU64::new(0),)*
        };
        impl JitStats {
            pub fn snapshot(&self) -> Vec<(&'static str, &'static str, u64)> {
                vec![$((stringify!($name), $doc, self.$name.load(Ordering::Relaxed)),)*]
            }
        }
    };
}
jit_counters! {
    compiles: "code objects compiled",
    not_compiled: "code objects left interpreted (code memory full, or nothing to compile)",
    compile_ns: "total time spent compiling (ns)",
    bytecodes_compiled: "instructions compiled",
    code_bytes: "machine code bytes installed",
    meta_bytes: "metadata bytes (pc tables)",
    code_objects_freed: "compiled code objects collected, their machine code given back",
    entries: "calls that entered machine code",
    osr_entries: "interpreter frames moved into machine code at a loop header",
    step_calls: "instructions a template handed to the interpreter (exits)",
    jit_instrs: "instructions executed in machine code (counted with --stats only)",
    interp_instrs: "instructions executed by the interpreter loop (--stats only)",
    held_chains_released: "held yield-from chains released because a second guest thread started",
}

impl JitStats {
    #[inline(always)]
    pub fn on(&self) -> bool {
        self.enabled.load(Ordering::Relaxed)
    }
    pub fn enable(&self) {
        self.enabled.store(true, Ordering::Relaxed);
    }
}

/// Exits by reason: instructions handed to the interpreter, per opcode.
static STEPS_BY_OP: [AtomicU64; crate::bytecode::OPCODE_COUNT] =
    [const { AtomicU64::new(0) }; crate::bytecode::OPCODE_COUNT];

fn count_step(op: crate::bytecode::Op) {
    STEPS_BY_OP[op as usize].fetch_add(1, Ordering::Relaxed);
}

/// Exits per opcode, most frequent first.
pub fn steps_by_op() -> Vec<(&'static str, u64)> {
    let mut v: Vec<_> = crate::bytecode::Op::ALL
        .iter()
        .map(|op| (op.name(), STEPS_BY_OP[*op as usize].load(Ordering::Relaxed)))
        .filter(|x| x.1 > 0)
        .collect();
    v.sort_by(|a, b| b.1.cmp(&a.1));
    v
}

/// LoadGlobal's fast path for the templates: the global IC's hit path
/// (`ops::load_global_cached`, the interpreter's too); NULL_BITS on a miss, which the
/// template hands to `kiln_jit_step`.
///
/// # Safety
/// `f` is the running frame and `pc` indexes a LoadGlobal/LoadGlobalNull of its code.
pub unsafe extern "C" fn kiln_jit_load_global_cached(_vm: *mut Vm, f: *mut Frame, pc: u64) -> u64 {
    let code = &*(*f).code;
    let ins = code.instrs[pc as usize];
    let name = code.names[ins.arg as usize];
    match crate::ops::load_global_cached((*f).globals, name, code.ic.get(ins.ic)) {
        Some(v) => v.0,
        None => Value::NULL.0,
    }
}

// ---- fast-path helpers for the templates ----------------------------------------------
//
// Each wraps one of the interpreter's own fast paths (`interp::*_fast`, `*_cached`) and
// returns NULL_BITS when it does not apply; the template then hands the instruction to
// `kiln_jit_step`. Nothing here raises, allocates a frame or reaches a safepoint.

/// ForIter's "the iterator is exhausted" result (a special-tag payload no value uses).
pub const ITER_DONE_BITS: u64 = (TAG_SPECIAL << 48) | 7;

use kiln_ic::IcEntry;

pub extern "C" fn kiln_jit_subscr(o: u64, k: u64) -> u64 {
    crate::interp::subscr_fast(Value(o), Value(k)).map_or(Value::NULL.0, |v| v.0)
}

pub extern "C" fn kiln_jit_store_subscr(o: u64, k: u64, v: u64) -> u64 {
    if crate::interp::store_subscr_fast(Value(o), Value(k), Value(v)) {
        Value::TRUE.0
    } else {
        Value::NULL.0
    }
}

/// # Safety
/// `ic` is the instruction's entry in its code object's IC table.
pub unsafe extern "C" fn kiln_jit_load_attr(o: u64, ic: *const IcEntry, name: u64) -> u64 {
    crate::interp::load_attr_cached(&*ic, Value(o), Value(name)).map_or(Value::NULL.0, |v| v.0)
}

/// LoadMethod's IC hit: writes the (method, self) or (NULL, attribute) pair to
/// `dst[0]`, `dst[1]` and answers TRUE, else NULL (nothing written).
///
/// # Safety
/// As `kiln_jit_load_attr`; `dst` addresses the receiver's stack slot and the next.
pub unsafe extern "C" fn kiln_jit_load_method(
    o: u64,
    ic: *const IcEntry,
    name: u64,
    dst: *mut Value,
) -> u64 {
    match crate::interp::load_method_cached(&*ic, Value(o), Value(name)) {
        Some((m, s)) => {
            *dst = m;
            *dst.add(1) = s;
            Value::TRUE.0
        }
        None => Value::NULL.0,
    }
}

/// # Safety
/// As `kiln_jit_load_attr`.
pub unsafe extern "C" fn kiln_jit_store_attr(o: u64, v: u64, ic: *const IcEntry) -> u64 {
    let o = Value(o);
    let key = o
        .get::<crate::object::InstanceObj>()
        .and_then(|i| crate::interp::instance_ic_key(i));
    if crate::interp::store_attr_cached(&*ic, o, key, Value(v)) {
        Value::TRUE.0
    } else {
        Value::NULL.0
    }
}

/// GetIter's fast path (`ops::iter::plain_iter`): the iterator, or NULL when the
/// template must take the full step (allocation only; no safepoint).
pub extern "C" fn kiln_jit_get_iter_plain(v: u64) -> u64 {
    crate::ops::plain_iter(Value(v)).unwrap_or(Value::NULL).0
}

/// Call + GetIter of the builtin `range` (the template checked the callee, in
/// function form): the range iterator straight from the `n` arguments at `args`
/// (`ops::range_iter_direct`), or NULL when they are not small ints with a nonzero
/// step (the template then makes the call; allocation only, no safepoint).
///
/// # Safety
/// `args` addresses `n` initialised values (the operand stack).
pub unsafe extern "C" fn kiln_jit_range_iter(args: *const Value, n: u64) -> u64 {
    let args = std::slice::from_raw_parts(args, n as usize);
    crate::ops::range_iter_direct(args).unwrap_or(Value::NULL).0
}

/// BuildTuple: a tuple of the `n` values at `items` (allocation only; no safepoint).
///
/// # Safety
/// `items` addresses `n` initialised values (the operand stack).
pub unsafe extern "C" fn kiln_jit_build_tuple(items: *const Value, n: u64) -> u64 {
    let items: Box<[Value]> = std::slice::from_raw_parts(items, n as usize).into();
    crate::ops::new_tuple_boxed(items).0
}

/// BuildList: a list of the `n` values at `items`.
///
/// # Safety
/// As `kiln_jit_build_tuple`.
pub unsafe extern "C" fn kiln_jit_build_list(items: *const Value, n: u64) -> u64 {
    let items = std::slice::from_raw_parts(items, n as usize);
    crate::ops::new_list_from_slice(items).0
}

/// ListAppend (comprehensions): append `v` to the list `l`.
pub extern "C" fn kiln_jit_list_append(l: u64, v: u64) -> u64 {
    Value(l)
        .cast::<crate::object::ListObj>()
        .items
        .push(Value(v));
    Value::TRUE.0
}

/// UnpackSequence's fast path (`interp::unpack_fast`): TRUE when the `n` items were
/// written to `dst`, else NULL.
///
/// # Safety
/// `dst` addresses `n` operand-stack slots.
pub unsafe extern "C" fn kiln_jit_unpack(seq: u64, n: u64, dst: *mut Value) -> u64 {
    let dst = std::slice::from_raw_parts_mut(dst, n as usize);
    if crate::interp::unpack_fast(Value(seq), dst) {
        Value::TRUE.0
    } else {
        Value::NULL.0
    }
}

/// BinarySlice's fast path (`ops::fast_slice`): `o[start:stop]`, or NULL.
pub extern "C" fn kiln_jit_slice(o: u64, start: u64, stop: u64) -> u64 {
    crate::ops::fast_slice(Value(o), Value(start), Value(stop)).map_or(Value::NULL.0, |v| v.0)
}

/// BuildSliceSubscr's fast path (`ops::fast_slice_step`): `o[start:stop:step]`, or NULL.
pub extern "C" fn kiln_jit_slice_step(o: u64, start: u64, stop: u64, step: u64) -> u64 {
    crate::ops::fast_slice_step(Value(o), Value(start), Value(stop), Value(step))
        .map_or(Value::NULL.0, |v| v.0)
}

/// StoreSlice's fast path (`ops::fast_store_slice`): TRUE when stored, else NULL.
pub extern "C" fn kiln_jit_store_slice(o: u64, start: u64, stop: u64, v: u64) -> u64 {
    if crate::ops::fast_store_slice(Value(o), Value(start), Value(stop), Value(v)) {
        Value::TRUE.0
    } else {
        Value::NULL.0
    }
}

/// BuildSlice: a slice object (allocation only).
pub extern "C" fn kiln_jit_build_slice(start: u64, stop: u64, step: u64) -> u64 {
    crate::heap::alloc(crate::object::SliceObj {
        start: Value(start),
        stop: Value(stop),
        step: Value(step),
    })
    .0
}
