//! Kiln bytecode: the opcode table (single source of truth), instructions, code objects.
//!
//! `for_each_opcode!` lists every opcode once with its operand kind, stack effect,
//! the stack effect on its jump edge (branches), its inline-cache kind and its flags.
//! The `Op` enum, the per-opcode metadata (`Op::info`), the disassembler
//! (`--dump-bytecode`), the static stack-depth analysis and the per-opcode stats
//! all expand from it; the interpreter's `match` is exhaustive over `Op`, so an opcode
//! without a handler does not compile (and the JIT's template dispatch will be the same).

use crate::value::Value;
use kiln_ic::IcKind;

/// What an instruction's 32-bit argument means.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Operand {
    None,
    Const,
    Local,
    Cell,
    Name,
    Jump,
    Count,
    BinOp,
    CmpOp,
    Flags,
}

pub mod flags {
    pub const NONE: u8 = 0;
    pub const MAY_RAISE: u8 = 1;
    pub const BRANCH: u8 = 2;
    pub const SAFEPOINT: u8 = 4;
    pub const MAY_CALL: u8 = 8;
    /// Control never falls through to the next instruction.
    pub const TERMINATOR: u8 = 16;
}
use flags::*;

/// name, operand, pops(a), pushes(a), jump-edge delta, IC kind, flags
/// (`a` is the instruction argument; the jump-edge delta is the net stack change
/// when a branch is taken, relative to the depth before the instruction).
#[macro_export]
macro_rules! for_each_opcode {
    ($m:ident) => {
        $m! {
            (Nop,            None,  |_a| 0, |_a| 0, 0, None, NONE),
            (PopTop,         None,  |_a| 1, |_a| 0, 0, None, NONE),
            // Push a copy of the value `a` slots down (1 = top).
            (Copy,           Count, |a| a, |a| a + 1, 0, None, NONE),
            // Swap the top with the value `a` slots down.
            (Swap,           Count, |a| a, |a| a, 0, None, NONE),
            (PushNull,       None,  |_a| 0, |_a| 1, 0, None, NONE),
            (LoadConst,      Const, |_a| 0, |_a| 1, 0, None, NONE),
            (LoadFast,       Local, |_a| 0, |_a| 1, 0, None, MAY_RAISE),
            (StoreFast,      Local, |_a| 1, |_a| 0, 0, None, NONE),
            (DeleteFast,     Local, |_a| 0, |_a| 0, 0, None, MAY_RAISE),
            (LoadDeref,      Cell,  |_a| 0, |_a| 1, 0, None, MAY_RAISE),
            (StoreDeref,     Cell,  |_a| 1, |_a| 0, 0, None, NONE),
            (DeleteDeref,    Cell,  |_a| 0, |_a| 0, 0, None, MAY_RAISE),
            // Push the cell object itself (to build a closure).
            (LoadClosure,    Cell,  |_a| 0, |_a| 1, 0, None, NONE),
            (LoadGlobal,     Name,  |_a| 0, |_a| 1, 0, Global, MAY_RAISE),
            // PushNull + LoadGlobal in one dispatch (the common `f(...)` call of a global).
            (LoadGlobalNull, Name,  |_a| 0, |_a| 2, 0, Global, MAY_RAISE),
            (StoreGlobal,    Name,  |_a| 1, |_a| 0, 0, Global, NONE),
            (DeleteGlobal,   Name,  |_a| 0, |_a| 0, 0, None, MAY_RAISE),
            (LoadAttr,       Name,  |_a| 1, |_a| 1, 0, Attr, MAY_RAISE | MAY_CALL),
            (StoreAttr,      Name,  |_a| 2, |_a| 0, 0, StoreAttr, MAY_RAISE | MAY_CALL),
            (DeleteAttr,     Name,  |_a| 1, |_a| 0, 0, None, MAY_RAISE | MAY_CALL),
            // obj -> (method, obj) or (NULL, bound attribute)
            (LoadMethod,     Name,  |_a| 1, |_a| 2, 0, Method, MAY_RAISE | MAY_CALL),
            (BinaryOp,       BinOp, |_a| 2, |_a| 1, 0, BinOp, MAY_RAISE | MAY_CALL),
            (CompareOp,      CmpOp, |_a| 2, |_a| 1, 0, Compare, MAY_RAISE | MAY_CALL),
            (IsOp,           Flags, |_a| 2, |_a| 1, 0, None, NONE),
            (ContainsOp,     Flags, |_a| 2, |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            (UnaryNegative,  None,  |_a| 1, |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            (UnaryPositive,  None,  |_a| 1, |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            (UnaryNot,       None,  |_a| 1, |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            (UnaryInvert,    None,  |_a| 1, |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            (BinarySubscr,   None,  |_a| 2, |_a| 1, 0, Subscr, MAY_RAISE | MAY_CALL),
            // container, key, value are stacked as: value, container, key
            (StoreSubscr,    None,  |_a| 3, |_a| 0, 0, Subscr, MAY_RAISE | MAY_CALL),
            (DeleteSubscr,   None,  |_a| 2, |_a| 0, 0, None, MAY_RAISE | MAY_CALL),
            (BuildSlice,     Count, |a| a, |_a| 1, 0, None, NONE),
            // obj, start, stop -> obj[start:stop] (no slice object for the common case)
            (BinarySlice,    None,  |_a| 3, |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            // value, obj, start, stop -> ; obj[start:stop] = value
            (StoreSlice,     None,  |_a| 4, |_a| 0, 0, None, MAY_RAISE | MAY_CALL),
            (BuildTuple,     Count, |a| a, |_a| 1, 0, None, NONE),
            (BuildList,      Count, |a| a, |_a| 1, 0, None, NONE),
            (BuildSet,       Count, |a| a, |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            (BuildMap,       Count, |a| 2 * a, |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            (BuildString,    Count, |a| a, |_a| 1, 0, None, NONE),
            // Comprehension appends: the container is `a` slots below the popped value.
            (ListAppend,     Count, |_a| 1, |_a| 0, 0, None, NONE),
            (SetAdd,         Count, |_a| 1, |_a| 0, 0, None, MAY_RAISE | MAY_CALL),
            (MapAdd,         Count, |_a| 2, |_a| 0, 0, None, MAY_RAISE | MAY_CALL),
            (ListExtend,     Count, |_a| 1, |_a| 0, 0, None, MAY_RAISE | MAY_CALL),
            (SetUpdate,      Count, |_a| 1, |_a| 0, 0, None, MAY_RAISE | MAY_CALL),
            (DictUpdate,     Count, |_a| 1, |_a| 0, 0, None, MAY_RAISE | MAY_CALL),
            // Like DictUpdate, but duplicate keys are an error (f(**a, **b)).
            (DictMerge,      Count, |_a| 1, |_a| 0, 0, None, MAY_RAISE | MAY_CALL),
            (ListToTuple,    None,  |_a| 1, |_a| 1, 0, None, NONE),
            // flags: low 2 bits conversion (0 none, 1 str, 2 repr, 3 ascii); 4 = spec on stack
            (FormatValue,    Flags, |a| 1 + ((a >> 2) & 1), |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            (UnpackSequence, Count, |_a| 1, |a| a, 0, None, MAY_RAISE | MAY_CALL),
            // a = before | after << 8
            (UnpackEx,       Count, |_a| 1, |a| (a & 0xff) + (a >> 8) + 1, 0, None, MAY_RAISE | MAY_CALL),
            (GetIter,        None,  |_a| 1, |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            // iter -> iter, next ; on exhaustion pops iter and jumps
            (ForIter,        Jump,  |_a| 1, |_a| 2, -1, Iter, MAY_RAISE | MAY_CALL | BRANCH),
            (Jump,           Jump,  |_a| 0, |_a| 0, 0, None, BRANCH | TERMINATOR),
            (JumpBackward,   Jump,  |_a| 0, |_a| 0, 0, None, BRANCH | TERMINATOR | SAFEPOINT),
            (PopJumpIfFalse, Jump,  |_a| 1, |_a| 0, -1, None, BRANCH | MAY_RAISE | MAY_CALL),
            (PopJumpIfTrue,  Jump,  |_a| 1, |_a| 0, -1, None, BRANCH | MAY_RAISE | MAY_CALL),
            (JumpIfFalseOrPop, Jump, |_a| 1, |_a| 0, 0, None, BRANCH | MAY_RAISE | MAY_CALL),
            (JumpIfTrueOrPop,  Jump, |_a| 1, |_a| 0, 0, None, BRANCH | MAY_RAISE | MAY_CALL),
            // (NULL|method, callable|self, args...) -> result
            (Call,           Count, |a| a + 2, |_a| 1, 0, Call, MAY_RAISE | MAY_CALL | SAFEPOINT),
            // (NULL|method, callable|self, args..., kwnames tuple) -> result; a counts args incl. keyword values
            (CallKw,         Count, |a| a + 3, |_a| 1, 0, Call, MAY_RAISE | MAY_CALL | SAFEPOINT),
            // (NULL, callable, args tuple, [kwargs dict if a & 1]) -> result
            (CallEx,         Flags, |a| 3 + (a & 1), |_a| 1, 0, None, MAY_RAISE | MAY_CALL | SAFEPOINT),
            (ReturnValue,    None,  |_a| 1, |_a| 0, 0, None, TERMINATOR),
            // flags: 1 defaults tuple, 2 kw-defaults dict, 8 closure tuple; code object on top
            (MakeFunction,   Flags, |a| 1 + (a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1), |_a| 1, 0, None, NONE),
            // a = 0 (re-raise), 1 (raise exc), 2 (raise exc from cause)
            (RaiseVarargs,   Count, |a| a, |_a| 0, 0, None, MAY_RAISE | TERMINATOR),
            (Reraise,        None,  |_a| 1, |_a| 0, 0, None, MAY_RAISE | TERMINATOR),
            // exc -> previous handled exception, exc (and exc becomes the handled one)
            (PushExcInfo,    None,  |_a| 1, |_a| 2, 0, None, NONE),
            // previous -> ; restores the handled exception
            (PopExcept,      None,  |_a| 1, |_a| 0, 0, None, NONE),
            // exc, type -> exc, bool
            (CheckExcMatch,  None,  |_a| 2, |_a| 2, 0, None, MAY_RAISE),
            (ImportName,     Name,  |_a| 0, |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            // module -> module, attribute
            (ImportFrom,     Name,  |_a| 1, |_a| 2, 0, None, MAY_RAISE),
            (YieldValue,     None,  |_a| 1, |_a| 1, 0, None, MAY_RAISE),
            (LoadAssertionError, None, |_a| 0, |_a| 1, 0, None, NONE),
            // Class-body names: the namespace dict (slot 0), then globals, then builtins.
            (LoadName,       Name,  |_a| 0, |_a| 1, 0, None, MAY_RAISE),
            (StoreName,      Name,  |_a| 1, |_a| 0, 0, None, MAY_RAISE | MAY_CALL),
            (DeleteName,     Name,  |_a| 0, |_a| 0, 0, None, MAY_RAISE | MAY_CALL),
            // Push builtins.__build_class__.
            (LoadBuildClass, None,  |_a| 0, |_a| 1, 0, None, MAY_RAISE),
            // mgr -> bound __exit__, result of __enter__()
            (BeforeWith,     None,  |_a| 1, |_a| 2, 0, None, MAY_RAISE | MAY_CALL),
            // exit, prev, exc -> exit, prev, exc, exit(type(exc), exc, tb)
            (WithExceptStart, None, |_a| 0, |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            // iterable -> iterator for `yield from` (generators and coroutines pass through)
            (GetYieldFromIter, None, |_a| 1, |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            // awaitable -> iterator for `await`
            (GetAwaitable,   None,  |_a| 1, |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            // `async for`: iterable -> its __aiter__(); aiter -> aiter, awaitable of
            // __anext__(); at the loop's handler aiter, exc -> (StopAsyncIteration ends
            // the loop; anything else is raised again)
            (GetAIter,       None,  |_a| 1, |_a| 1, 0, None, MAY_RAISE | MAY_CALL),
            (GetANext,       None,  |_a| 1, |_a| 2, 0, None, MAY_RAISE | MAY_CALL),
            (EndAsyncFor,    None,  |_a| 2, |_a| 0, 0, None, MAY_RAISE),
            // value -> the value wrapped for an async generator's `yield` (so its asend
            // tells it from the yields of the awaits inside)
            (AsyncGenWrap,   None,  |_a| 1, |_a| 1, 0, None, NONE),
            // iter, value -> iter, yielded ; when the iterator returns: -> result, and jump
            (Send,           Jump,  |_a| 2, |_a| 2, -1, None, MAY_RAISE | MAY_CALL | BRANCH),
            // Superinstructions (CPython 3.11's five, and four more): the first instruction of a common
            // pair, marked by `fuse_superinstructions`. The interpreter runs the next
            // instruction (left in place: a jump may land on it) in the same dispatch
            // and skips it. Everything else (operand, stack effect, template) is the
            // first component's (`Op::unfused`).
            (LoadFastLoadFast,   Local, |_a| 0, |_a| 1, 0, None, MAY_RAISE),
            (LoadFastLoadConst,  Local, |_a| 0, |_a| 1, 0, None, MAY_RAISE),
            (LoadConstLoadFast,  Const, |_a| 0, |_a| 1, 0, None, NONE),
            (StoreFastLoadFast,  Local, |_a| 1, |_a| 0, 0, None, NONE),
            (StoreFastStoreFast, Local, |_a| 1, |_a| 0, 0, None, NONE),
            // Kiln's own: `x.attr`, the most frequent pair in object-oriented code; the
            // attribute load is folded in only when its inline cache hits.
            (LoadFastLoadAttr,   Local, |_a| 0, |_a| 1, 0, None, MAY_RAISE),
            // And `x.method(...)`'s first half, the same way.
            (LoadFastLoadMethod, Local, |_a| 0, |_a| 1, 0, None, MAY_RAISE),
            // A comparison whose result a PopJumpIfFalse/True consumes at once: on ints
            // and floats the interpreter branches without building the bool (CPython
            // 3.11's COMPARE_OP_*_JUMP). Keeps CompareOp's inline-cache slot.
            (CompareOpJump,      CmpOp, |_a| 2, |_a| 1, 0, Compare, MAY_RAISE | MAY_CALL),
            // `seq[a:b:c]` of a plain list or tuple with int/None bounds: the slice is
            // taken without allocating the slice object (both tiers).
            (BuildSliceSubscr,   Count, |a| a, |_a| 1, 0, None, NONE),
        }
    };
}

macro_rules! define_opcodes {
    ($(($name:ident, $operand:ident, |$pa:tt| $pop:expr, |$qa:tt| $push:expr, $jd:expr, $ic:ident, $flags:expr)),* $(,)?) => {
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum Op { $($name),* }

        pub const OPCODE_COUNT: usize = [$(Op::$name),*].len();
        pub const OPCODE_NAMES: [&str; OPCODE_COUNT] = [$(stringify!($name)),*];

        impl Op {
            pub const ALL: [Op; OPCODE_COUNT] = [$(Op::$name),*];
            pub fn name(self) -> &'static str { OPCODE_NAMES[self as usize] }
            pub fn operand(self) -> Operand { match self { $(Op::$name => Operand::$operand),* } }
            #[allow(unused_variables, clippy::identity_op)]
            pub fn pops(self, arg: u32) -> u32 { match self { $(Op::$name => { let $pa = arg; $pop }),* } }
            #[allow(unused_variables, clippy::identity_op)]
            pub fn pushes(self, arg: u32) -> u32 { match self { $(Op::$name => { let $qa = arg; $push }),* } }
            /// Net stack change along the taken edge of a branch.
            pub fn jump_delta(self) -> i32 { match self { $(Op::$name => $jd),* } }
            pub fn ic_kind(self) -> Option<IcKind> { match self { $(Op::$name => ic_kind!($ic)),* } }
            pub fn flags(self) -> u8 { match self { $(Op::$name => $flags),* } }
            pub fn has_flag(self, f: u8) -> bool { self.flags() & f != 0 }
        }
    };
}
macro_rules! ic_kind {
    (None) => {
        None
    };
    ($k:ident) => {
        Some(IcKind::$k)
    };
}
for_each_opcode!(define_opcodes);

impl Op {
    /// A superinstruction's first component; any other op itself.
    pub fn unfused(self) -> Op {
        match self {
            Op::LoadFastLoadFast
            | Op::LoadFastLoadConst
            | Op::LoadFastLoadAttr
            | Op::LoadFastLoadMethod => Op::LoadFast,
            Op::LoadConstLoadFast => Op::LoadConst,
            Op::StoreFastLoadFast | Op::StoreFastStoreFast => Op::StoreFast,
            Op::CompareOpJump => Op::CompareOp,
            Op::BuildSliceSubscr => Op::BuildSlice,
            op => op,
        }
    }
}

/// Mark the first instruction of each common pair as its superinstruction (see the
/// opcode table). The second instruction stays as it is, so jumps into the pair, the
/// stack depths and the exception table are unaffected.
pub fn fuse_superinstructions(instrs: &mut [Instr]) {
    for i in 1..instrs.len() {
        let fused = match (instrs[i - 1].op, instrs[i].op) {
            (Op::LoadFast, Op::LoadFast) => Op::LoadFastLoadFast,
            (Op::LoadFast, Op::LoadConst) => Op::LoadFastLoadConst,
            (Op::LoadFast, Op::LoadAttr) => Op::LoadFastLoadAttr,
            (Op::LoadFast, Op::LoadMethod) => Op::LoadFastLoadMethod,
            (Op::CompareOp, Op::PopJumpIfFalse | Op::PopJumpIfTrue) => Op::CompareOpJump,
            (Op::BuildSlice, Op::BinarySubscr) => Op::BuildSliceSubscr,
            (Op::LoadConst, Op::LoadFast) => Op::LoadConstLoadFast,
            (Op::StoreFast, Op::LoadFast) => Op::StoreFastLoadFast,
            (Op::StoreFast, Op::StoreFast) => Op::StoreFastStoreFast,
            _ => continue,
        };
        instrs[i - 1].op = fused;
    }
}

/// Binary operator kinds (BinaryOp's argument); in-place forms add `INPLACE`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BinOpKind {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}
pub const INPLACE: u32 = 0x100;
impl BinOpKind {
    pub const ALL: [BinOpKind; 13] = [
        BinOpKind::Add,
        BinOpKind::Sub,
        BinOpKind::Mul,
        BinOpKind::TrueDiv,
        BinOpKind::FloorDiv,
        BinOpKind::Mod,
        BinOpKind::Pow,
        BinOpKind::LShift,
        BinOpKind::RShift,
        BinOpKind::And,
        BinOpKind::Or,
        BinOpKind::Xor,
        BinOpKind::MatMul,
    ];
    #[inline(always)]
    pub fn from_arg(a: u32) -> BinOpKind {
        let i = (a & 0xff) as u8;
        debug_assert!((i as usize) < BinOpKind::ALL.len());
        // SAFETY: BinOpKind is repr(u8) with dense discriminants 0..13, and the compiler
        // only encodes valid kinds (masking INPLACE off).
        unsafe { std::mem::transmute::<u8, BinOpKind>(i.min(BinOpKind::MatMul as u8)) }
    }
    pub fn symbol(self) -> &'static str {
        use BinOpKind::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "**",
            LShift => "<<",
            RShift => ">>",
            And => "&",
            Or => "|",
            Xor => "^",
            MatMul => "@",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum CmpKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}
impl CmpKind {
    pub const ALL: [CmpKind; 6] = [
        CmpKind::Lt,
        CmpKind::Le,
        CmpKind::Eq,
        CmpKind::Ne,
        CmpKind::Gt,
        CmpKind::Ge,
    ];
    #[inline(always)]
    pub fn from_arg(a: u32) -> CmpKind {
        // SAFETY: CmpKind is repr(u8) with dense discriminants 0..6; clamped to be valid.
        unsafe { std::mem::transmute::<u8, CmpKind>((a as u8).min(CmpKind::Ge as u8)) }
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    pub fn swapped(self) -> CmpKind {
        match self {
            CmpKind::Lt => CmpKind::Gt,
            CmpKind::Le => CmpKind::Ge,
            CmpKind::Gt => CmpKind::Lt,
            CmpKind::Ge => CmpKind::Le,
            k => k,
        }
    }
}

/// One instruction: opcode, IC slot (or NO_IC), 32-bit argument. 8 bytes.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct Instr {
    pub op: Op,
    pub ic: u16,
    pub arg: u32,
}
pub const NO_IC: u16 = u16::MAX;

/// An exception-table entry: instructions in `start..end` jump to `target` with the
/// operand stack cut to `depth` and the exception pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

pub mod code_flags {
    pub const VARARGS: u32 = 1;
    pub const VARKEYWORDS: u32 = 2;
    pub const GENERATOR: u32 = 4;
    pub const MODULE: u32 = 8;
    /// `async def`: calling it makes a coroutine (a generator-like object).
    pub const COROUTINE: u32 = 16;
    /// Names live in the dict in local 0 (class bodies, exec/eval code): `locals()`.
    pub const NAMESPACE: u32 = 32;
    /// `yield` in an `async def`: a generator whose calls return an `async_generator`
    /// (runtime/lib/_asyncgen.py) wrapping it; never COROUTINE.
    pub const ASYNC_GENERATOR: u32 = 64;
}

pub struct CodeObject {
    pub instrs: Vec<Instr>,
    pub consts: Vec<Value>,
    /// Interned strings for Name operands.
    pub names: Vec<Value>,
    /// Local variable names (parameters first), interned strings.
    pub varnames: Vec<Value>,
    /// Cell variables then free variables, interned strings.
    pub cellnames: Vec<Value>,
    pub ncellvars: u32,
    /// For each cell variable that is also a parameter: (cell index, local index).
    pub cell_args: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub max_stack: u32,
    /// Static operand-stack depth before each instruction (u16::MAX: unreachable).
    pub depth: Vec<u16>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Source range of each instruction (byte offsets into the file): the innermost
    /// expression or statement it belongs to, for traceback carets.
    pub positions: Vec<(u32, u32)>,
    pub exc_table: Vec<ExcEntry>,
    pub n_ic: u32,
    pub ic: kiln_ic::IcTable,
    /// Baseline JIT state: warm-up counter and the published machine-code entry.
    pub jit: kiln_threads::publish::CodeSlot,
    /// Words a frame of this code takes (header + frame_slots), and its local count:
    /// cached for the JIT's inline call path.
    pub frame_words: u32,
    pub local_count: u32,
    /// Contains a `Send` (`yield from` / `await`): such generators are resumed inline
    /// by the interpreter even when compiled (see `Vm::enter_gen_inline`).
    pub delegates: bool,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub first_line: u32,
    /// The docstring (a str), or None.
    pub doc: Value,
    /// No *args/**kwargs, no keyword-only parameters, no cells, not a generator:
    /// a positional call with exactly `argcount` arguments just copies them.
    pub simple_call: bool,
    /// How the Call template enters this code inline: 0 never (*args, **kwargs,
    /// keyword-only parameters, generators), 1 by copying the arguments
    /// (`simple_call`), 2 the same and then `kiln_jit_init_cells` (cells or a closure).
    pub jit_call: u8,
    /// Where the globals' `__name__` was found when a function was last made from this
    /// code (`ops::make_function`'s `__module__`): LoadGlobal's IC word (keys version,
    /// entry index), so closures and generator expressions made in a loop read it
    /// without a dict lookup. 0: nothing cached.
    pub module_name_ic: std::sync::atomic::AtomicU64,
}

impl Drop for CodeObject {
    fn drop(&mut self) {
        crate::jit::code_freed(self);
    }
}

impl CodeObject {
    /// The source line of instruction `pc` (the first line when out of range).
    #[inline]
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }

    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    pub fn ncells(&self) -> usize {
        self.cellnames.len()
    }
    /// Slots a frame of this code needs: locals, cells, operand stack.
    pub fn frame_slots(&self) -> usize {
        self.varnames.len() + self.cellnames.len() + self.max_stack as usize
    }
    pub fn handler_for(&self, pc: u32) -> Option<&ExcEntry> {
        self.exc_table.iter().find(|e| e.start <= pc && pc < e.end)
    }
    pub fn is_generator(&self) -> bool {
        self.flags & code_flags::GENERATOR != 0
    }
}

/// Compute the static stack depth before every instruction; returns (depths, max).
/// Errors name the instruction whose depth is inconsistent (a compiler bug).
pub fn compute_depths(instrs: &[Instr], exc: &[ExcEntry]) -> Result<(Vec<u16>, u32), String> {
    let n = instrs.len();
    let mut depth = vec![u16::MAX; n];
    let mut work: Vec<(usize, u32)> = vec![(0, 0)];
    for e in exc {
        // handler targets are reached with depth+1 (the exception)
        work.push((e.target as usize, e.depth + 1));
    }
    let mut max = 0u32;
    while let Some((pc, d)) = work.pop() {
        if pc >= n {
            continue;
        }
        if depth[pc] != u16::MAX {
            if depth[pc] as u32 != d {
                return Err(format!(
                    "inconsistent stack depth at {pc} ({:?}): {} vs {d}",
                    instrs[pc].op, depth[pc]
                ));
            }
            continue;
        }
        depth[pc] = d as u16;
        max = max.max(d);
        let ins = instrs[pc];
        let op = ins.op;
        let pops = op.pops(ins.arg);
        if pops > d {
            return Err(format!("stack underflow at {pc} ({op:?})"));
        }
        let after = d - pops + op.pushes(ins.arg);
        max = max.max(after);
        if op.has_flag(BRANCH) {
            let jd = match op {
                Op::Jump | Op::JumpBackward => 0,
                _ => op.jump_delta(),
            };
            work.push((ins.arg as usize, (d as i32 + jd) as u32));
        }
        if !op.has_flag(TERMINATOR) {
            work.push((pc + 1, after));
        }
    }
    Ok((depth, max))
}

/// The locals definitely bound before each instruction, one bit per local (bit i:
/// local i; locals from 64 on are never marked): the parameters at entry, set by
/// StoreFast, cleared by DeleteFast, intersected where paths meet (branches, and
/// exception handlers, which see the state before any instruction they cover). A
/// LoadFast of a marked local cannot raise UnboundLocalError, so the JIT drops its
/// check (CPython 3.12's LOAD_FAST versus LOAD_FAST_CHECK). Unreachable instructions
/// read as all bound (they never run).
pub fn bound_locals(code: &CodeObject) -> Vec<u64> {
    let n = code.instrs.len();
    let mut state = vec![u64::MAX; n];
    let mut seen = vec![false; n];
    let varargs = (code.flags & code_flags::VARARGS != 0) as u32;
    let varkw = (code.flags & code_flags::VARKEYWORDS != 0) as u32;
    let params = code.argcount + code.kwonlyargcount + varargs + varkw;
    let entry = if params >= 64 {
        u64::MAX
    } else {
        (1u64 << params) - 1
    };
    let bit = |a: u32| if a < 64 { 1u64 << a } else { 0 };
    let mut work = vec![(0usize, entry)];
    while let Some((pc, s)) = work.pop() {
        if pc >= n {
            continue;
        }
        let before = if seen[pc] { state[pc] & s } else { s };
        if seen[pc] && before == state[pc] {
            continue;
        }
        seen[pc] = true;
        state[pc] = before;
        let ins = code.instrs[pc];
        let after = match ins.op.unfused() {
            Op::StoreFast => before | bit(ins.arg),
            Op::DeleteFast => before & !bit(ins.arg),
            _ => before,
        };
        if let Some(h) = code.handler_for(pc as u32) {
            work.push((h.target as usize, before));
        }
        if ins.op.has_flag(BRANCH) {
            work.push((ins.arg as usize, after));
        }
        if !ins.op.has_flag(TERMINATOR) {
            work.push((pc + 1, after));
        }
    }
    state
}

/// `--dump-bytecode` text for a code object and, recursively, the code objects
/// among its constants.
pub fn disassemble(code_v: Value, out: &mut String) {
    use std::fmt::Write;
    let code = &code_v.cast::<crate::object::CodeObj>().code;
    let name = crate::ops::str_of(code.qualname);
    let _ = writeln!(
        out,
        "Disassembly of <code {name}> (args={}, locals={}, cells={}, max_stack={}, ic_slots={}):",
        code.argcount,
        code.nlocals(),
        code.ncells(),
        code.max_stack,
        code.n_ic
    );
    let mut last_line = 0;
    for (i, ins) in code.instrs.iter().enumerate() {
        let line = code.lines[i];
        let lcol = if line != last_line {
            format!("{line:>4}")
        } else {
            "    ".into()
        };
        last_line = line;
        let d = code.depth[i];
        let depth = if d == u16::MAX {
            "  -".to_string()
        } else {
            format!("{d:>3}")
        };
        let operand = match ins.op.operand() {
            Operand::None => String::new(),
            Operand::Const => {
                let c = code.consts[ins.arg as usize];
                let r = if c.is_kind(crate::heap::ObjKind::Code) {
                    format!(
                        "<code {}>",
                        crate::ops::str_of(c.cast::<crate::object::CodeObj>().code.qualname)
                    )
                } else {
                    const_repr(c)
                };
                format!("{} ({r})", ins.arg)
            }
            Operand::Local => format!(
                "{} ({})",
                ins.arg,
                crate::ops::str_of(code.varnames[ins.arg as usize])
            ),
            Operand::Cell => format!(
                "{} ({})",
                ins.arg,
                crate::ops::str_of(code.cellnames[ins.arg as usize])
            ),
            Operand::Name => format!(
                "{} ({})",
                ins.arg,
                crate::ops::str_of(code.names[ins.arg as usize])
            ),
            Operand::Jump => format!("to {}", ins.arg),
            Operand::BinOp => {
                let k = BinOpKind::from_arg(ins.arg);
                format!(
                    "{}{}",
                    k.symbol(),
                    if ins.arg & INPLACE != 0 { "=" } else { "" }
                )
            }
            Operand::CmpOp => CmpKind::from_arg(ins.arg).symbol().to_string(),
            Operand::Count | Operand::Flags => ins.arg.to_string(),
        };
        let ic = if ins.ic != NO_IC {
            format!("  [ic {}]", ins.ic)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "{lcol} {i:>5} d{depth}  {:<18} {operand}{ic}",
            ins.op.name()
        );
    }
    if !code.exc_table.is_empty() {
        let _ = writeln!(out, "Exception table:");
        for e in &code.exc_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.target, e.depth
            );
        }
    }
    let _ = writeln!(out);
    for &c in &code.consts {
        if c.is_kind(crate::heap::ObjKind::Code) {
            disassemble(c, out);
        }
    }
}

/// A repr of constants good enough for disassembly (no Vm needed).
fn const_repr(v: Value) -> String {
    use crate::object::{IntObj, StrObj, TupleObj};
    if v.is_float() {
        crate::format::float_repr(v.as_float())
    } else if v.is_small() {
        v.as_small().to_string()
    } else if let Some(s) = v.get::<StrObj>() {
        crate::format::str_repr(&s.s)
    } else if let Some(i) = v.get::<IntObj>() {
        match i {
            IntObj::I64(x) => x.to_string(),
            IntObj::Big(b) => b.to_string(),
        }
    } else if let Some(t) = v.get::<TupleObj>() {
        let items: Vec<String> = t.items.iter().map(|&x| const_repr(x)).collect();
        if items.len() == 1 {
            format!("({},)", items[0])
        } else {
            format!("({})", items.join(", "))
        }
    } else {
        format!("{v:?}")
    }
}
