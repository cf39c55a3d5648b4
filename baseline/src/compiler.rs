//! The baseline compiler: one pass over a code object's instructions, copying one
//! template per instruction (`templates.rs`), then the out-of-line slow paths, the
//! shared exit stubs and the pc table; the result is installed in code memory.
//!
//! Layout of a compiled function (all position independent, so it is assembled at
//! address 0 into a private buffer and copied into executable memory as is):
//!
//! ```text
//! entry           the native entry (from Rust): save callee-saved registers, pin
//!                 vm/specials, call ->inner, restore, return
//! ->inner         the JIT-to-JIT entry (`INNER_ENTRY_OFFSET` past the native one): push
//!                 rbp, pin frame/stack, dispatch on pc; a JIT caller already has vm and
//!                 specials pinned and re-pins its own frame/stack after the call
//! body            instruction 0's template, instruction 1's, ... (a dynamic label each)
//! cold blocks     the less likely halves of templates (`Cx::cold`)
//! slow paths      one stub per guarded fast path: call kiln_jit_step, resume
//! ->resume        step result: returned / raised / continue at pc (indirect via table)
//! ->epilogue      pop rbp, return rax (to the native entry or a JIT caller)
//! ->pctable       i32 per instruction: its template's offset from the table
//! ```

use crate::templates;
use dynasmrt::x64::X64Relocation;
use dynasmrt::{AssemblyOffset, DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler};
use kiln_runtime::bytecode::{CodeObject, Instr, Op};
use kiln_runtime::interp::{FRAME_SLOTS_OFFSET, VM_JIT_RET_OFFSET};
use kiln_runtime::jit::{RAISED_BITS, STEP_RAISED, STEP_RETURNED};
use kiln_runtime::value::NONE_BITS;

/// Byte distance from a compiled function's native entry to its JIT-to-JIT entry
/// (`->inner`): the native entry's code is the same for every function, so the Call
/// template reaches the inner entry from the published entry pointer with one `add`.
/// `assemble` checks it.
pub const INNER_ENTRY_OFFSET: i32 = 38;

/// Calls and back-edges between two safepoint polls (the countdown is
/// `Vm::jit_budget`, which the allocator cuts short when it wants a collection).
pub const BACKEDGE_BUDGET: i32 = kiln_runtime::interp::JIT_POLL_BUDGET as i32;

/// The project's `dynasm!` wrapper: x64, with the pinned registers named.
///
/// * `vm` (r12): the thread's `Vm` — the thread-state register
/// * `frame` (r13): the running `Frame` (interpreter layout)
/// * `stk` (r14): the frame's operand stack base; stack slot k is `[stk + 8*k]`
/// * `specials` (rbx): `NONE_BITS`; False, True and NULL are `specials + 2, 3, 5`
///
/// All four are callee-saved in the SysV ABI, so they survive helper calls; the
/// prologue saves exactly these (and rbp). The safepoint-poll countdown is the memory
/// word `[vm + VM_JIT_BUDGET_OFFSET]` (`Vm::jit_budget`).
macro_rules! jit {
    ($ops:expr; $($t:tt)*) => {
        dynasmrt::dynasm!($ops
            ; .arch x64
            ; .alias vm, r12
            ; .alias frame, r13
            ; .alias stk, r14
            ; .alias specials, rbx
            ; $($t)*
        )
    };
}
pub(crate) use jit;

/// One function being compiled.
pub struct Cx<'a> {
    pub ops: VecAssembler<X64Relocation>,
    pub code: &'a CodeObject,
    /// The template of instruction i starts at `labels[i]`.
    pub labels: Vec<DynamicLabel>,
    /// Out-of-line slow paths still to emit: (label, instruction index, helper).
    slow: Vec<(DynamicLabel, usize, usize)>,
    /// Out-of-line parts of templates still to emit: (instruction index, emitter).
    cold: Vec<(usize, ColdBlock)>,
    /// The instruction being compiled.
    pub pc: usize,
    /// Count instructions executed in machine code (`--stats`).
    count_instrs: bool,
    /// Where each instruction's template starts (for `--dump-asm`).
    pub starts: Vec<AssemblyOffset>,
    /// Instructions reached other than by falling through: branch targets and
    /// exception handlers (dispatch re-entries after a step land only after the
    /// instruction stepped, so they see what falling through would).
    targets: Vec<bool>,
    /// The locals definitely bound before each instruction (`bytecode::bound_locals`).
    bound: Vec<u64>,
    /// Instructions a template jumps to past its successor (a fused branch's, a
    /// skipped BinarySubscr's): reached other than by falling through, like `targets`.
    skipped: Vec<std::cell::Cell<bool>>,
    /// The value cache (`Cx::load`): where rax's value also lives when the current
    /// template starts, if it falls through from one that said so (`Cx::rax_holds`).
    incoming: Option<Home>,
    /// What the template being emitted declared about rax at its end.
    rax_after: Option<Home>,
    /// Per instruction: the operand-stack slot its template took from rax instead of
    /// loading it. Every other way in (the pc table's dispatch, a slow path continuing
    /// at it) goes through a stub that loads rax first (`reload_stubs`).
    reload: Vec<Option<i32>>,
    /// Stub labels for `reload` instructions, made when first needed.
    reload_stub: Vec<Option<DynamicLabel>>,
    /// The template being emitted continues to its successor's label from a step
    /// emitted inline (before the successor's template exists): it may not declare rax.
    stepped_inline: bool,
    /// The function's shared frame-push-and-call stub (`templates::enter_stub`), made
    /// when a template first needs it.
    pub enter_stub: Option<DynamicLabel>,
}

/// Where a value in rax also lives: an operand-stack slot or a local, as a displacement
/// from `stk` or `frame`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Home {
    Stack(i32),
    Local(i32),
}

/// Code a template keeps out of line (`Cx::cold`).
type ColdBlock = Box<dyn FnOnce(&mut Cx)>;

impl<'a> Cx<'a> {
    /// Emit `block` out of line, after the body (with `pc` still the current
    /// instruction, so its slow paths belong to it): for the less likely half of a
    /// template, so the likely half falls straight through. Returns its entry label.
    pub fn cold(&mut self, block: impl FnOnce(&mut Cx) + 'static) -> DynamicLabel {
        let l = self.ops.new_dynamic_label();
        self.cold.push((
            self.pc,
            Box::new(move |cx: &mut Cx| {
                jit!(cx.ops ; =>l);
                block(cx);
            }),
        ));
        l
    }

    /// The operand types this instruction's feedback-only IC saw first (BinaryOp and
    /// CompareOp record `type_pair` once): a layout hint for the template, never a
    /// fact it relies on.
    pub fn first_seen_types(&self) -> Option<u64> {
        let ins = self.ins();
        if ins.ic == kiln_runtime::bytecode::NO_IC {
            return None;
        }
        let e = self.code.ic.get(ins.ic);
        (e.state() != kiln_ic::IcState::Uninit).then(|| e.load())
    }

    /// Whether local `i` is certainly bound before the current instruction (its
    /// LoadFast needs no unbound check).
    pub fn local_is_bound(&self, i: usize) -> bool {
        i < 64 && self.bound[self.pc] & (1 << i) != 0
    }

    pub fn ins(&self) -> Instr {
        self.code.instrs[self.pc]
    }
    /// The constant the previous instruction pushed, when the current one is reached
    /// only by falling through from it: then the top of the stack is that constant,
    /// known while compiling (`x + 1`, `i < 10`, `y is None`). A `LoadConst` never
    /// takes a slow path, and a superinstruction stepped in the interpreter pushes
    /// the same constant before it resumes here.
    pub fn top_is_const(&self) -> Option<kiln_runtime::value::Value> {
        let prev = self.pc.checked_sub(1)?;
        if self.targets[self.pc] || self.skipped[self.pc].get() {
            return None;
        }
        let p = self.code.instrs[prev];
        matches!(
            p.op,
            kiln_runtime::bytecode::Op::LoadConst | kiln_runtime::bytecode::Op::LoadConstLoadFast
        )
        .then(|| self.code.consts[p.arg as usize])
    }
    /// Operand-stack depth before the current instruction.
    pub fn depth(&self) -> usize {
        self.code.depth[self.pc] as usize
    }
    /// Displacement of operand-stack slot `k` from `stk`.
    pub fn stack(k: usize) -> i32 {
        (8 * k) as i32
    }
    /// Displacement of the value `n` slots below the top (1 = top) from `stk`.
    pub fn peek(&self, n: usize) -> i32 {
        Self::stack(self.depth() - n)
    }
    /// Displacement of the operand stack from `frame` (what `stk` holds).
    pub fn stack_base(&self) -> i32 {
        (FRAME_SLOTS_OFFSET + 8 * (self.code.nlocals() + self.code.ncells())) as i32
    }
    /// Displacement of local (or cell) slot `i` from `frame`.
    pub fn local(i: usize) -> i32 {
        (FRAME_SLOTS_OFFSET + 8 * i) as i32
    }
    /// Instruction `pc`'s label, for a jump from the current template: to a branch
    /// target, to the successor (a template that declares rax must leave it so on
    /// every path there), or past it (then `pc` is reached other than by falling
    /// through: no value cache or constant operand there).
    pub fn label(&self, pc: usize) -> DynamicLabel {
        if pc > self.pc + 1 {
            self.skipped[pc].set(true);
        }
        self.labels[pc]
    }

    /// Load operand-stack slot `off` into `reg` (x64 register number) as the first
    /// instruction of a template; when rax already holds that slot (the previous
    /// template declared it, and this one is reached only by falling through from
    /// it), copy rax instead, and route every other way into this template through a
    /// stub that loads rax first. A load after the template's first instruction
    /// always reads memory.
    pub fn load(&mut self, reg: u8, off: i32) {
        self.load_from(reg, Home::Stack(off))
    }

    /// `load` of two slots (`a` into `ra`, then `b` into `rb`), either of which may be
    /// the one in rax.
    pub fn load2(&mut self, ra: u8, a: i32, rb: u8, b: i32) {
        if self.incoming == Some(Home::Stack(b)) && ra == 0 {
            // rax is about to be overwritten by `a`: move `b` out first.
            self.load(rb, b);
            self.load(ra, a);
        } else {
            self.load(ra, a);
            self.load(rb, b);
        }
    }

    /// `load` from a local's slot (`Home::Local`): no stub needed for a local, but
    /// the same rule (first instruction, falling through only).
    pub fn load_local(&mut self, reg: u8, off: i32) {
        self.load_from(reg, Home::Local(off))
    }

    fn load_from(&mut self, reg: u8, home: Home) {
        let at_start = self.starts.last().copied() == Some(self.ops.offset());
        let cached = at_start && self.incoming == Some(home);
        self.incoming = None;
        if cached {
            if let Home::Stack(off) = home {
                self.reload[self.pc] = Some(off);
            }
            if reg != 0 {
                jit!(self.ops ; mov Rq(reg), rax);
            }
            return;
        }
        match home {
            Home::Stack(off) => jit!(self.ops ; mov Rq(reg), QWORD [stk + off]),
            Home::Local(off) => jit!(self.ops ; mov Rq(reg), QWORD [frame + off]),
        }
    }

    /// Declare, at the end of a template, that rax holds the value at `home` on every
    /// path by which it reaches its successor's label (falling through or jumping).
    pub fn rax_holds(&mut self, home: Home) {
        self.rax_after = Some(home);
    }

    /// Where a step that continues at `pc` jumps: its reload stub when its template
    /// took a value from rax.
    fn resume_label(&mut self, pc: usize) -> DynamicLabel {
        if pc >= self.starts.len() {
            // Not emitted yet (a step inline in the current template): it must not
            // expect rax from us.
            self.stepped_inline = true;
            return self.labels[pc];
        }
        if self.reload[pc].is_some() {
            self.reload_label(pc)
        } else {
            self.labels[pc]
        }
    }

    fn reload_label(&mut self, pc: usize) -> DynamicLabel {
        match self.reload_stub[pc] {
            Some(l) => l,
            None => {
                let l = self.ops.new_dynamic_label();
                self.reload_stub[pc] = Some(l);
                l
            }
        }
    }
    /// A slow path for the current instruction: guards jump to it when the fast path
    /// does not apply; it hands the instruction to the interpreter (`kiln_jit_step`).
    pub fn slow_path(&mut self) -> DynamicLabel {
        self.slow_path_with(step_helper())
    }

    /// A slow path that calls `helper` (a step-protocol helper such as
    /// `kiln_jit_call`) instead of the generic `kiln_jit_step`.
    pub fn slow_path_with(&mut self, helper: usize) -> DynamicLabel {
        let l = self.ops.new_dynamic_label();
        self.slow.push((l, self.pc, helper));
        l
    }

    /// Call `helper(vm, frame, arg)` (an `extern "C"` function); result in rax.
    pub fn call_helper(&mut self, helper: usize, arg: i64) {
        jit!(self.ops
            ; mov rdi, vm
            ; mov rsi, frame
            ; mov rdx, QWORD arg
            ; mov rax, QWORD helper as i64
            ; call rax
        );
    }

    /// Run the current instruction in the interpreter, then continue wherever it says.
    pub fn step(&mut self) {
        self.call_stepping(step_helper());
    }

    /// Call a step-protocol helper for the current instruction (it returns the index to
    /// continue at, STEP_RETURNED or STEP_RAISED), then continue there.
    pub fn call_stepping(&mut self, helper: usize) {
        let pc = self.pc;
        self.call_stepping_at(helper, pc);
    }

    fn call_stepping_at(&mut self, helper: usize, pc: usize) {
        // Besides (vm, frame, pc), the instruction's stack top and argument, which the
        // compiler knows: `step_helpers!` helpers take them instead of decoding the code
        // object; the others ignore the extra registers.
        let top = Cx::stack(self.code.depth[pc] as usize);
        let arg = self.code.instrs[pc].arg as i32;
        jit!(self.ops
            ; lea rcx, [stk + top]
            ; mov r8d, DWORD arg
        );
        self.call_helper(helper, pc as i64);
        let op = self.code.instrs[pc].op;
        if op.has_flag(kiln_runtime::bytecode::flags::TERMINATOR) || pc + 1 >= self.labels.len() {
            jit!(self.ops ; jmp ->resume);
        } else {
            let next = self.resume_label(pc + 1);
            jit!(self.ops
                ; cmp rax, DWORD (pc + 1) as i32
                ; jne ->resume
                ; jmp =>next
            );
        }
    }
}

fn step_helper() -> usize {
    kiln_runtime::jit::kiln_jit_step as *const () as usize
}

/// Compiled machine code before installation.
pub struct Compiled {
    pub bytes: Vec<u8>,
    pub entry_offset: usize,
    /// Where instruction i's template starts (offsets into `bytes`).
    pub starts: Vec<usize>,
    /// Where the slow paths begin (everything from here is out of line).
    pub slow_start: usize,
    pub table_bytes: usize,
}

/// Whether the baseline tier runs `code` at all.
pub fn eligible(code: &CodeObject) -> bool {
    // Generator frames are resumed at their suspension point, which the entry's pc
    // dispatch handles like any other index; YieldValue returns through the step.
    !code.instrs.is_empty()
}

/// Which instructions are branch targets or exception handlers.
fn jump_targets(code: &CodeObject) -> Vec<bool> {
    let mut t = vec![false; code.instrs.len()];
    let mut mark = |pc: usize| {
        if let Some(x) = t.get_mut(pc) {
            *x = true;
        }
    };
    mark(0);
    for i in &code.instrs {
        if i.op.has_flag(kiln_runtime::bytecode::flags::BRANCH) {
            mark(i.arg as usize);
        }
    }
    for e in &code.exc_table {
        mark(e.target as usize);
    }
    t
}

/// Assemble `code` (not yet installed).
pub fn assemble(code: &CodeObject, count_instrs: bool) -> Option<Compiled> {
    let n = code.instrs.len();
    // Sized for a typical function up front (about 230 bytes of code, three dynamic
    // labels and five references per instruction): growing the buffers by doubling
    // copied them several times per function.
    let mut ops = VecAssembler::<X64Relocation>::new_with_capacity(
        0,
        n * 320 + 1024,
        16,
        16,
        n * 4 + 16,
        n * 2 + 16,
        n * 6 + 16,
    );
    let labels: Vec<DynamicLabel> = (0..n).map(|_| ops.new_dynamic_label()).collect();
    let mut cx = Cx {
        ops,
        code,
        labels,
        slow: Vec::new(),
        cold: Vec::new(),
        pc: 0,
        count_instrs,
        starts: Vec::with_capacity(n),
        targets: jump_targets(code),
        bound: kiln_runtime::bytecode::bound_locals(code),
        skipped: (0..n).map(|_| std::cell::Cell::new(false)).collect(),
        incoming: None,
        rax_after: None,
        reload: vec![None; n],
        reload_stub: vec![None; n],
        stepped_inline: false,
        enter_stub: None,
    };
    let stack_base = FRAME_SLOTS_OFFSET + 8 * (code.nlocals() + code.ncells());
    let entry = cx.ops.offset();
    let first = cx.labels[0];
    jit!(cx.ops
        ; push rbp
        ; mov rbp, rsp
        ; push r12
        ; push r13
        ; push r14
        ; push rbx // five pushes and the return address: rsp is 16-byte aligned
        ; mov vm, rdi
        ; mov specials, QWORD NONE_BITS as i64
        ; call ->inner
        ; pop rbx
        ; pop r14
        ; pop r13
        ; pop r12
        ; pop rbp
        ; ret
        ; ->inner:
    );
    if cx.ops.offset().0 - entry.0 != INNER_ENTRY_OFFSET as usize {
        eprintln!("kiln: internal JIT error: native entry size changed (INNER_ENTRY_OFFSET)");
        return None;
    }
    jit!(cx.ops
        ; push rbp // with the return address: rsp is 16-byte aligned
        ; mov rbp, rsp
        ; mov frame, rsi
        ; lea stk, [rsi + stack_base as i32]
        ; mov rax, rdx
        ; test rax, rax
        ; jz =>first
        ; jmp ->dispatch
    );
    for pc in 0..n {
        cx.pc = pc;
        let l = cx.labels[pc];
        cx.starts.push(cx.ops.offset());
        jit!(cx.ops ; =>l);
        let rax = cx.rax_after.take();
        cx.incoming = if cx.targets[pc] || cx.skipped[pc].get() || cx.count_instrs {
            None
        } else {
            rax
        };
        cx.stepped_inline = false;
        if code.depth[pc] == u16::MAX {
            // Unreachable (the depth analysis never reached it).
            jit!(cx.ops ; ud2);
            continue;
        }
        if cx.count_instrs {
            let counter = &kiln_runtime::jit::JIT_STATS.jit_instrs as *const _ as i64;
            jit!(cx.ops
                ; mov rax, QWORD counter
                ; lock inc QWORD [rax]
            );
        }
        templates::emit(&mut cx);
        cx.incoming = None;
        if cx.stepped_inline {
            cx.rax_after = None;
        }
        // A template that can fall through must not fall off the end of the code.
        if pc + 1 == n
            && !code.instrs[pc]
                .op
                .has_flag(kiln_runtime::bytecode::flags::TERMINATOR)
        {
            jit!(cx.ops ; ud2);
        }
    }
    let slow_start = cx.ops.offset().0;
    // A cold block may itself set aside cold blocks (an IC probe's later ways inside
    // a template's cold half): emit until none are left.
    while !cx.cold.is_empty() {
        for (pc, block) in std::mem::take(&mut cx.cold) {
            cx.pc = pc;
            block(&mut cx);
        }
    }
    let slow = std::mem::take(&mut cx.slow);
    for (l, pc, helper) in slow {
        cx.pc = pc;
        jit!(cx.ops ; =>l);
        cx.call_stepping_at(helper, pc);
    }
    // Every instruction whose template took its operand from rax gets a reload stub
    // (the pc table dispatches to it).
    for pc in 0..n {
        if let Some(off) = cx.reload[pc] {
            let stub = cx.reload_label(pc);
            let body = cx.labels[pc];
            jit!(cx.ops
                ; =>stub
                ; mov rax, QWORD [stk + off]
                ; jmp =>body
            );
        }
    }
    jit!(cx.ops
        ; ->resume:
        ; cmp rax, STEP_RETURNED as i64 as i32
        ; je ->returned
        ; cmp rax, STEP_RAISED as i64 as i32
        ; je ->raised
        ; ->dispatch:
        ; lea rcx, [->pctable]
        ; movsxd rdx, DWORD [rcx + rax * 4]
        ; add rdx, rcx
        ; jmp rdx
        ; ->returned:
        ; mov rax, QWORD [vm + VM_JIT_RET_OFFSET as i32]
        ; jmp ->epilogue
        ; ->raised:
        ; mov rax, QWORD RAISED_BITS as i64
        ; ->epilogue:
        ; pop rbp
        ; ret
        ; .align 4
        ; ->pctable:
    );
    let table_at = cx.ops.offset().0;
    for _ in 0..n {
        cx.ops.push_u32(0);
    }
    let offsets: Vec<usize> = (0..n)
        .map(|pc| cx.reload_stub[pc].unwrap_or(cx.labels[pc]))
        .map(|l| cx.ops.labels().resolve_dynamic(l).map(|o| o.0))
        .collect::<Result<_, _>>()
        .ok()?;
    let starts: Vec<usize> = cx.starts.iter().map(|o| o.0).collect();
    let mut bytes = match cx.ops.finalize() {
        Ok(b) => b,
        Err(e) => {
            // A template bug (an undefined label): say so, and leave the function to
            // the interpreter (the differential tests fail on this message).
            eprintln!(
                "kiln: internal JIT error assembling {}: {e:?}",
                kiln_runtime::ops::str_of(code.qualname)
            );
            return None;
        }
    };
    for (i, off) in offsets.iter().enumerate() {
        let rel = (*off as i64 - table_at as i64) as i32;
        bytes[table_at + 4 * i..table_at + 4 * i + 4].copy_from_slice(&rel.to_le_bytes());
    }
    Some(Compiled {
        bytes,
        entry_offset: entry.0,
        starts,
        slow_start,
        table_bytes: 4 * n,
    })
}

/// Per-instruction disassembly for `--dump-asm`, annotated with the bytecode.
pub fn dump(code: &CodeObject, c: &Compiled, base: usize) -> String {
    let name = kiln_runtime::ops::str_of(code.qualname).to_string();
    let mut out = format!(
        "== baseline code for {name} ({} instructions, {} bytes at {base:#x}) ==\n",
        code.instrs.len(),
        c.bytes.len()
    );
    let table_at = c.bytes.len() - c.table_bytes;
    let region = |title: &str, from: usize, to: usize, out: &mut String| {
        out.push_str(title);
        out.push('\n');
        crate::disasm::disassemble(&c.bytes[from..to], base + from, out);
    };
    region(
        "  ; prologue",
        0,
        c.starts.first().copied().unwrap_or(c.slow_start),
        &mut out,
    );
    for (i, ins) in code.instrs.iter().enumerate() {
        let from = c.starts[i];
        let to = c.starts.get(i + 1).copied().unwrap_or(c.slow_start);
        let title = format!(
            "  ; {i:>4} {:<16} {}{}",
            ins.op.name(),
            ins.arg,
            if ins.op == Op::Nop { "" } else { "" }
        );
        region(&title, from, to, &mut out);
    }
    region(
        "  ; out-of-line slow paths and exit stubs",
        c.slow_start,
        table_at,
        &mut out,
    );
    out.push_str(&format!("  ; pc table: {} bytes\n", c.table_bytes));
    out
}
