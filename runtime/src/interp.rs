//! The interpreter: per-thread state (`Vm`), the frame layout shared with the JIT,
//! calls, and the bytecode dispatch loop.
//!
//! Frames live in a per-thread value stack. A frame is a `Frame` header followed by
//! its slots: locals, then cells, then the operand stack, whose depth before every
//! instruction is static (`CodeObject::depth`). The GC walks frames through `prev`
//! and scans `locals + cells + depth[pc]` slots of each, so any tier that keeps `pc`
//! current at safepoints needs no stack maps of its own.

use crate::bytecode::{code_flags, BinOpKind, CmpKind, CodeObject, Op, INPLACE};
use crate::heap::{self, alloc, Marker};
use crate::object::*;
use crate::ops;
use crate::rt::{self, rt};
use crate::value::Value;
use kiln_ic::{stats as ic_stats, IcEntry, IcKind};
use std::sync::atomic::Ordering;

/// The frame header. `#[repr(C)]`: the JIT addresses these fields at fixed offsets.
#[repr(C)]
pub struct Frame {
    pub code: *const CodeObject,
    /// The function being run (NULL for module code).
    pub func: Value,
    pub globals: Value,
    pub prev: *mut Frame,
    /// Index of the instruction being executed.
    pub pc: u32,
    /// FRAME_ENTRY: entered from native code (run_frame returns when it returns);
    /// otherwise pushed by an inline Python-to-Python call in the same run_frame.
    pub flags: u32,
    /// The generator that owns this frame, or NULL.
    pub gen: Value,
    /// Unique id (per thread) so tracebacks record a frame once.
    pub serial: u64,
    /// The caller's handled exception (`Vm::handled`), restored when this frame is
    /// popped, so an exception escaping an `except` block cannot leak its state.
    pub saved_handled: Value,
}
pub const FRAME_ENTRY: u32 = 1;
/// An inline `__init__` frame: its caller's result is the new instance, not the return value.
pub const FRAME_INIT: u32 = 2;
/// A generator frame resumed inline by ForIter/Send in the same dispatch loop: `yield`
/// and `return` hand control straight back to the resuming frame.
pub const FRAME_GEN: u32 = 4;
/// A FRAME_GEN frame entered through the `yield from` shortcut (`Vm::enter_gen_inline`):
/// the generators that delegate to it, level by level up to the one the resuming frame
/// asked for, are claimed (running) but not linked; each is suspended in its
/// `Send; YieldValue; JumpBackward` loop, which would only pass values through, and
/// `GenObj::resumer` leads up the chain. A yield goes straight back to the resuming
/// frame (`Vm::release_resumers`); a return or an exception first links the nearest
/// delegating generator at its `Send` (`Vm::relink_resumer`), which then continues
/// exactly as if every level had been linked all along.
pub const FRAME_DELEGATED: u32 = 8;
/// A generator frame drained by a builtin consumer (`Vm::gen_drain`: `tuple(genexpr)`,
/// `set(genexpr)`, ...): its `yield` hands the value to the consumer's sink
/// (`interp::SINK`) and runs on with None as the yield's result, with no suspension and
/// resumption per item. When the sink declines a value (it would run user code, or its
/// accumulator moved) the frame yields it as usual.
pub const FRAME_SINK: u32 = 16;
pub const FRAME_FLAGS_OFFSET: usize = std::mem::offset_of!(Frame, flags);
pub const FRAME_HEADER_WORDS: usize = std::mem::size_of::<Frame>() / 8;
pub const FRAME_CODE_OFFSET: usize = std::mem::offset_of!(Frame, code);
pub const FRAME_FUNC_OFFSET: usize = std::mem::offset_of!(Frame, func);
pub const FRAME_GLOBALS_OFFSET: usize = std::mem::offset_of!(Frame, globals);
pub const FRAME_PREV_OFFSET: usize = std::mem::offset_of!(Frame, prev);
pub const FRAME_PC_OFFSET: usize = std::mem::offset_of!(Frame, pc);
pub const FRAME_GEN_OFFSET: usize = std::mem::offset_of!(Frame, gen);
pub const FRAME_SERIAL_OFFSET: usize = std::mem::offset_of!(Frame, serial);
pub const FRAME_SAVED_HANDLED_OFFSET: usize = std::mem::offset_of!(Frame, saved_handled);
/// Byte offset of slot 0 (the first local) from the frame header.
pub const FRAME_SLOTS_OFFSET: usize = std::mem::size_of::<Frame>();
/// Calls and loop back-edges machine code runs between two safepoint polls: a thread
/// parks for a stop-the-world request, or collects, within that many.
pub const JIT_POLL_BUDGET: u32 = 256;
/// Byte offset of `Vm::jit_budget` (machine code's poll countdown).
pub const VM_JIT_BUDGET_OFFSET: usize = std::mem::offset_of!(Vm, jit_budget);
/// Byte offset of `Vm::jit_ret` (read by the JIT's return path).
pub const VM_JIT_RET_OFFSET: usize = std::mem::offset_of!(Vm, jit_ret);
const _: () = assert!(std::mem::size_of::<Frame>() % 8 == 0);

impl Frame {
    #[inline(always)]
    pub fn slots(f: *mut Frame) -> *mut Value {
        // SAFETY: slots start right after the header inside the value stack allocation.
        unsafe { (f as *mut u8).add(FRAME_SLOTS_OFFSET) as *mut Value }
    }
}

/// Value-stack size in slots (64 MiB of address space; pages are touched on demand).
const VALUE_STACK_SLOTS: usize = 8 << 20;

pub struct Options {
    pub recursion_limit: u32,
}

/// Per-thread interpreter state.
///
/// `repr(C)` and cache-line aligned, with the fields machine code touches on every
/// call and back-edge (value stack top and limit, frame, handled exception, serial,
/// native stack floor, depth and limit, poll countdown) together in the first line:
/// under `repr(Rust)` their places followed whatever other fields existed, and one
/// added field cost a benchmark 5% (`call_layout` reads every offset).
#[repr(C, align(64))]
pub struct Vm {
    /// First free slot of the value stack.
    pub top: *mut Value,
    limit: *mut Value,
    /// Innermost running frame.
    pub frame: *mut Frame,
    /// The exception being handled by the innermost `except` (for bare `raise`).
    pub handled: Value,
    serial: u64,
    /// Lowest native stack address we allow Python recursion to reach.
    native_stack_floor: usize,
    pub depth: u32,
    pub recursion_limit: u32,
    /// Machine code's safepoint-poll countdown: every call and loop back-edge in
    /// compiled code decrements it and polls at zero (then restarts it at
    /// `JIT_POLL_BUDGET`). It lives here, not in a register, so code entered many times
    /// for a few steps each (a generator resumed from native code, short callees)
    /// still counts down, and so the allocator can set it to 1 when it wants a
    /// collection (`heap::set_poll_countdown`).
    pub jit_budget: u32,
    /// Set by YieldValue so the generator resumer knows the frame suspended.
    pub yielded: bool,
    // ---- second cache line ----
    /// The pending exception while unwinding (NULL otherwise).
    pub exc: Value,
    /// Where `kiln_jit_step` leaves a frame's return value for the machine code.
    pub jit_ret: Value,
    /// Explicit roots for values native code holds across calls back into Python.
    pub roots: Vec<Value>,
    /// Owns the value stack memory that `top`/`limit` and the frames point into.
    _stack: Vec<Value>,
    pub argv: Vec<String>,
}

impl Drop for Vm {
    fn drop(&mut self) {
        if heap::poll_countdown() == &mut self.jit_budget as *mut u32 {
            heap::set_poll_countdown(std::ptr::null_mut());
        }
    }
}

impl Vm {
    pub fn new(opts: Options) -> Box<Vm> {
        let mut stack = vec![Value::NULL; 0];
        stack.reserve_exact(VALUE_STACK_SLOTS);
        let base = stack.as_mut_ptr();
        let probe = 0u8;
        let here = &probe as *const u8 as usize;
        let mut vm = Box::new(Vm {
            _stack: stack,
            top: base,
            // SAFETY: within the reserved allocation.
            limit: unsafe { base.add(VALUE_STACK_SLOTS) },
            frame: std::ptr::null_mut(),
            exc: Value::NULL,
            handled: Value::NULL,
            depth: 0,
            recursion_limit: opts.recursion_limit,
            roots: Vec::new(),
            serial: 0,
            yielded: false,
            native_stack_floor: here.saturating_sub(native_stack_budget()),
            jit_ret: Value::NULL,
            jit_budget: JIT_POLL_BUDGET,
            argv: Vec::new(),
        });
        // The Vm lives in its box (stable address) on this thread until dropped.
        heap::set_poll_countdown(&mut vm.jit_budget);
        vm
    }

    /// Safepoint: park if another thread is stopping the world; collect if this
    /// thread's allocation budget is spent (or it retired many GrowVec buffers: the
    /// reclaim hook sets the same flag). The caller has stored the frame's `pc`.
    #[inline(always)]
    pub fn safepoint(&mut self) {
        // `SAFEPOINT` is `SAFEPOINTS`'s poll word; reading the static directly saves
        // the load of the handshake's pointer to it.
        if kiln_threads::SAFEPOINT.requested() {
            crate::guest::park();
        }
        if heap::wants_collection() {
            self.collect();
        }
    }

    /// Stop the world and collect (None: another thread collected meanwhile).
    pub fn collect(&mut self) -> Option<heap::GcStats> {
        crate::guest::collect(self)
    }

    pub(crate) fn trace_stack(&self, m: &mut Marker) {
        m.mark(self.exc);
        m.mark(self.handled);
        m.mark_all(&self.roots);
        let mut f = self.frame;
        while !f.is_null() {
            // SAFETY: `frame` links only live frames on this thread's value stack.
            unsafe {
                let code = &*(*f).code;
                m.mark((*f).func);
                m.mark((*f).globals);
                m.mark((*f).gen);
                m.mark((*f).saved_handled);
                let d = code.depth.get((*f).pc as usize).copied().unwrap_or(0);
                let d = if d == u16::MAX { 0 } else { d as usize };
                let n = code.nlocals() + code.ncells() + d;
                m.mark_all(std::slice::from_raw_parts(Frame::slots(f), n));
                f = (*f).prev;
            }
        }
    }

    // ---- frames -------------------------------------------------------------

    /// Push a frame for `code` at the top of the value stack; locals start NULL.
    fn push_frame(
        &mut self,
        code: &CodeObject,
        func: Value,
        globals: Value,
    ) -> PyResult<*mut Frame> {
        if self.native_stack_low() {
            return Err(self.raise_msg(
                rt().excs.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        self.push_frame_inline(code, func, globals)
    }

    /// Push a frame for a call the dispatch loop runs inline (the native stack does
    /// not grow, so only the recursion limit and the value stack are checked).
    #[inline(always)]
    fn push_frame_inline(
        &mut self,
        code: &CodeObject,
        func: Value,
        globals: Value,
    ) -> PyResult<*mut Frame> {
        if self.depth >= self.recursion_limit {
            return Err(self.raise_msg(
                rt().excs.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        let need = FRAME_HEADER_WORDS + code.frame_slots();
        // SAFETY: top and limit point into the same allocation.
        if unsafe { self.limit.offset_from(self.top) } < need as isize {
            return Err(self.raise_msg(
                rt().excs.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        let f = self.top as *mut Frame;
        self.serial += 1;
        // SAFETY: `need` slots are available above top (checked above); the header is
        // written before the frame becomes visible to the GC through `self.frame`.
        unsafe {
            f.write(Frame {
                code,
                func,
                globals,
                prev: self.frame,
                pc: 0,
                flags: FRAME_ENTRY,
                gen: Value::NULL,
                serial: self.serial,
                saved_handled: self.handled,
            });
            let slots = Frame::slots(f);
            for i in 0..code.nlocals() + code.ncells() {
                *slots.add(i) = Value::NULL;
            }
            self.top = (self.top).add(need);
        }
        self.frame = f;
        self.depth += 1;
        Ok(f)
    }

    #[inline(always)]
    fn pop_frame(&mut self, f: *mut Frame) {
        // SAFETY: f is the innermost frame pushed by push_frame.
        unsafe {
            self.frame = (*f).prev;
            self.handled = (*f).saved_handled;
        }
        self.top = f as *mut Value;
        self.depth -= 1;
    }

    #[inline]
    fn native_stack_low(&self) -> bool {
        let probe = 0u8;
        (&probe as *const u8 as usize) < self.native_stack_floor
    }

    // ---- calls --------------------------------------------------------------

    /// Call any callable. `args` holds positional values then the values of `kwnames`.
    pub fn call(&mut self, f: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        match f.kind() {
            Some(heap::ObjKind::Func) => self.call_function(f, args, kwnames),
            Some(heap::ObjKind::Builtin) => {
                self.call_builtin(f.cast::<BuiltinObj>(), args, kwnames)
            }
            Some(heap::ObjKind::BoundMethod) => {
                let bm = f.cast::<BoundMethodObj>();
                // Self and the arguments on the native stack when they are few (a
                // `with` block's `__exit__(None, None, None)`), not in a Vec.
                const FEW: usize = 8;
                if args.len() < FEW {
                    let mut with_self = [Value::NULL; FEW];
                    with_self[0] = bm.self_;
                    for (slot, &a) in with_self[1..].iter_mut().zip(args) {
                        *slot = a;
                    }
                    return self.call(bm.func, &with_self[..args.len() + 1], kwnames);
                }
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(bm.self_);
                v.extend_from_slice(args);
                self.call(bm.func, &v, kwnames)
            }
            Some(heap::ObjKind::Class) => crate::builtins::call_class(self, f, args, kwnames),
            _ => ops::call_object(self, f, args, kwnames),
        }
    }

    /// Call a function implemented in Rust: bind the receiver (a bound method's, a
    /// classmethod's owner, or an unbound method's first argument), then its `f`.
    #[inline(always)]
    pub fn call_builtin(
        &mut self,
        b: &BuiltinObj,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let npos = args.len() - kwnames.len();
        let (pos, kwvals) = args.split_at(npos);
        let mut recv = b.recv;
        let mut pos = pos;
        if recv.is_null() && !b.owner.is_null() {
            if b.is_classmethod {
                recv = b.owner;
            } else {
                let Some((&first, rest)) = pos.split_first() else {
                    return Err(self.type_error(format!(
                        "unbound method {}.{}() needs an argument",
                        ops::class_name(b.owner),
                        b.name
                    )));
                };
                recv = first;
                pos = rest;
            }
        }
        (b.f)(
            self,
            recv,
            &Args {
                pos,
                kwnames,
                kwvals,
            },
        )
    }

    /// Positional-only call: a fast path for plain Python functions whose arguments
    /// fill their positional parameters, with the defaults for the rest (no cells,
    /// no *args, no keyword-only parameters).
    #[inline]
    pub fn call_positional(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        if let Some(b) = f.get::<BuiltinObj>() {
            return self.call_builtin(b, args, &[]);
        }
        if let Some(fo) = f.get::<FuncObj>() {
            let code = &fo.code.cast::<CodeObj>().code;
            let missing = missing_defaults(fo, code, args.len());
            if let (true, Some(missing)) = (code.simple_call, missing) {
                let frame = self.push_frame(code, f, fo.globals)?;
                // SAFETY: the frame has argcount = args + missing parameter slots.
                // Word by word: a few arguments, where a memcpy call costs more than it moves.
                unsafe {
                    let dst = Frame::slots(frame);
                    for (i, &v) in args.iter().chain(missing).enumerate() {
                        dst.add(i).write(v);
                    }
                };
                let r = run_frame(self, frame);
                self.pop_frame(frame);
                return r;
            }
        }
        self.call(f, args, &[])
    }

    pub fn call0(&mut self, f: Value) -> PyResult<Value> {
        self.call(f, &[], &[])
    }
    pub fn call1(&mut self, f: Value, a: Value) -> PyResult<Value> {
        self.call(f, &[a], &[])
    }

    /// Call a Python function: bind arguments into a new frame and run it.
    pub fn call_function(
        &mut self,
        func: Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let fo = func.cast::<FuncObj>();
        let code = &fo.code.cast::<CodeObj>().code;
        if code.is_generator() {
            return self.make_generator(func, args, kwnames);
        }
        if !kwnames.is_empty() && code.simple_call {
            let mut full = [Value::NULL; KW_AS_POSITIONAL_MAX];
            if let Some(n) = keywords_as_positional(fo, code, args, kwnames, &mut full) {
                // The parameters after them take their defaults there.
                return self.call_positional(func, &full[..n]);
            }
        }
        let f = self.push_frame(code, func, fo.globals)?;
        if let Err(e) = self.bind_args(f, fo, code, args, kwnames) {
            self.pop_frame(f);
            return Err(e);
        }
        self.init_cells(f, fo, code);
        let r = run_frame(self, f);
        self.pop_frame(f);
        r
    }

    /// A generator (or coroutine, or async generator) for a call of generator function
    /// `func`. The arguments are bound straight into the frame buffer the generator
    /// will own: its code runs only when resumed, so no frame is pushed on the
    /// thread's stack (nor copied from it). Binding and cell creation allocate but reach
    /// no safepoint, so the buffer needs no rooting meanwhile. Out of line: it keeps
    /// `call_function`, the common path, small.
    #[inline(never)]
    fn make_generator(
        &mut self,
        func: Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let fo = func.cast::<FuncObj>();
        let code = &fo.code.cast::<CodeObj>().code;
        let mut frame =
            vec![Value::NULL.0; FRAME_HEADER_WORDS + code.frame_slots()].into_boxed_slice();
        let f = frame.as_mut_ptr() as *mut Frame;
        // SAFETY: the buffer starts with FRAME_HEADER_WORDS words, room for a Frame
        // header (the layout every generator frame has), 8-aligned; binding and
        // cells write only its slots.
        unsafe {
            f.write(Frame {
                code,
                func,
                globals: fo.globals,
                prev: self.frame,
                pc: 0,
                flags: 0,
                gen: Value::NULL,
                serial: 0,
                saved_handled: Value::NULL,
            })
        };
        self.bind_args(f, fo, code, args, kwnames)?;
        self.init_cells(f, fo, code);
        // Like big lists and tuples, only a big frame counts toward the byte
        // trigger: counting every coroutine's ~150 bytes made a program holding many
        // suspended coroutines collect every 55k creations whatever its live set.
        if frame.len() > 512 {
            crate::heap::note_bytes(frame.len() * 8);
        }
        let gen = alloc(GenObj {
            func,
            frame,
            pc: 0,
            running: std::sync::atomic::AtomicBool::new(false),
            finished: false,
            started: false,
            coroutine: code.flags & code_flags::COROUTINE != 0,
            delegates: code.delegates,
            name: Value::NULL,
            qualname: Value::NULL,
            resumer: Value::NULL,
            yf: Value::NULL,
            held: Value::NULL,
            held_levels: 0,
            native_delegate: false,
        });
        if code.flags & code_flags::ASYNC_GENERATOR != 0 {
            // The async generator protocol (asend/athrow/aclose) lives in Python
            // around the plain generator (runtime/lib/_asyncgen.py).
            return crate::ops::with_roots(self, &[gen], |vm| {
                let m = crate::import::import_module(vm, "_asyncgen")?;
                let cls = crate::ops::getattr(vm, m, crate::sym!("async_generator"))?;
                vm.call(cls, &[gen], &[])
            });
        }
        return Ok(gen);
    }

    fn init_cells(&mut self, f: *mut Frame, fo: &FuncObj, code: &CodeObject) {
        if code.ncells() == 0 {
            return;
        }
        let slots = Frame::slots(f);
        let nl = code.nlocals();
        // SAFETY: cell slots lie within the frame's slots.
        unsafe {
            for i in 0..code.ncellvars as usize {
                *slots.add(nl + i) = alloc(CellObj { v: Value::NULL });
            }
            for &(ci, li) in &code.cell_args {
                (*slots.add(nl + ci as usize)).cast::<CellObj>().v = *slots.add(li as usize);
            }
            if !fo.closure.is_null() {
                let cl = fo.closure.cast::<TupleObj>();
                for (j, &c) in cl.items.iter().enumerate() {
                    *slots.add(nl + code.ncellvars as usize + j) = c;
                }
            }
        }
    }

    fn bind_args(
        &mut self,
        f: *mut Frame,
        fo: &FuncObj,
        code: &CodeObject,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<()> {
        let slots = Frame::slots(f);
        let argc = code.argcount as usize;
        let nkw = kwnames.len();
        let npos = args.len() - nkw;
        let set = |i: usize, v: Value| {
            // SAFETY: i < nlocals (parameter indices).
            unsafe { *slots.add(i) = v }
        };
        let get = |i: usize| unsafe { *slots.add(i) };
        // Fast path: exact positional call, no *args/**kwargs.
        if nkw == 0
            && npos == argc
            && code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
            && code.kwonlyargcount == 0
        {
            for (i, &a) in args.iter().enumerate() {
                set(i, a);
            }
            return Ok(());
        }
        let qual = ops::str_of(fo.qualname);
        let kwonly = code.kwonlyargcount as usize;
        let mut var_i = argc + kwonly;
        for (i, &a) in args[..npos.min(argc)].iter().enumerate() {
            set(i, a);
        }
        if code.flags & code_flags::VARARGS != 0 {
            let extra: Box<[Value]> = if npos > argc {
                args[argc..npos].into()
            } else {
                Box::new([])
            };
            set(var_i, alloc(TupleObj::new(extra)));
            var_i += 1;
        }
        let kwdict = if code.flags & code_flags::VARKEYWORDS != 0 {
            let d = rt::new_dict();
            set(var_i, d);
            Some(d)
        } else {
            None
        };
        let posonly = code.posonlyargcount as usize;
        for (k, &name) in kwnames.iter().enumerate() {
            let v = args[npos + k];
            let idx = (posonly..argc + kwonly).find(|&i| {
                let vn = code.varnames[i];
                vn == name || ops::str_of(vn) == ops::str_of(name)
            });
            match idx {
                Some(i) => {
                    if !get(i).is_null() {
                        return Err(self.type_error(format!(
                            "{qual}() got multiple values for argument '{}'",
                            ops::str_of(name)
                        )));
                    }
                    set(i, v);
                }
                None => match kwdict {
                    Some(d) => ops::dict_set(self, d, name, v)?,
                    None => {
                        if (0..posonly).any(|i| ops::str_of(code.varnames[i]) == ops::str_of(name))
                        {
                            let bad: Vec<&str> = kwnames
                                .iter()
                                .map(|&k| ops::str_of(k))
                                .filter(|k| {
                                    (0..posonly).any(|i| ops::str_of(code.varnames[i]) == *k)
                                })
                                .collect();
                            return Err(self.type_error(format!(
                                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                                bad.join(", ")
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{qual}() got an unexpected keyword argument '{}'",
                            ops::str_of(name)
                        )));
                    }
                },
            }
        }
        if npos > argc && code.flags & code_flags::VARARGS == 0 {
            let ndef = if fo.defaults.is_null() {
                0
            } else {
                fo.defaults.cast::<TupleObj>().items.len()
            };
            let takes = if ndef > 0 {
                format!("from {} to {} positional arguments", argc - ndef, argc)
            } else {
                format!(
                    "{} positional argument{}",
                    argc,
                    if argc == 1 { "" } else { "s" }
                )
            };
            let kw_given = (argc..argc + kwonly).filter(|&i| !get(i).is_null()).count();
            let given = if kw_given > 0 {
                format!(
                    "{npos} positional argument{} (and {kw_given} keyword-only argument{})",
                    if npos == 1 { "" } else { "s" },
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                npos.to_string()
            };
            let verb = if npos == 1 && kw_given == 0 {
                "was"
            } else {
                "were"
            };
            return Err(self.type_error(format!("{qual}() takes {takes} but {given} {verb} given")));
        }
        // Defaults and missing arguments.
        let defaults: &[Value] = if fo.defaults.is_null() {
            &[]
        } else {
            &fo.defaults.cast::<TupleObj>().items
        };
        let first_def = argc - defaults.len();
        let mut missing = vec![];
        for i in 0..argc {
            if get(i).is_null() {
                if i >= first_def {
                    set(i, defaults[i - first_def]);
                } else {
                    missing.push(i);
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(qual, code, &missing, "positional"));
        }
        for i in argc..argc + kwonly {
            if get(i).is_null() {
                let mut found = None;
                if !fo.kwdefaults.is_null() {
                    found = ops::dict_get(self, fo.kwdefaults, code.varnames[i])?;
                }
                match found {
                    Some(v) => set(i, v),
                    None => missing.push(i),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(qual, code, &missing, "keyword-only"));
        }
        Ok(())
    }

    fn missing_args(
        &mut self,
        qual: &str,
        code: &CodeObject,
        missing: &[usize],
        kind: &str,
    ) -> Raised {
        let names: Vec<String> = missing
            .iter()
            .map(|&i| format!("'{}'", ops::str_of(code.varnames[i])))
            .collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
        };
        self.type_error(format!(
            "{qual}() missing {} required {kind} argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        ))
    }

    /// Run module code with `globals` as its namespace.
    pub fn run_module_code(&mut self, code_v: Value, globals: Value) -> PyResult<Value> {
        let code = &code_v.cast::<CodeObj>().code;
        let f = self.push_frame(code, Value::NULL, globals)?;
        let r = run_frame(self, f);
        self.pop_frame(f);
        r
    }

    /// Run exec/eval code (`code_flags::NAMESPACE`) with `globals` and the namespace
    /// dict `ns` (its local 0); the code object is rooted while it runs.
    pub fn run_with_namespace(
        &mut self,
        code_v: Value,
        globals: Value,
        ns: Value,
    ) -> PyResult<Value> {
        let code = &code_v.cast::<CodeObj>().code;
        let mark = self.roots.len();
        self.roots.push(code_v);
        let r = self.push_frame(code, Value::NULL, globals).and_then(|f| {
            // SAFETY: the frame has argcount 1 (the namespace slot).
            unsafe { *Frame::slots(f) = ns };
            let r = run_frame(self, f);
            self.pop_frame(f);
            r
        });
        self.roots.truncate(mark);
        r
    }

    // ---- generators ---------------------------------------------------------

    /// Resume a generator with `sent` (or throw `throw` into it). Ok(Some(v)) for a
    /// yielded value, Ok(None) when it returned (its value is in `*retval`).
    pub fn gen_resume(
        &mut self,
        g: Value,
        sent: Value,
        throw: Value,
        retval: &mut Value,
    ) -> PyResult<Option<Value>> {
        // A held chain's top keeps it for a plain resumption (gen_resume_core uses it).
        unhold(g, throw.is_null());
        let go = g.cast::<GenObj>();
        if go.is_running() {
            return Err(self.raise_msg(rt().excs.value_error, "generator already executing"));
        }
        if go.finished {
            if !throw.is_null() {
                self.exc = throw;
                return Err(Raised);
            }
            if gen_is_coroutine(go) {
                return Err(self.raise_msg(
                    rt().excs.runtime_error,
                    "cannot reuse already awaited coroutine",
                ));
            }
            *retval = Value::NONE;
            return Ok(None);
        }
        if !throw.is_null() && go.started {
            if let Some(r) = self.throw_into_delegate(g, throw, retval)? {
                return r;
            }
        }
        self.gen_resume_core(g, sent, throw, retval)
    }

    /// `next(g)`: resume generator `g` with None; Ok(None) when it returned. A
    /// started-or-fresh, compiled generator that does not delegate (`yield from`), or
    /// whose delegate its own Send resumes natively (`GenObj::native_delegate`), is
    /// linked and entered right here; everything else, and every error case, takes
    /// `gen_resume`.
    #[inline]
    pub fn gen_next(&mut self, g: Value) -> PyResult<Option<Value>> {
        let mut ret = Value::NONE;
        self.gen_next_ret(g, &mut ret)
    }

    /// `gen_next`, leaving the generator's return value in `retval` when it finishes
    /// (a `yield from`'s result: `send_to` with None).
    #[inline]
    pub fn gen_next_ret(&mut self, g: Value, retval: &mut Value) -> PyResult<Option<Value>> {
        let go = g.cast::<GenObj>();
        if go.descends() {
            return self.gen_resume(g, Value::NONE, Value::NULL, retval);
        }
        let entry = match crate::jit::entry_for(gen_code(go), 1) {
            Some(e)
                if go.resumer.is_null()
                    && !go.finished
                    && self.depth < self.recursion_limit
                    && !crate::jit::JIT_STATS.on()
                    && !self.native_stack_low()
                    && go.try_claim() =>
            {
                e
            }
            _ => return self.gen_resume(g, Value::NONE, Value::NULL, retval),
        };
        if go.finished {
            // Another thread finished it between the check and the claim.
            go.release();
            return self.gen_resume(g, Value::NONE, Value::NULL, retval);
        }
        let f = self.link_gen_frame(g, Value::NONE, FRAME_ENTRY);
        go.started = true;
        self.yielded = false;
        // SAFETY: f is the innermost frame, just linked; `entry` is its code's.
        let r = unsafe { entry(self, f, (*f).pc as u64) };
        self.leave_gen_inline(f);
        if std::mem::replace(&mut self.yielded, false) && r != crate::jit::RAISED_BITS {
            go.release();
            return Ok(Some(Value(r)));
        }
        gen_finish(g);
        if r == crate::jit::RAISED_BITS {
            pep479(self, g);
            return Err(Raised);
        }
        *retval = Value(r);
        Ok(None)
    }

    /// Resume `g` as `gen_next` does, draining it into the current sink (`SINK`, set by the
    /// caller): its frame runs with FRAME_SINK, so each yielded value the sink accepts
    /// is consumed in place. Ok(None) when the generator finished, Ok(Some(v)) when the
    /// sink declined `v` (the generator is suspended after yielding it, as after
    /// `next`). A generator the shortcut does not fit (a coroutine, one that delegates
    /// or is resumed elsewhere) is simply advanced by `gen_next`.
    pub fn gen_drain(&mut self, g: Value) -> PyResult<Option<Value>> {
        let go = g.cast::<GenObj>();
        if go.coroutine
            || go.delegates
            || !go.resumer.is_null()
            || go.finished
            || self.depth >= self.recursion_limit
            || self.native_stack_low()
            || !go.try_claim()
        {
            return self.gen_next(g);
        }
        if go.finished {
            // Another thread finished it between the check and the claim.
            go.release();
            return self.gen_next(g);
        }
        let f = self.link_gen_frame(g, Value::NONE, FRAME_ENTRY | FRAME_SINK);
        go.started = true;
        self.yielded = false;
        let r = match crate::jit::entry_for(gen_code(go), 1) {
            // SAFETY: f is the innermost frame, just linked; `entry` is its code's.
            Some(entry) if !crate::jit::JIT_STATS.on() => unsafe {
                let bits = entry(self, f, (*f).pc as u64);
                if bits == crate::jit::RAISED_BITS {
                    Err(Raised)
                } else {
                    Ok(Value(bits))
                }
            },
            _ => run_frame(self, f),
        };
        self.leave_gen_inline(f);
        match r {
            Ok(v) if std::mem::replace(&mut self.yielded, false) => {
                go.release();
                Ok(Some(v))
            }
            Ok(_) => {
                gen_finish(g);
                Ok(None)
            }
            Err(e) => {
                self.yielded = false;
                gen_finish(g);
                pep479(self, g);
                Err(e)
            }
        }
    }

    /// Offer a value yielded by a FRAME_SINK frame to the current sink; true when the
    /// sink took it (the frame continues), false when the frame must yield it.
    #[inline]
    pub(crate) fn sink_accept(&mut self, v: Value) -> bool {
        match sink_get() {
            Sink::Roots { expect } if self.roots.len() == expect => {
                self.roots.push(v);
                sink_set(Sink::Roots { expect: expect + 1 });
                true
            }
            Sink::PlainSet(s) => ops::set_add_plain(s, v),
            Sink::Sum { acc } => match ops::sum_immediate(acc, v) {
                Some(r) => {
                    sink_set(Sink::Sum { acc: r });
                    true
                }
                None => false,
            },
            Sink::Truth { stop_on } => ops::plain_truth(v).is_some_and(|t| t != stop_on),
            _ => false,
        }
    }

    fn gen_resume_core(
        &mut self,
        g: Value,
        sent: Value,
        throw: Value,
        retval: &mut Value,
    ) -> PyResult<Option<Value>> {
        let go = g.cast::<GenObj>();
        if !go.started && !sent.is_none() && throw.is_null() {
            return Err(
                self.type_error("can't send non-None value to a just-started generator".into())
            );
        }
        if self.depth >= self.recursion_limit || self.native_stack_low() {
            return Err(self.raise_msg(
                rt().excs.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        if !go.try_claim() {
            return Err(self.raise_msg(rt().excs.value_error, "generator already executing"));
        }
        if go.finished {
            // Another thread finished it between our first check and the claim.
            go.release();
            return self.gen_resume(g, sent, throw, retval);
        }
        // The `yield from` shortcut, as `enter_gen_inline`'s: run the innermost
        // generator of a delegation chain; a return or an exception resumes the
        // level above at its Send, in this loop.
        let mut cur = g;
        // Generators above `cur` claimed but not linked (as `descend_delegates` counts).
        let mut levels = 0;
        // A throw reaches here only through `gen_resume`, which released any chain
        // `g` held (`unhold`).
        debug_assert!(throw.is_null() || go.held.is_null());
        if throw.is_null() && go.delegates {
            (cur, levels) = self.resume_held_chain(g, sent);
            let (leaf, more) = self.descend_delegates(cur, sent);
            (cur, levels) = (leaf, levels + more);
        }
        // Link the generator's own frame into the chain (no copying).
        let mut f = self.link_gen_frame(cur, sent, FRAME_ENTRY);
        cur.cast::<GenObj>().started = true;
        self.yielded = false;
        let mut r = if !throw.is_null() {
            // Raise inside the generator at its suspension point (the YieldValue).
            self.exc = throw;
            // SAFETY: f is the live frame linked above.
            unsafe { (*f).pc = go.pc.saturating_sub(if go.pc > 0 { 1 } else { 0 }) };
            run_frame_from_exception(self, f)
        } else {
            run_frame(self, f)
        };
        loop {
            let yielded = std::mem::replace(&mut self.yielded, false);
            self.leave_gen_inline(f);
            let cgo = cur.cast::<GenObj>();
            if let (Ok(v), true) = (&r, yielded) {
                cgo.release();
                if levels > 0 && !kiln_threads::multi_mutator() {
                    // Hold the chain: only the top is released (see `held_chain_top`).
                    let t = g.cast::<GenObj>();
                    t.held = cur;
                    t.held_levels = levels;
                    self.depth -= levels;
                    HELD_ANY.store(true, Ordering::Relaxed);
                    t.release();
                } else {
                    self.release_resumers(cur);
                }
                return Ok(Some(*v));
            }
            // Finished (frame dropped) before another thread may claim it.
            gen_finish(cur);
            if r.is_err() {
                // A StopIteration escaping a generator becomes RuntimeError (PEP 479).
                pep479(self, cur);
            }
            let p = std::mem::replace(&mut cgo.resumer, Value::NULL);
            if p.is_null() {
                return match r {
                    Ok(v) => {
                        *retval = v;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                };
            }
            // The level above continues at its Send: past it with the return value,
            // or from it with the exception.
            f = self.link_at_send(p, FRAME_ENTRY);
            cur = p;
            levels -= 1;
            r = match r {
                Ok(v) => {
                    let code = gen_code(p.cast::<GenObj>());
                    // SAFETY: f was just linked, at its Send.
                    let exit = code.instrs[unsafe { (*f).pc } as usize].arg;
                    let at =
                        code.nlocals() + code.ncells() + code.depth[exit as usize] as usize - 1;
                    // SAFETY: f was just linked; `at` is within its slots.
                    unsafe {
                        (*f).pc = exit;
                        *Frame::slots(f).add(at) = v;
                    }
                    run_frame(self, f)
                }
                Err(_) => run_frame_from_exception(self, f),
            };
        }
    }

    /// For `gen_resume_core` resuming claimed top `g` with `sent`: the leaf of the chain
    /// it holds, claimed, with the generators above it counted in `depth` as
    /// `descend_delegates` counts them; else (no held chain, or one that cannot be
    /// resumed as it is: the leaf finished or running, or the recursion limit in the
    /// way) `g` itself, with any held chain released.
    fn resume_held_chain(&mut self, g: Value, sent: Value) -> (Value, u32) {
        let go = g.cast::<GenObj>();
        let leaf = go.held;
        if leaf.is_null() {
            return (g, 0);
        }
        let levels = go.held_levels;
        let lo = leaf.cast::<GenObj>();
        if self.depth + levels + 1 < self.recursion_limit
            && !lo.finished
            && (lo.started || sent.is_none())
            && lo.try_claim()
        {
            go.held = Value::NULL;
            self.depth += levels;
            return (leaf, levels);
        }
        break_held_chain(g);
        (g, 0)
    }

    /// `throw`/`close` on a generator suspended inside `yield from`: forward to the
    /// delegate first (PEP 380). Returns Some(result) when the delegate decided the
    /// outcome, None to throw into this generator at its yield point as usual.
    fn throw_into_delegate(
        &mut self,
        g: Value,
        throw: Value,
        retval: &mut Value,
    ) -> PyResult<Option<PyResult<Option<Value>>>> {
        let go = g.cast::<GenObj>();
        let code = &go.func.cast::<FuncObj>().code.cast::<CodeObj>().code;
        let at = go.pc as usize;
        let in_yield_from = at >= 2
            && code.instrs[at - 1].op == Op::YieldValue
            && code.instrs[at - 1].arg == 1
            && code.instrs[at - 2].op == Op::Send;
        if !in_yield_from {
            return Ok(None);
        }
        // Suspended in the Send loop: the stack is [.., delegate, (sent value)].
        let delegate_at = code.nlocals() + code.ncells() + code.depth[at] as usize - 2;
        let delegate = go.slots_mut()[delegate_at];
        let send_exit = code.instrs[at - 2].arg;
        let mark = self.roots.len();
        // The delegate's close/throw runs Python, which may collect: the exception
        // to throw and this generator are held only here meanwhile.
        self.roots.extend_from_slice(&[delegate, throw, g]);
        let result = (|| {
            if ops::isinstance_class(throw, rt().excs.generator_exit) {
                // close() closes the delegate first, then raises GeneratorExit here.
                if let Some(close) = ops::getattr_opt(self, delegate, crate::sym!("close"))? {
                    self.call0(close)?;
                }
                return Ok(None);
            }
            let outcome = if delegate.is_kind(heap::ObjKind::Generator) {
                let mut dret = Value::NONE;
                self.gen_resume(delegate, Value::NONE, throw, &mut dret)
                    .map(|r| r.ok_or(dret))
            } else {
                match ops::getattr_opt(self, delegate, crate::sym!("throw"))? {
                    None => return Ok(None),
                    Some(t) => match self.call1(t, throw) {
                        Ok(x) => Ok(Ok(x)),
                        Err(e) => {
                            if ops::isinstance_class(self.exc, rt().excs.stop_iteration) {
                                let exc = self.take_exc();
                                let args =
                                    exc.get::<ExcObj>().map(|e| e.args).unwrap_or(Value::NULL);
                                Ok(Err(args
                                    .get::<TupleObj>()
                                    .and_then(|t| t.items.first().copied())
                                    .unwrap_or(Value::NONE)))
                            } else {
                                Err(e)
                            }
                        }
                    },
                }
            };
            match outcome {
                // The delegate yielded: so does this generator, staying where it is.
                Ok(Ok(x)) => Ok(Some(Ok(Some(x)))),
                // The delegate returned v: `yield from` evaluates to v; continue after it.
                Ok(Err(v)) => {
                    let go = g.cast::<GenObj>();
                    go.slots_mut()[delegate_at] = v;
                    go.pc = send_exit;
                    Ok(Some(self.gen_resume(g, Value::NONE, Value::NULL, retval)))
                }
                // The delegate raised: raise that at this generator's yield point.
                Err(_) => {
                    let e = self.take_exc();
                    let mut r = Value::NONE;
                    let res = self.gen_resume_throw_here(g, e, &mut r);
                    *retval = r;
                    Ok(Some(res))
                }
            }
        })();
        self.roots.truncate(mark);
        result
    }

    /// Throw `exc` into `g` at its yield point without delegating.
    fn gen_resume_throw_here(
        &mut self,
        g: Value,
        exc: Value,
        retval: &mut Value,
    ) -> PyResult<Option<Value>> {
        // Mark the yield as a plain one for this resumption by going through the
        // generic path with delegation disabled: temporarily clear `started` checks are
        // unaffected, so call the core directly.
        self.gen_resume_core(g, Value::NONE, exc, retval)
    }

    /// Link generator `g`'s frame above the current frame so the dispatch loop can run
    /// it without native recursion (ForIter / Send). Returns None when `g` is not a
    /// plain generator that can be resumed that way (then the caller takes the generic
    /// path, which also produces the right errors).
    #[inline]
    fn enter_gen_inline(&mut self, g: Value, sent: Value) -> PyResult<Option<*mut Frame>> {
        let Some(go) = g.get::<GenObj>() else {
            return Ok(None);
        };
        unhold(g, false);
        if go.finished || (!go.started && !sent.is_none()) {
            return Ok(None);
        }
        if self.depth >= self.recursion_limit {
            return Err(self.raise_msg(
                rt().excs.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        // Running (here or on another thread): the native path raises the ValueError.
        if !go.try_claim() {
            return Ok(None);
        }
        if go.finished {
            go.release();
            return Ok(None);
        }
        let fo = go.func.cast::<FuncObj>();
        let code = &fo.code.cast::<CodeObj>().code;
        if !code.delegates && crate::jit::entry_for(code, 1).is_some() {
            // Compiled (and no `yield from` chain to resume level by level): the
            // resumer calls gen_resume, which runs its machine code.
            go.release();
            return Ok(None);
        }
        if !code.delegates {
            let f = self.link_gen_frame(g, sent, FRAME_GEN);
            go.started = true;
            return Ok(Some(f));
        }
        // The `yield from` shortcut: while the generator to resume sits in a yield-from
        // loop over another generator, that one is what would run next, with the same
        // sent value; descend to the innermost and link only its frame.
        let (top, levels) = self.descend_delegates(g, sent);
        let flags = if levels == 0 {
            FRAME_GEN
        } else {
            FRAME_GEN | FRAME_DELEGATED
        };
        let f = self.link_gen_frame(top, sent, flags);
        top.cast::<GenObj>().started = true;
        Ok(Some(f))
    }

    /// The `yield from` shortcut's descent from claimed generator `g`: claim each
    /// delegate `Send` would resume next with `sent`, chaining them by `resumer`;
    /// returns the innermost and how many generators above it stay unlinked (counted
    /// in `depth` already, as if linked).
    fn descend_delegates(&mut self, g: Value, sent: Value) -> (Value, u32) {
        let (mut top, mut levels) = (g, 0);
        while let Some(d) = self.yield_from_delegate(top, sent, levels) {
            d.cast::<GenObj>().resumer = top;
            top = d;
            levels += 1;
        }
        self.depth += levels;
        (top, levels)
    }

    /// For the `yield from` shortcut: if claimed generator `g` is suspended in its
    /// yield-from loop (`Send; YieldValue; JumpBackward`, resuming at the JumpBackward)
    /// over a plain generator that `Send` would resume inline with `sent`, claim that
    /// delegate and return it. `levels` generators above `g` are already unlinked.
    fn yield_from_delegate(&mut self, g: Value, sent: Value, levels: u32) -> Option<Value> {
        let go = g.cast::<GenObj>();
        // The recursion limit as `g`'s Send would check it (one level deeper each).
        if self.depth + levels + 1 >= self.recursion_limit {
            return None;
        }
        let d = if !go.yf.is_null() {
            go.yf
        } else {
            let code = &go.func.cast::<FuncObj>().code.cast::<CodeObj>().code;
            let at = go.pc as usize;
            if !go.started
                || gen_is_coroutine(go)
                || at < 2
                || code
                    .instrs
                    .get(at)
                    .is_none_or(|i| i.op != Op::JumpBackward || i.arg as usize != at - 2)
                || code.instrs[at - 1].op != Op::YieldValue
                || code.instrs[at - 2].op != Op::Send
            {
                return None;
            }
            let d = go.slots_mut()[code.nlocals() + code.ncells() + code.depth[at] as usize - 2];
            // Stable until `g` runs again (link_gen_frame clears it).
            go.yf = d;
            d
        };
        let dgo = d.get::<GenObj>()?;
        if dgo.finished || (!dgo.started && !sent.is_none()) || gen_is_coroutine(dgo) {
            return None;
        }
        if !dgo.delegates && crate::jit::entry_for(gen_code(dgo), 1).is_some() {
            // Compiled (which never reverts) and not delegating: `g`'s Send resumes it
            // natively, cheaper than linking it here; decided before claiming it. A top
            // generator remembers it, so `gen_next` skips the descent next time.
            if levels == 0 {
                go.native_delegate = true;
            }
            return None;
        }
        if !dgo.try_claim() {
            return None;
        }
        if !dgo.held.is_null() {
            // It holds a chain of its own (it was resumed as a top before): release
            // it, then descend through it level by level.
            break_held_chain(d);
        }
        if dgo.finished || (!dgo.delegates && crate::jit::entry_for(gen_code(dgo), 1).is_some()) {
            // Finished meanwhile, or compiled: `g`'s Send resumes it natively.
            dgo.release();
            return None;
        }
        Some(d)
    }

    /// A FRAME_DELEGATED generator `g` yielded: release the unlinked generators above
    /// it, which stay suspended in their yield-from loops as if each had passed the
    /// value on.
    fn release_resumers(&mut self, g: Value) {
        let mut r = std::mem::replace(&mut g.cast::<GenObj>().resumer, Value::NULL);
        while !r.is_null() {
            let ro = r.cast::<GenObj>();
            ro.release();
            self.depth -= 1;
            r = std::mem::replace(&mut ro.resumer, Value::NULL);
        }
    }

    /// A FRAME_DELEGATED generator `g` returned or raised (its frame already unlinked):
    /// link the generator that delegates to it as the innermost frame, at its `Send`,
    /// where the return value or the exception reaches it as usual. It is delegated in
    /// turn if more unlinked generators sit above it.
    fn relink_resumer(&mut self, g: Value) -> *mut Frame {
        let p = std::mem::replace(&mut g.cast::<GenObj>().resumer, Value::NULL);
        let flags = if p.cast::<GenObj>().resumer.is_null() {
            FRAME_GEN
        } else {
            FRAME_GEN | FRAME_DELEGATED
        };
        self.link_at_send(p, flags)
    }

    /// Link unlinked delegating generator `p` (of a `yield from` shortcut) with `flags`,
    /// at the `Send` of its yield-from loop.
    fn link_at_send(&mut self, p: Value, flags: u32) -> *mut Frame {
        let send_at = p.cast::<GenObj>().pc - 2;
        // It was counted as an unlinked level; linking counts it again.
        self.depth -= 1;
        let f = self.link_gen_frame(p, Value::NONE, flags);
        // SAFETY: f was just linked.
        unsafe { (*f).pc = send_at };
        f
    }

    /// Link claimed generator `g`'s own frame (no copying) as the innermost frame with
    /// `flags`, delivering `sent` as the value of the `yield` it resumes at.
    fn link_gen_frame(&mut self, g: Value, sent: Value, flags: u32) -> *mut Frame {
        let go = g.cast::<GenObj>();
        go.yf = Value::NULL;
        let fo = go.func.cast::<FuncObj>();
        let code = &fo.code.cast::<CodeObj>().code;
        let f = go.frame.as_mut_ptr() as *mut Frame;
        self.serial += 1;
        // SAFETY: the buffer holds a header plus frame_slots() slots and stays alive
        // while linked (the resumer roots the generator); the caller unlinks it.
        unsafe {
            f.write(Frame {
                code,
                func: go.func,
                globals: fo.globals,
                prev: self.frame,
                pc: go.pc,
                flags,
                gen: g,
                serial: self.serial,
                saved_handled: self.handled,
            });
            if go.started {
                // The YieldValue result: the sent value goes where the yielded value was.
                let at = code.nlocals() + code.ncells() + code.depth[go.pc as usize] as usize - 1;
                *Frame::slots(f).add(at) = sent;
            }
        }
        self.frame = f;
        self.depth += 1;
        f
    }

    /// Unlink a resumed generator frame (linked by `link_gen_frame`: by
    /// `enter_gen_inline`, or by `gen_next` for a native run); returns the resuming
    /// frame.
    #[inline]
    fn leave_gen_inline(&mut self, f: *mut Frame) -> *mut Frame {
        // SAFETY: f is the innermost frame, linked by link_gen_frame.
        unsafe {
            let caller = (*f).prev;
            self.frame = caller;
            self.handled = (*f).saved_handled;
            self.depth -= 1;
            caller
        }
    }

    // ---- exceptions ---------------------------------------------------------

    /// Set `exc` as the pending exception, chaining the handled one as its context.
    pub fn set_exc(&mut self, exc: Value) -> Raised {
        if !self.handled.is_null() && !self.handled.is_none() && self.handled != exc {
            if let Some(e) = exc.get::<ExcObj>() {
                if e.context.is_null() {
                    e.context = self.handled;
                }
            }
        }
        self.exc = exc;
        Raised
    }
    pub fn raise_msg(&mut self, cls: Value, msg: &str) -> Raised {
        let m = ops::new_str(msg);
        let e = ops::new_exception(cls, &[m]);
        self.set_exc(e)
    }
    pub fn raise(&mut self, cls: Value, msg: String) -> Raised {
        self.raise_msg(cls, &msg)
    }
    pub fn type_error(&mut self, msg: String) -> Raised {
        self.raise(rt().excs.type_error, msg)
    }
    pub fn value_error(&mut self, msg: String) -> Raised {
        self.raise(rt().excs.value_error, msg)
    }
    /// Take the pending exception (clearing it).
    pub fn take_exc(&mut self) -> Value {
        std::mem::replace(&mut self.exc, Value::NULL)
    }
}

fn native_stack_budget() -> usize {
    // The interpreter thread is spawned with INTERP_STACK_SIZE; keep 1 MiB of headroom
    // for native code running below the deepest Python frame.
    crate::INTERP_STACK_SIZE - (1 << 20)
}

/// Record `f` (at its current pc) in the pending exception's traceback once.
fn add_traceback(vm: &mut Vm, f: *mut Frame) {
    let exc = vm.exc;
    if let Some(e) = exc.get::<ExcObj>() {
        // SAFETY: f is a live frame.
        let (code_v, line, pos, serial, globals) = unsafe {
            let code = &*(*f).code;
            let pc = (*f).pc as usize;
            let line = code.line_at(pc);
            let pos = code.positions.get(pc).copied().unwrap_or((0, 0));
            (code_owner(code), line, pos, (*f).serial, (*f).globals)
        };
        if e.traceback.last().map(|t| t.frame_serial) != Some(serial) {
            e.traceback.push(TbEntry {
                code: code_v,
                line,
                pos,
                frame_serial: serial,
                globals,
            });
        }
    }
}

/// The heap object that owns a CodeObject (CodeObject is the payload of an Obj<CodeObj>).
pub(crate) fn code_owner(code: &CodeObject) -> Value {
    let payload = code as *const CodeObject as *const u8;
    // SAFETY: every CodeObject the interpreter runs is the `code` field of a CodeObj
    // payload inside an Obj<CodeObj>.
    let obj = unsafe {
        payload.sub(
            std::mem::offset_of!(heap::Obj<CodeObj>, data) + std::mem::offset_of!(CodeObj, code),
        )
    };
    Value::from_ptr(obj as *const heap::Obj<CodeObj>)
}

fn run_frame_from_exception(vm: &mut Vm, f: *mut Frame) -> PyResult<Value> {
    match enter_handler(vm, f) {
        Some(target) => {
            // SAFETY: f is live.
            unsafe { (*f).pc = target };
            run_frame(vm, f)
        }
        None => Err(Raised),
    }
}

/// The pending exception was raised at `f.pc`: record `f` in the traceback and, if a
/// handler covers that instruction, put the exception where the handler expects it and
/// return the handler's index.
fn enter_handler(vm: &mut Vm, f: *mut Frame) -> Option<u32> {
    // SAFETY: f is live; pc indexes its code.
    let code = unsafe { &*(*f).code };
    let pc = unsafe { (*f).pc };
    add_traceback(vm, f);
    let h = code.handler_for(pc)?;
    let slots = Frame::slots(f);
    let base = code.nlocals() + code.ncells();
    // SAFETY: depth <= max_stack.
    unsafe { *slots.add(base + h.depth as usize) = vm.take_exc() };
    Some(h.target)
}

/// Continue a machine-code frame after its instruction at `f.pc` raised (step protocol:
/// the handler's index, or STEP_RAISED when the exception leaves the frame).
fn jit_unwind(vm: &mut Vm, f: *mut Frame) -> u64 {
    enter_handler(vm, f).map_or(crate::jit::STEP_RAISED, |t| t as u64)
}

/// The operand-stack pointer of `f` before its instruction `pc`.
///
/// # Safety
/// `f` is live and `pc` indexes a reachable instruction of its code.
unsafe fn stack_at(f: *mut Frame, pc: usize) -> *mut Value {
    let code = &*(*f).code;
    Frame::slots(f).add(code.nlocals() + code.ncells() + code.depth[pc] as usize)
}

/// Call's template helper (step protocol: next index, handler index or STEP_RAISED).
/// The interpreter's Call without its inline-frame shortcuts: every callee is called
/// natively, so a compiled callee runs its machine code.
///
/// # Safety
/// `vm` is this thread's Vm, `f` its innermost frame, `pc` a Call of f's code, and the
/// operand stack holds the call's operands.
pub unsafe extern "C" fn kiln_jit_call(vm: *mut Vm, f: *mut Frame, pc: u64) -> u64 {
    let vm = &mut *vm;
    let code = &*(*f).code;
    let ins = code.instrs[pc as usize];
    (*f).pc = pc as u32;
    vm.safepoint();
    let nargs = ins.arg as usize;
    let args_start = stack_at(f, pc as usize).sub(nargs);
    if (*args_start.sub(2)).0 == CONSTRUCT_MARK_BITS {
        // A construction the template or `kiln_jit_call_prepare` set up from the site's
        // plan whose frame push declined (recursion limit, stack room, arguments the
        // `__init__` does not take): run the class's __init__, answer the instance.
        let inst = *args_start.sub(1);
        let cls = ops::type_of(inst);
        let init = plain_init(cls, nargs, true)
            .or_else(|| ops::lookup_in_mro(cls, ops::names().init))
            .unwrap_or(Value::NONE);
        let with_self = std::slice::from_raw_parts(args_start.sub(1), nargs + 1);
        let r = vm
            .call_positional(init, with_self)
            .and_then(|r| check_init_result(vm, r));
        *args_start.sub(2) = inst;
        return match r {
            Ok(()) => pc + 1,
            Err(_) => jit_unwind(vm, f),
        };
    }
    let (first, callee, args) = call_operands(args_start, nargs);
    if first.is_null() {
        // The callee's slot and its arguments are adjacent slots of this frame's stack.
        let with_self = std::slice::from_raw_parts(args_start.sub(1), nargs + 1);
        if let Some(r) = call_instance_planned(vm, code.ic.get(ins.ic), callee, with_self) {
            return match r {
                Ok(v) => {
                    *args_start.sub(2) = v;
                    pc + 1
                }
                Err(_) => jit_unwind(vm, f),
            };
        }
    }
    feedback(code.ic.get(ins.ic), IcKind::Call, callee.0);
    // A plain class whose compiled __init__ takes the arguments one to one: the
    // interpreter's inline-__init__ path, natively (call_class's result, minus layers).
    if first.is_null() && callee.is_kind(heap::ObjKind::Class) {
        if let Some(init) = plain_init(callee, nargs, false) {
            let ifo = init.cast::<FuncObj>();
            let icode = &ifo.code.cast::<CodeObj>().code;
            if let Some(entry) = crate::jit::entry_for(icode, 1) {
                let inst = ops::new_instance(callee);
                // The call's result slot roots the instance while __init__ runs.
                *args_start.sub(2) = inst;
                let r = (|| -> PyResult<()> {
                    let nf = vm.push_frame(icode, init, ifo.globals)?;
                    let dst = Frame::slots(nf);
                    *dst = inst;
                    std::ptr::copy_nonoverlapping(args_start, dst.add(1), nargs);
                    for (i, &d) in init_defaults(init, nargs).iter().enumerate() {
                        *dst.add(nargs + 1 + i) = d;
                    }
                    let r = crate::jit::enter(vm, nf, entry, 0);
                    vm.pop_frame(nf);
                    check_init_result(vm, r?)
                })();
                return match r {
                    Ok(()) => pc + 1,
                    Err(_) => jit_unwind(vm, f),
                };
            }
        }
    }
    // Everything else; the template itself enters compiled plain functions, so they
    // get here only when its checks fail (every 256th call: the safepoint poll).
    match vm.call_positional(callee, args) {
        Ok(v) => {
            *args_start.sub(2) = v;
            pc + 1
        }
        Err(_) => jit_unwind(vm, f),
    }
}

/// A stack word no value has (a special with an unused payload): the Call template's
/// callee-or-NULL slot holds it while a construction's `__init__` runs, so the code
/// after the call knows to answer the instance (`kiln_jit_call_prepare`).
pub const CONSTRUCT_MARK_BITS: u64 = (crate::value::TAG_SPECIAL << 48) | 0xC0;

/// Call's template helper for a callee that is neither a function nor a builtin: when
/// the call can run as a compiled Python function entered by the template itself, put
/// the operands in that form and say so. Returns:
/// * TRUE: an instance with a plain-function `__call__` (the site's call plan), or a
///   bound method of a Python function: the stack is now in method form (`__call__`
///   or the function, the instance, the arguments);
/// * a function: a plain class whose compiled `__init__` takes the arguments one to
///   one. The new instance replaced the class (its self argument) and the slot below
///   holds `CONSTRUCT_MARK_BITS`. Without a plan, every check the frame push makes
///   (compiled, recursion depth, native and frame stack room) was made here; from the
///   site's construction plan, the push makes them, and `kiln_jit_call` completes the
///   construction if it declines;
/// * FALSE: a builtin class (`range`, `list`, `int`, ...), called here with the
///   arguments in place, or a plain class without an `__init__` of its own called
///   with none (its new instance); the result replaced the callee-or-NULL slot;
/// * RAISED_BITS: that call raised (the exception is pending);
/// * NULL: none of these; the template calls `kiln_jit_call`, nothing changed.
///
/// Only the builtin-class call may run Python code and reach a safepoint; the template
/// stored the frame's pc first, as for any builtin call.
///
/// The template passes what it knows statically (the operand slots, the argument count,
/// the site's IC entry) rather than the frame and pc, so this path reads nothing of the
/// code object (decoding the instruction and its stack depth cost more than the rest).
///
/// # Safety
/// `vm` is this thread's Vm; `operands` addresses the call's callee-or-NULL slot, which
/// is followed by the callee and its `nargs` arguments (not method form), all live
/// stack slots of the innermost frame; `ic` is the call site's IC entry.
#[no_mangle]
pub unsafe extern "C" fn kiln_jit_call_prepare(
    vm: *mut Vm,
    operands: *mut Value,
    nargs: u64,
    ic: *const IcEntry,
) -> u64 {
    let vm = &mut *vm;
    let nargs = nargs as usize;
    let callee = *operands.add(1);
    if let Some(inst) = callee.get::<InstanceObj>() {
        let plan = plan_key(CALL_PLAN_TAG, inst.cls.cast::<ClassObj>().version())
            .and_then(|key| (*ic).lookup(key));
        return match plan {
            Some(call) => {
                *operands = Value(call);
                Value::TRUE.0
            }
            None => Value::NULL.0,
        };
    }
    if let Some(bm) = callee.get::<BoundMethodObj>() {
        // A bound Python method (`rand = random.random; rand()`: the module functions
        // of `random` are methods of a hidden instance): the method form of its call.
        if bm.func.is_kind(heap::ObjKind::Func) {
            *operands = bm.func;
            *operands.add(1) = bm.self_;
            return Value::TRUE.0;
        }
        return Value::NULL.0;
    }
    if let Some(c) = callee.get::<ClassObj>() {
        let version = if c.heap { c.version() } else { 0 };
        if let Some(key) = plan_key(CONSTRUCT_PLAN_TAG, version) {
            if let Some(init) = (*ic).lookup(key) {
                // The site's plan for this class version: its __init__ (the frame
                // push checks the rest; `kiln_jit_call` completes a construction
                // whose push declines).
                *operands.add(1) = ops::new_instance(callee);
                *operands = Value(CONSTRUCT_MARK_BITS);
                return init;
            }
        }
        if !c.heap && c.meta.is_null() {
            let args = std::slice::from_raw_parts(operands.add(2), nargs);
            return match crate::builtins::call_class_default(vm, callee, args, &[]) {
                Ok(v) => {
                    *operands = v;
                    Value::FALSE.0
                }
                Err(_) => crate::jit::RAISED_BITS,
            };
        }
    }
    if nargs == 0 {
        if let Some(inst) = bare_construction(callee) {
            *operands = inst;
            return Value::FALSE.0;
        }
    }
    // The template's frame push creates the cells of an `__init__` that has them
    // (`super()`'s `__class__`), as for any call.
    let Some(init) = plain_init(callee, nargs, true) else {
        return Value::NULL.0;
    };
    // The site's construction plan for the next time (after the checks below pass).
    let version = callee.cast::<ClassObj>().version();
    let icode = &init.cast::<FuncObj>().code.cast::<CodeObj>().code;
    let room = FRAME_HEADER_WORDS + icode.frame_slots();
    if icode.jit.entry().is_null()
        || vm.depth >= vm.recursion_limit
        || vm.native_stack_low()
        || vm.limit.offset_from(vm.top) < room as isize
    {
        return Value::NULL.0;
    }
    if let Some(key) = plan_key(CONSTRUCT_PLAN_TAG, version) {
        (*ic).record(key, init.0);
    }
    *operands.add(1) = ops::new_instance(callee);
    *operands = Value(CONSTRUCT_MARK_BITS);
    init.0
}

/// Call's template helper for a callee whose code has cells (`jit_call == 2`), after
/// the template pushed its frame and copied the arguments: create its cells and copy
/// its closure's, as `Vm::call_function` does. Allocates (no safepoint).
///
/// # Safety
/// `vm` is this thread's Vm and `f` the frame just pushed for a function call.
#[no_mangle]
pub unsafe extern "C" fn kiln_jit_init_cells(vm: *mut Vm, f: *mut Frame) {
    let fo = (*f).func.cast::<FuncObj>();
    (*vm).init_cells(f, fo, &*(*f).code);
}

/// Call's template helper after a construction's `__init__` returned something other
/// than None (left in the result slot): raise the TypeError and unwind.
///
/// # Safety
/// As `kiln_jit_call`, the result slot holding `__init__`'s result.
#[no_mangle]
pub unsafe extern "C" fn kiln_jit_init_result(vm: *mut Vm, f: *mut Frame, pc: u64) -> u64 {
    let vm = &mut *vm;
    let nargs = (&(*(*f).code).instrs)[pc as usize].arg as usize;
    let result = *stack_at(f, pc as usize).sub(nargs + 2);
    let _ = check_init_result(vm, result);
    jit_unwind(vm, f)
}

/// Call's helper for a callee implemented in Rust (the template checked the kind and
/// stored the frame's pc): straight to `Vm::call_builtin` with the arguments where the
/// template found them (`args`: `nargs` stack slots, self first in method form).
/// Returns the result, or RAISED_BITS with the exception pending. The template's
/// countdown already polled the safepoint (every 256th call goes to `kiln_jit_call`).
///
/// # Safety
/// `vm` is this thread's Vm, `callee` a `BuiltinObj`, `args` `nargs` live stack slots
/// of the innermost frame.
#[no_mangle]
pub unsafe extern "C" fn kiln_jit_call_builtin(
    vm: *mut Vm,
    callee: u64,
    args: *const Value,
    nargs: u64,
) -> u64 {
    let vm = &mut *vm;
    let args = std::slice::from_raw_parts(args, nargs as usize);
    let b = Value(callee).cast::<BuiltinObj>();
    if let Some(r) = b.value_fn.and_then(|core| core(args)) {
        return r.0;
    }
    if let (Some(core), [x]) = (b.f64_fn, args) {
        // `math.sqrt(x)` of a float or a small int (converted exactly) with a finite
        // result: the core directly (a NaN or infinite result may be an error: the
        // builtin decides).
        let arg = if x.is_float() {
            Some(x.as_float())
        } else if x.is_small() {
            Some(x.as_small() as f64)
        } else {
            None
        };
        if let Some(r) = arg.map(core).filter(|r| r.is_finite()) {
            return Value::float(r).0;
        }
    }
    result_bits(vm.call_builtin(b, args, &[]))
}

/// A helper's answer to a template: the value's bits, or RAISED_BITS with the
/// exception pending.
#[inline(always)]
fn result_bits(r: PyResult<Value>) -> u64 {
    match r {
        Ok(v) => v.0,
        Err(_) => crate::jit::RAISED_BITS,
    }
}

/// CompareOp's fast paths: two small ints or two floats (the same rules as
/// `ops::compare`); None for everything else.
#[inline(always)]
fn compare_fast(kind: CmpKind, a: Value, b: Value) -> Option<bool> {
    if a.is_small() && b.is_small() {
        Some(ops::cmp_ord(kind, a.as_small().cmp(&b.as_small())))
    } else if a.is_float() && b.is_float() {
        Some(ops::cmp_f64(kind, a.as_float(), b.as_float()))
    } else {
        None
    }
}

/// BinaryOp's fast paths: small ints and floats (the same rules as `ops::binary_op`);
/// None for everything else.
#[inline(always)]
fn binop_fast(kind: BinOpKind, a: Value, b: Value) -> Option<Value> {
    if a.is_small() && b.is_small() {
        let (x, y) = (a.as_small(), b.as_small());
        if kind == BinOpKind::TrueDiv {
            // 48-bit ints convert to f64 exactly, so this is
            // correctly rounded like int / int.
            if y != 0 {
                Some(Value::float(x as f64 / y as f64))
            } else {
                None
            }
        } else {
            ops::small_int_binop(kind, x, y)
        }
    } else if (a.is_float() || a.is_small()) && (b.is_float() || b.is_small()) {
        // float op float, or a small int mixed with a float (exact conversion).
        let x = if a.is_float() {
            a.as_float()
        } else {
            a.as_small() as f64
        };
        let y = if b.is_float() {
            b.as_float()
        } else {
            b.as_small() as f64
        };
        match kind {
            BinOpKind::Add => Some(Value::float(x + y)),
            BinOpKind::Sub => Some(Value::float(x - y)),
            BinOpKind::Mul => Some(Value::float(x * y)),
            BinOpKind::TrueDiv if y != 0.0 => Some(Value::float(x / y)),
            // Positive finite base: C pow, exactly what float_pow does;
            // special cases (0, negatives, overflow) take the slow path.
            BinOpKind::Pow if x > 0.0 && x.is_finite() && y.is_finite() && a.is_float() => {
                let r = x.powf(y);
                r.is_finite().then(|| Value::float(r))
            }
            _ => None,
        }
    } else {
        None
    }
}

/// Most parameters a keyword call can have for `keywords_as_positional`.
const KW_AS_POSITIONAL_MAX: usize = 12;

/// A keyword call of a function without `*args`, `**kwargs` or keyword-only parameters,
/// rearranged into the positional call that binds the same parameters: into `full`,
/// the positional arguments, then each keyword's value in its parameter's place, the
/// parameters between them taking their defaults; returns how many values up to the
/// last one given (the parameters after it are left to their defaults). None when the
/// call is anything but that: a keyword naming no positional parameter after the
/// positional arguments (or naming one twice), a parameter between them without a
/// default, too many parameters. `bind_args` then binds it, and raises what CPython
/// raises.
#[inline(never)]
fn keywords_as_positional(
    fo: &FuncObj,
    code: &CodeObject,
    args: &[Value],
    kwnames: &[Value],
    full: &mut [Value; KW_AS_POSITIONAL_MAX],
) -> Option<usize> {
    let argc = code.argcount as usize;
    let npos = args.len() - kwnames.len();
    if argc > KW_AS_POSITIONAL_MAX || npos > argc {
        return None;
    }
    // Word by word here and below: a few arguments, where a memcpy call costs more
    // than it moves (written so that it does not become one).
    for (i, slot) in full[..argc].iter_mut().enumerate() {
        *slot = if i < npos { args[i] } else { Value::NULL };
    }
    let mut given_end = npos;
    let keyword_params = (code.posonlyargcount as usize).max(npos)..argc;
    for (&name, &v) in kwnames.iter().zip(&args[npos..]) {
        // Keyword names are interned like parameter names, so identity nearly always
        // decides; a name built at run time (`f(**d)`) is compared by value.
        let i = keyword_params
            .clone()
            .find(|&i| code.varnames[i] == name)
            .or_else(|| {
                let name = name.get::<StrObj>()?;
                keyword_params
                    .clone()
                    .find(|&i| ops::str_of(code.varnames[i]) == &*name.s)
            })?;
        if !full[i].is_null() {
            return None;
        }
        full[i] = v;
        given_end = given_end.max(i + 1);
    }
    let defaults: &[Value] = match fo.defaults.get::<TupleObj>() {
        Some(t) => &t.items,
        None => &[],
    };
    let first_default = argc.checked_sub(defaults.len())?;
    for i in npos..given_end {
        if full[i].is_null() {
            full[i] = *defaults.get(i.checked_sub(first_default)?)?;
        }
    }
    Some(given_end)
}

/// For a positional call of `fo` with `nargs` arguments: the defaults that fill the
/// remaining positional parameters (empty when the arguments match them one to one),
/// or None when there are too many arguments or too few defaults (the generic
/// binding raises then).
#[inline(always)]
fn missing_defaults<'a>(fo: &'a FuncObj, code: &CodeObject, nargs: usize) -> Option<&'a [Value]> {
    let argc = code.argcount as usize;
    if nargs == argc {
        return Some(&[]);
    }
    if nargs > argc {
        return None;
    }
    let defaults = &fo.defaults.get::<TupleObj>()?.items;
    let missing = argc - nargs;
    (missing <= defaults.len()).then(|| &defaults[defaults.len() - missing..])
}

/// `__init__` must return None (`TypeError` otherwise), in every way a class is called.
pub(crate) fn check_init_result(vm: &mut Vm, r: Value) -> PyResult<()> {
    if r.is_none() {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "__init__() should return None, not '{}'",
        ops::type_name(r)
    )))
}

/// A call's operands: `nargs` values from `args_start`, below them NULL (then the
/// callable) or a method (then its self, which becomes the first argument).
/// Returns (that lower slot, callee, arguments).
///
/// # Safety
/// `args_start` points into a live operand stack with the call's operands.
#[inline(always)]
unsafe fn call_operands<'a>(args_start: *mut Value, nargs: usize) -> (Value, Value, &'a [Value]) {
    let first = *args_start.sub(2);
    if first.is_null() {
        (
            first,
            *args_start.sub(1),
            std::slice::from_raw_parts(args_start, nargs),
        )
    } else {
        (
            first,
            first,
            std::slice::from_raw_parts(args_start.sub(1), nargs + 1),
        )
    }
}

/// CallKw's template helper (step protocol): the interpreter's CallKw, calling natively.
///
/// # Safety
/// As `kiln_jit_call`, for a CallKw.
pub unsafe extern "C" fn kiln_jit_call_kw(vm: *mut Vm, f: *mut Frame, pc: u64) -> u64 {
    let vm = &mut *vm;
    let code = &*(*f).code;
    let ins = code.instrs[pc as usize];
    (*f).pc = pc as u32;
    vm.safepoint();
    let sp = stack_at(f, pc as usize).sub(1); // the kwnames tuple popped
    let kwnames: &[Value] = &(*sp).cast::<TupleObj>().items;
    let nargs = ins.arg as usize;
    let args_start = sp.sub(nargs);
    let (first, callee, args) = call_operands(args_start, nargs);
    if (*sp).is_small() {
        // `kiln_jit_call_kw_prepare` put the arguments in positional order and left
        // their count where the names were; the template's call of the function
        // declined.
        let count = (*sp).as_small() as usize;
        let from = if first.is_null() {
            args_start
        } else {
            args_start.sub(1)
        };
        return match vm.call_positional(callee, std::slice::from_raw_parts(from, count)) {
            Ok(v) => {
                *args_start.sub(2) = v;
                pc + 1
            }
            Err(_) => jit_unwind(vm, f),
        };
    }
    feedback(code.ic.get(ins.ic), IcKind::Call, callee.0);
    match vm.call(callee, args, kwnames) {
        Ok(v) => {
            *args_start.sub(2) = v;
            pc + 1
        }
        Err(_) => jit_unwind(vm, f),
    }
}

/// CallKw's template fast path, for a function the template can enter as it does for a
/// positional Call (`jit_call` != 0): when `keywords_as_positional` rearranges the
/// arguments into no more values than the call's slots hold, rewrite them in place in
/// that order, leave their count (a small int) in the keyword names' slot, and return
/// it (self included in method form); the template then calls the function with that
/// many arguments. 0: not such a call, nothing changed (the template calls
/// `kiln_jit_call_kw`). Allocates nothing and reaches no safepoint.
///
/// # Safety
/// `operands` addresses a CallKw's callee-or-NULL slot, followed by the callee, its
/// `nargs` arguments and the keyword names' tuple, all live stack slots of the
/// innermost frame.
#[no_mangle]
pub unsafe extern "C" fn kiln_jit_call_kw_prepare(operands: *mut Value, nargs: u64) -> u64 {
    let nargs = nargs as usize;
    let names_slot = operands.add(2 + nargs);
    let kwnames: &[Value] = &(*names_slot).cast::<TupleObj>().items;
    let (first, callee, args) = call_operands(operands.add(2), nargs);
    let Some(fo) = callee.get::<FuncObj>() else {
        return 0;
    };
    let code = &fo.code.cast::<CodeObj>().code;
    if code.jit_call == 0 {
        return 0;
    }
    let mut full = [Value::NULL; KW_AS_POSITIONAL_MAX];
    match keywords_as_positional(fo, code, args, kwnames, &mut full) {
        Some(count) if count <= args.len() => {
            let dst = if first.is_null() {
                operands.add(2)
            } else {
                operands.add(1)
            };
            for (i, &v) in full[..count].iter().enumerate() {
                dst.add(i).write_volatile(v);
            }
            *names_slot = Value::small(count as i64);
            count as u64
        }
        _ => 0,
    }
}

/// Execute `f` from its `pc` until it returns, yields, or raises: in machine code when
/// its code object is (or just became) warm, else in the interpreter.
pub fn run_frame(vm: &mut Vm, f: *mut Frame) -> PyResult<Value> {
    // SAFETY: f is the innermost live frame.
    let code = unsafe { &*(*f).code };
    if let Some(entry) = crate::jit::entry_for(code, 1) {
        if crate::jit::JIT_STATS.on() {
            crate::jit::JIT_STATS
                .entries
                .fetch_add(1, Ordering::Relaxed);
        }
        // SAFETY: as above.
        return crate::jit::enter(vm, f, entry, unsafe { (*f).pc });
    }
    if crate::jit::JIT_STATS.on() || op_stats::on() {
        // --stats: the same loop, counting the instructions it runs.
        return run_frame_impl::<false, true>(vm, f);
    }
    run_frame_impl::<false, false>(vm, f)
}

#[cold]
#[inline(never)]
fn raise_unbound_local(vm: &mut Vm, code: &CodeObject, i: usize) {
    let n = ops::str_of(code.varnames[i]).to_string();
    vm.raise(
        rt().excs.unbound_local_error,
        format!("cannot access local variable '{n}' where it is not associated with a value"),
    );
}

/// `--stats` counts of the instructions the interpreter loop runs, per opcode and per
/// pair of consecutive opcodes (what a superinstruction or a template would save).
pub mod op_stats {
    use crate::bytecode::{Op, OPCODE_COUNT, OPCODE_NAMES};
    use std::cell::Cell;
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};

    static ON: AtomicBool = AtomicBool::new(false);
    static BY_OP: [AtomicU64; OPCODE_COUNT] = [const { AtomicU64::new(0) }; OPCODE_COUNT];
    static BY_PAIR: [AtomicU64; OPCODE_COUNT * OPCODE_COUNT] =
        [const { AtomicU64::new(0) }; OPCODE_COUNT * OPCODE_COUNT];
    thread_local! {
        static PREV: Cell<usize> = const { Cell::new(usize::MAX) };
    }

    pub fn enable() {
        ON.store(true, Relaxed);
    }
    #[inline(always)]
    pub fn on() -> bool {
        ON.load(Relaxed)
    }
    #[inline(never)]
    pub fn count(op: Op) {
        let op = op as usize;
        BY_OP[op].fetch_add(1, Relaxed);
        let prev = PREV.with(|p| p.replace(op));
        if prev != usize::MAX {
            BY_PAIR[prev * OPCODE_COUNT + op].fetch_add(1, Relaxed);
        }
    }
    /// The `n` most executed opcodes and opcode pairs ("A B"), most frequent first.
    pub fn top(n: usize) -> (Vec<(String, u64)>, Vec<(String, u64)>) {
        let pick = |counts: &[AtomicU64], name: &dyn Fn(usize) -> String| {
            let mut v: Vec<(String, u64)> = (0..counts.len())
                .map(|i| (i, counts[i].load(Relaxed)))
                .filter(|x| x.1 > 0)
                .map(|(i, c)| (name(i), c))
                .collect();
            v.sort_by(|a, b| b.1.cmp(&a.1));
            v.truncate(n);
            v
        };
        (
            pick(&BY_OP, &|i| OPCODE_NAMES[i].to_string()),
            pick(&BY_PAIR, &|i| {
                format!(
                    "{} {}",
                    OPCODE_NAMES[i / OPCODE_COUNT],
                    OPCODE_NAMES[i % OPCODE_COUNT]
                )
            }),
        )
    }
}

/// `run_frame_impl::<true>`'s "stopped after one instruction" result.
const STEPPED: Value = Value((crate::value::TAG_SPECIAL << 48) | 0xBEEF);

/// Run the single instruction at `f.pc` (and any frames it runs inline, such as an
/// inline call or generator resumption, to their end). Ok(None): continue at `f.pc`;
/// Ok(Some(v)): `f` returned `v`; Err: an exception escaped `f` (a handler inside `f`
/// counts as continuing at the handler).
pub(crate) fn run_frame_step(vm: &mut Vm, f: *mut Frame) -> PyResult<Option<Value>> {
    let r = if crate::jit::JIT_STATS.on() || op_stats::on() {
        run_frame_impl::<true, true>(vm, f)
    } else {
        run_frame_impl::<true, false>(vm, f)
    };
    match r {
        Ok(v) if v == STEPPED => Ok(None),
        Ok(v) => Ok(Some(v)),
        Err(e) => Err(e),
    }
}

/// The interpreter loop. With `STEP` it returns (`STEPPED`) as soon as control is back
/// in the entry frame after one instruction: the JIT's templates use that as their
/// slow path, so every opcode's semantics live here once.
fn run_frame_impl<const STEP: bool, const COUNT: bool>(
    vm: &mut Vm,
    f: *mut Frame,
) -> PyResult<Value> {
    // SAFETY (whole function): `f` is the innermost live frame; `sp` always stays within
    // [stack base, stack base + max_stack] because depths are static and verified by the
    // compiler (`compute_depths`); slots below sp hold initialised values.
    unsafe {
        let entry_frame = f;
        let mut stepped = false;
        let mut f = f;
        let mut code: &CodeObject = &*(*f).code;
        let mut instrs = code.instrs.as_ptr();
        let mut consts = code.consts.as_ptr();
        let mut slots = Frame::slots(f);
        // The operand stack's base, derived where needed (frame switches and
        // exceptions) rather than kept live across the dispatch loop.
        macro_rules! stack_base {
            () => {
                slots.add(code.nlocals() + code.ncells())
            };
        }
        let mut pc = (*f).pc as usize;
        // (A resumed generator finds its sent value already stored at depth[pc] - 1.)
        let mut sp = stack_base!().add(code.depth[pc] as usize);

        // Switch the cached per-frame state to frame `$fr` (after an inline call or return).
        macro_rules! load_frame {
            ($fr:expr) => {{
                f = $fr;
                code = &*(*f).code;
                instrs = code.instrs.as_ptr();
                consts = code.consts.as_ptr();
                slots = Frame::slots(f);
            }};
        }

        // Return `$v` from an inline call frame: resume the caller after its Call.
        macro_rules! inline_return {
            ($l:lifetime, $v:expr) => {{
                let v = $v;
                let callee = f;
                let is_init = (*callee).flags & FRAME_INIT != 0;
                let caller = (*callee).prev;
                vm.pop_frame(callee);
                load_frame!(caller);
                pc = (*f).pc as usize + 1;
                sp = stack_base!().add(code.depth[pc] as usize);
                if is_init {
                    // The result slot already holds the new instance.
                    if check_init_result(vm, v).is_err() {
                        break $l;
                    }
                } else {
                    *sp.sub(1) = v;
                }
            }};
        }

        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                *sp = v;
                sp = sp.add(1);
            }};
        }
        macro_rules! pop {
            () => {{
                sp = sp.sub(1);
                *sp
            }};
        }
        macro_rules! top {
            () => {
                *sp.sub(1)
            };
        }
        macro_rules! peek {
            ($n:expr) => {
                *sp.sub($n)
            };
        }
        macro_rules! set_top {
            ($v:expr) => {
                *sp.sub(1) = $v
            };
        }
        macro_rules! tri {
            ($l:lifetime, $e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(_) => break $l,
                }
            };
        }
        // Local `$i`, or UnboundLocalError (leaving the dispatch loop) when unbound.
        macro_rules! local {
            ($l:lifetime, $i:expr) => {{
                let v = *slots.add($i as usize);
                if v.is_null() {
                    raise_unbound_local(vm, code, $i as usize);
                    break $l;
                }
                v
            }};
        }
        macro_rules! name {
            ($i:expr) => {
                *code.names.as_ptr().add($i as usize)
            };
        }

        loop {
            // One iteration per exception: the inner loop runs until something raises.
            'dispatch: loop {
                if STEP {
                    if stepped && f == entry_frame {
                        (*f).pc = pc as u32;
                        return Ok(STEPPED);
                    }
                    stepped = true;
                }
                let ins = *instrs.add(pc);
                if COUNT {
                    crate::jit::JIT_STATS
                        .interp_instrs
                        .fetch_add(1, Ordering::Relaxed);
                    op_stats::count(ins.op);
                }
                (*f).pc = pc as u32;
                pc += 1;
                let arg = ins.arg;
                match ins.op {
                    Op::Nop => {}
                    Op::PopTop => {
                        sp = sp.sub(1);
                    }
                    Op::Copy => {
                        let v = peek!(arg as usize);
                        push!(v);
                    }
                    Op::Swap => {
                        let n = arg as usize;
                        let t = *sp.sub(1);
                        *sp.sub(1) = *sp.sub(n);
                        *sp.sub(n) = t;
                    }
                    Op::PushNull => push!(Value::NULL),
                    Op::LoadConst => push!(*consts.add(arg as usize)),
                    Op::LoadFast => {
                        let v = local!('dispatch, arg);
                        push!(v);
                    }
                    Op::StoreFast => {
                        *slots.add(arg as usize) = pop!();
                    }
                    // Superinstructions: the pair's second instruction (at `pc`) runs in
                    // this dispatch and is skipped, unless it would raise (an unbound
                    // local), or in step mode (which runs exactly one instruction); then
                    // it runs on its own next.
                    Op::LoadFastLoadFast | Op::LoadFastLoadConst => {
                        let v = local!('dispatch, arg);
                        push!(v);
                        if !STEP {
                            let next = (*instrs.add(pc)).arg as usize;
                            if ins.op == Op::LoadFastLoadConst {
                                push!(*consts.add(next));
                                pc += 1;
                            } else {
                                let w = *slots.add(next);
                                if !w.is_null() {
                                    push!(w);
                                    pc += 1;
                                }
                            }
                        }
                    }
                    Op::LoadFastLoadAttr => {
                        let v = local!('dispatch, arg);
                        push!(v);
                        if !STEP {
                            // The LoadAttr's hit path; a miss runs the LoadAttr on its own.
                            let next = *instrs.add(pc);
                            if let Some(a) =
                                load_attr_cached(code.ic.get(next.ic), v, name!(next.arg))
                            {
                                set_top!(a);
                                pc += 1;
                            }
                        }
                    }
                    Op::LoadFastLoadMethod => {
                        let v = local!('dispatch, arg);
                        push!(v);
                        if !STEP {
                            // The LoadMethod's hit path; a miss runs the LoadMethod on its own.
                            let next = *instrs.add(pc);
                            if let Some((m, s)) =
                                load_method_cached(code.ic.get(next.ic), v, name!(next.arg))
                            {
                                set_top!(m);
                                push!(s);
                                pc += 1;
                            }
                        }
                    }
                    Op::LoadConstLoadFast => {
                        push!(*consts.add(arg as usize));
                        if !STEP {
                            let w = *slots.add((*instrs.add(pc)).arg as usize);
                            if !w.is_null() {
                                push!(w);
                                pc += 1;
                            }
                        }
                    }
                    Op::StoreFastLoadFast => {
                        *slots.add(arg as usize) = pop!();
                        if !STEP {
                            let w = *slots.add((*instrs.add(pc)).arg as usize);
                            if !w.is_null() {
                                push!(w);
                                pc += 1;
                            }
                        }
                    }
                    Op::StoreFastStoreFast => {
                        *slots.add(arg as usize) = pop!();
                        if !STEP {
                            *slots.add((*instrs.add(pc)).arg as usize) = pop!();
                            pc += 1;
                        }
                    }
                    Op::DeleteFast => {
                        local!('dispatch, arg);
                        *slots.add(arg as usize) = Value::NULL;
                    }
                    Op::LoadDeref => {
                        let cell = *slots.add(code.nlocals() + arg as usize);
                        let v = cell.cast::<CellObj>().v;
                        if v.is_null() {
                            let n = ops::str_of(code.cellnames[arg as usize]).to_string();
                            if (arg as u32) < code.ncellvars {
                                vm.raise(rt().excs.unbound_local_error, format!("cannot access local variable '{n}' where it is not associated with a value"));
                            } else {
                                crate::builtins::exceptions::raise_name_error(vm, code.cellnames[arg as usize], format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"));
                            }
                            break 'dispatch;
                        }
                        push!(v);
                    }
                    Op::StoreDeref => {
                        let v = pop!();
                        (*slots.add(code.nlocals() + arg as usize))
                            .cast::<CellObj>()
                            .v = v;
                    }
                    Op::DeleteDeref => {
                        let c = (*slots.add(code.nlocals() + arg as usize)).cast::<CellObj>();
                        if c.v.is_null() {
                            let n = ops::str_of(code.cellnames[arg as usize]).to_string();
                            crate::builtins::exceptions::raise_name_error(vm, code.cellnames[arg as usize], format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"));
                            break 'dispatch;
                        }
                        c.v = Value::NULL;
                    }
                    Op::LoadClosure => push!(*slots.add(code.nlocals() + arg as usize)),
                    Op::LoadGlobal => {
                        let v = tri!('dispatch, ops::load_global(vm, (*f).globals, name!(arg), code.ic.get(ins.ic)));
                        push!(v);
                    }
                    Op::LoadGlobalNull => {
                        let v = tri!('dispatch, ops::load_global(vm, (*f).globals, name!(arg), code.ic.get(ins.ic)));
                        push!(Value::NULL);
                        push!(v);
                    }
                    Op::StoreGlobal => {
                        let v = pop!();
                        tri!('dispatch, ops::store_global(vm, (*f).globals, name!(arg), v, code.ic.get(ins.ic)));
                    }
                    Op::DeleteGlobal => {
                        let n = name!(arg);
                        if tri!('dispatch, ops::dict_del(vm, (*f).globals, n)).is_none() {
                            crate::builtins::exceptions::raise_name_error(
                                vm,
                                n,
                                format!("name '{}' is not defined", ops::str_of(n)),
                            );
                            break 'dispatch;
                        }
                    }
                    Op::LoadAttr => {
                        let o = top!();
                        let e = code.ic.get(ins.ic);
                        if let Some(v) = load_attr_cached(e, o, name!(arg)) {
                            set_top!(v);
                            continue;
                        }
                        let v = tri!('dispatch, load_attr_miss(vm, e, o, name!(arg)));
                        set_top!(v);
                    }
                    Op::StoreAttr => {
                        let o = pop!();
                        let v = pop!();
                        let e = code.ic.get(ins.ic);
                        let key = o.get::<InstanceObj>().and_then(|i| instance_ic_key(i));
                        if store_attr_cached(e, o, key, v) {
                            continue;
                        }
                        let name = name!(arg);
                        tri!('dispatch, ops::setattr(vm, o, name, v));
                        store_attr_ic_miss(e, o, name, key);
                    }
                    Op::DeleteAttr => {
                        let o = pop!();
                        tri!('dispatch, ops::delattr(vm, o, name!(arg)));
                    }
                    Op::LoadMethod => {
                        let o = top!();
                        let e = code.ic.get(ins.ic);
                        if let Some((m, s)) = load_method_cached(e, o, name!(arg)) {
                            set_top!(m);
                            push!(s);
                            continue;
                        }
                        let (m, s) = tri!('dispatch, ops::load_method(vm, o, name!(arg)));
                        method_ic_miss(e, o, name!(arg), m, s);
                        set_top!(m);
                        push!(s);
                    }
                    Op::BinaryOp => {
                        let b = pop!();
                        let a = top!();
                        let kind = BinOpKind::from_arg(arg);
                        let r = binop_fast(kind, a, b);
                        let r = match r {
                            Some(r) => {
                                feedback_once(code.ic.get(ins.ic), IcKind::BinOp, type_pair(a, b));
                                r
                            }
                            None => {
                                let e = code.ic.get(ins.ic);
                                tri!('dispatch, binary_op_site(vm, e, arg, a, b))
                            }
                        };
                        set_top!(r);
                    }
                    Op::CompareOp | Op::CompareOpJump => {
                        let b = pop!();
                        let a = top!();
                        let kind = CmpKind::from_arg(arg);
                        match compare_fast(kind, a, b) {
                            Some(t) => {
                                feedback_once(
                                    code.ic.get(ins.ic),
                                    IcKind::Compare,
                                    type_pair(a, b),
                                );
                                if !STEP && ins.op == Op::CompareOpJump {
                                    // Branch as the PopJumpIf at `pc` would, and skip it.
                                    sp = sp.sub(1);
                                    let jump = *instrs.add(pc);
                                    let taken = t == (jump.op == Op::PopJumpIfTrue);
                                    pc = if taken { jump.arg as usize } else { pc + 1 };
                                } else {
                                    set_top!(Value::bool(t));
                                }
                            }
                            None => {
                                let e = code.ic.get(ins.ic);
                                let r = tri!('dispatch, compare_site(vm, e, arg, a, b));
                                set_top!(r);
                            }
                        }
                    }
                    Op::IsOp => {
                        let b = pop!();
                        let a = top!();
                        set_top!(Value::bool(ops::is(a, b) != (arg != 0)));
                    }
                    Op::ContainsOp => {
                        let b = pop!();
                        let a = top!();
                        let r = tri!('dispatch, ops::contains(vm, b, a));
                        set_top!(Value::bool(r != (arg != 0)));
                    }
                    Op::UnaryNegative => {
                        let v = tri!('dispatch, ops::unary_neg(vm, top!()));
                        set_top!(v);
                    }
                    Op::UnaryPositive => {
                        let v = tri!('dispatch, ops::unary_pos(vm, top!()));
                        set_top!(v);
                    }
                    Op::UnaryInvert => {
                        let v = tri!('dispatch, ops::unary_invert(vm, top!()));
                        set_top!(v);
                    }
                    Op::UnaryNot => {
                        let v = tri!('dispatch, ops::truthy(vm, top!()));
                        set_top!(Value::bool(!v));
                    }
                    Op::BinarySubscr => {
                        let k = pop!();
                        let o = top!();
                        if let Some(v) = subscr_fast(o, k) {
                            set_top!(v);
                            continue;
                        }
                        let v = tri!('dispatch, getitem_at_site(vm, code.ic.get(ins.ic), o, k));
                        set_top!(v);
                    }
                    Op::StoreSubscr => {
                        let k = pop!();
                        let o = pop!();
                        let v = pop!();
                        if store_subscr_fast(o, k, v) {
                            continue;
                        }
                        tri!('dispatch, setitem_at_site(vm, code.ic.get(ins.ic), o, k, v));
                    }
                    Op::DeleteSubscr => {
                        let k = pop!();
                        let o = pop!();
                        tri!('dispatch, ops::delitem(vm, o, k));
                    }
                    Op::BuildSliceSubscr if !STEP => {
                        // The BinarySubscr at `pc` takes this slice at once: no slice
                        // object when the fast path applies (else both run as usual).
                        let (start, stop, step) = if arg == 3 {
                            (peek!(3), peek!(2), peek!(1))
                        } else {
                            (peek!(2), peek!(1), Value::NONE)
                        };
                        let o = peek!(arg as usize + 1);
                        if let Some(r) = ops::fast_slice_step(o, start, stop, step) {
                            sp = sp.sub(arg as usize);
                            set_top!(r);
                            pc += 1;
                            continue;
                        }
                        sp = sp.sub(arg as usize);
                        push!(alloc(SliceObj { start, stop, step }));
                    }
                    Op::BuildSlice | Op::BuildSliceSubscr => {
                        let step = if arg == 3 { pop!() } else { Value::NONE };
                        let stop = pop!();
                        let start = pop!();
                        push!(alloc(SliceObj { start, stop, step }));
                    }
                    Op::BinarySlice => {
                        let stop = pop!();
                        let start = pop!();
                        let o = top!();
                        if let Some(r) = ops::fast_slice(o, start, stop) {
                            set_top!(r);
                            continue;
                        }
                        // General case: a real slice object, kept in the popped `start`
                        // slot so it stays rooted while getitem may run Python code.
                        let sl = alloc(SliceObj {
                            start,
                            stop,
                            step: Value::NONE,
                        });
                        *sp = sl;
                        let r = tri!('dispatch, ops::getitem(vm, o, sl));
                        set_top!(r);
                    }
                    Op::StoreSlice => {
                        let stop = pop!();
                        let start = pop!();
                        let o = pop!();
                        let v = pop!();
                        if ops::fast_store_slice(o, start, stop, v) {
                            continue;
                        }
                        let sl = alloc(SliceObj {
                            start,
                            stop,
                            step: Value::NONE,
                        });
                        *sp.add(2) = sl;
                        tri!('dispatch, ops::setitem(vm, o, sl, v));
                    }
                    Op::BuildTuple => {
                        let n = arg as usize;
                        sp = sp.sub(n);
                        let items: Box<[Value]> = std::slice::from_raw_parts(sp, n).into();
                        push!(ops::new_tuple_boxed(items));
                    }
                    Op::BuildList => {
                        let n = arg as usize;
                        sp = sp.sub(n);
                        let items = std::slice::from_raw_parts(sp, n);
                        push!(ops::new_list_from_slice(items));
                    }
                    Op::BuildSet => {
                        let n = arg as usize;
                        let s = tri!('dispatch, ops::build_set(vm, std::slice::from_raw_parts(sp.sub(n), n)));
                        sp = sp.sub(n);
                        push!(s);
                    }
                    Op::BuildMap => {
                        let n = 2 * arg as usize;
                        let d = tri!('dispatch, ops::build_map(vm, std::slice::from_raw_parts(sp.sub(n), n)));
                        sp = sp.sub(n);
                        push!(d);
                    }
                    Op::BuildString => {
                        let n = arg as usize;
                        sp = sp.sub(n);
                        let pieces = std::slice::from_raw_parts(sp, n);
                        push!(ops::concat_strs(pieces));
                    }
                    Op::ListAppend => {
                        let v = pop!();
                        peek!(arg as usize).cast::<ListObj>().items.push(v);
                    }
                    Op::SetAdd => {
                        let v = pop!();
                        tri!('dispatch, ops::set_add(vm, peek!(arg as usize), v));
                    }
                    Op::MapAdd => {
                        let v = pop!();
                        let k = pop!();
                        tri!('dispatch, ops::dict_set(vm, peek!(arg as usize), k, v));
                    }
                    Op::ListExtend => {
                        let it = pop!();
                        tri!('dispatch, ops::list_extend_unpack(vm, peek!(arg as usize), it));
                    }
                    Op::SetUpdate => {
                        let it = pop!();
                        tri!('dispatch, ops::set_update(vm, peek!(arg as usize), it));
                    }
                    Op::DictUpdate => {
                        let other = pop!();
                        tri!('dispatch, ops::dict_update_mapping(vm, peek!(arg as usize), other));
                    }
                    Op::DictMerge => {
                        // Stack: NULL, callee, args tuple, kwargs dict (peek arg), other
                        let other = pop!();
                        let callee = peek!(arg as usize + 2);
                        tri!('dispatch, ops::dict_merge_for_call(vm, peek!(arg as usize), other, callee));
                    }
                    Op::ListToTuple => {
                        let l = top!();
                        set_top!(ops::list_to_tuple(l));
                    }
                    Op::FormatValue => {
                        let spec = if arg & 4 != 0 { pop!() } else { Value::NULL };
                        let v = top!();
                        let r = tri!('dispatch, ops::format_value(vm, v, arg & 3, spec));
                        set_top!(r);
                    }
                    Op::UnpackSequence => {
                        let seq = pop!();
                        let n = arg as usize;
                        // SAFETY: the n stack slots from sp are within the frame's operand
                        // stack (this instruction pushes n values).
                        if unpack_fast(seq, std::slice::from_raw_parts_mut(sp, n)) {
                            sp = sp.add(n);
                        } else {
                            let items = tri!('dispatch, ops::unpack_iterable(vm, seq, n, None));
                            for &v in items.iter().rev() {
                                push!(v);
                            }
                        }
                    }
                    Op::UnpackEx => {
                        let seq = pop!();
                        let before = (arg & 0xff) as usize;
                        let after = (arg >> 8) as usize;
                        let items =
                            tri!('dispatch, ops::unpack_iterable(vm, seq, before, Some(after)));
                        for &v in items.iter().rev() {
                            push!(v);
                        }
                    }
                    Op::GetIter => {
                        let v = tri!('dispatch, ops::get_iter(vm, top!()));
                        set_top!(v);
                    }
                    Op::ForIter => {
                        let it = top!();
                        // Fast path: range and list iterators.
                        let next = match for_iter_fast(it) {
                            IterStep::Next(v) => Some(v),
                            IterStep::Done => None,
                            _ => {
                                feedback(
                                    code.ic.get(ins.ic),
                                    IcKind::Iter,
                                    type_pair(it, Value::NONE),
                                );
                                if let Some(nf) =
                                    tri!('dispatch, vm.enter_gen_inline(it, Value::NONE))
                                {
                                    load_frame!(nf);
                                    pc = (*f).pc as usize;
                                    sp = stack_base!().add(code.depth[pc] as usize);
                                    continue;
                                }
                                // `for a, b in enumerate/zip/items`: the pair goes
                                // straight to the stack as the UnpackSequence at `pc`
                                // would leave it, which is then skipped (no tuple).
                                if !STEP && is_unpack2(*instrs.add(pc)) {
                                    if let Some(pair) = tri!('dispatch, ops::iter_next_pair(vm, it))
                                    {
                                        match pair {
                                            Some((a, b)) => {
                                                push!(b);
                                                push!(a);
                                                pc += 1;
                                            }
                                            None => {
                                                sp = sp.sub(1);
                                                pc = arg as usize;
                                            }
                                        }
                                        continue;
                                    }
                                }
                                tri!('dispatch, ops::iter_next(vm, it))
                            }
                        };
                        match next {
                            Some(v) => push!(v),
                            None => {
                                sp = sp.sub(1);
                                pc = arg as usize;
                            }
                        }
                    }
                    Op::Jump => {
                        pc = arg as usize;
                    }
                    Op::JumpBackward => {
                        pc = arg as usize;
                        (*f).pc = pc as u32;
                        vm.safepoint();
                        // On-stack replacement: a warm loop moves this frame into
                        // machine code (the frame layout is the same), which runs it to
                        // its end — or, for a generator frame resumed natively (the
                        // entry frame here), to its next yield, which gen_resume_core
                        // sees as from the interpreter. Generator frames resumed inline
                        // (FRAME_GEN) stay in the interpreter.
                        let osr_ok = (*f).gen.is_null()
                            || ((*f).flags & FRAME_ENTRY != 0 && f == entry_frame);
                        if !STEP && osr_ok {
                            if let Some(entry) = crate::jit::entry_for(code, 1) {
                                if crate::jit::JIT_STATS.on() {
                                    crate::jit::JIT_STATS
                                        .osr_entries
                                        .fetch_add(1, Ordering::Relaxed);
                                }
                                let r = crate::jit::enter(vm, f, entry, pc as u32);
                                if (*f).flags & FRAME_ENTRY != 0 {
                                    return r;
                                }
                                match r {
                                    Ok(v) => inline_return!('dispatch, v),
                                    // The machine code found no handler in `f`: unwind
                                    // from the caller (the traceback entry is recorded).
                                    Err(_) => break 'dispatch,
                                }
                            }
                        }
                    }
                    Op::PopJumpIfFalse => {
                        let v = pop!();
                        let t = if v.is_bool() {
                            v == Value::TRUE
                        } else {
                            tri!('dispatch, ops::truthy(vm, v))
                        };
                        if !t {
                            pc = arg as usize;
                        }
                    }
                    Op::PopJumpIfTrue => {
                        let v = pop!();
                        let t = if v.is_bool() {
                            v == Value::TRUE
                        } else {
                            tri!('dispatch, ops::truthy(vm, v))
                        };
                        if t {
                            pc = arg as usize;
                        }
                    }
                    Op::JumpIfFalseOrPop => {
                        let v = top!();
                        if !tri!('dispatch, ops::truthy(vm, v)) {
                            pc = arg as usize;
                        } else {
                            sp = sp.sub(1);
                        }
                    }
                    Op::JumpIfTrueOrPop => {
                        let v = top!();
                        if tri!('dispatch, ops::truthy(vm, v)) {
                            pc = arg as usize;
                        } else {
                            sp = sp.sub(1);
                        }
                    }
                    Op::Call | Op::CallKw => {
                        vm.safepoint();
                        let (nargs, kwnames): (usize, &[Value]) = if ins.op == Op::CallKw {
                            let kn = pop!();
                            (arg as usize, &kn.cast::<TupleObj>().items)
                        } else {
                            (arg as usize, &[])
                        };
                        let args_start = sp.sub(nargs);
                        let (first, callee, args) = call_operands(args_start, nargs);
                        vm.top_guard(sp);
                        if kwnames.is_empty() && first.is_null() {
                            // The callee's slot and its arguments: adjacent stack slots.
                            let with_self =
                                std::slice::from_raw_parts(args_start.sub(1), nargs + 1);
                            if let Some(r) =
                                call_instance_planned(vm, code.ic.get(ins.ic), callee, with_self)
                            {
                                sp = args_start.sub(2);
                                let r = tri!('dispatch, r);
                                push!(r);
                                continue;
                            }
                        }
                        // Call-site feedback: the callee's identity.
                        feedback(code.ic.get(ins.ic), IcKind::Call, callee.0);
                        if kwnames.is_empty() {
                            if let Some(fo) = callee.get::<FuncObj>() {
                                let ccode = &fo.code.cast::<CodeObj>().code;
                                let missing = missing_defaults(fo, ccode, args.len());
                                if ccode.simple_call
                                    && missing.is_some()
                                    && crate::jit::entry_for(ccode, 1).is_none()
                                {
                                    // Inline call: push the callee's frame and keep dispatching
                                    // in this loop (no native recursion), as CPython 3.11 does.
                                    let nf = tri!('dispatch, vm.push_frame_inline(ccode, callee, fo.globals));
                                    (*nf).flags = 0;
                                    let dst = Frame::slots(nf);
                                    for (i, &a) in args.iter().enumerate() {
                                        *dst.add(i) = a;
                                    }
                                    for (i, &d) in missing.unwrap_or(&[]).iter().enumerate() {
                                        *dst.add(args.len() + i) = d;
                                    }
                                    load_frame!(nf);
                                    pc = 0;
                                    sp = stack_base!();
                                    continue;
                                }
                            }
                        }
                        if kwnames.is_empty()
                            && first.is_null()
                            && callee.is_kind(heap::ObjKind::Class)
                        {
                            // Constructor call of a plain class whose __init__ is a simple
                            // Python function: allocate the instance and run __init__ inline.
                            // The instance takes the NULL slot (where the call's result goes)
                            // and the class slot (as `self`).
                            if let Some(init) = inline_init(callee, nargs) {
                                let ifo = init.cast::<FuncObj>();
                                let icode = &ifo.code.cast::<CodeObj>().code;
                                let inst = ops::new_instance(callee);
                                *args_start.sub(2) = inst;
                                *args_start.sub(1) = inst;
                                let nf =
                                    tri!('dispatch, vm.push_frame_inline(icode, init, ifo.globals));
                                (*nf).flags = FRAME_INIT;
                                let dst = Frame::slots(nf);
                                for i in 0..=nargs {
                                    *dst.add(i) = *args_start.sub(1).add(i);
                                }
                                for (i, &d) in init_defaults(init, nargs).iter().enumerate() {
                                    *dst.add(nargs + 1 + i) = d;
                                }
                                load_frame!(nf);
                                pc = 0;
                                sp = stack_base!();
                                continue;
                            }
                        }
                        let r = if kwnames.is_empty() {
                            vm.call_positional(callee, args)
                        } else {
                            vm.call(callee, args, kwnames)
                        };
                        sp = args_start.sub(2);
                        let r = tri!('dispatch, r);
                        push!(r);
                    }
                    Op::CallEx => {
                        vm.safepoint();
                        let kwargs = if arg & 1 != 0 { pop!() } else { Value::NULL };
                        let argt = pop!();
                        let callee = pop!();
                        sp = sp.sub(1); // NULL
                        let r = tri!('dispatch, ops::call_ex(vm, callee, argt, kwargs));
                        push!(r);
                    }
                    Op::ReturnValue => {
                        let v = pop!();
                        if (*f).flags & FRAME_ENTRY != 0 || (STEP && f == entry_frame) {
                            return Ok(v);
                        }
                        if (*f).flags & FRAME_GEN != 0 {
                            // An inline-resumed generator finished: a ForIter caller ends its
                            // loop; a Send caller continues with the return value.
                            let g = (*f).gen;
                            let delegated = (*f).flags & FRAME_DELEGATED != 0;
                            let mut caller = vm.leave_gen_inline(f);
                            if delegated {
                                caller = vm.relink_resumer(g);
                            }
                            gen_finish(g);
                            load_frame!(caller);
                            let at = (*f).pc as usize;
                            let rins = *instrs.add(at);
                            pc = rins.arg as usize;
                            sp = stack_base!().add(code.depth[pc] as usize);
                            if rins.op == Op::Send {
                                *sp.sub(1) = v;
                            }
                            continue;
                        }
                        inline_return!('dispatch, v);
                    }
                    Op::MakeFunction => {
                        let codev = pop!();
                        let closure = if arg & 8 != 0 { pop!() } else { Value::NULL };
                        let annotations = if arg & 4 != 0 { pop!() } else { Value::NULL };
                        let kwdefaults = if arg & 2 != 0 { pop!() } else { Value::NULL };
                        let defaults = if arg & 1 != 0 { pop!() } else { Value::NULL };
                        let func =
                            ops::make_function(codev, (*f).globals, defaults, kwdefaults, closure);
                        if !annotations.is_null() {
                            ops::set_function_annotations(func, annotations);
                        }
                        push!(func);
                    }
                    Op::RaiseVarargs => {
                        match arg {
                            0 => {
                                ops::reraise_handled(vm);
                            }
                            1 => {
                                let e = pop!();
                                ops::do_raise(vm, e, Value::NULL);
                            }
                            _ => {
                                let c = pop!();
                                let e = pop!();
                                ops::do_raise(vm, e, c);
                            }
                        }
                        break 'dispatch;
                    }
                    Op::Reraise => {
                        let e = pop!();
                        vm.exc = e;
                        break 'dispatch;
                    }
                    Op::PushExcInfo => {
                        let e = pop!();
                        push!(if vm.handled.is_null() {
                            Value::NONE
                        } else {
                            vm.handled
                        });
                        vm.handled = e;
                        push!(e);
                    }
                    Op::PopExcept => {
                        let prev = pop!();
                        vm.handled = if prev.is_none() { Value::NULL } else { prev };
                    }
                    Op::CheckExcMatch => {
                        let t = pop!();
                        let e = top!();
                        let r = tri!('dispatch, ops::exc_matches(vm, e, t));
                        push!(Value::bool(r));
                    }
                    Op::ImportName => {
                        let m = tri!('dispatch, ops::import_name(vm, name!(arg)));
                        push!(m);
                    }
                    Op::ImportFrom => {
                        let m = top!();
                        let v = tri!('dispatch, ops::import_from(vm, m, name!(arg)));
                        push!(v);
                    }
                    Op::YieldValue => {
                        // The frame lives in the generator object: just remember where to resume.
                        let v = pop!();
                        if (*f).flags & FRAME_SINK != 0 && vm.sink_accept(v) {
                            // Drained: the consumer took the value; `yield` evaluates to None.
                            push!(Value::NONE);
                            continue;
                        }
                        let go = (*f).gen.cast::<GenObj>();
                        go.pc = pc as u32;
                        if (*f).flags & FRAME_GEN == 0 {
                            vm.yielded = true;
                            return Ok(v);
                        }
                        // Resumed inline by a ForIter or Send: hand the value to it; both
                        // continue with [iterator, value] on their stack.
                        go.release();
                        if (*f).flags & FRAME_DELEGATED != 0 {
                            vm.release_resumers((*f).gen);
                        }
                        let caller = vm.leave_gen_inline(f);
                        load_frame!(caller);
                        pc = (*f).pc as usize + 1;
                        sp = stack_base!().add(code.depth[pc] as usize);
                        *sp.sub(1) = v;
                    }
                    Op::LoadAssertionError => push!(rt().excs.assertion_error),
                    Op::LoadName => {
                        let v = tri!('dispatch, load_name(vm, *slots, (*f).globals, name!(arg)));
                        push!(v);
                    }
                    Op::StoreName => {
                        let v = pop!();
                        tri!('dispatch, ops::store_name(vm, *slots, name!(arg), v));
                    }
                    Op::DeleteName => {
                        let n = name!(arg);
                        if tri!('dispatch, ops::dict_del(vm, *slots, n)).is_none() {
                            crate::builtins::exceptions::raise_name_error(
                                vm,
                                n,
                                format!("name '{}' is not defined", ops::str_of(n)),
                            );
                            break 'dispatch;
                        }
                    }
                    Op::LoadBuildClass => {
                        let b = tri!('dispatch, ops::dict_get(vm, rt().builtins, crate::sym!("__build_class__")));
                        match b {
                            Some(b) => push!(b),
                            None => {
                                vm.raise(rt().excs.name_error, "__build_class__ not found".into());
                                break 'dispatch;
                            }
                        }
                    }
                    Op::BeforeWith => {
                        let mgr = top!();
                        let (exit, res) = tri!('dispatch, before_with(vm, mgr, arg != 0));
                        set_top!(exit);
                        push!(res);
                    }
                    Op::WithExceptStart => {
                        let exc = peek!(1);
                        let exit = peek!(3);
                        let tb = tri!('dispatch, crate::traceback::traceback_of(vm, exc));
                        let r = tri!('dispatch, vm.call(exit, &[ops::type_of(exc), exc, tb], &[]));
                        push!(r);
                    }
                    Op::GetYieldFromIter => {
                        let v = top!();
                        if !v.is_kind(heap::ObjKind::Generator) {
                            let it = tri!('dispatch, ops::get_iter(vm, v));
                            set_top!(it);
                        }
                    }
                    Op::GetAwaitable => {
                        let v = tri!('dispatch, get_awaitable(vm, top!()));
                        set_top!(v);
                    }
                    Op::GetAIter => {
                        let v = tri!('dispatch, get_aiter(vm, top!()));
                        set_top!(v);
                    }
                    Op::GetANext => {
                        let v = tri!('dispatch, get_anext(vm, top!()));
                        push!(v);
                    }
                    Op::AsyncGenWrap => {
                        let v = top!();
                        let mut t = TupleObj::new(Box::new([v]));
                        t.cls = rt().types.async_gen_wrapped;
                        set_top!(alloc(t));
                    }
                    Op::EndAsyncFor => {
                        let exc = pop!();
                        if !ops::isinstance_class(exc, rt().excs.stop_async_iteration) {
                            vm.exc = exc;
                            break 'dispatch;
                        }
                        sp = sp.sub(1); // the async iterator
                    }
                    Op::Send => {
                        let v = pop!();
                        let it = top!();
                        if let Some(nf) = tri!('dispatch, vm.enter_gen_inline(it, v)) {
                            load_frame!(nf);
                            pc = (*f).pc as usize;
                            sp = stack_base!().add(code.depth[pc] as usize);
                            continue;
                        }
                        match tri!('dispatch, send_to(vm, it, v)) {
                            Ok(x) => push!(x),
                            Err(ret) => {
                                set_top!(ret);
                                pc = arg as usize;
                            }
                        }
                    }
                }
            }
            // An exception is pending: record the frame and find a handler, unwinding
            // through frames this loop entered inline.
            loop {
                add_traceback(vm, f);
                let at = (*f).pc;
                if let Some(h) = code.handler_for(at) {
                    sp = stack_base!().add(h.depth as usize);
                    push!(vm.take_exc());
                    pc = h.target as usize;
                    break;
                }
                if (*f).flags & FRAME_ENTRY != 0 || (STEP && f == entry_frame) {
                    return Err(Raised);
                }
                if (*f).flags & FRAME_GEN != 0 {
                    let g = (*f).gen;
                    let delegated = (*f).flags & FRAME_DELEGATED != 0;
                    let mut caller = vm.leave_gen_inline(f);
                    if delegated {
                        caller = vm.relink_resumer(g);
                    }
                    gen_finish(g);
                    pep479(vm, g);
                    load_frame!(caller);
                    continue;
                }
                let callee = f;
                let caller = (*callee).prev;
                vm.pop_frame(callee);
                load_frame!(caller);
            }
        }
    }
}

impl Vm {
    /// Make sure natives called from the current frame allocate frames above `sp`.
    /// (Frames reserve max_stack slots, so `top` is already above `sp`; this is a
    /// debug check of that invariant.)
    #[inline(always)]
    fn top_guard(&self, sp: *mut Value) {
        debug_assert!(sp <= self.top);
    }
}

/// LoadName: the class namespace dict, then globals, then builtins.
fn load_name(vm: &mut Vm, ns: Value, globals: Value, name: Value) -> PyResult<Value> {
    if ops::is_sub_builtin(ns) {
        // A namespace from a metaclass's __prepare__: its __getitem__ (and __missing__)
        // decide; a KeyError falls through to the globals, as CPython's LOAD_NAME.
        match ops::getitem(vm, ns, name) {
            Ok(v) => return Ok(v),
            Err(e) => {
                if !ops::isinstance_class(vm.exc, rt().excs.key_error) {
                    return Err(e);
                }
                vm.exc = Value::NULL;
            }
        }
    } else if let Some(v) = ops::dict_get(vm, ns, name)? {
        return Ok(v);
    }
    if let Some(v) = ops::dict_get(vm, globals, name)? {
        return Ok(v);
    }
    if let Some(v) = ops::dict_get(vm, rt().builtins, name)? {
        return Ok(v);
    }
    if let Some(v) = ops::lazy_builtin(vm, name)? {
        return Ok(v);
    }
    Err(crate::builtins::exceptions::raise_name_error(
        vm,
        name,
        format!("name '{}' is not defined", ops::str_of(name)),
    ))
}

/// `with mgr:` entry: (bound __exit__, result of __enter__()).
fn before_with(vm: &mut Vm, mgr: Value, is_async: bool) -> PyResult<(Value, Value)> {
    let (enter, exit) = if is_async {
        (crate::sym!("__aenter__"), crate::sym!("__aexit__"))
    } else {
        (crate::sym!("__enter__"), crate::sym!("__exit__"))
    };
    // Looked up on the type (as `special_method`); `__enter__` is called unbound when it
    // is a plain function (no bound method allocated), `__exit__` is bound: it stays on
    // the stack until the block ends.
    let cls = ops::type_of(mgr);
    let enter = ops::lookup_in_mro(cls, ops::interned_name(enter));
    let exit = ops::lookup_in_mro(cls, ops::interned_name(exit));
    let (Some(enter), Some(exit)) = (enter, exit) else {
        let missed = match (enter.is_some(), is_async) {
            (true, false) => " (missed __exit__ method)",
            (true, true) => " (missed __aexit__ method)",
            _ => "",
        };
        let kind = if is_async { "asynchronous " } else { "" };
        return Err(vm.type_error(format!(
            "'{}' object does not support the {kind}context manager protocol{missed}",
            ops::type_name(mgr)
        )));
    };
    // Bound in CPython's order (enter, then exit) when binding can run code.
    let plain_enter = enter.is_kind(heap::ObjKind::Func);
    let enter = if plain_enter {
        enter
    } else {
        ops::bind_instance_attr(vm, enter, mgr, cls)?
    };
    let mark = vm.roots.len();
    vm.roots.push(enter);
    let r = ops::bind_instance_attr(vm, exit, mgr, cls).and_then(|exit| {
        vm.roots.push(exit);
        let r = if plain_enter {
            vm.call_positional(enter, &[mgr])
        } else {
            vm.call0(enter)
        };
        r.map(|v| (exit, v))
    });
    vm.roots.truncate(mark);
    r
}

/// `async for`'s `aiter(obj)`: `type(obj).__aiter__(obj)`, which must have `__anext__`.
fn get_aiter(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let Some(m) = special_method(vm, obj, crate::sym!("__aiter__"))? else {
        return Err(vm.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            ops::type_name(obj)
        )));
    };
    let it = vm.call0(m)?;
    if ops::lookup_in_mro(ops::type_of(it), crate::sym!("__anext__")).is_none() {
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            ops::type_name(it)
        )));
    }
    Ok(it)
}

/// `async for`'s next step: the awaitable of `type(aiter).__anext__(aiter)`.
fn get_anext(vm: &mut Vm, aiter: Value) -> PyResult<Value> {
    let Some(m) = special_method(vm, aiter, crate::sym!("__anext__"))? else {
        return Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            ops::type_name(aiter)
        )));
    };
    let r = vm.call0(m)?;
    ops::with_roots(vm, &[r], |vm| get_awaitable(vm, r)).map_err(|e| {
        if ops::isinstance_class(vm.exc, rt().excs.type_error) {
            vm.exc = Value::NULL;
            vm.type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                ops::type_name(r)
            ))
        } else {
            e
        }
    })
}

/// The iterator `await v` delegates to.
fn get_awaitable(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(g) = v.get::<GenObj>() {
        if gen_is_coroutine(g) {
            return Ok(v);
        }
    }
    match special_method(vm, v, crate::sym!("__await__"))? {
        Some(m) => {
            let it = vm.call0(m)?;
            if it.is_kind(heap::ObjKind::Generator)
                || it.is_kind(heap::ObjKind::Iter)
                || special_method(vm, it, crate::sym!("__next__"))?.is_some()
            {
                Ok(it)
            } else {
                Err(vm.type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    ops::type_name(it)
                )))
            }
        }
        None => Err(vm.type_error(format!(
            "object {} can't be used in 'await' expression",
            ops::type_name(v)
        ))),
    }
}

fn gen_code(g: &GenObj) -> &CodeObject {
    &g.func.cast::<FuncObj>().code.cast::<CodeObj>().code
}

#[inline]
pub fn gen_is_coroutine(g: &GenObj) -> bool {
    g.coroutine
}

/// One step of `yield from` / `await`: Ok(Ok(x)) when the delegate yields x,
/// Ok(Err(result)) when it finished with `result`.
fn send_to(vm: &mut Vm, it: Value, v: Value) -> PyResult<Result<Value, Value>> {
    if it.is_kind(heap::ObjKind::Generator) {
        let mut ret = Value::NONE;
        // Sending None is `next`: its direct path into compiled code applies.
        let step = if v.is_none() && !it.cast::<GenObj>().descends() {
            vm.gen_next_ret(it, &mut ret)?
        } else {
            vm.gen_resume(it, v, Value::NULL, &mut ret)?
        };
        return Ok(match step {
            Some(x) => Ok(x),
            None => Err(ret),
        });
    }
    if v.is_none() && !ops::is_user_obj(it) {
        // A builtin iterator: it ends without a value.
        return Ok(match ops::iter_next(vm, it)? {
            Some(x) => Ok(x),
            None => Err(Value::NONE),
        });
    }
    // A user iterator's `__next__` (for None) or `send`: the value of the
    // StopIteration that ends it is the result.
    let step = if v.is_none() {
        match special_method(vm, it, crate::sym!("__next__"))? {
            Some(m) => vm.call0(m),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object is not an iterator",
                    ops::type_name(it)
                )))
            }
        }
    } else {
        let send = ops::getattr(vm, it, crate::sym!("send"))?;
        vm.call1(send, v)
    };
    match step {
        Ok(x) => Ok(Ok(x)),
        Err(e) => {
            if ops::isinstance_class(vm.exc, rt().excs.stop_iteration) {
                let exc = vm.take_exc();
                let args = exc.get::<ExcObj>().map(|e| e.args).unwrap_or(Value::NULL);
                let value = args
                    .get::<TupleObj>()
                    .and_then(|t| t.items.first().copied())
                    .unwrap_or(Value::NONE);
                Ok(Err(value))
            } else {
                Err(e)
            }
        }
    }
}

/// A special method of `obj`, looked up on its type and bound to it, or None.
fn special_method(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    ops::special_method(vm, obj, name)
}

// ---- IC feedback ----------------------------------------------------------------

/// A small type tag for operand-type feedback (0 is never produced).
/// `type_tag` of a float; a BinaryOp or CompareOp site that saw two floats first holds
/// `TYPE_TAG_FLOAT << 32 | TYPE_TAG_FLOAT` (the JIT lays such templates out float-first).
pub const TYPE_TAG_FLOAT: u64 = 1;

#[inline(always)]
fn type_tag(v: Value) -> u64 {
    if v.is_float() {
        TYPE_TAG_FLOAT
    } else if v.is_small() {
        2
    } else if v.is_bool() {
        3
    } else if v.is_none() {
        4
    } else if let Some(k) = v.kind() {
        16 + k as u64
    } else {
        5
    }
}

/// BinaryOp with an instance on the left whose operator method is all the protocol
/// calls (`ops::binary_op_plan`): the site's IC records that method under
/// `binary_plan_key` (the two classes' versions: mutating either class or a base
/// changes the key), and a hit calls it straight away, skipping the lookups of the
/// method and the reflected one. None: not such a case; the caller takes
/// `ops::binary_op` (and records the operand types as feedback).
fn binary_op_planned(
    vm: &mut Vm,
    e: &IcEntry,
    kind: BinOpKind,
    inplace: bool,
    a: Value,
    b: Value,
) -> Option<PyResult<Value>> {
    let key = binary_plan_key(a, b)?;
    let f = match e.lookup(key) {
        Some(f) => {
            ic_hit(e, IcKind::BinOp);
            Value(f)
        }
        None => {
            let f = ops::binary_op_plan(kind, inplace, a, b)?;
            if ic_stats::enabled() {
                ic_stats::miss(IcKind::BinOp, e.state());
            }
            e.record(key, f.0);
            f
        }
    };
    Some(match vm.call_positional(f, &[a, b]) {
        Ok(r) if r == rt().not_implemented => {
            Err(ops::unsupported_operands(vm, kind, inplace, a, b))
        }
        r => r,
    })
}

/// BinaryOp's template helper, tried first at a site whose IC held planned calls when
/// it was compiled: the site's planned method for these operands
/// (`binary_op_planned`'s hit) when the template can enter it itself, as the Call
/// template enters `f(a, b)` (a function whose code has `jit_call` != 0; the shared
/// call stub makes the remaining checks). NULL otherwise: the template takes
/// `kiln_jit_binary_values`. Reads only; no safepoint.
///
/// # Safety
/// `ic` is the instruction's IC entry; `a` and `b` are live operands.
pub unsafe extern "C" fn kiln_jit_binary_plan(a: u64, b: u64, ic: *const IcEntry) -> u64 {
    enterable_plan(&*ic, binary_plan_key(Value(a), Value(b)), IcKind::BinOp)
}

/// The function a site's IC holds under `key` when a template can enter it through
/// the call stub (`jit_call` != 0), counted as a hit of `kind`; NULL otherwise.
fn enterable_plan(e: &IcEntry, key: Option<u64>, kind: IcKind) -> u64 {
    let planned = key.and_then(|key| e.lookup(key)).map(Value).filter(|f| {
        f.get::<FuncObj>()
            .is_some_and(|fo| fo.code.cast::<CodeObj>().code.jit_call != 0)
    });
    match planned {
        Some(f) => {
            ic_hit(e, kind);
            f.0
        }
        None => Value::NULL.0,
    }
}

/// BinaryOp's template helper after a planned method it entered answered
/// NotImplemented: the TypeError `binary_op_planned` raises (a plan exists only when
/// no reflected method could be tried). Returns RAISED_BITS.
///
/// # Safety
/// `vm` is this thread's Vm, `a` and `b` live operands of the innermost frame.
pub unsafe extern "C" fn kiln_jit_binary_unsupported(vm: *mut Vm, a: u64, b: u64, arg: u64) -> u64 {
    let arg = arg as u32;
    let (kind, inplace) = (BinOpKind::from_arg(arg), arg & INPLACE != 0);
    let _ = ops::unsupported_operands(&mut *vm, kind, inplace, Value(a), Value(b));
    crate::jit::RAISED_BITS
}

/// The IC key of a planned binary op: bit 63 (type-pair feedback keys never have it)
/// and the versions of the instance `a`'s class and of `b`'s type.
#[inline(always)]
fn binary_plan_key(a: Value, b: Value) -> Option<u64> {
    let va = a.get::<InstanceObj>()?.cls.cast::<ClassObj>().version();
    // `type_of(b)`, inline for the common instance-with-instance case (`p - q`).
    let tb = match b.get::<InstanceObj>() {
        Some(i) => i.cls,
        None => ops::type_of(b),
    };
    let vb = tb.cast::<ClassObj>().version();
    if va == 0 || vb == 0 || va >= 1 << 31 || vb >= 1 << 32 {
        return None;
    }
    Some(1 << 63 | va << 32 | vb)
}

/// Whether a BinaryOp site's IC holds a planned call (a `binary_plan_key`): the
/// template then tries `kiln_jit_binary_plan` first.
pub fn binary_site_planned(e: &IcEntry) -> bool {
    e.keys_snapshot().iter().any(|&k| k >> 63 == 1)
}

/// Call of an instance whose class's `__call__` is a Python function (`s(t)` with a
/// callable object): `instance_special_planned` of `__call__` (every instance is a new
/// callee, so the plan, not the callee's identity, is what the site caches).
/// `self_and_args` is the callee's stack slot followed by the arguments. None: not such
/// a callee.
fn call_instance_planned(
    vm: &mut Vm,
    e: &IcEntry,
    callee: Value,
    self_and_args: &[Value],
) -> Option<PyResult<Value>> {
    debug_assert_eq!(self_and_args[0], callee);
    instance_special_planned(vm, e, IcKind::Call, ops::names().call, self_and_args)
}

/// A special method of an instance whose class defines it as a Python function
/// (`__call__`, `__getitem__`, `__setitem__`), called with `args` (the instance
/// first): the site's IC records the function under `CALL_PLAN_TAG | class version`
/// (mutating the class or a base changes the version), and a hit calls it straight
/// away, skipping the lookup through the class's MRO. None: `args[0]` is not such an
/// instance; the caller takes the generic operation.
fn instance_special_planned(
    vm: &mut Vm,
    e: &IcEntry,
    kind: IcKind,
    name: Value,
    args: &[Value],
) -> Option<PyResult<Value>> {
    let key = instance_plan_key(args[0])?;
    let f = match e.lookup(key) {
        Some(f) => {
            ic_hit(e, kind);
            Value(f)
        }
        None => {
            let f = ops::user_special(args[0], name).filter(|f| f.is_kind(heap::ObjKind::Func))?;
            if ic_stats::enabled() {
                ic_stats::miss(kind, e.state());
            }
            e.record(key, f.0);
            f
        }
    };
    Some(vm.call_positional(f, args))
}

#[inline(always)]
fn instance_plan_key(v: Value) -> Option<u64> {
    plan_key(
        CALL_PLAN_TAG,
        v.get::<InstanceObj>()?.cls.cast::<ClassObj>().version(),
    )
}

/// `o[k]` beyond `subscr_fast`, at a BinarySubscr site: a planned `__getitem__`
/// (`instance_special_planned`), else `ops::getitem`.
fn getitem_at_site(vm: &mut Vm, e: &IcEntry, o: Value, k: Value) -> PyResult<Value> {
    match instance_special_planned(vm, e, IcKind::Subscr, ops::names().getitem, &[o, k]) {
        Some(r) => r,
        None => ops::getitem(vm, o, k),
    }
}

/// `o[k] = v` beyond `store_subscr_fast`, at a StoreSubscr site: a planned
/// `__setitem__` (`instance_special_planned`), else `ops::setitem`.
fn setitem_at_site(vm: &mut Vm, e: &IcEntry, o: Value, k: Value, v: Value) -> PyResult<()> {
    match instance_special_planned(vm, e, IcKind::Subscr, ops::names().setitem, &[o, k, v]) {
        Some(r) => r.map(drop),
        None => ops::setitem(vm, o, k, v),
    }
}

/// Whether a site's IC holds a planned method of an instance's class (an
/// `instance_plan_key`: a subscript's special method, a property's getter).
pub fn instance_site_planned(e: &IcEntry) -> bool {
    e.keys_snapshot()
        .iter()
        .any(|&k| k >> 48 == CALL_PLAN_TAG >> 48)
}

/// A subscript template's helper: the
/// special method the site planned for the instance `o`'s class, when the template can
/// enter it itself, as the Call template enters a function (`jit_call` != 0; the shared
/// call stub makes the remaining checks). NULL otherwise: the template takes its
/// generic helper. Reads only; no safepoint.
///
/// # Safety
/// `ic` is the instruction's IC entry; `o` a live operand.
pub unsafe extern "C" fn kiln_jit_instance_plan(o: u64, ic: *const IcEntry) -> u64 {
    instance_plan_for_template(Value(o), &*ic, IcKind::Subscr)
}

/// LoadAttr's template helper at a site planned when it was compiled
/// (`instance_site_planned`): `kiln_jit_instance_plan` for a property getter.
///
/// # Safety
/// As `kiln_jit_instance_plan`.
pub unsafe extern "C" fn kiln_jit_attr_plan(o: u64, ic: *const IcEntry) -> u64 {
    instance_plan_for_template(Value(o), &*ic, IcKind::Attr)
}

fn instance_plan_for_template(o: Value, e: &IcEntry, kind: IcKind) -> u64 {
    enterable_plan(e, instance_plan_key(o), kind)
}

/// The IC key `tag | version` of a class-versioned plan (call, construction); None
/// for a class without a version or with one too large to leave the tag intact.
#[inline(always)]
fn plan_key(tag: u64, version: u64) -> Option<u64> {
    (version != 0 && version < 1 << 48).then_some(tag | version)
}

/// High bits of `call_instance_planned`'s keys: not a value's tag (0xFFF9..0xFFFB), not
/// a float (NaNs are canonical), not a module key (0xFFFE), so never a callee's bits.
const CALL_PLAN_TAG: u64 = 0xFFFC << 48;

/// High bits of a Call site's construction plans (`CONSTRUCT_PLAN_TAG | class version`
/// -> the class's `__init__`), recorded with the site's feedback (`note_construct_plan`)
/// and by `kiln_jit_call_prepare`: the Call template compiled with one constructs inline
/// (`kiln_jit_new_instance`), and the prepare helper skips `plain_init`. Distinct from
/// `CALL_PLAN_TAG` and every value tag.
pub const CONSTRUCT_PLAN_TAG: u64 = 0xFFFD << 48;

/// With a class's identity, a Call site's feedback (`feedback_slow`, once per class
/// and site) records the class version's construction plan when its `__init__` is a
/// function the frame push can enter.
#[inline(never)]
fn note_construct_plan(e: &IcEntry, cls: Value) {
    let Some(c) = cls.get::<ClassObj>() else {
        return;
    };
    let Some(key) = plan_key(CONSTRUCT_PLAN_TAG, c.version()) else {
        return;
    };
    let enterable = |f: &Value| {
        f.get::<FuncObj>()
            .is_some_and(|fo| fo.code.cast::<CodeObj>().code.jit_call != 0)
    };
    if let Some(init) = plain_class_init(cls).filter(enterable) {
        if e.lookup(key).is_none() {
            e.record(key, init.0);
        }
    }
}

/// Whether a Call site's IC holds a construction plan (the template then probes for
/// it inline).
pub fn call_site_constructs(e: &IcEntry) -> bool {
    e.keys_snapshot()
        .iter()
        .any(|&k| k >> 48 == CONSTRUCT_PLAN_TAG >> 48)
}

/// The Call template's allocation for a construction it found planned: a new instance
/// of the plain class `cls` (allocates; no safepoint).
///
/// # Safety
/// `cls` is a live plain user class (layout Object).
pub unsafe extern "C" fn kiln_jit_new_instance(cls: u64) -> u64 {
    ops::new_instance(Value(cls)).0
}

/// Feedback key for an operand-type pair.
#[inline(always)]
fn type_pair(a: Value, b: Value) -> u64 {
    (type_tag(a) << 32) | type_tag(b)
}

/// Record `key` at a feedback-only site (binary ops, compares, iteration, calls):
/// a hit leaves the entry alone; a miss moves its state (mono → poly → mega).
#[inline(always)]
fn feedback(e: &IcEntry, kind: IcKind, key: u64) {
    // Monomorphic fast check: the first way already holds this key.
    if e.load() == key && !ic_stats::enabled() {
        return;
    }
    feedback_slow(e, kind, key)
}

#[inline(never)]
fn feedback_slow(e: &IcEntry, kind: IcKind, key: u64) {
    if e.is_settled_mega() && !ic_stats::enabled() {
        // Megamorphic (closures and generator expressions are new callees at every
        // evaluation): nothing left to learn until the epoch moves.
        return;
    }
    if e.lookup(key).is_some() {
        if ic_stats::enabled() {
            ic_stats::hit(kind, e.state());
        }
    } else {
        if ic_stats::enabled() {
            ic_stats::miss(kind, e.state());
        }
        e.record(key, 1);
        if kind == IcKind::Call {
            note_construct_plan(e, Value(key));
        }
    }
}

/// Feedback on an inline fast path: only the first observation is recorded, so the
/// fast path pays one load once the site is warm.
#[inline(always)]
fn feedback_once(e: &IcEntry, kind: IcKind, key: u64) {
    if e.state() == kiln_ic::IcState::Uninit {
        e.record(key, 1);
        ic_stats::miss(kind, kiln_ic::IcState::Uninit);
    }
}

// ---- attribute and method ICs -------------------------------------------------
//
// Key: (class version << 32) | shape id. Shape trees are per class and class versions
// are never reused (and change when the class or a base is mutated, e.g. a property or
// `__setattr__` added), so an unchanged key proves the cached fact still holds.

/// The IC key of an instance in slot mode, if it can be cached.
#[inline(always)]
pub fn instance_ic_key(inst: &InstanceObj) -> Option<u64> {
    let version = inst.cls.cast::<ClassObj>().version();
    let shape_id = inst.shape_id();
    // Below 2**31: bit 63 of a method key marks `super_ic_key`'s.
    if shape_id == crate::shape::DICT_SHAPE_ID || version == 0 || version >= 1 << 31 {
        return None;
    }
    Some((version << 32) | shape_id as u64)
}

#[inline(always)]
fn ic_hit(e: &IcEntry, kind: IcKind) {
    if ic_stats::enabled() {
        ic_stats::hit(kind, e.state());
    }
}

/// Whether the class lets a cached slot access stand in for the full lookup of `name`.
fn slot_cacheable(cls: Value, name: Value, for_store: bool) -> bool {
    let c = cls.cast::<ClassObj>();
    let hook = if for_store {
        CF_SETATTR
    } else {
        CF_GETATTRIBUTE
    };
    if c.flags() & hook != 0 {
        return false;
    }
    !ops::lookup_in_mro(cls, name).is_some_and(ops::is_data_descriptor)
}

/// LoadAttr beyond its IC (both tiers): the full lookup, then what the site's entry
/// can learn from it.
#[inline(never)]
fn load_attr_miss(vm: &mut Vm, e: &IcEntry, o: Value, name: Value) -> PyResult<Value> {
    if let Some(f) = instance_plan_key(o).and_then(|key| e.lookup(key)) {
        // A planned property getter (`property_getter`).
        ic_hit(e, IcKind::Attr);
        return vm.call_positional(Value(f), &[o]);
    }
    let v = ops::getattr(vm, o, name)?;
    attr_ic_miss(e, o, name, v);
    module_attr_ic_miss(e, o, name, v);
    if o.is_kind(heap::ObjKind::Class) {
        class_attr_ic_miss(e, o, name, v);
    }
    Ok(v)
}

/// An instance site's entry: the slot index of an instance attribute (below 2**32), or
/// a plain class attribute's value itself (`self.LIMIT`: the instance has no attribute
/// of that name, by the shape, and the class's is a value no descriptor protocol
/// applies to, returned unchanged). Both stay valid while the key (class version and
/// shape) does. A value whose bits are below 2**32 (a tiny denormal float) is not
/// cached, nor are values at megamorphic sites (the shared cache holds slot indices).
#[cold]
fn attr_ic_miss(e: &IcEntry, o: Value, name: Value, v: Value) {
    if ic_stats::enabled() {
        ic_stats::miss(IcKind::Attr, e.state());
    }
    let Some(inst) = o.get::<InstanceObj>() else {
        return;
    };
    if let Some(f) = property_getter(inst.cls, name) {
        // The site's plan for this class version: the getter, called with the
        // instance and no lookup (`load_attr_miss`, the template's planned call).
        if let Some(key) = instance_plan_key(o).filter(|_| !e.is_mega()) {
            e.record(key, f.0);
        }
        return;
    }
    let Some(key) = instance_ic_key(inst) else {
        return;
    };
    if let Some(slot) = inst.shape().slot_of(name) {
        if slot_cacheable(inst.cls, name, false) {
            record_slot(e, inst, key, name, slot);
        }
        return;
    }
    let plain = match v.kind() {
        None => true,
        Some(
            heap::ObjKind::Str
            | heap::ObjKind::Int
            | heap::ObjKind::Tuple
            | heap::ObjKind::Bytes
            | heap::ObjKind::List
            | heap::ObjKind::Dict
            | heap::ObjKind::Set,
        ) => !ops::is_user_obj(v),
        _ => false,
    };
    if plain
        && v.0 >= 1 << 32
        && !e.is_mega()
        && inst.cls.cast::<ClassObj>().flags() & CF_GETATTRIBUTE == 0
        && ops::lookup_in_mro(inst.cls, name) == Some(v)
    {
        e.record(key, v.0);
    }
}

/// The getter of a property that is all `instance.name` does on instances of `cls`: a
/// property (a data descriptor, so it wins over the instance's own attributes) whose
/// getter is a Python function, on a class without `__getattribute__` or `__getattr__`
/// (which an AttributeError from the getter would call).
fn property_getter(cls: Value, name: Value) -> Option<Value> {
    if cls.cast::<ClassObj>().flags() & (CF_GETATTRIBUTE | CF_GETATTR) != 0 {
        return None;
    }
    let p = ops::lookup_in_mro(cls, name)?;
    let fget = p.get::<PropertyObj>()?.fget;
    fget.is_kind(heap::ObjKind::Func).then_some(fget)
}

/// Cache an instance attribute's slot, checked cacheable at the class version in `key`:
/// in the entry's instance-slot word (one load and compare for both tiers) while that
/// is free, else in its ways (a polymorphic site's other shapes) or the megamorphic cache.
fn record_slot(e: &IcEntry, inst: &InstanceObj, key: u64, name: Value, slot: usize) {
    if !try_slot_word(e, inst, key, slot) {
        ic_record(e, key, name, slot as u64);
    }
}

/// Put `slot` in the entry's instance-slot word if that is still free and shape-keyed
/// facts are enabled (checked cacheable at the class version in `key`); false: the
/// caller records it under the class-versioned key instead.
fn try_slot_word(e: &IcEntry, inst: &InstanceObj, key: u64, slot: usize) -> bool {
    if e.slot_word() != kiln_ic::EMPTY {
        return false;
    }
    let cls = inst.cls.cast::<ClassObj>();
    e.record_slot_word(key as u32, slot, key >> 32, || cls.version())
}

/// Record in the site's entry, or in the shared megamorphic cache once the site is
/// megamorphic (keyed by the receiver key and the attribute name).
#[inline]
fn ic_record(e: &IcEntry, key: u64, name: Value, val: u64) {
    if e.is_mega() {
        mega_cache().insert(mega_key(key, name), val);
    } else {
        e.record(key, val);
    }
}

/// The process-wide megamorphic cache for attribute and method sites (separate slots
/// for the two kinds come from the name salt below).
fn mega_cache() -> &'static kiln_ic::MegaCache {
    static CACHE: std::sync::OnceLock<kiln_ic::MegaCache> = std::sync::OnceLock::new();
    CACHE.get_or_init(|| kiln_ic::MegaCache::new(8192))
}

/// Megamorphic-cache key: the receiver key (class version, shape id) mixed with a hash
/// of the interned name's address. Distinct (receiver, name) pairs collide only with
/// ~2^-64 probability; hits are still validated (slot in range, value is a function), so
/// even a collision cannot make a load read outside the object.
/// Separates method entries from attribute entries of the same (receiver, name).
const METHOD_SALT: u64 = 0x5bd1_e995_0000_0000;

#[inline(always)]
fn mega_key(key: u64, name: Value) -> u64 {
    let n = name.ptr_bits();
    (key ^ n.rotate_left(17).wrapping_mul(0x9E37_79B9_7F4A_7C15)) | 1
}

/// StoreAttr IC values below this are slot indices; others are `&'static Shape`
/// pointers of a cached transition (shapes are immortal, so the pointer stays valid).
pub const TRANSITION_MIN: u64 = 1 << 32;

#[cold]
fn store_attr_ic_miss(e: &IcEntry, o: Value, name: Value, key_before: Option<u64>) {
    if ic_stats::enabled() {
        ic_stats::miss(IcKind::StoreAttr, e.state());
    }
    let Some(inst) = o.get::<InstanceObj>() else {
        return;
    };
    let Some(key_before) = key_before else { return };
    let Some(key_after) = instance_ic_key(inst) else {
        return;
    };
    let shape = inst.shape();
    let Some(slot) = shape.slot_of(name) else {
        return;
    };
    if !slot_cacheable(inst.cls, name, true) {
        return;
    }
    if key_after == key_before {
        // Store to an existing attribute.
        if !try_slot_word(e, inst, key_before, slot) {
            e.record(key_before, slot as u64);
        }
    } else if key_after >> 32 == key_before >> 32 && shape.names.len() == slot + 1 {
        // Added the attribute: cache the transition (same class version, one more slot).
        let shape_ptr = shape as *const crate::shape::Shape as u64;
        if shape_ptr >= TRANSITION_MIN {
            e.record(key_before, shape_ptr);
        }
    }
}

#[cold]
fn method_ic_miss(e: &IcEntry, o: Value, name: Value, m: Value, s: Value) {
    if ic_stats::enabled() {
        ic_stats::miss(IcKind::Method, e.state());
    }
    if m.is_null() {
        // The (NULL, attribute) form: `module.function(...)`, or a callable stored in
        // an instance slot (`self._check(v)`), cached as the slot index (below 2**32,
        // so never a function's bits).
        module_attr_ic_miss(e, o, name, s);
        if let Some(c) = o.get::<ClassObj>() {
            // Only a class-dict value the load returned unchanged (no descriptor made
            // anything of it), under the class version.
            if let Some(key) = class_plain_attr_key(c) {
                if !e.is_mega() && ops::lookup_in_mro(o, name) == Some(s) {
                    e.record(key, s.0);
                }
            }
        }
        if let Some(inst) = o.get::<InstanceObj>() {
            if let (Some(key), Some(slot)) = (instance_ic_key(inst), inst.shape().slot_of(name)) {
                if !e.is_mega()
                    && slot_cacheable(inst.cls, name, false)
                    && inst.slots.get(slot as usize) == Some(s)
                {
                    e.record(key, slot as u64);
                }
            }
        }
        return;
    }
    if let Some(sup) = o.get::<SuperObj>() {
        // (method, the super object's instance): a plain method found past the start
        // class, valid while both classes' versions are.
        if let Some(key) = super_ic_key(sup) {
            // A plain function, or a builtin's unbound method (`object.__init__`, the
            // end of every `super().__init__()` chain), called with the instance first.
            if s == sup.obj && ops::is_plain_method(m) && !e.is_mega() {
                e.record(key, m.0);
            }
        }
        return;
    }
    if let Some(key) = builtin_method_key(o) {
        if s == o && (m.is_kind(heap::ObjKind::Builtin) || m.is_kind(heap::ObjKind::Func)) {
            e.record(key, m.0);
        }
        return;
    }
    if let Some(c) = o.get::<ClassObj>() {
        // (function, class): a classmethod's function, valid while the class version is.
        if let Some(key) = class_ic_key(c) {
            if s == o && m.is_kind(heap::ObjKind::Func) && !e.is_mega() {
                e.record(key, m.0);
            }
        }
        return;
    }
    let Some(inst) = o.get::<InstanceObj>() else {
        return;
    };
    // Only the (function, self) form: the function came from the class, not the instance.
    if s != o
        || !m.is_kind(heap::ObjKind::Func)
        || inst.cls.cast::<ClassObj>().flags() & CF_GETATTRIBUTE != 0
    {
        return;
    }
    if let Some(key) = instance_ic_key(inst) {
        if e.is_mega() {
            mega_cache().insert(mega_key(key, name) ^ METHOD_SALT, m.0);
        } else if kiln_ic::shape_keyed_enabled() {
            // By shape alone (no class version to load on a hit); a rebinding of this
            // name on the class or a base forgets it (`forget_shape_keyed_if_stale`).
            let cls = inst.cls.cast::<ClassObj>();
            let shape_key = kiln_ic::shape_key(key as u32);
            e.record_checked(shape_key, m.0, key >> 32, || cls.version());
        } else {
            e.record(key, m.0);
        }
    }
}

/// The `__init__` to run inline for `cls(*args)` (nargs positional arguments), if the
/// class is a plain user class (instance layout, `type` metaclass, `object.__new__`)
/// whose `__init__` is a simple Python function taking those arguments (and defaults).
#[inline]
fn inline_init(cls: Value, nargs: usize) -> Option<Value> {
    let init = plain_init(cls, nargs, false)?;
    let code = &init.cast::<FuncObj>().code.cast::<CodeObj>().code;
    // A compiled __init__ is called natively (through `call_class`) to run its machine code.
    crate::jit::entry_for(code, 1).is_none().then_some(init)
}

/// `inline_init`'s conditions without the tier check: the simple `__init__` function
/// that `cls(*args)` (nargs positional arguments, the rest from its defaults) runs on a
/// fresh instance, if any. `with_cells`: also one whose code has cells (the caller
/// creates them, as the JIT's frame push does for `jit_call == 2`).
#[inline]
fn plain_init(cls: Value, nargs: usize, with_cells: bool) -> Option<Value> {
    let init = plain_class_init(cls)?;
    let fo = init.get::<FuncObj>()?;
    let code = &fo.code.cast::<CodeObj>().code;
    let takes_call = if with_cells {
        code.jit_call != 0
    } else {
        code.simple_call
    };
    (takes_call && missing_defaults(fo, code, nargs + 1).is_some()).then_some(init)
}

/// The `__init__` (whatever kind of callable) a plain user class (instance layout,
/// `type` metaclass, `object.__new__`) runs on its new instances; cached on the class
/// while one guest thread runs.
#[inline]
fn plain_class_init(cls: Value) -> Option<Value> {
    let c = cls.get::<ClassObj>()?;
    if c.layout != Layout::Object || !c.meta.is_null() || !c.heap {
        return None;
    }
    let version = c.version();
    let single = !kiln_threads::multi_mutator();
    let init = if single && version != 0 && c.ctor_version.load(Ordering::Relaxed) == version {
        Value(c.ctor_init.load(Ordering::Relaxed))
    } else {
        let init = plain_init_uncached(cls).unwrap_or(Value::NULL);
        if single && version != 0 {
            c.ctor_init.store(init.0, Ordering::Relaxed);
            c.ctor_version.store(version, Ordering::Relaxed);
        }
        init
    };
    (!init.is_null()).then_some(init)
}

/// `cls()` for a plain class whose `__init__` is `object.__init__` (it would only
/// check that there are no arguments): the new instance.
#[inline]
fn bare_construction(cls: Value) -> Option<Value> {
    let init = plain_class_init(cls)?;
    crate::builtins::classes::is_object_init(init).then(|| ops::new_instance(cls))
}

/// The defaults a `plain_init` `__init__` takes for the parameters after `nargs`
/// arguments and self (empty when they are all given).
#[inline]
fn init_defaults(init: Value, nargs: usize) -> &'static [Value] {
    let fo = init.cast::<FuncObj>();
    missing_defaults(fo, &fo.code.cast::<CodeObj>().code, nargs + 1).unwrap_or(&[])
}

/// `plain_init`'s class-level part, uncached: the `__init__` found on the mro if
/// `__new__` is `object.__new__`.
fn plain_init_uncached(cls: Value) -> Option<Value> {
    let n = ops::names();
    let object_new = ops::lookup_in_mro(rt().types.object, n.new);
    if ops::lookup_in_mro(cls, n.new) != object_new {
        return None;
    }
    ops::lookup_in_mro(cls, n.init)
}

// ---- held `yield from` chains ------------------------------------------------------
//
// When the innermost generator of a `yield from` chain entered through the shortcut
// (`Vm::descend_delegates`) yields back to `gen_resume_core`, the chain is *held*
// instead of released, while only one guest thread runs: the generators between the
// outermost (the top, which is released) and the innermost (the leaf, released too)
// stay claimed with their `resumer` links, and the top records the leaf
// (`GenObj::held`). Resuming the top then goes straight to the leaf, instead of
// walking the chain down (claiming every level) and back up (releasing it) for every
// value. Every other way to reach a member (resuming, throwing into or closing it
// directly, `gi_running`, another chain delegating to it, a second thread starting)
// releases the chain first (`unhold`, `break_held_chain`), so the program sees exactly
// the states it would without the hold.

/// Set once any chain was held: until then `unhold` costs one load.
static HELD_ANY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The top of the held chain `g` is an inner member (or the leaf) of, if any.
fn held_chain_top(g: Value) -> Option<Value> {
    let mut n = g.cast::<GenObj>().resumer;
    if n.is_null() {
        return None;
    }
    loop {
        let p = n.cast::<GenObj>().resumer;
        if p.is_null() {
            break;
        }
        n = p;
    }
    let top = n.cast::<GenObj>();
    (!top.held.is_null() && !top.is_running()).then_some(n)
}

/// Release the chain `top` holds: its inner members become idle and every `resumer`
/// link from the leaf up is cleared (the state the shortcut leaves after a yield).
fn break_held_chain(top: Value) {
    let leaf = std::mem::replace(&mut top.cast::<GenObj>().held, Value::NULL);
    let mut n = leaf;
    while !n.is_null() && n != top {
        let no = n.cast::<GenObj>();
        let up = std::mem::replace(&mut no.resumer, Value::NULL);
        if n != leaf {
            no.release();
        }
        n = up;
    }
}

/// Before `g` is resumed, thrown into, closed or inspected other than as the top of
/// the chain it holds: release the held chain it is a member of, and (unless
/// `keep_own`) the one it holds.
#[inline]
pub(crate) fn unhold(g: Value, keep_own: bool) {
    if HELD_ANY.load(Ordering::Relaxed) {
        unhold_slow(g, keep_own);
    }
}

#[cold]
#[inline(never)]
fn unhold_slow(g: Value, keep_own: bool) {
    let go = g.cast::<GenObj>();
    if !keep_own && !go.held.is_null() && !go.is_running() {
        break_held_chain(g);
    }
    if let Some(top) = held_chain_top(g) {
        break_held_chain(top);
    }
}

/// `gi_running`: claimed, and not merely an inner member of a held chain.
pub fn gen_running(g: Value) -> bool {
    let go = g.cast::<GenObj>();
    go.is_running() && !(HELD_ANY.load(Ordering::Relaxed) && held_chain_top(g).is_some())
}

/// Release every held chain of this (the only) guest thread, before a second one
/// starts: holding is single-threaded only.
pub fn break_all_held_chains() {
    if !HELD_ANY.swap(false, Ordering::Relaxed) {
        return;
    }
    let mut tops = Vec::new();
    heap::for_each_own_object(|v| {
        if let Some(g) = v.get::<GenObj>() {
            if !g.held.is_null() {
                tops.push(v);
            }
        }
    });
    crate::guest::for_each_orphan(|v| {
        if let Some(g) = v.get::<GenObj>() {
            if !g.held.is_null() {
                tops.push(v);
            }
        }
    });
    crate::jit::JIT_STATS
        .held_chains_released
        .fetch_add(tops.len() as u64, Ordering::Relaxed);
    for t in tops {
        break_held_chain(t);
    }
}

/// Mark a generator finished and drop its frame (called after its frame was unlinked).
fn gen_finish(g: Value) {
    let go = g.cast::<GenObj>();
    go.finished = true;
    go.frame = Box::new([]);
    go.release();
}

/// PEP 479: a StopIteration escaping a generator becomes RuntimeError.
fn pep479(vm: &mut Vm, g: Value) {
    if ops::isinstance_class(vm.exc, rt().excs.stop_iteration) {
        let cause = vm.exc;
        let msg = if gen_is_coroutine(g.cast::<GenObj>()) {
            "coroutine raised StopIteration"
        } else {
            "generator raised StopIteration"
        };
        vm.raise_msg(rt().excs.runtime_error, msg);
        vm.exc.cast::<ExcObj>().cause = cause;
    }
}

/// IC key for a class object receiver: its version with a marker no shape id uses.
#[inline(always)]
fn class_ic_key(c: &ClassObj) -> Option<u64> {
    let version = c.version();
    (version != 0 && version < 1 << 31 && c.meta.is_null())
        .then_some((version << 32) | CLASS_IC_KEY_LOW as u64)
}

/// The low half of a class-receiver IC key (`class_ic_key`; never a shape id, which
/// stays below it).
pub const CLASS_IC_KEY_LOW: u32 = 0xFFFF_FFFE;

/// A method-load site's key for a class receiver whose attribute is called as is
/// (`object.__new__(cls)`, `C.static_f(x)`, `C.f(obj)`): the (NULL, attribute) form,
/// apart from the classmethod (function, class) form under `class_ic_key`.
#[inline(always)]
fn class_plain_attr_key(c: &ClassObj) -> Option<u64> {
    class_ic_key(c).map(|k| (k & !0xFFFF_FFFF) | (CLASS_IC_KEY_LOW - 1) as u64)
}

#[cold]
fn class_attr_ic_miss(e: &IcEntry, cls: Value, name: Value, v: Value) {
    let c = cls.cast::<ClassObj>();
    let Some(key) = class_ic_key(c) else { return };
    // Cache only a plain class-dict value returned unchanged (no descriptor binding).
    if ops::lookup_in_mro(cls, name) == Some(v) && !v.is_kind(heap::ObjKind::Property) {
        e.record(key, v.0);
    }
}

thread_local! {
    /// Where a FRAME_SINK generator frame's yields go (`Vm::gen_drain`); each drain
    /// saves and restores it, so drains nest. Per thread, like the Vm, but kept out
    /// of the Vm so the fields machine code reads on every call keep their places.
    static SINK: std::cell::Cell<Sink> = const { std::cell::Cell::new(Sink::Off) };
}

/// The current drain sink (`SINK`).
#[inline]
pub fn sink_get() -> Sink {
    SINK.with(|s| s.get())
}

/// Install a drain sink (`SINK`).
#[inline]
pub fn sink_set(s: Sink) {
    SINK.with(|c| c.set(s));
}

/// The consumer a drained generator's yields go to (`SINK`, `Vm::gen_drain`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sink {
    /// No drain in progress: FRAME_SINK frames yield as usual.
    Off,
    /// Push onto `Vm::roots` while it is exactly `expect` long (the consumer's
    /// accumulator is its top; any other length means someone else is using it).
    Roots { expect: usize },
    /// Add to this set (rooted by the consumer, holding only plain keys) when the value
    /// is a plain key too, so hashing and comparing run no user code.
    PlainSet(Value),
    /// `sum()`: add to `acc` (a small int or a float, so never a heap object the
    /// collector would need to see) when the value is one too and so is the sum.
    Sum { acc: Value },
    /// `any()` (`stop_on` true) or `all()` (false): take values whose truth is plain
    /// (bool, None, number, str) and is not `stop_on`; the one that decides is
    /// declined, so the generator stays suspended after it, as in CPython.
    Truth { stop_on: bool },
}

/// The receiver kind a method or attribute site's IC key was recorded for: the
/// inverse of the key constructors here (`shape_key`/`instance_ic_key`,
/// `builtin_method_key`, `class_ic_key`/`class_plain_attr_key`, `super_ic_key`, the
/// module tag). The JIT reads it as a compile-time hint (it emits out-of-line probes
/// only for receiver kinds a site has seen), never as a fact.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum KeyReceiver {
    Empty,
    Instance,
    Builtin,
    Class,
    Super,
    Module,
}

pub fn ic_key_receiver(k: u64) -> KeyReceiver {
    let (top, low) = (k >> 48, k as u32);
    if k == 0 {
        KeyReceiver::Empty
    } else if k >> 32 == 0xFFFF_FFFF {
        KeyReceiver::Instance // `kiln_ic::shape_key`
    } else if top == MODULE_KEY_TAG >> 48 {
        KeyReceiver::Module
    } else if (0x8000..0xC000).contains(&top) {
        KeyReceiver::Super
    } else if low == CLASS_IC_KEY_LOW || low == CLASS_IC_KEY_LOW - 1 {
        KeyReceiver::Class
    } else if low & 0xFFFF_FF00 == 0xFFFF_FF00 {
        KeyReceiver::Builtin
    } else {
        KeyReceiver::Instance // class version << 32 | shape id
    }
}

/// IC key for a method load on a `super` object bound to an instance: bit 63 (no
/// class-version method key has it: their versions stay below 2**31; module keys have
/// top bits 0xFFFE), the version of the
/// instance's class (which changes with any class on its mro) and the version of the
/// start class (versions are never reused, so it names the class too). None for the
/// class form (`super(C, cls)`, classmethod binding) and for versions too large.
#[inline(always)]
fn super_ic_key(s: &SuperObj) -> Option<u64> {
    if s.obj == s.obj_type {
        return None;
    }
    let vo = s.obj_type.get::<ClassObj>()?.version();
    let vt = s.type_.get::<ClassObj>()?.version();
    // vo below 2**30: the top 16 bits stay within 0x8000..0xBFFF, never MODULE_KEY_TAG's.
    (vo != 0 && vt != 0 && vo < 1 << 30 && vt < 1 << 32).then_some(1 << 63 | vo << 32 | vt)
}

/// IC key for a method load on a builtin object (or a builtin-subclass instance without
/// an attribute dict): the type's version and the receiver's heap kind.
#[inline(always)]
fn builtin_method_key(o: Value) -> Option<u64> {
    let kind = o.kind()?;
    // The class as `ops::type_of` finds it, inline: this runs on every method load
    // from a builtin receiver (`items.append(x)`).
    let t = &rt().types;
    let or = |cls: Value, exact: Value| if cls.is_null() { exact } else { cls };
    let cls = match kind {
        heap::ObjKind::List => {
            let l = o.cast::<ListObj>();
            if !l.dict.is_null() {
                return None;
            }
            or(l.cls, t.list)
        }
        heap::ObjKind::Dict => {
            let d = o.cast::<DictObj>();
            if !d.dict.is_null() {
                return None;
            }
            or(d.cls, t.dict)
        }
        heap::ObjKind::Str => t.str,
        heap::ObjKind::Set | heap::ObjKind::Tuple => ops::type_of(o),
        _ => return None,
    };
    let c = cls.cast::<ClassObj>();
    if c.flags() & CF_GETATTRIBUTE != 0 {
        return None;
    }
    let version = c.version();
    (version != 0 && version < 1 << 31).then_some((version << 32) | 0xFFFF_FF00 | kind as u64)
}

/// The cached value of an attribute (`method == false`: slot index) or method
/// (`method == true`: function bits) site for instance `inst`: from the site's own entry,
/// or from the shared megamorphic cache, whose hits are validated (slot in range, value a
/// function) because its slots are shared by all sites.
#[inline(always)]
fn instance_site_lookup(e: &IcEntry, inst: &InstanceObj, name: Value, method: bool) -> Option<u64> {
    let key = instance_ic_key(inst)?;
    if !e.is_mega() {
        return e.lookup(key);
    }
    if method {
        mega_cache()
            .lookup(mega_key(key, name) ^ METHOD_SALT)
            .filter(|&f| Value(f).is_kind(heap::ObjKind::Func))
    } else {
        mega_cache()
            .lookup(mega_key(key, name))
            .filter(|&s| (s as usize) < inst.slots.len())
    }
}

// ---- fast paths shared by the interpreter and the JIT's helpers ---------------------
//
// Each returns None/false/`Slow` when it does not apply; the caller then runs the full
// operation (the interpreter inline, the JIT by handing the instruction to the
// interpreter), so these hold no semantics of their own beyond the cases they accept.

/// One step of a `for` loop over a range, list or tuple iterator.
pub enum IterStep {
    Next(Value),
    Done,
    Slow,
}

/// ForIter followed by `UnpackSequence 2`, in machine code: `enumerate` over a list,
/// tuple or range iterator, a two-way `zip` of such iterators, dict items, or a list or
/// tuple whose next item is a plain pair (tuple or list) — the
/// pair goes straight to `dst` (`dst[0]` the second item, `dst[1]` the first, as
/// UnpackSequence leaves them), without a tuple. Answers TRUE (written), ITER_DONE
/// (exhausted) or NULL: anything else, nothing consumed (the template's slow path,
/// `kiln_jit_for_iter_slow`, then does the whole step).
///
/// # Safety
/// `dst` addresses two operand-stack slots of the running frame.
pub unsafe extern "C" fn kiln_jit_for_iter_pair(it: u64, dst: *mut Value) -> u64 {
    let Some(io) = Value(it).get::<IterObj>() else {
        return Value::NULL.0;
    };
    let (first, second) = match &mut io.state {
        IterState::Enumerate { it: inner, n } if n.is_small() => match for_iter_fast(*inner) {
            IterStep::Next(x) => {
                let count = *n;
                *n = ops::new_int(count.as_small() + 1);
                (count, x)
            }
            IterStep::Done => return crate::jit::ITER_DONE_BITS,
            IterStep::Slow => return Value::NULL.0,
        },
        // The second iterator must be a plain one too: the first is advanced before it.
        IterState::Zip { its } if its.len() == 2 && plain_step_iter(its[1]) => {
            let (a, b) = (its[0], its[1]);
            let x = match for_iter_fast(a) {
                IterStep::Next(x) => x,
                IterStep::Done => return crate::jit::ITER_DONE_BITS,
                IterStep::Slow => return Value::NULL.0,
            };
            match for_iter_fast(b) {
                IterStep::Next(y) => (x, y),
                _ => return crate::jit::ITER_DONE_BITS,
            }
        }
        IterState::Dict {
            d,
            i,
            expected_len,
            mode: 2,
        } => {
            let table = &d.cast::<DictObj>().table;
            if table.len() != *expected_len {
                return Value::NULL.0; // the slow path raises the RuntimeError
            }
            loop {
                let Some(e) = table.entry(*i) else {
                    return crate::jit::ITER_DONE_BITS;
                };
                *i += 1;
                if !e.key.is_null() {
                    break (e.key, e.value);
                }
            }
        }
        // A list or tuple of pairs (`for (o, s) in self.objects`): the next item is
        // unpacked in place when `unpack_fast` takes it, and only then consumed.
        IterState::Seq { seq, i } => {
            let item = match seq.get::<ListObj>() {
                Some(l) if l.cls.is_null() => l.items.get(*i),
                Some(_) => None,
                None => seq.get::<TupleObj>().and_then(|t| t.items.get(*i).copied()),
            };
            return match item {
                Some(item) if unpack_fast(item, std::slice::from_raw_parts_mut(dst, 2)) => {
                    *i += 1;
                    Value::TRUE.0
                }
                _ => Value::NULL.0,
            };
        }
        _ => return Value::NULL.0,
    };
    *dst = second;
    *dst.add(1) = first;
    Value::TRUE.0
}

/// Whether `for_iter_fast` steps `it` itself (a range, list or tuple iterator).
fn plain_step_iter(it: Value) -> bool {
    it.get::<IterObj>().is_some_and(|io| match &io.state {
        IterState::Range { .. } => true,
        IterState::Seq { seq, .. } => {
            seq.is_kind(heap::ObjKind::List) || seq.is_kind(heap::ObjKind::Tuple)
        }
        _ => false,
    })
}

#[inline(always)]
pub fn for_iter_fast(it: Value) -> IterStep {
    match it.get::<IterObj>() {
        Some(IterObj {
            state:
                IterState::Range {
                    next,
                    step,
                    remaining,
                },
        }) => {
            if *remaining > 0 {
                let v = *next;
                *next = next.wrapping_add(*step);
                *remaining -= 1;
                IterStep::Next(ops::new_int(v))
            } else {
                IterStep::Done
            }
        }
        // Lists and tuples: re-read the length every step, as CPython.
        Some(IterObj {
            state: IterState::Seq { seq, i },
        }) if seq.is_kind(heap::ObjKind::List) || seq.is_kind(heap::ObjKind::Tuple) => {
            let item = match seq.get::<ListObj>() {
                Some(l) => l.items.get(*i),
                None => seq.cast::<TupleObj>().items.get(*i).copied(),
            };
            match item {
                Some(v) => {
                    *i += 1;
                    IterStep::Next(v)
                }
                None => {
                    it.cast::<IterObj>().state = IterState::Exhausted;
                    IterStep::Done
                }
            }
        }
        // A str's chars (ASCII ones are shared singletons; others are allocated).
        Some(IterObj {
            state: IterState::Str { s, byte_pos },
        }) => match ops::str_of(*s)[*byte_pos..].chars().next() {
            Some(c) => {
                *byte_pos += c.len_utf8();
                IterStep::Next(ops::char_str(c))
            }
            None => IterStep::Done,
        },
        _ => IterStep::Slow,
    }
}

/// `o[k]` for a list or tuple (not a subclass instance, which may override
/// `__getitem__`) indexed by a small int in range.
#[inline(always)]
pub fn subscr_fast(o: Value, k: Value) -> Option<Value> {
    if let Some(d) = o.get::<DictObj>() {
        return dict_subscr_fast(d, k);
    }
    if !k.is_small() {
        return None;
    }
    let i = k.as_small();
    match o.kind() {
        Some(heap::ObjKind::List) => {
            let l = o.cast::<ListObj>();
            if l.cls.is_null() {
                return l.items.get_signed(i);
            }
            None
        }
        Some(heap::ObjKind::Tuple) => {
            let t = o.cast::<TupleObj>();
            if t.cls.is_null() {
                let n = t.items.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if (0..n).contains(&j) {
                    return Some(t.items[j as usize]);
                }
            }
            None
        }
        _ => None,
    }
}

/// `d[k]` of a plain dict holding a str or small-int key, found without running Python
/// code (identity or builtin equality); None (the full operation: a missing key's
/// KeyError, user keys) otherwise. The equality callback, which only user-defined
/// `__eq__` would reach, answers "not equal", so a hit is always a real match.
#[inline]
fn dict_subscr_fast(d: &DictObj, k: Value) -> Option<Value> {
    if !d.cls.is_null() {
        return None;
    }
    let h = if k.is_small() {
        ops::hash_i64(k.as_small())
    } else {
        k.get::<StrObj>()?.hash()
    };
    d.table.get(h, k, &mut |_, _| Ok(false)).ok().flatten()
}

/// `o[k] = v` for a plain list indexed by a small int in range.
#[inline(always)]
pub fn store_subscr_fast(o: Value, k: Value, v: Value) -> bool {
    if k.is_small() {
        if let Some(l) = o.get::<ListObj>().filter(|l| l.cls.is_null()) {
            return l.items.set_signed(k.as_small(), v);
        }
    }
    false
}

/// LoadAttr's IC hit: an instance slot keyed by (class version, shape id), or a
/// class-dict value keyed by the class version (`Strength.REQUIRED`, `C.method`).
#[inline(always)]
pub fn load_attr_cached(e: &IcEntry, o: Value, name: Value) -> Option<Value> {
    if let Some(inst) = o.get::<InstanceObj>() {
        if let Some(i) = e.slot_for(inst.shape_id()) {
            ic_hit(e, IcKind::Attr);
            return Some(inst.slots.get(i).unwrap_or(Value::NULL));
        }
        if let Some(w) = instance_site_lookup(e, inst, name, false) {
            ic_hit(e, IcKind::Attr);
            if w >= 1 << 32 {
                // A plain class attribute's value (see `attr_ic_miss`).
                return Some(Value(w));
            }
            return Some(inst.slots.get(w as usize).unwrap_or(Value::NULL));
        }
    }
    if let Some(c) = o.get::<ClassObj>() {
        if let Some(v) = class_ic_key(c).and_then(|k| e.lookup(k)) {
            ic_hit(e, IcKind::Attr);
            return Some(Value(v));
        }
    }
    module_attr_cached(e, o, name)
}

// ---- module attribute ICs ----------------------------------------------------------
//
// `math.sqrt`, `random.random`: keyed by the module's identity (tagged so it never
// equals a class-version key), caching (module dict keys version << 32 | entry index);
// a hit re-checks the keys version and that the entry still holds this name, then reads
// the entry's current value, so rebinding a module global is seen at once.

pub const MODULE_KEY_TAG: u64 = 0xFFFE << 48;

#[inline(always)]
fn module_attr_cached(e: &IcEntry, o: Value, name: Value) -> Option<Value> {
    let m = o.get::<ModuleObj>()?;
    let w = e.lookup(MODULE_KEY_TAG | o.ptr_bits())?;
    let t = &m.dict.cast::<DictObj>().table;
    if t.keys_version() != (w >> 32) as u32 {
        return None;
    }
    t.keyed_entry((w & 0xFFFF_FFFF) as usize, name)
}

#[cold]
fn module_attr_ic_miss(e: &IcEntry, o: Value, name: Value, v: Value) {
    let Some(m) = o.get::<ModuleObj>() else {
        return;
    };
    let Some(s) = name.get::<StrObj>() else {
        return;
    };
    let t = &m.dict.cast::<DictObj>().table;
    // Version first: a change after this read makes the cached word stale, never wrong.
    let kv = t.keys_version();
    if let Some(i) = t.index_by_identity(s.hash(), name) {
        if i <= u32::MAX as usize && t.key_value(i) == Some((name, v)) {
            e.record(
                MODULE_KEY_TAG | o.ptr_bits(),
                ((kv as u64) << 32) | i as u64,
            );
        }
    }
}

/// StoreAttr's IC hit (`key`: the instance's IC key): an existing slot, or a cached
/// shape transition appending a slot. False: not cached (nothing was stored).
#[inline(always)]
pub fn store_attr_cached(e: &IcEntry, o: Value, key: Option<u64>, v: Value) -> bool {
    let Some(k) = key else { return false };
    if let Some(i) = e.slot_for(k as u32) {
        ic_hit(e, IcKind::StoreAttr);
        o.cast::<InstanceObj>().slots.set(i, v);
        return true;
    }
    let Some(val) = e.lookup(k) else { return false };
    ic_hit(e, IcKind::StoreAttr);
    let inst = o.cast::<InstanceObj>();
    if val < TRANSITION_MIN {
        inst.slots.set(val as usize, v);
        return true;
    }
    // Cached shape transition: the attribute is new and goes into the next slot of the
    // (immortal) child shape — unless another thread changed the shape meanwhile.
    // SAFETY: transition values are addresses of immortal shapes (store_attr_ic_miss).
    let s: &'static crate::shape::Shape = unsafe { &*(val as *const crate::shape::Shape) };
    let mut w = inst.slots.lock();
    if inst.shape_id() == k as u32 {
        w.push(v);
        inst.publish_shape(s);
        return true;
    }
    false
}

/// LoadMethod's IC hit, as the (method, self) pair to push: a plain function on the
/// class of an instance whose shape has no attribute of that name, or a builtin method
/// keyed by the receiver's type version and kind (list.append, str.join, ...), both with
/// `o` as self; or a module attribute, as (NULL, attribute).
#[inline(always)]
pub fn load_method_cached(e: &IcEntry, o: Value, name: Value) -> Option<(Value, Value)> {
    if let Some(inst) = o.get::<InstanceObj>() {
        if let Some(f) = e.lookup(kiln_ic::shape_key(inst.shape_id())) {
            ic_hit(e, IcKind::Method);
            return Some((Value(f), o));
        }
        if let Some(f) = instance_site_lookup(e, inst, name, true) {
            ic_hit(e, IcKind::Method);
            if f < 1 << 32 {
                // An instance slot holding the callable (see method_ic_miss).
                return inst.slots.get(f as usize).map(|v| (Value::NULL, v));
            }
            return Some((Value(f), o));
        }
    }
    if let Some(key) = builtin_method_key(o) {
        if let Some(f) = e.lookup(key) {
            ic_hit(e, IcKind::Method);
            return Some((Value(f), o));
        }
    }
    if let Some(sup) = o.get::<SuperObj>() {
        // `super().m(...)`: the function past the start class, for the instance.
        if let Some(f) = super_ic_key(sup).and_then(|k| e.lookup(k)) {
            ic_hit(e, IcKind::Method);
            return Some((Value(f), sup.obj));
        }
    }
    if let Some(c) = o.get::<ClassObj>() {
        // A classmethod called on its class (`Strength.stronger(a, b)`): the function
        // with the class as its first argument (see `ops::load_method`).
        if let Some(f) = class_ic_key(c).and_then(|k| e.lookup(k)) {
            ic_hit(e, IcKind::Method);
            return Some((Value(f), o));
        }
        // A class attribute called as it is (`object.__new__(cls)`).
        if let Some(v) = class_plain_attr_key(c).and_then(|k| e.lookup(k)) {
            ic_hit(e, IcKind::Method);
            return Some((Value::NULL, Value(v)));
        }
    }
    module_attr_cached(e, o, name).map(|v| (Value::NULL, v))
}

/// Layout facts for the JIT's inline call path (byte offsets; `Vm` is repr(Rust), so
/// they come from `offset_of!` here, next to the private fields).
pub mod call_layout {
    use super::Vm;
    use crate::bytecode::CodeObject;
    use crate::heap::Obj;
    use crate::object::{CodeObj, FuncObj};
    pub const VM_TOP: usize = std::mem::offset_of!(Vm, top);
    pub const VM_LIMIT: usize = std::mem::offset_of!(Vm, limit);
    pub const VM_FRAME: usize = std::mem::offset_of!(Vm, frame);
    pub const VM_HANDLED: usize = std::mem::offset_of!(Vm, handled);
    pub const VM_DEPTH: usize = std::mem::offset_of!(Vm, depth);
    pub const VM_RECURSION_LIMIT: usize = std::mem::offset_of!(Vm, recursion_limit);
    pub const VM_SERIAL: usize = std::mem::offset_of!(Vm, serial);
    pub const VM_NATIVE_FLOOR: usize = std::mem::offset_of!(Vm, native_stack_floor);
    pub const VM_YIELDED: usize = std::mem::offset_of!(Vm, yielded);
    pub const GEN_PC: usize = std::mem::offset_of!(Obj<crate::object::GenObj>, data)
        + std::mem::offset_of!(crate::object::GenObj, pc);
    pub const FUNC_CODE: usize =
        std::mem::offset_of!(Obj<FuncObj>, data) + std::mem::offset_of!(FuncObj, code);
    pub const FUNC_GLOBALS: usize =
        std::mem::offset_of!(Obj<FuncObj>, data) + std::mem::offset_of!(FuncObj, globals);
    /// The positional defaults: a tuple, or NULL.
    pub const FUNC_DEFAULTS: usize =
        std::mem::offset_of!(Obj<FuncObj>, data) + std::mem::offset_of!(FuncObj, defaults);
    /// From a code object's heap header to its `CodeObject`.
    pub const CODEOBJ_CODE: usize =
        std::mem::offset_of!(Obj<CodeObj>, data) + std::mem::offset_of!(CodeObj, code);
    pub const CODE_JIT_CALL: usize = std::mem::offset_of!(CodeObject, jit_call);
    pub const CODE_ARGCOUNT: usize = std::mem::offset_of!(CodeObject, argcount);
    pub const CODE_FRAME_WORDS: usize = std::mem::offset_of!(CodeObject, frame_words);
    pub const CODE_LOCAL_COUNT: usize = std::mem::offset_of!(CodeObject, local_count);
    pub const CODE_JIT_ENTRY: usize =
        std::mem::offset_of!(CodeObject, jit) + kiln_threads::publish::CodeSlot::entry_offset();
}

/// Continue a machine-code frame whose instruction at `pc` raised (the inline call
/// path's exit; step protocol).
///
/// # Safety
/// `vm` is this thread's Vm and `f` its innermost frame.
pub unsafe extern "C" fn kiln_jit_unwind(vm: *mut Vm, f: *mut Frame, pc: u64) -> u64 {
    (*f).pc = pc as u32;
    jit_unwind(&mut *vm, f)
}

/// `UnpackSequence` of a plain tuple or list of exactly `dst.len()` items: the items,
/// last first, straight into `dst` (the operand stack). False (nothing written that
/// matters) for anything else.
#[inline(always)]
pub fn unpack_fast(seq: Value, dst: &mut [Value]) -> bool {
    let n = dst.len();
    if let Some(t) = seq
        .get::<TupleObj>()
        .filter(|t| t.items.len() == n && t.cls.is_null())
    {
        for (i, d) in dst.iter_mut().enumerate() {
            *d = t.items[n - 1 - i];
        }
        return true;
    }
    // One snapshot of exactly n items.
    seq.get::<ListObj>()
        .is_some_and(|l| l.cls.is_null() && l.items.copy_rev_exact(dst))
}

/// PopJumpIfFalse/True and JumpIfFalse/TrueOrPop beyond the template's
/// bool/None/small-int cases (step protocol): the truth of the top value by
/// `ops::truthy` picks the successor (the stack depths are static: nothing to pop).
///
/// # Safety
/// As `kiln_jit_call`, for one of those four instructions.
pub unsafe extern "C" fn kiln_jit_pop_jump(vm: *mut Vm, f: *mut Frame, pc: u64) -> u64 {
    let vm = &mut *vm;
    let ins = (&*(*f).code).instrs[pc as usize];
    (*f).pc = pc as u32;
    let v = *stack_at(f, pc as usize).sub(1);
    match ops::truthy(vm, v) {
        Ok(t) if t == matches!(ins.op, Op::PopJumpIfTrue | Op::JumpIfTrueOrPop) => ins.arg as u64,
        Ok(_) => pc + 1,
        Err(_) => jit_unwind(vm, f),
    }
}

/// GetIter's template helper (step protocol).
///
/// # Safety
/// As `kiln_jit_call`, for a GetIter.
pub unsafe extern "C" fn kiln_jit_get_iter(vm: *mut Vm, f: *mut Frame, pc: u64) -> u64 {
    let vm = &mut *vm;
    (*f).pc = pc as u32;
    let top = stack_at(f, pc as usize).sub(1);
    match ops::get_iter(vm, *top) {
        Ok(v) => {
            *top = v;
            pc + 1
        }
        Err(_) => jit_unwind(vm, f),
    }
}

/// Template helpers in the step protocol for instructions whose whole effect is one
/// runtime call: `$pops` operands are consumed (the top at `sp[-1]`), the result (if
/// any) replaces the deepest one, and a raise unwinds through the frame's handlers —
/// exactly the interpreter's arm for that instruction.
/// The IC entry of the instruction at the frame's pc.
///
/// # Safety
/// `f` is a live frame.
unsafe fn site_ic<'a>(f: *mut Frame) -> &'a IcEntry {
    let code = &*(*f).code;
    code.ic.get(code.instrs[(*f).pc as usize].ic)
}

macro_rules! step_helpers {
    ($($(#[$doc:meta])* $name:ident: pops $pops:expr, |$vm:ident, $f:ident, $sp:ident, $arg:ident| $body:expr;)*) => {
        $(
            $(#[$doc])*
            ///
            /// # Safety
            /// `vm` is this thread's Vm, `f` its innermost frame, `pc` the instruction
            /// this helper implements, with its operands on the operand stack, `sp` that
            /// stack's top (`stack_at(f, pc)`) and `arg` the instruction's argument (the
            /// compiled code passes both, as it knows them: nothing is decoded here).
            pub unsafe extern "C" fn $name(
                vm: *mut Vm,
                f: *mut Frame,
                pc: u64,
                sp: *mut Value,
                arg: u64,
            ) -> u64 {
                let $vm = &mut *vm;
                let $f = f;
                (*f).pc = pc as u32;
                debug_assert_eq!(sp, stack_at(f, pc as usize));
                let $sp = sp;
                let $arg = arg as u32;
                let _ = ($arg, $f);
                let r: PyResult<Option<Value>> = $body;
                match r {
                    Ok(v) => {
                        if let Some(v) = v {
                            *$sp.sub($pops) = v;
                        }
                        pc + 1
                    }
                    Err(_) => jit_unwind($vm, f),
                }
            }
        )*
    };
}

step_helpers! {
    /// MakeFunction (`def`, `lambda`, comprehensions): `ops::make_function` on the
    /// code object (top) and, below it, the closure, annotations, kw-defaults and
    /// defaults its flags say are there.
    kiln_jit_make_function: pops make_function_operands(arg), |vm, f, sp, arg| {
        let mut at = sp.sub(1);
        let codev = *at;
        let mut take = |flag: u32| {
            if arg & flag != 0 {
                at = at.sub(1);
                *at
            } else {
                Value::NULL
            }
        };
        let closure = take(8);
        let annotations = take(4);
        let kwdefaults = take(2);
        let defaults = take(1);
        let func = ops::make_function(codev, (*f).globals, defaults, kwdefaults, closure);
        if !annotations.is_null() {
            ops::set_function_annotations(func, annotations);
        }
        Ok(Some(func))
    };
    /// BuildString (f-strings): the str pieces joined.
    kiln_jit_build_string: pops arg as usize, |vm, f, sp, arg| {
        Ok(Some(ops::concat_strs(std::slice::from_raw_parts(sp.sub(arg as usize), arg as usize))))
    };
    /// FormatValue: `ops::format_value` of the value (below the spec, if any).
    kiln_jit_format_value: pops 1 + ((arg >> 2) & 1) as usize, |vm, f, sp, arg| {
        let (v, spec) = if arg & 4 != 0 { (*sp.sub(2), *sp.sub(1)) } else { (*sp.sub(1), Value::NULL) };
        ops::format_value(vm, v, arg & 3, spec).map(Some)
    };
    /// SetAdd (set comprehensions): add the top to the set `arg` below it.
    kiln_jit_set_add: pops 1, |vm, f, sp, arg| {
        ops::set_add(vm, *sp.sub(1 + arg as usize), *sp.sub(1)).map(|_| None)
    };
    /// MapAdd (dict comprehensions): key and value into the dict `arg` below them.
    kiln_jit_map_add: pops 2, |vm, f, sp, arg| {
        ops::dict_set(vm, *sp.sub(2 + arg as usize), *sp.sub(2), *sp.sub(1)).map(|_| None)
    };
    /// ListExtend (`[*a, *b]`, star-args): extend the list `arg` below with the top.
    kiln_jit_list_extend: pops 1, |vm, f, sp, arg| {
        ops::list_extend_unpack(vm, *sp.sub(1 + arg as usize), *sp.sub(1)).map(|_| None)
    };
    /// SetUpdate (`{*a, *b}`): update the set `arg` below with the top.
    kiln_jit_set_update: pops 1, |vm, f, sp, arg| {
        ops::set_update(vm, *sp.sub(1 + arg as usize), *sp.sub(1)).map(|_| None)
    };
    /// DictUpdate (`{**a, **b}`): update the dict `arg` below with the top.
    kiln_jit_dict_update: pops 1, |vm, f, sp, arg| {
        ops::dict_update_mapping(vm, *sp.sub(1 + arg as usize), *sp.sub(1)).map(|_| None)
    };
    /// ListToTuple (star-args): the list on top as a tuple.
    kiln_jit_list_to_tuple: pops 1, |vm, f, sp, arg| Ok(Some(ops::list_to_tuple(*sp.sub(1))));
    /// BuildMap: `ops::build_map` of the `arg` key/value pairs on the stack.
    kiln_jit_build_map: pops 2 * arg as usize, |vm, f, sp, arg| {
        let n = 2 * arg as usize;
        ops::build_map(vm, std::slice::from_raw_parts(sp.sub(n), n)).map(Some)
    };
    /// BuildSet: `ops::build_set` of the `arg` values on the stack.
    kiln_jit_build_set: pops arg as usize, |vm, f, sp, arg| {
        let n = arg as usize;
        ops::build_set(vm, std::slice::from_raw_parts(sp.sub(n), n)).map(Some)
    };
    /// BinarySubscr beyond its fast path: `getitem_at_site`.
    kiln_jit_getitem: pops 2, |vm, f, sp, arg| {
        getitem_at_site(vm, site_ic(f), *sp.sub(2), *sp.sub(1)).map(Some)
    };
    /// StoreSubscr beyond its fast path: `setitem_at_site` (stack: value, container,
    /// key).
    kiln_jit_setitem: pops 3, |vm, f, sp, arg| {
        setitem_at_site(vm, site_ic(f), *sp.sub(2), *sp.sub(1), *sp.sub(3)).map(|_| None)
    };
    /// ContainsOp: `ops::contains`, negated for `not in`.
    kiln_jit_contains: pops 2, |vm, f, sp, arg| {
        ops::contains(vm, *sp.sub(1), *sp.sub(2)).map(|r| Some(Value::bool(r != (arg != 0))))
    };
    /// StoreGlobal: `ops::store_global` into the frame's globals.
    kiln_jit_store_global: pops 1, |vm, f, sp, arg| {
        let code = &*(*f).code;
        let ins = code.instrs[(*f).pc as usize];
        let name = code.names[arg as usize];
        ops::store_global(vm, (*f).globals, name, *sp.sub(1), code.ic.get(ins.ic)).map(|_| None)
    };
}

/// `for a, b in ...` beyond `kiln_jit_for_iter_pair` (step protocol): as the
/// interpreter's ForIter, a pair goes straight to the two slots (the UnpackSequence is
/// skipped), anything else through `ops::iter_next`, continuing at the UnpackSequence.
/// Exhaustion continues at the loop's exit. (Single-target loops use
/// `kiln_jit_for_iter_next`.)
///
/// # Safety
/// As `kiln_jit_call`, for a ForIter.
pub unsafe extern "C" fn kiln_jit_for_iter_slow(vm: *mut Vm, f: *mut Frame, pc: u64) -> u64 {
    let sp = stack_at(f, pc as usize);
    let it = *sp.sub(1);
    let vm = &mut *vm;
    let code = &*(*f).code;
    let ins = code.instrs[pc as usize];
    (*f).pc = pc as u32;
    feedback(
        code.ic.get(ins.ic),
        IcKind::Iter,
        type_pair(it, Value::NONE),
    );
    // As the interpreter's ForIter: a pair for the UnpackSequence 2 that follows goes
    // straight to the stack, and that instruction is skipped.
    if code
        .instrs
        .get(pc as usize + 1)
        .is_some_and(|&i| is_unpack2(i))
    {
        match ops::iter_next_pair(vm, it) {
            Ok(Some(Some((a, b)))) => {
                *sp = b;
                *sp.add(1) = a;
                return pc + 2;
            }
            Ok(Some(None)) => return ins.arg as u64,
            Ok(None) => {}
            Err(_) => return jit_unwind(vm, f),
        }
    }
    match ops::iter_next(vm, it) {
        Ok(Some(v)) => {
            *sp = v;
            pc + 1
        }
        Ok(None) => ins.arg as u64,
        Err(_) => jit_unwind(vm, f),
    }
}

/// BinaryOp's template helper beyond its inline cases (the template stored the frame's
/// pc): the site's planned call (a user dunder), else `ops::binary_op` with the types
/// recorded in the site's IC, as the interpreter does. Returns the result, or
/// RAISED_BITS with the exception pending; the template writes the result over the
/// operands and goes on.
///
/// # Safety
/// As `kiln_jit_compare_values`.
pub unsafe extern "C" fn kiln_jit_binary_values(
    vm: *mut Vm,
    a: u64,
    b: u64,
    arg: u64,
    ic: *const IcEntry,
) -> u64 {
    // The interpreter's fast paths first: the templates inline most of them, but not
    // `**` (nbody's `d ** -1.5`).
    if let Some(r) = binop_fast(BinOpKind::from_arg(arg as u32), Value(a), Value(b)) {
        return r.0;
    }
    result_bits(binary_op_site(
        &mut *vm,
        &*ic,
        arg as u32,
        Value(a),
        Value(b),
    ))
}

/// BinaryOp beyond the inline int/float cases, in both tiers: the site's planned call
/// (a user dunder), else `ops::binary_op`, recording the operand types in the site's IC.
fn binary_op_site(vm: &mut Vm, e: &IcEntry, arg: u32, a: Value, b: Value) -> PyResult<Value> {
    let (kind, inplace) = (BinOpKind::from_arg(arg), arg & INPLACE != 0);
    match binary_op_planned(vm, e, kind, inplace, a, b) {
        Some(r) => r,
        None => {
            feedback(e, IcKind::BinOp, type_pair(a, b));
            ops::binary_op(vm, kind, inplace, a, b)
        }
    }
}

/// CompareOp beyond the inline int/float cases, in both tiers: `ops::compare`,
/// recording the operand types in the site's IC.
fn compare_site(vm: &mut Vm, e: &IcEntry, arg: u32, a: Value, b: Value) -> PyResult<Value> {
    feedback(e, IcKind::Compare, type_pair(a, b));
    ops::compare(vm, CmpKind::from_arg(arg), a, b)
}

/// LoadAttr's template helper when the IC did not answer (the template stored the
/// frame's pc): the full lookup and the entry's update, as the interpreter does
/// (`load_attr_miss`; properties and `__getattr__` run Python code here). Returns the
/// attribute, or RAISED_BITS with the exception pending.
///
/// # Safety
/// `vm` is this thread's Vm, `o` a live operand of the innermost frame, `ic` the
/// instruction's IC entry.
pub unsafe extern "C" fn kiln_jit_load_attr_miss(
    vm: *mut Vm,
    o: u64,
    name: u64,
    ic: *const IcEntry,
) -> u64 {
    result_bits(load_attr_miss(&mut *vm, &*ic, Value(o), Value(name)))
}

/// CompareOp's template helper beyond the int/float fast paths (the template stored the
/// frame's pc): `ops::compare` of the two operands, recording the types seen in the
/// site's IC as the interpreter does. Returns the result, or RAISED_BITS with the
/// exception pending. The template writes the result in place of the operands and
/// continues at the next instruction, so no step-protocol decoding is needed.
///
/// # Safety
/// `vm` is this thread's Vm, `a` and `b` live operands of the innermost frame, `ic` the
/// instruction's IC entry.
pub unsafe extern "C" fn kiln_jit_compare_values(
    vm: *mut Vm,
    a: u64,
    b: u64,
    arg: u64,
    ic: *const IcEntry,
) -> u64 {
    result_bits(compare_site(&mut *vm, &*ic, arg as u32, Value(a), Value(b)))
}

/// ForIter's template helper beyond its inline range/list/tuple steps (the template
/// stored the frame's pc): the next item of any iterator (`ops::iter_next`; a compiled
/// generator runs its machine code, `map` and user `__next__` run Python code),
/// recording the first iterator type the site sees (as the inline paths do). Answers TRUE
/// with the item in `*dst` (the pushed slot), ITER_DONE_BITS at the end, or RAISED_BITS
/// with the exception pending (the template unwinds). The step protocol's decoding of
/// the instruction is not needed: the template knows the slot and the exit.
///
/// # Safety
/// `vm` is this thread's Vm, `it` an iterator held by the innermost frame's operand
/// stack, `dst` the stack slot above it, `ic` the instruction's IC entry.
pub unsafe extern "C" fn kiln_jit_for_iter_next(
    vm: *mut Vm,
    it: u64,
    dst: *mut Value,
    ic: *const IcEntry,
) -> u64 {
    let it = Value(it);
    // As the inline fast paths: only the site's first observation is recorded.
    feedback_once(&*ic, IcKind::Iter, type_pair(it, Value::NONE));
    let next = if it.is_kind(heap::ObjKind::Generator) {
        // Straight to the resumption (`iter_next` is one call more).
        (*vm).gen_next(it)
    } else {
        match for_iter_fast(it) {
            IterStep::Next(v) => Ok(Some(v)),
            IterStep::Done => Ok(None),
            IterStep::Slow => ops::iter_next(&mut *vm, it),
        }
    };
    match next {
        Ok(Some(v)) => {
            *dst = v;
            Value::TRUE.0
        }
        Ok(None) => crate::jit::ITER_DONE_BITS,
        Err(_) => crate::jit::RAISED_BITS,
    }
}

/// Send's template helper (step protocol): `[iterator, value]` becomes
/// `[iterator, yielded]` (next instruction) or `[return value]` (the loop's exit).
/// Generators are resumed natively by `send_to`, so a compiled one runs its machine
/// code; the interpreter instead links them into its own dispatch loop.
///
/// # Safety
/// As `kiln_jit_for_iter_slow`, for a Send of f's code.
pub unsafe extern "C" fn kiln_jit_send(vm: *mut Vm, f: *mut Frame, pc: u64) -> u64 {
    let sp = stack_at(f, pc as usize);
    let (it, v) = (*sp.sub(2), *sp.sub(1));
    let vm = &mut *vm;
    (*f).pc = pc as u32;
    match send_to(vm, it, v) {
        Ok(Ok(x)) => {
            *sp.sub(1) = x;
            pc + 1
        }
        Ok(Err(ret)) => {
            *sp.sub(2) = ret;
            (&*(*f).code).instrs[pc as usize].arg as u64
        }
        Err(_) => jit_unwind(vm, f),
    }
}

/// MakeFunction's operand count for flags `arg` (the opcode table's pops).
fn make_function_operands(arg: u32) -> usize {
    Op::MakeFunction.pops(arg) as usize
}

/// An `UnpackSequence 2` (the `a, b` of `for a, b in ...`).
#[inline(always)]
fn is_unpack2(ins: crate::bytecode::Instr) -> bool {
    ins.op == Op::UnpackSequence && ins.arg == 2
}
