//! The templates: one `emit::<Opcode>` routine per opcode, grouped by family.
//!
//! Dispatch (`emit`) expands from `kiln_runtime::for_each_opcode!`, so an opcode
//! without a routine here does not compile. A template holds only guards and fast
//! paths; when a guard fails it jumps to an out-of-line slow path that runs the
//! instruction in the interpreter (`Cx::slow_path`, `kiln_jit_step`), so semantics live
//! once. Opcodes listed under `fallback!` have no fast path: their template is the call
//! to the interpreter inline.
//!
//! Conventions: the operand stack is in memory at static depths (`cx.depth()` before
//! the instruction, `cx.peek(1)` = top); values are NaN-boxed (`kiln_runtime::value`);
//! rax, rcx, rdx, rsi, rdi, r8-r11 and xmm0-1 are scratch; a template falls through to
//! the next instruction's label unless it jumps.

use crate::compiler::{jit, Cx, Home};
use dynasmrt::{DynasmApi, DynasmLabelApi};
use kiln_runtime::bytecode::{BinOpKind, CmpKind, Op, INPLACE};
use kiln_runtime::jit as rt;
use kiln_runtime::value::{FLOAT_LIMIT, TAG_INT, TAG_PTR};

/// Emit the template of `cx.pc`'s instruction.
pub fn emit(cx: &mut Cx) {
    macro_rules! dispatch {
        ($(($name:ident, $($rest:tt)*)),* $(,)?) => {
            match cx.ins().op {
                $(Op::$name => emit::$name(cx),)*
            }
        };
    }
    kiln_runtime::for_each_opcode!(dispatch);
}

/// Register numbers for `Cx::load`.
const RAX: u8 = 0;
const RCX: u8 = 1;

/// Offsets of special immediates from `specials` (= None's bits).
const FALSE_OFF: i32 = 2;
const TRUE_OFF: i32 = 3;
const NULL_OFF: i32 = 5;
/// `kiln_runtime::jit::ITER_DONE_BITS - NONE_BITS`.
const ITER_DONE_OFF: i32 = (rt::ITER_DONE_BITS - kiln_runtime::value::NONE_BITS) as i32;

#[allow(non_snake_case)]
mod emit {
    use super::*;

    /// Opcodes whose template is the interpreter step itself (no fast path, no helper
    /// of their own): deletions, star-calls, imports, exception handling, `with`,
    /// names, the async protocol — rare enough per item that the step's dispatch does
    /// not show. (Hot ones got step helpers: containers, strings, Send.)
    macro_rules! fallback {
        ($($name:ident),* $(,)?) => {
            $(pub fn $name(cx: &mut Cx) { cx.step(); })*
        };
    }
    fallback!(
        DeleteFast,
        DeleteDeref,
        DeleteGlobal,
        DeleteAttr,
        UnaryPositive,
        UnaryInvert,
        DeleteSubscr,
        DictMerge,
        UnpackEx,
        CallEx,
        RaiseVarargs,
        Reraise,
        PushExcInfo,
        PopExcept,
        CheckExcMatch,
        ImportName,
        ImportFrom,
        LoadAssertionError,
        LoadName,
        StoreName,
        DeleteName,
        LoadBuildClass,
        BeforeWith,
        WithExceptStart,
        GetAwaitable,
        GetAIter,
        GetANext,
        EndAsyncFor,
        AsyncGenWrap,
    );

    // ---- stack shuffles and constants ---------------------------------------

    pub fn Nop(_cx: &mut Cx) {}

    /// Depths are static: popping is free.
    pub fn PopTop(_cx: &mut Cx) {}

    pub fn Copy(cx: &mut Cx) {
        let (src, dst) = (cx.peek(cx.ins().arg as usize), Cx::stack(cx.depth()));
        jit!(cx.ops
            ; mov rax, QWORD [stk + src]
            ; mov QWORD [stk + dst], rax
        );
    }

    pub fn Swap(cx: &mut Cx) {
        let (top, other) = (cx.peek(1), cx.peek(cx.ins().arg as usize));
        jit!(cx.ops
            ; mov rax, QWORD [stk + top]
            ; mov rcx, QWORD [stk + other]
            ; mov QWORD [stk + top], rcx
            ; mov QWORD [stk + other], rax
        );
    }

    pub fn PushNull(cx: &mut Cx) {
        let dst = Cx::stack(cx.depth());
        jit!(cx.ops
            ; lea rax, [specials + NULL_OFF]
            ; mov QWORD [stk + dst], rax
        );
    }

    pub fn LoadConst(cx: &mut Cx) {
        // Constants are immortal while their code object lives (it roots them), and
        // the GC does not move objects, so the bits are embedded.
        let bits = cx.code.consts[cx.ins().arg as usize].0 as i64;
        let dst = Cx::stack(cx.depth());
        jit!(cx.ops
            ; mov rax, QWORD bits
            ; mov QWORD [stk + dst], rax
        );
        cx.rax_holds(Home::Stack(dst));
    }

    // ---- locals -------------------------------------------------------------

    pub fn LoadFast(cx: &mut Cx) {
        let local = cx.ins().arg as usize;
        let (src, dst) = (Cx::local(local), Cx::stack(cx.depth()));
        cx.load_local(RAX, src);
        if !cx.local_is_bound(local) {
            let slow = cx.slow_path(); // unbound local: UnboundLocalError
            jit!(cx.ops
                ; lea rcx, [specials + NULL_OFF]
                ; cmp rax, rcx
                ; je =>slow
            );
        }
        jit!(cx.ops ; mov QWORD [stk + dst], rax);
        cx.rax_holds(Home::Stack(dst));
    }

    pub fn StoreFast(cx: &mut Cx) {
        let (src, dst) = (cx.peek(1), Cx::local(cx.ins().arg as usize));
        cx.load(RAX, src);
        jit!(cx.ops ; mov QWORD [frame + dst], rax);
        cx.rax_holds(Home::Local(dst));
    }

    // Superinstructions compile as their first component: the second instruction
    // is compiled in its own right (the interpreter's skipping saves a dispatch, which
    // machine code does not have).
    pub fn LoadFastLoadFast(cx: &mut Cx) {
        LoadFast(cx)
    }
    pub fn LoadFastLoadConst(cx: &mut Cx) {
        LoadFast(cx)
    }
    pub fn LoadFastLoadAttr(cx: &mut Cx) {
        LoadFast(cx)
    }
    pub fn LoadFastLoadMethod(cx: &mut Cx) {
        LoadFast(cx)
    }
    pub fn LoadConstLoadFast(cx: &mut Cx) {
        LoadConst(cx)
    }
    pub fn StoreFastLoadFast(cx: &mut Cx) {
        StoreFast(cx)
    }
    pub fn StoreFastStoreFast(cx: &mut Cx) {
        StoreFast(cx)
    }

    // ---- globals ------------------------------------------------------------

    /// The global IC's hit path inline (`ops::load_global_cached`'s checks: the cached
    /// word's keys versions of globals — and of builtins for a builtin — then the entry
    /// at the cached index must still hold this name); anything else through the
    /// helper, and a miss or an unbound name through the interpreter.
    fn load_global(cx: &mut Cx, push_null: bool) {
        use kiln_runtime::dict::layout as dl;
        use kiln_runtime::interp::FRAME_GLOBALS_OFFSET;
        use kiln_runtime::object::DICT_TABLE_OFFSET;
        let helper = kiln_runtime::jit::kiln_jit_load_global_cached as *const () as usize;
        let pc = cx.pc as i64;
        let slow = cx.slow_path();
        let d = cx.depth();
        let (ic, name) = (ic_addr(cx), name_bits(cx));
        let builtins = kiln_runtime::rt::rt().builtins.ptr_bits() as i64;
        let call = cx.ops.new_dynamic_label();
        let in_builtins = cx.ops.new_dynamic_label();
        let read = cx.ops.new_dynamic_label();
        let got = cx.ops.new_dynamic_label();
        let kv = (DICT_TABLE_OFFSET + dl::TABLE_KEYS_VERSION) as i32;
        jit!(cx.ops
            ; mov r8, QWORD ic
            ; mov rax, QWORD [r8 + kiln_ic::IC_KEY0_OFFSET as i32]
            ; test rax, rax
            ; jz =>call
            ; btc rax, 63 // the packed word's "non-empty" flip
            ; mov rcx, QWORD [frame + FRAME_GLOBALS_OFFSET as i32]
            ; shl rcx, 16
            ; shr rcx, 16
            ; mov edx, DWORD [rcx + kv]
            ; and edx, 0xFF_FFFF
            ; mov r9, rax
            ; shr r9, 40
            ; cmp r9d, edx
            ; jne =>call
            ; test al, 1
            ; jnz =>in_builtins
            ; =>read
            ; mov r10, rax
            ; shr r10, 1
            ; and r10d, 0x7F_FFFF
        );
        dict_entry_value(cx, dynasmrt::x64::Rq::RAX as u8, name, call);
        jit!(cx.ops
            ; jmp =>got
            ; =>in_builtins
            ; mov rcx, QWORD builtins
            ; mov edx, DWORD [rcx + kv]
            ; and edx, 0xFFFF
            ; mov r9, rax
            ; shr r9, 24
            ; and r9d, 0xFFFF
            ; cmp r9d, edx
            ; je =>read
            ; =>call
        );
        cx.call_helper(helper, pc);
        jit!(cx.ops
            ; =>got
            ; lea rcx, [specials + NULL_OFF]
            ; cmp rax, rcx
            ; je =>slow
        );
        if push_null {
            let (n, v) = (Cx::stack(d), Cx::stack(d + 1));
            jit!(cx.ops
                ; mov QWORD [stk + n], rcx
                ; mov QWORD [stk + v], rax
            );
        } else {
            let v = Cx::stack(d);
            jit!(cx.ops ; mov QWORD [stk + v], rax);
            cx.rax_holds(Home::Stack(v));
        }
    }

    /// rcx = a dict's header address, r10 = an entry index: `dst` = that entry's value
    /// if its key is still `name` (entries are hash, key, value words in the table's
    /// GrowVec, read lock-free as the interpreter's cached lookups read them), else to
    /// `miss`. Clobbers rdx, rsi, r10, r11. LoadGlobal's and the module-attribute IC hits.
    ///
    /// The value is loaded before the key (x86 keeps loads in order), as
    /// `DictTable::keyed_entry` reads them: a racing removal whose slot an append
    /// reuses can then never pair this name with another entry's value.
    fn dict_entry_value(cx: &mut Cx, dst: u8, name: i64, miss: dynasmrt::DynamicLabel) {
        use kiln_runtime::dict::layout as dl;
        use kiln_runtime::object::DICT_TABLE_OFFSET;
        use kiln_threads::{BUF_LEN_OFFSET, BUF_SLOTS_OFFSET};
        debug_assert_eq!(dl::ENTRY_WORDS, 3);
        let buf = (DICT_TABLE_OFFSET + dl::TABLE_ENTRIES_BUF) as i32;
        jit!(cx.ops
            ; lea r10, [r10 + r10 * 2] // ENTRY_WORDS = 3: hash, key, value
            ; mov r11, QWORD [rcx + buf]
            ; test r11, r11
            ; jz =>miss
            ; lea rdx, [r10 + 2]
            ; cmp rdx, QWORD [r11 + BUF_LEN_OFFSET as i32]
            ; jae =>miss
            ; mov Rq(dst), QWORD [r11 + r10 * 8 + (BUF_SLOTS_OFFSET + 16) as i32]
            ; mov rdx, QWORD [r11 + r10 * 8 + (BUF_SLOTS_OFFSET + 8) as i32]
            ; mov rsi, QWORD name
            ; cmp rdx, rsi
            ; jne =>miss
        );
    }

    pub fn StoreGlobal(cx: &mut Cx) {
        cx.call_stepping(kiln_runtime::interp::kiln_jit_store_global as *const () as usize);
    }

    pub fn LoadGlobal(cx: &mut Cx) {
        load_global(cx, false);
    }

    pub fn LoadGlobalNull(cx: &mut Cx) {
        load_global(cx, true);
    }

    // ---- helper-backed fast paths: attributes, subscripts, iteration -------------
    //
    // The IC hit paths and container fast paths are the interpreter's own functions
    // (`kiln_runtime::interp::*_fast`, `*_cached`), called through `kiln_jit_*`
    // wrappers that return NULL on a miss; a miss runs the instruction in the
    // interpreter, which also updates the IC.

    /// Call `helper` with the argument registers already loaded; jump to the slow path
    /// when it answers NULL.
    fn call_fast(cx: &mut Cx, helper: usize) -> dynasmrt::DynamicLabel {
        let slow = cx.slow_path();
        jit!(cx.ops
            ; mov rax, QWORD helper as i64
            ; call rax
            ; lea rcx, [specials + NULL_OFF]
            ; cmp rax, rcx
            ; je =>slow
        );
        slow
    }

    /// Like `call_fast`, but a NULL answer runs `slow_helper` (a step-protocol helper
    /// doing the whole operation) instead of the generic interpreter step.
    fn call_fast_else(cx: &mut Cx, helper: usize, slow_helper: usize) {
        let slow = cx.slow_path_with(slow_helper);
        call_fast_or(cx, helper, slow);
    }

    /// Call a fast-path helper (arguments already in place); its NULL answer goes to
    /// `miss`, anything else stays in rax.
    fn call_fast_or(cx: &mut Cx, helper: usize, miss: dynasmrt::DynamicLabel) {
        jit!(cx.ops
            ; mov rax, QWORD helper as i64
            ; call rax
            ; lea rcx, [specials + NULL_OFF]
            ; cmp rax, rcx
            ; je =>miss
        );
    }

    /// Which receivers other than instances a method or attribute site had cached
    /// when it was compiled: (builtin types, classes, modules), from its IC keys
    /// (`interp::builtin_method_key`, `class_ic_key`, `class_plain_attr_key`, the
    /// module tag). Their out-of-line probes are emitted only for kinds the site has
    /// seen: they would otherwise triple a site's code, and a kind that shows up later
    /// still takes the helper.
    fn seen_receivers(cx: &Cx) -> (bool, bool, bool) {
        use kiln_runtime::interp::{ic_key_receiver, KeyReceiver};
        let ins = cx.ins();
        if ins.ic == kiln_runtime::bytecode::NO_IC {
            return (false, false, false);
        }
        let kinds = cx.code.ic.get(ins.ic).keys_snapshot().map(ic_key_receiver);
        let seen = |k: KeyReceiver| kinds.contains(&k);
        (
            seen(KeyReceiver::Builtin),
            seen(KeyReceiver::Class),
            seen(KeyReceiver::Module),
        )
    }

    fn ic_addr(cx: &Cx) -> i64 {
        cx.code.ic.get(cx.ins().ic) as *const kiln_ic::IcEntry as i64
    }

    fn name_bits(cx: &Cx) -> i64 {
        cx.code.names[cx.ins().arg as usize].0 as i64
    }

    /// rax = a value: a heap object's header address in rax if it is one of kind `kind`;
    /// a non-pointer goes to `not_ptr`, an object of another kind to `other_kind` (with
    /// rax already its header address). Clobbers rcx.
    fn untag_kind(
        cx: &mut Cx,
        kind: kiln_runtime::heap::ObjKind,
        not_ptr: dynasmrt::DynamicLabel,
        other_kind: dynasmrt::DynamicLabel,
    ) {
        use kiln_runtime::object::layout;
        jit!(cx.ops
            ; mov rcx, rax
            ; shr rcx, 48
            ; cmp ecx, TAG_PTR as i32
            ; jne =>not_ptr
            ; shl rax, 16
            ; shr rax, 16
            ; cmp BYTE [rax + layout::HEADER_KIND as i32], kind as u8 as i8
            ; jne =>other_kind
        );
    }

    /// The instance-slot word inline: rax = the receiver's bits. On a hit (the word
    /// holds the instance's shape id), rax = its header address, rcx = the slot index
    /// and r10 = its slot buffer, whose capacity exceeds the index: a published shape's
    /// slots were stored before it, and instance slot buffers never shrink. A
    /// different shape goes to `ways` (rax = the header address; the version-keyed
    /// ways), a non-pointer to `miss`, another heap object to `not_instance`.
    fn instance_slot_probe(
        cx: &mut Cx,
        miss: dynasmrt::DynamicLabel,
        not_instance: dynasmrt::DynamicLabel,
        ways: dynasmrt::DynamicLabel,
    ) {
        use kiln_runtime::object::layout;
        let ic = ic_addr(cx);
        untag_kind(
            cx,
            kiln_runtime::heap::ObjKind::Instance,
            miss,
            not_instance,
        );
        jit!(cx.ops
            ; mov r8, QWORD ic
            ; mov rcx, QWORD [r8 + kiln_ic::IC_SLOT_OFFSET as i32]
            ; cmp ecx, DWORD [rax + layout::INSTANCE_SHAPE_ID as i32]
            ; jne =>ways
            ; shr rcx, 32
            ; mov r10, QWORD [rax + layout::INSTANCE_SLOTS_BUF as i32]
        );
    }

    /// The instance IC's class-versioned ways: rax = an instance's header address. On a
    /// hit, r9 = the matching way's value; else to `miss`. The key is
    /// `instance_ic_key`'s (class version << 32 | shape id), read with
    /// `IcEntry::lookup`'s protocol (key, value, key again).
    fn instance_ways_probe(cx: &mut Cx, miss: dynasmrt::DynamicLabel) {
        use kiln_runtime::object::layout;
        let ic = ic_addr(cx);
        jit!(cx.ops
            ; mov rcx, QWORD [rax + layout::INSTANCE_CLS as i32]
            ; shl rcx, 16
            ; shr rcx, 16
            ; mov rcx, QWORD [rcx + layout::CLASS_VERSION as i32]
            ; shl rcx, 32
            ; mov edx, DWORD [rax + layout::INSTANCE_SHAPE_ID as i32]
            ; or rcx, rdx
            ; mov r8, QWORD ic
        );
        ic_ways_probe(cx, miss);
    }

    /// rcx = an IC key, r8 = the IC entry: r9 = the value of the way holding the key,
    /// else to `miss`. Each way read with `lookup_way0`'s protocol: key, value, key
    /// again. Way 0 (the monomorphic hit) is inline; the later ways (polymorphic
    /// sites) are a cold block that rejoins after it.
    fn ic_ways_probe(cx: &mut Cx, miss: dynasmrt::DynamicLabel) {
        let hit = cx.ops.new_dynamic_label();
        let later_ways = cx.cold(move |cx| {
            for way in 1..kiln_ic::WAYS {
                let key = (kiln_ic::IC_KEY0_OFFSET + 8 * way) as i32;
                let val = (kiln_ic::IC_VAL0_OFFSET + 8 * way) as i32;
                let next = cx.ops.new_dynamic_label();
                let on_miss = if way + 1 == kiln_ic::WAYS { miss } else { next };
                jit!(cx.ops
                    ; cmp rcx, QWORD [r8 + key]
                    ; jne =>on_miss
                    ; mov r9, QWORD [r8 + val]
                    ; cmp rcx, QWORD [r8 + key]
                    ; je =>hit
                    ; jmp =>on_miss
                    ; =>next
                );
            }
        });
        let (key, val) = (
            kiln_ic::IC_KEY0_OFFSET as i32,
            kiln_ic::IC_VAL0_OFFSET as i32,
        );
        jit!(cx.ops
            ; cmp rcx, QWORD [r8 + key]
            ; jne =>later_ways
            ; mov r9, QWORD [r8 + val]
            ; cmp rcx, QWORD [r8 + key]
            ; jne =>later_ways
            ; =>hit
        );
    }

    /// rax = an object's header address. For a class with the plain `type` metaclass
    /// (`interp::class_ic_key`'s conditions): r9 = the IC value cached under its
    /// version (a class-dict value: `Strength.REQUIRED`), else to `miss`.
    fn class_ic_probe(cx: &mut Cx, miss: dynasmrt::DynamicLabel) {
        class_ic_probe_low(cx, kiln_runtime::interp::CLASS_IC_KEY_LOW, miss)
    }

    /// `class_ic_probe` with `low` as the key's low half (`CLASS_IC_KEY_LOW - 1`: the
    /// method-load site's plain class attribute, `interp::class_plain_attr_key`).
    fn class_ic_probe_low(cx: &mut Cx, low: u32, miss: dynasmrt::DynamicLabel) {
        use kiln_runtime::object::layout;
        let ic = ic_addr(cx);
        let kind = kiln_runtime::heap::ObjKind::Class as u8 as i8;
        jit!(cx.ops
            ; cmp BYTE [rax + layout::HEADER_KIND as i32], kind
            ; jne =>miss
            ; lea rcx, [specials + NULL_OFF]
            ; cmp QWORD [rax + layout::CLASS_META as i32], rcx
            ; jne =>miss
            ; mov rcx, QWORD [rax + layout::CLASS_VERSION as i32]
            ; test rcx, rcx
            ; jz =>miss
            ; mov rdx, rcx
            ; shr rdx, 32
            ; jnz =>miss
            ; shl rcx, 32
            ; mov edx, DWORD low as i32
            ; or rcx, rdx
            ; mov r8, QWORD ic
        );
        ic_ways_probe(cx, miss);
    }

    /// rax = a module's header address: r9 = the attribute `name` its site caches
    /// (`interp::module_attr_cached`: the module's tagged identity -> keys version << 32
    /// | entry index, re-checked against the dict, whose entry must still hold the
    /// name; the value read as LoadGlobal reads it), else to `miss`.
    fn module_attr_probe(cx: &mut Cx, miss: dynasmrt::DynamicLabel) {
        use kiln_runtime::dict::layout as dl;
        use kiln_runtime::object::{layout as ol, DICT_TABLE_OFFSET};
        let (ic, name) = (ic_addr(cx), name_bits(cx));
        let kv = (DICT_TABLE_OFFSET + dl::TABLE_KEYS_VERSION) as i32;
        jit!(cx.ops
            ; mov rcx, QWORD kiln_runtime::interp::MODULE_KEY_TAG as i64
            ; or rcx, rax
            ; mov r8, QWORD ic
        );
        ic_ways_probe(cx, miss);
        jit!(cx.ops
            ; mov rcx, QWORD [rax + ol::MODULE_DICT as i32]
            ; shl rcx, 16
            ; shr rcx, 16
            ; mov rdx, r9
            ; shr rdx, 32
            ; cmp edx, DWORD [rcx + kv]
            ; jne =>miss
            ; mov r10d, r9d
        );
        dict_entry_value(cx, dynasmrt::x64::Rq::R9 as u8, name, miss);
        jit!(cx.ops
            ; lea rcx, [specials + NULL_OFF]
            ; cmp r9, rcx
            ; je =>miss
        );
    }

    /// Instance slot hit inline (shape guard + slot load); class receivers (a cached
    /// class-dict value), other ways and the helper call are cold.
    pub fn LoadAttr(cx: &mut Cx) {
        use kiln_threads::{BUF_LEN_OFFSET, BUF_SLOTS_OFFSET};
        let top = cx.peek(1);
        let (ic, name) = (ic_addr(cx), name_bits(cx));
        let done = cx.ops.new_dynamic_label();
        // The IC helper (a cached class receiver's or class attribute's value, other
        // ways); when it does not answer, the full lookup (`kiln_jit_load_attr_miss`,
        // which may run a property's getter) with the pc stored and RAISED unwinding.
        let raised = cx.slow_path_with(kiln_runtime::interp::kiln_jit_unwind as *const () as usize);
        let pc = cx.pc as i32;
        // A site that held a property getter's plan when it was compiled enters the
        // getter through its call stub first (`kiln_jit_attr_plan`).
        let planned = kiln_runtime::interp::instance_site_planned(cx.code.ic.get(cx.ins().ic));
        let miss = cx.cold(move |cx| {
            if planned {
                let generic = cx.ops.new_dynamic_label();
                let plan = kiln_runtime::interp::kiln_jit_attr_plan as *const () as usize;
                planned_instance_call(cx, plan, top, 1, generic);
                jit!(cx.ops
                    ; mov QWORD [stk + top], rax
                    ; jmp =>done
                    ; =>generic
                );
            }
            jit!(cx.ops
                ; mov DWORD [frame + kiln_runtime::interp::FRAME_PC_OFFSET as i32], pc
                ; mov rdi, vm
                ; mov rsi, QWORD [stk + top]
                ; mov rdx, QWORD name
                ; mov rcx, QWORD ic
                ; mov rax, QWORD kiln_runtime::interp::kiln_jit_load_attr_miss as *const () as i64
                ; call rax
            );
            store_unless_raised(cx, top, raised);
            jit!(cx.ops ; jmp =>done);
        });
        let helper = cx.cold(move |cx| {
            jit!(cx.ops
                ; mov rdi, QWORD [stk + top]
                ; mov rsi, QWORD ic
                ; mov rdx, QWORD name
                ; mov rax, QWORD rt::kiln_jit_load_attr as *const () as i64
                ; call rax
                ; lea rcx, [specials + NULL_OFF]
                ; cmp rax, rcx
                ; je =>miss
                ; mov QWORD [stk + top], rax
                ; jmp =>done
            );
        });
        // A class receiver's cached class-dict value, or (if the site had cached one
        // when compiled) a module attribute.
        let seen_module = seen_receivers(cx).2;
        let not_instance = cx.cold(move |cx| {
            use kiln_runtime::object::layout as ol;
            let module = cx.ops.new_dynamic_label();
            if seen_module {
                jit!(cx.ops
                    ; cmp BYTE [rax + ol::HEADER_KIND as i32], kiln_runtime::heap::ObjKind::Module as u8 as i8
                    ; je =>module
                );
            }
            class_ic_probe(cx, helper);
            jit!(cx.ops
                ; mov rax, r9
                ; mov QWORD [stk + top], rax
                ; jmp =>done
            );
            if seen_module {
                jit!(cx.ops ; =>module);
                module_attr_probe(cx, helper);
                jit!(cx.ops
                    ; mov rax, r9
                    ; mov QWORD [stk + top], rax
                    ; jmp =>done
                );
            }
        });
        // Another shape: the version-keyed ways (a polymorphic site's other shapes, or
        // a plain class attribute's value, bits >= 2**32).
        let ways = cx.cold(move |cx| {
            instance_ways_probe(cx, helper);
            jit!(cx.ops
                ; mov rcx, QWORD 1i64 << 32
                ; cmp r9, rcx
                ; jae >class_value
                ; mov r10, QWORD [rax + kiln_runtime::object::layout::INSTANCE_SLOTS_BUF as i32]
                ; test r10, r10
                ; jz =>helper
                ; cmp r9, QWORD [r10 + BUF_LEN_OFFSET as i32]
                ; jae =>helper
                ; mov r9, QWORD [r10 + r9 * 8 + BUF_SLOTS_OFFSET as i32]
                ; class_value:
                ; mov rax, r9
                ; mov QWORD [stk + top], rax
                ; jmp =>done
            );
        });
        cx.load(RAX, top);
        instance_slot_probe(cx, helper, not_instance, ways);
        jit!(cx.ops
            ; mov rax, QWORD [r10 + rcx * 8 + BUF_SLOTS_OFFSET as i32]
            ; mov QWORD [stk + top], rax
            ; =>done
        );
        // Every path to `done` leaves the value in rax (the miss helper's answer too).
        cx.rax_holds(Home::Stack(top));
    }

    /// A method of an instance's class inline (shape guard; the cached value is the
    /// function); builtin receivers through the helper (cold).
    pub fn LoadMethod(cx: &mut Cx) {
        let (top, push) = (cx.peek(1), Cx::stack(cx.depth()));
        let (ic, name) = (ic_addr(cx), name_bits(cx));
        let done = cx.ops.new_dynamic_label();
        let helper = cx.cold(move |cx| {
            jit!(cx.ops
                ; mov rdi, QWORD [stk + top]
                ; mov rsi, QWORD ic
                ; mov rdx, QWORD name
                ; lea rcx, [stk + top]
            );
            call_fast(cx, rt::kiln_jit_load_method as *const () as usize);
            jit!(cx.ops ; jmp =>done);
        });
        let hit = cx.ops.new_dynamic_label();
        // Not the shape-keyed record: the class-versioned ways (a method recorded
        // that way, or a slot index: a callable stored in the instance, the helper's).
        let ways = cx.cold(move |cx| {
            instance_ways_probe(cx, helper);
            jit!(cx.ops
                ; mov rcx, QWORD 1i64 << 32
                ; cmp r9, rcx
                ; jb =>helper
                ; jmp =>hit
            );
        });
        // Receivers other than instances, each probed out of line only if the site
        // had cached one when compiled (`seen_receivers`); anything else: the helper.
        let (seen_builtin, seen_class, seen_module) = seen_receivers(cx);
        let probe_others = move |cx: &mut Cx| {
            use kiln_runtime::heap::ObjKind;
            use kiln_runtime::object::layout as ol;
            if seen_module {
                // `math.sqrt(x)`: the module attribute as (NULL, value).
                let not_module = cx.ops.new_dynamic_label();
                jit!(cx.ops
                    ; cmp BYTE [rax + ol::HEADER_KIND as i32], ObjKind::Module as u8 as i8
                    ; jne =>not_module
                );
                module_attr_probe(cx, helper);
                push_attribute_form(cx, top, push, done);
                jit!(cx.ops ; =>not_module);
            }
            if seen_class {
                // A classmethod as (function, class), or a plain class attribute called
                // as it is, as (NULL, value) (`interp::load_method_cached`).
                let (not_class, plain_attr) =
                    (cx.ops.new_dynamic_label(), cx.ops.new_dynamic_label());
                jit!(cx.ops
                    ; cmp BYTE [rax + ol::HEADER_KIND as i32], ObjKind::Class as u8 as i8
                    ; jne =>not_class
                );
                class_ic_probe(cx, plain_attr);
                jit!(cx.ops ; jmp =>hit ; =>plain_attr);
                class_ic_probe_low(cx, kiln_runtime::interp::CLASS_IC_KEY_LOW - 1, helper);
                push_attribute_form(cx, top, push, done);
                jit!(cx.ops ; =>not_class);
            }
            if !seen_builtin {
                jit!(cx.ops ; jmp =>helper);
                return;
            }
            // A list (or a list subclass instance without an attribute dict, whose
            // class has no `__getattribute__`), a plain dict or a str: the method
            // cached under the type's key (`interp::builtin_method_key`: version << 32
            // | 0xFFFF_FF00 | kind), so `items.append(x)` needs no helper call.
            let types = &kiln_runtime::rt::rt().types;
            let (list_cls, str_cls) = (types.list.ptr_bits() as i64, types.str.ptr_bits() as i64);
            let dict_cls = types.dict.ptr_bits() as i64;
            jit!(cx.ops
                ; movzx edx, BYTE [rax + ol::HEADER_KIND as i32]
                ; cmp edx, ObjKind::Str as u8 as i32
                ; je >str
                ; cmp edx, ObjKind::Dict as u8 as i32
                ; je >dict
                ; cmp edx, ObjKind::List as u8 as i32
                ; jne =>helper
                ; lea r8, [specials + NULL_OFF]
                ; mov rcx, QWORD [rax + ol::LIST_CLS as i32]
                ; cmp rcx, r8
                ; jne >subclass
                ; mov rcx, QWORD list_cls
                ; jmp >keyed
                ; subclass:
                ; cmp QWORD [rax + ol::LIST_DICT as i32], r8
                ; jne =>helper
                ; shl rcx, 16
                ; shr rcx, 16
                ; test DWORD [rcx + ol::CLASS_FLAGS as i32], kiln_runtime::object::CF_GETATTRIBUTE as i32
                ; jnz =>helper
                ; jmp >keyed
                ; dict:
                ; lea r8, [specials + NULL_OFF]
                ; cmp QWORD [rax + ol::DICT_CLS as i32], r8
                ; jne =>helper
                ; cmp QWORD [rax + ol::DICT_DICT as i32], r8
                ; jne =>helper
                ; mov rcx, QWORD dict_cls
                ; jmp >keyed
                ; str:
                ; mov rcx, QWORD str_cls
                ; keyed:
                ; mov rcx, QWORD [rcx + ol::CLASS_VERSION as i32]
                ; shl rcx, 32
                ; or edx, 0xFFFF_FF00_u32 as i32
                ; or rcx, rdx
                ; mov r8, QWORD ic
            );
            ic_ways_probe(cx, helper);
            jit!(cx.ops ; jmp =>hit);
        };
        let builtin = if seen_builtin || seen_class || seen_module {
            cx.cold(probe_others)
        } else {
            helper
        };
        cx.load(RAX, top);
        untag_kind(cx, kiln_runtime::heap::ObjKind::Instance, helper, builtin);
        // `kiln_ic::shape_key`: all ones | (shape id + 1); way 0 inline, the others cold.
        jit!(cx.ops
            ; mov edx, DWORD [rax + kiln_runtime::object::layout::INSTANCE_SHAPE_ID as i32]
            ; add edx, 1
            ; mov rcx, QWORD kiln_ic::SHAPE_KEY_HIGH as i64
            ; or rcx, rdx
            ; mov r8, QWORD ic
        );
        ic_ways_probe(cx, ways);
        jit!(cx.ops
            ; =>hit
            ; mov rcx, QWORD [stk + top]
            ; mov QWORD [stk + top], r9
            ; mov QWORD [stk + push], rcx
            ; =>done
        );
    }

    /// LoadMethod's (NULL, attribute) form: NULL over the receiver at `top`, the
    /// attribute (r9) above it, then on to `done`.
    fn push_attribute_form(cx: &mut Cx, top: i32, push: i32, done: dynasmrt::DynamicLabel) {
        jit!(cx.ops
            ; lea rcx, [specials + NULL_OFF]
            ; mov QWORD [stk + top], rcx
            ; mov QWORD [stk + push], r9
            ; jmp =>done
        );
    }

    /// Stack: value, object (top). Storing into an existing instance slot is inline
    /// while only one guest thread exists (with several, GrowVec stores take the
    /// vector's lock, so they go through the helper); cached shape transitions and the
    /// helper call are cold.
    pub fn StoreAttr(cx: &mut Cx) {
        use kiln_runtime::object::layout as ol;
        use kiln_threads::{BUF_CAP_OFFSET, BUF_LEN_OFFSET, BUF_SLOTS_OFFSET};
        let (obj, val) = (cx.peek(1), cx.peek(2));
        let ic = ic_addr(cx);
        let done = cx.ops.new_dynamic_label();
        let flag = kiln_threads::multi_mutator_flag() as i64;
        let helper = cx.cold(move |cx| {
            jit!(cx.ops
                ; mov rdi, QWORD [stk + obj]
                ; mov rsi, QWORD [stk + val]
                ; mov rdx, QWORD ic
            );
            call_fast(cx, rt::kiln_jit_store_attr as *const () as usize);
            jit!(cx.ops ; jmp =>done);
        });
        // A cached shape transition (`store_attr_cached`'s second case): r9 is the
        // child shape; the value goes in the next slot if the buffer has room, then
        // the shape pointer and id are published (plain x86 stores are release
        // stores; and only one guest thread runs here).
        let transition = cx.cold(move |cx| {
            jit!(cx.ops
                ; mov r11, QWORD [r10 + BUF_LEN_OFFSET as i32]
                ; cmp r11, QWORD [r10 + BUF_CAP_OFFSET as i32]
                ; jae =>helper
                ; mov rcx, QWORD [stk + val]
                ; mov QWORD [r10 + r11 * 8 + BUF_SLOTS_OFFSET as i32], rcx
                ; add r11, 1
                ; mov QWORD [r10 + BUF_LEN_OFFSET as i32], r11
                ; mov QWORD [rax + ol::INSTANCE_SHAPE as i32], r9
                ; mov ecx, DWORD [r9 + ol::SHAPE_ID as i32]
                ; mov DWORD [rax + ol::INSTANCE_SHAPE_ID as i32], ecx
                ; jmp =>done
            );
        });
        // Another shape: the version-keyed ways (a polymorphic site's other shapes, or
        // a cached transition).
        let ways = cx.cold(move |cx| {
            instance_ways_probe(cx, helper);
            jit!(cx.ops
                ; mov rcx, QWORD flag
                ; cmp BYTE [rcx], 0
                ; jne =>helper
                ; mov r10, QWORD [rax + ol::INSTANCE_SLOTS_BUF as i32]
                ; test r10, r10
                ; jz =>helper
                ; mov rcx, QWORD kiln_runtime::interp::TRANSITION_MIN as i64
                ; cmp r9, rcx
                ; jae =>transition
                ; cmp r9, QWORD [r10 + BUF_LEN_OFFSET as i32]
                ; jae =>helper
                ; mov rcx, QWORD [stk + val]
                ; mov QWORD [r10 + r9 * 8 + BUF_SLOTS_OFFSET as i32], rcx
                ; jmp =>done
            );
        });
        cx.load(RAX, obj);
        instance_slot_probe(cx, helper, helper, ways);
        jit!(cx.ops
            ; mov rdx, QWORD flag
            ; cmp BYTE [rdx], 0
            ; jne =>helper
            ; mov rdx, QWORD [stk + val]
            ; mov QWORD [r10 + rcx * 8 + BUF_SLOTS_OFFSET as i32], rdx
            ; =>done
        );
    }

    /// rax = an object's header address. For a plain list (not a subclass instance)
    /// whose items have a buffer: `buf` = that GrowVec buffer; else to `miss`.
    /// `scratch` (which may be `buf`) is clobbered.
    fn plain_list_buf(cx: &mut Cx, buf: u8, scratch: u8, miss: dynasmrt::DynamicLabel) {
        use kiln_runtime::object::layout as ol;
        let list_kind = kiln_runtime::heap::ObjKind::List as u8 as i8;
        jit!(cx.ops
            ; cmp BYTE [rax + ol::HEADER_KIND as i32], list_kind
            ; jne =>miss
            ; lea Rq(scratch), [specials + NULL_OFF]
            ; cmp QWORD [rax + ol::LIST_CLS as i32], Rq(scratch)
            ; jne =>miss
            ; mov Rq(buf), QWORD [rax + ol::LIST_ITEMS_BUF as i32]
            ; test Rq(buf), Rq(buf)
            ; jz =>miss
        );
    }

    /// rax = container bits, rcx = key bits: on to the next instruction with rax = the
    /// container's header address if the key is a small int and the container a heap
    /// object; else to `miss`. Clobbers rdx.
    fn int_key_heap_container(cx: &mut Cx, miss: dynasmrt::DynamicLabel) {
        jit!(cx.ops
            ; mov rdx, rcx
            ; shr rdx, 48
            ; cmp edx, TAG_INT as i32
            ; jne =>miss
            ; mov rdx, rax
            ; shr rdx, 48
            ; cmp edx, TAG_PTR as i32
            ; jne =>miss
            ; shl rax, 16
            ; shr rax, 16
        );
    }

    /// rcx = small-int key bits, r11 = the sequence's length: rdx = the index, a
    /// negative one counted from the end; to `miss` if out of range.
    fn sequence_index(cx: &mut Cx, miss: dynasmrt::DynamicLabel) {
        jit!(cx.ops
            ; mov rdx, rcx
            ; shl rdx, 16
            ; sar rdx, 16
            ; test rdx, rdx
            ; jns >positive
            ; add rdx, r11
            ; positive:
            ; cmp rdx, r11
            ; jae =>miss // (a still-negative index is huge unsigned)
        );
    }

    /// rax = container bits, rcx = key bits. For a plain list (not a subclass
    /// instance) and a small-int index in range (negative counts from the end): r10 =
    /// the items' buffer, rdx = the index — `subscr_fast`'s list case. Else to `miss`.
    fn list_slot(cx: &mut Cx, miss: dynasmrt::DynamicLabel) {
        use kiln_threads::BUF_LEN_OFFSET;
        int_key_heap_container(cx, miss);
        plain_list_buf(
            cx,
            dynasmrt::x64::Rq::R10 as u8,
            dynasmrt::x64::Rq::R9 as u8,
            miss,
        );
        jit!(cx.ops ; mov r11, QWORD [r10 + BUF_LEN_OFFSET as i32]);
        sequence_index(cx, miss);
    }

    /// rax = container bits, rcx = key bits. For a plain tuple (not a subclass
    /// instance) and a small-int index in range (negative counts from the end): rax =
    /// the item — `subscr_fast`'s tuple case. Else to `miss`.
    fn tuple_item(cx: &mut Cx, miss: dynasmrt::DynamicLabel) {
        use kiln_runtime::object::layout as ol;
        let (ptr_word, len_word) = ol::boxed_slice_words();
        int_key_heap_container(cx, miss);
        jit!(cx.ops
            ; cmp BYTE [rax + ol::HEADER_KIND as i32], kiln_runtime::heap::ObjKind::Tuple as u8 as i8
            ; jne =>miss
            ; lea r9, [specials + NULL_OFF]
            ; cmp QWORD [rax + ol::TUPLE_CLS as i32], r9
            ; jne =>miss
            ; mov r11, QWORD [rax + (ol::TUPLE_ITEMS + len_word) as i32]
        );
        sequence_index(cx, miss);
        jit!(cx.ops
            ; mov r10, QWORD [rax + (ol::TUPLE_ITEMS + ptr_word) as i32]
            ; mov rax, QWORD [r10 + rdx * 8]
        );
    }

    /// `list[int]` and `tuple[int]` inline; the rest through the helpers.
    pub fn BinarySubscr(cx: &mut Cx) {
        use kiln_threads::BUF_SLOTS_OFFSET;
        let (o, k) = (cx.peek(2), cx.peek(1));
        let helper = cx.ops.new_dynamic_label();
        let done = cx.ops.new_dynamic_label();
        cx.load2(RAX, o, RCX, k);
        list_slot(cx, helper);
        let call = cx.ops.new_dynamic_label();
        jit!(cx.ops
            ; mov rax, QWORD [r10 + rdx * 8 + BUF_SLOTS_OFFSET as i32]
            ; mov QWORD [stk + o], rax
            ; jmp =>done
            ; =>helper
            ; mov rax, QWORD [stk + o]
            ; mov rcx, QWORD [stk + k]
        );
        tuple_item(cx, call);
        jit!(cx.ops
            ; mov QWORD [stk + o], rax
            ; jmp =>done
            ; =>call
            ; mov rdi, QWORD [stk + o]
            ; mov rsi, QWORD [stk + k]
        );
        // A planned `__getitem__` (every site tries one: a site may meet its first
        // instance only after it was compiled, a loop having taken it there by OSR),
        // then the generic helper, both out of line: the main path stays short.
        let slow = cx.slow_path_with(kiln_runtime::interp::kiln_jit_getitem as *const () as usize);
        let planned = cx.cold(move |cx| {
            planned_special_call(cx, o, 2, slow);
            jit!(cx.ops
                ; mov QWORD [stk + o], rax
                ; jmp =>done
            );
        });
        call_fast_or(cx, rt::kiln_jit_subscr as *const () as usize, planned);
        jit!(cx.ops
            ; mov QWORD [stk + o], rax
            ; =>done
        );
        cx.rax_holds(Home::Stack(o));
    }

    /// The special method the site planned for the instance at `args` (the first of
    /// `nargs` adjacent argument slots), entered like a call of it through the
    /// function's shared call stub, the result in rax. To `declined` (nothing changed)
    /// when `kiln_jit_instance_plan` has no plan the stub can enter, or the stub
    /// declines; a raise unwinds.
    fn planned_special_call(cx: &mut Cx, args: i32, nargs: i32, declined: dynasmrt::DynamicLabel) {
        let plan = kiln_runtime::interp::kiln_jit_instance_plan as *const () as usize;
        planned_instance_call(cx, plan, args, nargs, declined);
    }

    /// `planned_special_call` with the plan from `plan(o, ic)`
    /// (`kiln_jit_instance_plan`, `kiln_jit_attr_plan`).
    fn planned_instance_call(
        cx: &mut Cx,
        plan: usize,
        args: i32,
        nargs: i32,
        declined: dynasmrt::DynamicLabel,
    ) {
        let raised = cx.slow_path_with(kiln_runtime::interp::kiln_jit_unwind as *const () as usize);
        let ic = ic_addr(cx);
        jit!(cx.ops
            ; mov rdi, QWORD [stk + args]
            ; mov rsi, QWORD ic
            ; mov rax, QWORD plan as i64
            ; call rax
            ; lea rcx, [specials + NULL_OFF]
            ; cmp rax, rcx
            ; je =>declined
            ; mov rdi, rax
            ; shl rdi, 16
            ; shr rdi, 16
        );
        func_code_to_r8(cx);
        jit!(cx.ops
            ; lea rsi, [stk + args]
            ; mov edx, nargs
        );
        call_enter_stub(cx, declined, raised);
    }

    /// Stack: value, container, key (top). `list[int] = v` inline while only one guest
    /// thread exists (with several, GrowVec stores take the vector's lock: helper).
    pub fn StoreSubscr(cx: &mut Cx) {
        use kiln_threads::BUF_SLOTS_OFFSET;
        let (v, o, k) = (cx.peek(3), cx.peek(2), cx.peek(1));
        let helper = cx.ops.new_dynamic_label();
        let done = cx.ops.new_dynamic_label();
        let flag = kiln_threads::multi_mutator_flag() as i64;
        cx.load2(RAX, o, RCX, k);
        jit!(cx.ops
            ; mov r8, QWORD flag
            ; cmp BYTE [r8], 0
            ; jne =>helper
        );
        list_slot(cx, helper);
        jit!(cx.ops
            ; mov rcx, QWORD [stk + v]
            ; mov QWORD [r10 + rdx * 8 + BUF_SLOTS_OFFSET as i32], rcx
            ; jmp =>done
            ; =>helper
            ; mov rdi, QWORD [stk + o]
            ; mov rsi, QWORD [stk + k]
            ; mov rdx, QWORD [stk + v]
        );
        // A planned `__setitem__(o, k, v)`, out of line: the three slots rotated into
        // argument order for the call, and back when it is declined.
        let slow = cx.slow_path_with(kiln_runtime::interp::kiln_jit_setitem as *const () as usize);
        let planned = cx.cold(move |cx| {
            let declined = cx.ops.new_dynamic_label();
            rotate3(cx, v, o, k);
            planned_special_call(cx, v, 3, declined);
            jit!(cx.ops
                ; jmp =>done
                ; =>declined
            );
            rotate3(cx, v, k, o);
            jit!(cx.ops ; jmp =>slow);
        });
        call_fast_or(cx, rt::kiln_jit_store_subscr as *const () as usize, planned);
        jit!(cx.ops ; =>done);
    }

    /// Stack slots (x, y, z) <- (y, z, x).
    fn rotate3(cx: &mut Cx, x: i32, y: i32, z: i32) {
        jit!(cx.ops
            ; mov rax, QWORD [stk + x]
            ; mov rcx, QWORD [stk + y]
            ; mov rdx, QWORD [stk + z]
            ; mov QWORD [stk + x], rcx
            ; mov QWORD [stk + y], rdx
            ; mov QWORD [stk + z], rax
        );
    }

    pub fn ContainsOp(cx: &mut Cx) {
        cx.call_stepping(kiln_runtime::interp::kiln_jit_contains as *const () as usize);
    }

    /// obj, start, stop -> obj[start:stop]: lists, tuples, strings with int/None
    /// bounds through the helper; other cases in the interpreter.
    pub fn BinarySlice(cx: &mut Cx) {
        let (o, start, stop) = (cx.peek(3), cx.peek(2), cx.peek(1));
        jit!(cx.ops
            ; mov rdi, QWORD [stk + o]
            ; mov rsi, QWORD [stk + start]
            ; mov rdx, QWORD [stk + stop]
        );
        call_fast(cx, rt::kiln_jit_slice as *const () as usize);
        jit!(cx.ops ; mov QWORD [stk + o], rax);
    }

    /// value, obj, start, stop -> ; obj[start:stop] = value.
    pub fn StoreSlice(cx: &mut Cx) {
        let (v, o, start, stop) = (cx.peek(4), cx.peek(3), cx.peek(2), cx.peek(1));
        jit!(cx.ops
            ; mov rdi, QWORD [stk + o]
            ; mov rsi, QWORD [stk + start]
            ; mov rdx, QWORD [stk + stop]
            ; mov rcx, QWORD [stk + v]
        );
        call_fast(cx, rt::kiln_jit_store_slice as *const () as usize);
    }

    /// start, stop[, step] -> slice object.
    /// `seq[a:b:c]`: the slice taken at once by a helper (no slice object) and the
    /// BinarySubscr that follows skipped; else BuildSlice's own code.
    pub fn BuildSliceSubscr(cx: &mut Cx) {
        use dynasmrt::x64::Rq;
        let o = cx.peek(cx.ins().arg as usize + 1);
        let after = cx.label(cx.pc + 2);
        let general = cx.ops.new_dynamic_label();
        jit!(cx.ops ; mov rdi, QWORD [stk + o]);
        slice_operands(cx, [Rq::RSI as u8, Rq::RDX as u8, Rq::RCX as u8]);
        jit!(cx.ops
            ; mov rax, QWORD rt::kiln_jit_slice_step as *const () as i64
            ; call rax
            ; lea rcx, [specials + NULL_OFF]
            ; cmp rax, rcx
            ; je =>general
            ; mov QWORD [stk + o], rax
            ; jmp =>after
            ; =>general
        );
        BuildSlice(cx)
    }

    pub fn BuildSlice(cx: &mut Cx) {
        use dynasmrt::x64::Rq;
        let start = cx.peek(cx.ins().arg as usize);
        slice_operands(cx, [Rq::RDI as u8, Rq::RSI as u8, Rq::RDX as u8]);
        jit!(cx.ops
            ; mov rax, QWORD rt::kiln_jit_build_slice as *const () as i64
            ; call rax
            ; mov QWORD [stk + start], rax
        );
    }

    /// BuildSlice's start, stop and step (None when it has two operands) into `regs`.
    fn slice_operands(cx: &mut Cx, regs: [u8; 3]) {
        let n = cx.ins().arg as usize;
        let (start, stop) = (cx.peek(n), cx.peek(n - 1));
        jit!(cx.ops
            ; mov Rq(regs[0]), QWORD [stk + start]
            ; mov Rq(regs[1]), QWORD [stk + stop]
        );
        if n == 3 {
            let step = cx.peek(1);
            jit!(cx.ops ; mov Rq(regs[2]), QWORD [stk + step]);
        } else {
            jit!(cx.ops ; mov Rq(regs[2]), specials); // None
        }
    }

    /// iter -> iter, next; on exhaustion pop the iterator (free) and jump. A range
    /// iterator whose next value is a small int steps inline; list and tuple iterators
    /// through the helper (the interpreter's `for_iter_fast`); generators and the rest
    /// in the interpreter.
    pub fn ForIter(cx: &mut Cx) {
        use kiln_runtime::object::layout as ol;
        let (it, push) = (cx.peek(1), Cx::stack(cx.depth()));
        let done = cx.label(cx.ins().arg as usize);
        let next_ins = cx.code.instrs.get(cx.pc + 1);
        if next_ins.is_some_and(|i| i.op == Op::UnpackSequence && i.arg == 2) {
            for_iter_pair(cx, it, push, done);
            return;
        }
        let helper = cx.ops.new_dynamic_label();
        let next = cx.ops.new_dynamic_label();
        let seq = cx.ops.new_dynamic_label();
        let range_tag = ol::iter_range_tag() as i8;
        jit!(cx.ops ; mov rax, QWORD [stk + it]);
        untag_kind(cx, kiln_runtime::heap::ObjKind::Iter, helper, helper);
        jit!(cx.ops
            ; cmp BYTE [rax + ol::ITER_TAG as i32], range_tag
            ; jne =>seq
            ; mov rcx, QWORD [rax + ol::ITER_RANGE_REMAINING as i32]
            ; test rcx, rcx
            ; jle =>done
            ; mov rdx, QWORD [rax + ol::ITER_RANGE_NEXT as i32]
            ; mov r8, rdx
            ; shl r8, 16
            ; sar r8, 16
            ; cmp r8, rdx
            ; jne =>helper // beyond 48 bits: the runtime boxes a big int
            ; mov r9, QWORD [rax + ol::ITER_RANGE_STEP as i32]
            ; add r9, rdx
            ; mov QWORD [rax + ol::ITER_RANGE_NEXT as i32], r9
            ; sub rcx, 1
            ; mov QWORD [rax + ol::ITER_RANGE_REMAINING as i32], rcx
            ; mov rax, rdx
        );
        box_small_int(cx, push);
        jit!(cx.ops ; jmp =>next ; =>seq);
        seq_iter_next(cx, push, next, helper);
        // Every other iterator (generators, dicts, sets, strs, enumerate, map, user
        // `__next__`) and a list's end: `kiln_jit_for_iter_next` with the pc stored
        // (it may run Python code), the item straight to the pushed slot.
        let raised = cx.slow_path_with(kiln_runtime::interp::kiln_jit_unwind as *const () as usize);
        let (pc, ic) = (cx.pc as i32, ic_addr(cx));
        let got = cx.ops.new_dynamic_label();
        jit!(cx.ops
            ; =>helper
            ; mov DWORD [frame + kiln_runtime::interp::FRAME_PC_OFFSET as i32], pc
            ; mov rdi, vm
            ; mov rsi, QWORD [stk + it]
            ; lea rdx, [stk + push]
            ; mov rcx, QWORD ic
            ; mov rax, QWORD kiln_runtime::interp::kiln_jit_for_iter_next as *const () as i64
            ; call rax
        );
        iter_answer(cx, got, done, raised);
        jit!(cx.ops
            ; =>got
            ; mov rax, QWORD [stk + push]
            ; =>next
        );
        // The range and sequence paths leave the item in rax too.
        cx.rax_holds(Home::Stack(push));
    }

    /// `for a, b in ...`: pairs from enumerate, zip and dict items go straight to the
    /// two stack slots and the UnpackSequence is skipped (`kiln_jit_for_iter_pair`);
    /// everything else takes the step-protocol slow path, which does the same for
    /// other pair iterators and otherwise continues at the UnpackSequence.
    fn for_iter_pair(cx: &mut Cx, it: i32, push: i32, done: dynasmrt::DynamicLabel) {
        let slow =
            cx.slow_path_with(kiln_runtime::interp::kiln_jit_for_iter_slow as *const () as usize);
        let unpacked = cx.label(cx.pc + 2);
        jit!(cx.ops
            ; mov rdi, QWORD [stk + it]
            ; lea rsi, [stk + push]
            ; mov rax, QWORD kiln_runtime::interp::kiln_jit_for_iter_pair as *const () as i64
            ; call rax
        );
        iter_answer(cx, unpacked, done, slow);
    }

    /// A ForIter helper's answer in rax: TRUE (the item is in place) to `item`,
    /// ITER_DONE to `done`, anything else to `other`.
    fn iter_answer(
        cx: &mut Cx,
        item: dynasmrt::DynamicLabel,
        done: dynasmrt::DynamicLabel,
        other: dynasmrt::DynamicLabel,
    ) {
        jit!(cx.ops
            ; lea rcx, [specials + TRUE_OFF]
            ; cmp rax, rcx
            ; je =>item
            ; lea rcx, [specials + ITER_DONE_OFF]
            ; cmp rax, rcx
            ; je =>done
            ; jmp =>other
        );
    }

    /// rax = an iterator's header address. A list or tuple iterator (any class: a
    /// subclass that overrides `__iter__` never makes one) with an item left: the item
    /// to `[stk + push]`, the index advanced, then to `next`. Anything else, and the
    /// end (which the runtime marks exhausted), to `helper` — `for_iter_fast`'s
    /// sequence case.
    fn seq_iter_next(
        cx: &mut Cx,
        push: i32,
        next: dynasmrt::DynamicLabel,
        helper: dynasmrt::DynamicLabel,
    ) {
        use kiln_runtime::heap::ObjKind;
        use kiln_runtime::object::layout as ol;
        use kiln_threads::{BUF_LEN_OFFSET, BUF_SLOTS_OFFSET};
        let (ptr_word, len_word) = ol::boxed_slice_words();
        let tuple = cx.ops.new_dynamic_label();
        let item = cx.ops.new_dynamic_label();
        jit!(cx.ops
            ; cmp BYTE [rax + ol::ITER_TAG as i32], ol::iter_seq_tag() as i8
            ; jne =>helper
            ; mov rcx, QWORD [rax + ol::ITER_SEQ_SEQ as i32]
            ; shl rcx, 16
            ; shr rcx, 16
            ; mov rdx, QWORD [rax + ol::ITER_SEQ_I as i32]
            ; cmp BYTE [rcx + ol::HEADER_KIND as i32], ObjKind::List as u8 as i8
            ; jne =>tuple
            ; mov r10, QWORD [rcx + ol::LIST_ITEMS_BUF as i32]
            ; test r10, r10
            ; jz =>helper
            ; cmp rdx, QWORD [r10 + BUF_LEN_OFFSET as i32]
            ; jae =>helper
            ; mov rcx, QWORD [r10 + rdx * 8 + BUF_SLOTS_OFFSET as i32]
            ; jmp =>item
            ; =>tuple
            ; cmp BYTE [rcx + ol::HEADER_KIND as i32], ObjKind::Tuple as u8 as i8
            ; jne =>helper
            ; cmp rdx, QWORD [rcx + (ol::TUPLE_ITEMS + len_word) as i32]
            ; jae =>helper
            ; mov rcx, QWORD [rcx + (ol::TUPLE_ITEMS + ptr_word) as i32]
            ; mov rcx, QWORD [rcx + rdx * 8]
            ; =>item
            ; add rdx, 1
            ; mov QWORD [rax + ol::ITER_SEQ_I as i32], rdx
            ; mov QWORD [stk + push], rcx
            ; mov rax, rcx
            ; jmp =>next
        );
    }

    // ---- closures -------------------------------------------------------------

    /// The cell object of cell slot `arg`, into rax.
    fn cell_of(cx: &mut Cx) {
        let slot = Cx::local(cx.code.nlocals() + cx.ins().arg as usize);
        jit!(cx.ops
            ; mov rax, QWORD [frame + slot]
            ; shl rax, 16
            ; shr rax, 16
        );
    }

    pub fn LoadDeref(cx: &mut Cx) {
        let dst = Cx::stack(cx.depth());
        let slow = cx.slow_path(); // empty cell: the interpreter raises
        cell_of(cx);
        jit!(cx.ops
            ; mov rax, QWORD [rax + kiln_runtime::object::layout::CELL_VALUE as i32]
            ; lea rcx, [specials + NULL_OFF]
            ; cmp rax, rcx
            ; je =>slow
            ; mov QWORD [stk + dst], rax
        );
    }

    pub fn StoreDeref(cx: &mut Cx) {
        let top = cx.peek(1);
        cell_of(cx);
        jit!(cx.ops
            ; mov rcx, QWORD [stk + top]
            ; mov QWORD [rax + kiln_runtime::object::layout::CELL_VALUE as i32], rcx
        );
    }

    /// Push the cell object itself (to build a closure).
    pub fn LoadClosure(cx: &mut Cx) {
        let slot = Cx::local(cx.code.nlocals() + cx.ins().arg as usize);
        let dst = Cx::stack(cx.depth());
        jit!(cx.ops
            ; mov rax, QWORD [frame + slot]
            ; mov QWORD [stk + dst], rax
        );
    }

    // ---- containers -------------------------------------------------------------

    /// BuildTuple / BuildList: the runtime allocates from the `n` stacked values.
    fn build(cx: &mut Cx, helper: usize) {
        let n = cx.ins().arg as usize;
        let base = Cx::stack(cx.depth() - n);
        jit!(cx.ops
            ; lea rdi, [stk + base]
            ; mov esi, DWORD n as i32
            ; mov rax, QWORD helper as i64
            ; call rax
            ; mov QWORD [stk + base], rax
        );
    }

    pub fn BuildTuple(cx: &mut Cx) {
        build(cx, rt::kiln_jit_build_tuple as *const () as usize);
    }

    pub fn BuildList(cx: &mut Cx) {
        build(cx, rt::kiln_jit_build_list as *const () as usize);
    }

    /// Comprehension append: the list is `arg` slots below the popped value.
    pub fn ListAppend(cx: &mut Cx) {
        let (v, l) = (cx.peek(1), cx.peek(1 + cx.ins().arg as usize));
        jit!(cx.ops
            ; mov rdi, QWORD [stk + l]
            ; mov rsi, QWORD [stk + v]
            ; mov rax, QWORD rt::kiln_jit_list_append as *const () as i64
            ; call rax
        );
    }

    /// seq -> item n-1, ..., item 0 (top): a plain tuple or list of exactly n items
    /// inline (`interp::unpack_fast`'s cases: tuples are immutable; a list is read
    /// from one buffer snapshot — its pointer, then that buffer's len, then its slots,
    /// each a plain x86 load, which is an acquire load — as `GrowVec::copy_rev_exact`
    /// does); everything else (and errors) in the interpreter.
    pub fn UnpackSequence(cx: &mut Cx) {
        use kiln_runtime::object::layout as ol;
        use kiln_threads::{BUF_LEN_OFFSET, BUF_SLOTS_OFFSET};
        let n = cx.ins().arg as usize;
        let seq = cx.peek(1);
        let (ptr_word, len_word) = ol::boxed_slice_words();
        let items_ptr = (ol::TUPLE_ITEMS + ptr_word) as i32;
        let items_len = (ol::TUPLE_ITEMS + len_word) as i32;
        let helper = cx.ops.new_dynamic_label();
        let done = cx.ops.new_dynamic_label();
        let copy = cx.ops.new_dynamic_label();
        let list = cx.ops.new_dynamic_label();
        jit!(cx.ops ; mov rax, QWORD [stk + seq]);
        untag_kind(cx, kiln_runtime::heap::ObjKind::Tuple, helper, list);
        jit!(cx.ops
            ; lea rcx, [specials + NULL_OFF]
            ; cmp QWORD [rax + ol::TUPLE_CLS as i32], rcx
            ; jne =>helper
            ; cmp QWORD [rax + items_len], n as i32
            ; jne =>helper
            ; mov rcx, QWORD [rax + items_ptr]
            ; jmp =>copy
            ; =>list
        );
        plain_list_buf(
            cx,
            dynasmrt::x64::Rq::RCX as u8,
            dynasmrt::x64::Rq::RCX as u8,
            helper,
        );
        jit!(cx.ops
            ; cmp QWORD [rcx + BUF_LEN_OFFSET as i32], n as i32
            ; jne =>helper
            ; add rcx, BUF_SLOTS_OFFSET as i32
            ; =>copy
        );
        if let Some(locals) = unpacked_into_locals(cx, n) {
            // `a, b, c = t` with plain StoreFasts after: the items go straight to the
            // locals and the StoreFasts are skipped (their templates stay for the
            // helper path, which falls through to them).
            for (i, local) in locals.into_iter().enumerate() {
                jit!(cx.ops
                    ; mov rdx, QWORD [rcx + (8 * i) as i32]
                    ; mov QWORD [frame + local], rdx
                );
            }
            let after = cx.label(cx.pc + n + 1);
            jit!(cx.ops ; jmp =>after);
        } else {
            for i in 0..n {
                jit!(cx.ops
                    ; mov rdx, QWORD [rcx + (8 * (n - 1 - i)) as i32]
                    ; mov QWORD [stk + seq + (8 * i) as i32], rdx
                );
            }
            jit!(cx.ops ; jmp =>done);
        }
        jit!(cx.ops
            ; =>helper
            ; mov rdi, QWORD [stk + seq]
            ; mov esi, DWORD n as i32
            ; lea rdx, [stk + seq]
        );
        call_fast(cx, rt::kiln_jit_unpack as *const () as usize);
        jit!(cx.ops ; =>done);
    }

    /// The locals (displacements from `frame`) the `n` instructions after an
    /// UnpackSequence store its items into, in item order, when they are all StoreFasts
    /// and an instruction follows them.
    fn unpacked_into_locals(cx: &Cx, n: usize) -> Option<Vec<i32>> {
        let stores = cx.code.instrs.get(cx.pc + 1..cx.pc + n + 2)?;
        stores[..n]
            .iter()
            .map(|i| (i.op.unfused() == Op::StoreFast).then(|| Cx::local(i.arg as usize)))
            .collect()
    }

    // Containers built by displays and comprehensions: one runtime call each.
    pub fn BuildSet(cx: &mut Cx) {
        cx.call_stepping(kiln_runtime::interp::kiln_jit_build_set as *const () as usize);
    }

    pub fn BuildMap(cx: &mut Cx) {
        cx.call_stepping(kiln_runtime::interp::kiln_jit_build_map as *const () as usize);
    }

    pub fn SetAdd(cx: &mut Cx) {
        cx.call_stepping(kiln_runtime::interp::kiln_jit_set_add as *const () as usize);
    }

    pub fn MapAdd(cx: &mut Cx) {
        cx.call_stepping(kiln_runtime::interp::kiln_jit_map_add as *const () as usize);
    }

    pub fn ListExtend(cx: &mut Cx) {
        cx.call_stepping(kiln_runtime::interp::kiln_jit_list_extend as *const () as usize);
    }

    pub fn SetUpdate(cx: &mut Cx) {
        cx.call_stepping(kiln_runtime::interp::kiln_jit_set_update as *const () as usize);
    }

    pub fn DictUpdate(cx: &mut Cx) {
        cx.call_stepping(kiln_runtime::interp::kiln_jit_dict_update as *const () as usize);
    }

    pub fn ListToTuple(cx: &mut Cx) {
        cx.call_stepping(kiln_runtime::interp::kiln_jit_list_to_tuple as *const () as usize);
    }

    pub fn BuildString(cx: &mut Cx) {
        cx.call_stepping(kiln_runtime::interp::kiln_jit_build_string as *const () as usize);
    }

    pub fn FormatValue(cx: &mut Cx) {
        cx.call_stepping(kiln_runtime::interp::kiln_jit_format_value as *const () as usize);
    }

    pub fn MakeFunction(cx: &mut Cx) {
        cx.call_stepping(kiln_runtime::interp::kiln_jit_make_function as *const () as usize);
    }

    /// Plain lists, tuples and ranges (and iterators themselves) through the lean
    /// helper; everything else (user `__iter__`, errors) through the step helper.
    pub fn GetIter(cx: &mut Cx) {
        let top = cx.peek(1);
        cx.load(dynasmrt::x64::Rq::RDI as u8, top);
        call_fast_else(
            cx,
            rt::kiln_jit_get_iter_plain as *const () as usize,
            kiln_runtime::interp::kiln_jit_get_iter as *const () as usize,
        );
        jit!(cx.ops ; mov QWORD [stk + top], rax);
    }

    /// A generator is its own yield-from iterator; anything else gets `iter()`, as
    /// GetIter's (the interpreter's arm is the same).
    pub fn GetYieldFromIter(cx: &mut Cx) {
        let slow = cx.slow_path_with(kiln_runtime::interp::kiln_jit_get_iter as *const () as usize);
        jit!(cx.ops ; mov rax, QWORD [stk + cx.peek(1)]);
        untag_kind(cx, kiln_runtime::heap::ObjKind::Generator, slow, slow);
    }

    /// `yield from`/`await`'s step: a generator is resumed natively (its machine code
    /// if compiled; a delegation chain through the yield-from shortcut), so one
    /// native level is added per fresh chain, not per item.
    pub fn Send(cx: &mut Cx) {
        cx.call_stepping(kiln_runtime::interp::kiln_jit_send as *const () as usize);
    }

    // ---- calls ----------------------------------------------------------------

    /// Positional calls. A compiled plain Python function whose parameters take the
    /// arguments one to one is called inline: the template pushes its frame exactly as
    /// `Vm::push_frame` does (same checks: native stack, recursion limit, value stack),
    /// calls its machine code, and pops it. Everything else — other callables, a check
    /// failing, every 256th call (the safepoint poll) — goes to `kiln_jit_call`, before
    /// anything was changed. A raise unwinds through `kiln_jit_unwind`.
    pub fn Call(cx: &mut Cx) {
        use kiln_runtime::interp::call_layout as cl;
        use kiln_runtime::interp::*;
        let nargs = cx.ins().arg as usize;
        let d = cx.depth();
        let (first, second, args0) = (
            Cx::stack(d - nargs - 2),
            Cx::stack(d - nargs - 1),
            Cx::stack(d - nargs),
        );
        let pc = cx.pc as i32;
        let budget = VM_JIT_BUDGET_OFFSET as i32;
        let slow = cx.slow_path_with(kiln_jit_call as *const () as usize);
        let raised = cx.slow_path_with(kiln_jit_unwind as *const () as usize);
        let [method, have, method_form, construct, done] =
            std::array::from_fn(|_| cx.ops.new_dynamic_label());
        let (prepare, constructed) =
            call_cold_paths(cx, slow, method_form, construct, done, raised);
        let prepare = planned_construction(cx, prepare, construct);
        let mark = (CONSTRUCT_MARK_BITS - kiln_runtime::value::NONE_BITS) as i32;
        let func_kind = kiln_runtime::heap::ObjKind::Func as u8 as i8;
        let builtin_kind = kiln_runtime::heap::ObjKind::Builtin as u8 as i8;
        use kiln_runtime::object::layout as ol;
        // The countdown ran out: reset it and take the helper (it polls).
        let poll = cx.cold(move |cx| {
            jit!(cx.ops
                ; mov DWORD [vm + budget], DWORD crate::compiler::BACKEDGE_BUDGET
                ; jmp =>slow
            );
        });
        // Not a function: a builtin, called with the arguments in place (rax = callee,
        // rsi = first argument, edx = count); else `kiln_jit_call_prepare`'s cases.
        let not_func = cx.cold(move |cx| {
            jit!(cx.ops
                ; cmp BYTE [rdi + ol::HEADER_KIND as i32], builtin_kind
                ; jne =>prepare
                ; mov DWORD [frame + FRAME_PC_OFFSET as i32], pc
                ; mov ecx, edx
                ; mov rdx, rsi
                ; mov rsi, rax
                ; mov rdi, vm
                ; mov rax, QWORD kiln_jit_call_builtin as *const () as i64
                ; call rax
            );
            store_unless_raised(cx, first, raised);
            jit!(cx.ops
                ; jmp =>done
                ; =>method_form
                ; mov rax, QWORD [stk + first]
                ; jmp =>method
                ; =>construct
                // rax = the __init__ function; the new instance replaced the class.
                ; lea rsi, [stk + second]
                ; mov edx, DWORD (nargs + 1) as i32
                ; jmp =>have
            );
        });
        jit!(cx.ops
            ; dec DWORD [vm + budget]
            ; jz =>poll
        );
        fused_range_iter(cx, nargs);
        call_form(cx, (first, second, args0), Some(nargs as i32), method, have);
        jit!(cx.ops
            // rax = callee, rsi = first argument, edx = argument count
            ; mov rcx, rax
            ; shr rcx, 48
            ; cmp ecx, TAG_PTR as i32
            ; jne =>slow
            ; mov rdi, rax
            ; shl rdi, 16
            ; shr rdi, 16
            ; cmp BYTE [rdi + ol::HEADER_KIND as i32], func_kind
            ; jne =>not_func
        );
        func_code_to_r8(cx);
        jit!(cx.ops
            ; cmp BYTE [r8 + cl::CODE_JIT_CALL as i32], 0
            ; je =>slow
        );
        call_enter_stub(cx, slow, raised);
        jit!(cx.ops
            ; lea rcx, [specials + mark]
            ; cmp QWORD [stk + first], rcx
            ; je =>constructed
            ; mov QWORD [stk + first], rax
            ; =>done
        );
    }

    /// `for i in range(...)`: a Call of one to three arguments followed by GetIter.
    /// When the callee is the builtin `range` in function form, the range iterator is
    /// made at once from small-int arguments (`kiln_jit_range_iter`, no range object)
    /// and the GetIter is skipped; otherwise (or when the helper declines) the call
    /// goes on as usual. Emitted only at such sites.
    fn fused_range_iter(cx: &mut Cx, nargs: usize) {
        let next_is_get_iter = cx
            .code
            .instrs
            .get(cx.pc + 1)
            .is_some_and(|i| i.op == Op::GetIter);
        if !next_is_get_iter || !(1..=3).contains(&nargs) || cx.pc + 2 >= cx.code.instrs.len() {
            return;
        }
        let d = cx.depth();
        let (first, second, args0) = (
            Cx::stack(d - nargs - 2),
            Cx::stack(d - nargs - 1),
            Cx::stack(d - nargs),
        );
        let range = kiln_runtime::rt::rt().types.range.0 as i64;
        let after = cx.label(cx.pc + 2);
        let call = cx.ops.new_dynamic_label();
        let fused = cx.cold(move |cx| {
            jit!(cx.ops
                ; lea rcx, [specials + NULL_OFF]
                ; cmp QWORD [stk + first], rcx
                ; jne =>call
                ; lea rdi, [stk + args0]
                ; mov esi, DWORD nargs as i32
                ; mov rax, QWORD rt::kiln_jit_range_iter as *const () as i64
                ; call rax
                ; lea rcx, [specials + NULL_OFF]
                ; cmp rax, rcx
                ; je =>call
                ; mov QWORD [stk + first], rax
                ; jmp =>after
            );
        });
        jit!(cx.ops
            ; mov rax, QWORD [stk + second]
            ; mov rcx, QWORD range
            ; cmp rax, rcx
            ; je =>fused
            ; =>call
        );
    }

    /// Call's cold path for a class callee at a site that had a construction plan when
    /// it was compiled (`interp::call_site_constructs`): the plan for the class's
    /// version gives its `__init__`, so the template allocates the instance
    /// (`kiln_jit_new_instance`), puts it in place of the class with
    /// `CONSTRUCT_MARK_BITS` below it, as `kiln_jit_call_prepare` does, and goes on to
    /// `construct` (rax = the `__init__`); without a plan, to `prepare`. Returns the
    /// label to use instead of `prepare` (`prepare` itself at a site without plans).
    fn planned_construction(
        cx: &mut Cx,
        prepare: dynasmrt::DynamicLabel,
        construct: dynasmrt::DynamicLabel,
    ) -> dynasmrt::DynamicLabel {
        use kiln_runtime::interp::{CONSTRUCT_MARK_BITS, CONSTRUCT_PLAN_TAG};
        use kiln_runtime::object::layout as ol;
        if !kiln_runtime::interp::call_site_constructs(cx.code.ic.get(cx.ins().ic)) {
            return prepare;
        }
        let nargs = cx.ins().arg as usize;
        let d = cx.depth();
        let (first, second) = (Cx::stack(d - nargs - 2), Cx::stack(d - nargs - 1));
        let ic = ic_addr(cx);
        let mark = (CONSTRUCT_MARK_BITS - kiln_runtime::value::NONE_BITS) as i32;
        let class_kind = kiln_runtime::heap::ObjKind::Class as u8 as i8;
        cx.cold(move |cx| {
            // rax = the callee, rdi = its header address; function form (a class is
            // never the callee of a method-form call).
            jit!(cx.ops
                ; cmp BYTE [rdi + ol::HEADER_KIND as i32], class_kind
                ; jne =>prepare
                ; mov rcx, QWORD [rdi + ol::CLASS_VERSION as i32]
                ; mov rdx, QWORD CONSTRUCT_PLAN_TAG as i64
                ; or rcx, rdx
                ; mov r8, QWORD ic
            );
            ic_ways_probe(cx, prepare);
            jit!(cx.ops
                // r9 = the __init__, kept across the allocation (rsp stays aligned).
                ; sub rsp, 16
                ; mov QWORD [rsp], r9
                ; mov rdi, rax
                ; mov rax, QWORD kiln_runtime::interp::kiln_jit_new_instance as *const () as i64
                ; call rax
                ; mov r9, QWORD [rsp]
                ; add rsp, 16
                ; mov QWORD [stk + second], rax
                ; lea rcx, [specials + mark]
                ; mov QWORD [stk + first], rcx
                ; mov rax, r9
                ; jmp =>construct
            );
        })
    }

    /// r8 = the `CodeObject` of the function whose `FuncObj` rdi addresses.
    fn func_code_to_r8(cx: &mut Cx) {
        use kiln_runtime::interp::call_layout as cl;
        jit!(cx.ops
            ; mov r8, QWORD [rdi + cl::FUNC_CODE as i32]
            ; shl r8, 16
            ; shr r8, 16
            ; add r8, cl::CODEOBJ_CODE as i32
        );
    }

    /// A call's operands (`first`: NULL or a method, `second`: the callee or self,
    /// `args0`: the first argument) in the registers the call stub takes: rax = the
    /// callee, rsi = the first argument slot (self's in method form), and, given
    /// `nargs`, edx = the count (one more in method form; else the caller set edx).
    /// Defines `method` (method form, rax = the method) and `have` (both forms done).
    fn call_form(
        cx: &mut Cx,
        (first, second, args0): (i32, i32, i32),
        nargs: Option<i32>,
        method: dynasmrt::DynamicLabel,
        have: dynasmrt::DynamicLabel,
    ) {
        jit!(cx.ops
            ; mov rax, QWORD [stk + first]
            ; lea rcx, [specials + NULL_OFF]
            ; cmp rax, rcx
            ; jne =>method
            ; mov rax, QWORD [stk + second]
            ; lea rsi, [stk + args0]
        );
        if let Some(n) = nargs {
            jit!(cx.ops ; mov edx, DWORD n);
        }
        jit!(cx.ops
            ; jmp =>have
            ; =>method
            ; lea rsi, [stk + second]
        );
        if let Some(n) = nargs {
            jit!(cx.ops ; mov edx, DWORD n + 1);
        }
        jit!(cx.ops ; =>have);
    }

    /// Store this instruction's pc and call the function's call stub (`enter_stub`'s
    /// registers set up); its NULL answer goes to `declined`, RAISED to `raised`, and
    /// a result stays in rax.
    fn call_enter_stub(
        cx: &mut Cx,
        declined: dynasmrt::DynamicLabel,
        raised: dynasmrt::DynamicLabel,
    ) {
        let enter = enter_stub(cx);
        let pc = cx.pc as i32;
        jit!(cx.ops
            ; mov DWORD [frame + kiln_runtime::interp::FRAME_PC_OFFSET as i32], pc
            ; call =>enter
            ; lea rcx, [specials + NULL_OFF]
            ; cmp rax, rcx
            ; je =>declined
            ; mov rcx, QWORD rt::RAISED_BITS as i64
            ; cmp rax, rcx
            ; je =>raised
        );
    }

    /// The function's frame-push-and-call stub, shared by its Call sites (and its
    /// BinaryOp sites' planned dunder calls), emitted once out of line. It pushes the
    /// callee's frame exactly as `Vm::push_frame` does, after the same checks (argument
    /// count against parameters and defaults, compiled entry, native stack, recursion
    /// limit, value stack room), calls the callee's machine code, pops the frame and
    /// pins this function's frame and stack again.
    ///
    /// In: rax = the callee (a function whose code has `jit_call` != 0), rdi = its
    /// `FuncObj`, r8 = its `CodeObject`, rsi = the first argument (a stack slot),
    /// edx = the argument count; the caller stored its frame's pc. Out: rax = the
    /// result, RAISED_BITS (exception pending), or NULL when a check failed and nothing
    /// was changed (the caller takes its generic path). Clobbers the caller-saved
    /// registers.
    pub(crate) fn enter_stub(cx: &mut Cx) -> dynasmrt::DynamicLabel {
        use kiln_runtime::interp::call_layout as cl;
        use kiln_runtime::interp::*;
        if let Some(l) = cx.enter_stub {
            return l;
        }
        let stack_base = cx.stack_base();
        let slots = FRAME_SLOTS_OFFSET as i32;
        use kiln_runtime::object::layout as ol;
        let tuple_kind = kiln_runtime::heap::ObjKind::Tuple as u8 as i8;
        let (ptr_word, len_word) = ol::boxed_slice_words();
        let (tuple_ptr, tuple_len) = (
            (ol::TUPLE_ITEMS + ptr_word) as i32,
            (ol::TUPLE_ITEMS + len_word) as i32,
        );
        let l = cx.cold(move |cx| {
            let [args_ok, copied, defaulted, fewer_args, defaults, cells, entered, decline] =
                std::array::from_fn(|_| cx.ops.new_dynamic_label());
            jit!(cx.ops
                // The call pushed a return address: realign for the callee.
                ; sub rsp, 8
                ; cmp DWORD [r8 + cl::CODE_ARGCOUNT as i32], edx
                ; jne =>fewer_args
                ; =>args_ok
                ; mov r9, QWORD [r8 + cl::CODE_JIT_ENTRY as i32]
                ; test r9, r9
                ; jz =>decline
                ; cmp rsp, QWORD [vm + cl::VM_NATIVE_FLOOR as i32]
                ; jb =>decline
                ; mov ecx, DWORD [vm + cl::VM_DEPTH as i32]
                ; cmp ecx, DWORD [vm + cl::VM_RECURSION_LIMIT as i32]
                ; jae =>decline
                ; mov r10, QWORD [vm + cl::VM_TOP as i32]
                ; mov r11d, DWORD [r8 + cl::CODE_FRAME_WORDS as i32]
                ; lea r11, [r10 + r11 * 8]
                ; cmp r11, QWORD [vm + cl::VM_LIMIT as i32]
                ; ja =>decline
                // Committed: push the frame (r10) like Vm::push_frame.
                ; mov QWORD [r10 + FRAME_CODE_OFFSET as i32], r8
                ; mov QWORD [r10 + FRAME_FUNC_OFFSET as i32], rax
                ; mov rcx, QWORD [rdi + cl::FUNC_GLOBALS as i32]
                ; mov QWORD [r10 + FRAME_GLOBALS_OFFSET as i32], rcx
                ; mov rcx, QWORD [vm + cl::VM_FRAME as i32]
                ; mov QWORD [r10 + FRAME_PREV_OFFSET as i32], rcx
                ; mov DWORD [r10 + FRAME_PC_OFFSET as i32], 0
                ; mov DWORD [r10 + FRAME_FLAGS_OFFSET as i32], FRAME_ENTRY as i32
                ; lea rcx, [specials + NULL_OFF]
                ; mov QWORD [r10 + FRAME_GEN_OFFSET as i32], rcx
                ; mov rcx, QWORD [vm + cl::VM_SERIAL as i32]
                ; add rcx, 1
                ; mov QWORD [vm + cl::VM_SERIAL as i32], rcx
                ; mov QWORD [r10 + FRAME_SERIAL_OFFSET as i32], rcx
                ; mov rcx, QWORD [vm + cl::VM_HANDLED as i32]
                ; mov QWORD [r10 + FRAME_SAVED_HANDLED_OFFSET as i32], rcx
                ; xor ecx, ecx
                ; test edx, edx
                ; jz =>copied
                ; copy:
                ; mov rdi, QWORD [rsi + rcx * 8]
                ; mov QWORD [r10 + rcx * 8 + slots], rdi
                ; inc ecx
                ; cmp ecx, edx
                ; jb <copy
                ; =>copied
                ; mov edi, DWORD [r8 + cl::CODE_ARGCOUNT as i32]
                ; cmp ecx, edi
                ; jb =>defaults
                ; =>defaulted
                ; mov edi, DWORD [r8 + cl::CODE_LOCAL_COUNT as i32]
                ; lea rax, [specials + NULL_OFF]
                ; cmp ecx, edi
                ; jae >filled
                ; fill:
                ; mov QWORD [r10 + rcx * 8 + slots], rax
                ; inc ecx
                ; cmp ecx, edi
                ; jb <fill
                ; filled:
                ; mov QWORD [vm + cl::VM_TOP as i32], r11
                ; mov QWORD [vm + cl::VM_FRAME as i32], r10
                ; add DWORD [vm + cl::VM_DEPTH as i32], 1
                ; cmp BYTE [r8 + cl::CODE_JIT_CALL as i32], 1
                ; jne =>cells
                ; =>entered
                ; mov rdi, vm
                ; mov rsi, r10
                ; xor edx, edx
                // The JIT-to-JIT entry: vm and specials stay pinned; the callee leaves
                // frame and stk to us.
                ; add r9, crate::compiler::INNER_ENTRY_OFFSET
                ; call r9
                // Pop it like Vm::pop_frame, and pin our frame and stack again.
                ; mov r10, QWORD [vm + cl::VM_FRAME as i32]
                ; mov rcx, QWORD [r10 + FRAME_PREV_OFFSET as i32]
                ; mov QWORD [vm + cl::VM_FRAME as i32], rcx
                ; mov frame, rcx
                ; lea stk, [rcx + stack_base]
                ; mov rcx, QWORD [r10 + FRAME_SAVED_HANDLED_OFFSET as i32]
                ; mov QWORD [vm + cl::VM_HANDLED as i32], rcx
                ; mov QWORD [vm + cl::VM_TOP as i32], r10
                ; sub DWORD [vm + cl::VM_DEPTH as i32], 1
                ; add rsp, 8
                ; ret
                // Not entered: nothing was changed.
                ; =>decline
                ; lea rax, [specials + NULL_OFF]
                ; add rsp, 8
                ; ret
                // Fewer arguments than parameters: the defaults tuple must supply the
                // rest (more arguments than parameters: decline).
                ; =>fewer_args
                ; jb =>decline
                ; mov rcx, QWORD [rdi + cl::FUNC_DEFAULTS as i32]
                ; mov r11, rcx
                ; shr r11, 48
                ; cmp r11d, TAG_PTR as i32
                ; jne =>decline
                ; shl rcx, 16
                ; shr rcx, 16
                ; cmp BYTE [rcx + ol::HEADER_KIND as i32], tuple_kind
                ; jne =>decline
                ; mov r11d, DWORD [r8 + cl::CODE_ARGCOUNT as i32]
                ; sub r11, rdx
                ; cmp r11, QWORD [rcx + tuple_len]
                ; ja =>decline
                ; jmp =>args_ok
                // Missing parameters from the end of the defaults tuple (checked
                // above): parameter i takes defaults[i - (argcount - ndefaults)].
                ; =>defaults
                ; mov rsi, rax
                ; shl rsi, 16
                ; shr rsi, 16
                ; mov rsi, QWORD [rsi + cl::FUNC_DEFAULTS as i32]
                ; shl rsi, 16
                ; shr rsi, 16
                ; mov rdx, QWORD [rsi + tuple_len]
                ; mov rsi, QWORD [rsi + tuple_ptr]
                ; sub rdx, rdi
                ; lea rsi, [rsi + rdx * 8]
                ; default:
                ; mov rdx, QWORD [rsi + rcx * 8]
                ; mov QWORD [r10 + rcx * 8 + slots], rdx
                ; inc ecx
                ; cmp ecx, edi
                ; jb <default
                ; jmp =>defaulted
                // The callee has cells: `kiln_jit_init_cells` fills them in the pushed
                // frame; then the frame (r10) and entry (r9) are read again (the call
                // clobbered them).
                ; =>cells
                ; mov rdi, vm
                ; mov rsi, r10
                ; mov rax, QWORD kiln_jit_init_cells as *const () as i64
                ; call rax
                ; mov r10, QWORD [vm + cl::VM_FRAME as i32]
                ; mov r8, QWORD [r10 + FRAME_CODE_OFFSET as i32]
                ; mov r9, QWORD [r8 + cl::CODE_JIT_ENTRY as i32]
                ; jmp =>entered
            );
        });
        cx.enter_stub = Some(l);
        l
    }

    /// Call's cold half for callees that are neither functions nor builtins:
    /// `kiln_jit_call_prepare` turns an instance with a `__call__` plan into method
    /// form and a plain class into its `__init__` call (then `construct`), calls a
    /// builtin class itself (its result is in place: `done`, or `raised`), else the
    /// generic helper. After a construction's `__init__` returns (`constructed`), the
    /// result is the instance if `__init__` answered None.
    fn call_cold_paths(
        cx: &mut Cx,
        slow: dynasmrt::DynamicLabel,
        method_form: dynasmrt::DynamicLabel,
        construct: dynasmrt::DynamicLabel,
        done: dynasmrt::DynamicLabel,
        raised: dynasmrt::DynamicLabel,
    ) -> (dynasmrt::DynamicLabel, dynasmrt::DynamicLabel) {
        use kiln_runtime::interp::{kiln_jit_call_prepare, kiln_jit_init_result, FRAME_PC_OFFSET};
        let nargs = cx.ins().arg as usize;
        let d = cx.depth();
        let (first, second) = (Cx::stack(d - nargs - 2), Cx::stack(d - nargs - 1));
        let bad_init = cx.slow_path_with(kiln_jit_init_result as *const () as usize);
        let ic = ic_addr(cx);
        let pc = cx.pc as i32;
        let prepare = cx.cold(move |cx| {
            jit!(cx.ops
                ; mov rdi, vm
                ; lea rsi, [stk + first]
                ; mov edx, DWORD nargs as i32
                ; mov rcx, QWORD ic
                ; mov DWORD [frame + FRAME_PC_OFFSET as i32], pc
                ; mov rax, QWORD kiln_jit_call_prepare as *const () as i64
                ; call rax
                ; lea rcx, [specials + NULL_OFF]
                ; cmp rax, rcx
                ; je =>slow
                ; lea rcx, [specials + TRUE_OFF]
                ; cmp rax, rcx
                ; je =>method_form
                ; lea rcx, [specials + FALSE_OFF]
                ; cmp rax, rcx
                ; je =>done
                ; mov rcx, QWORD rt::RAISED_BITS as i64
                ; cmp rax, rcx
                ; je =>raised
                ; jmp =>construct
            );
        });
        let constructed = cx.cold(move |cx| {
            jit!(cx.ops
                ; mov QWORD [stk + first], rax
                ; cmp rax, specials
                ; jne =>bad_init
                ; mov rax, QWORD [stk + second]
                ; mov QWORD [stk + first], rax
                ; jmp =>done
            );
        });
        (prepare, constructed)
    }

    /// Keyword calls. A function the template can enter (`jit_call` != 0) whose
    /// keywords `kiln_jit_call_kw_prepare` turns into positional arguments in place is
    /// called through the enter stub, as a positional Call calls it; everything else
    /// (and a declined entry, and the safepoint poll) goes to `kiln_jit_call_kw`, the
    /// interpreter's CallKw called natively.
    pub fn CallKw(cx: &mut Cx) {
        use kiln_runtime::interp::*;
        let nargs = cx.ins().arg as usize;
        let d = cx.depth();
        // Below the keyword names' tuple: the arguments, the callee, NULL or a method.
        let (first, second, args0) = (
            Cx::stack(d - nargs - 3),
            Cx::stack(d - nargs - 2),
            Cx::stack(d - nargs - 1),
        );
        let budget = VM_JIT_BUDGET_OFFSET as i32;
        let slow = cx.slow_path_with(kiln_jit_call_kw as *const () as usize);
        let raised = cx.slow_path_with(kiln_jit_unwind as *const () as usize);
        let [method, have] = std::array::from_fn(|_| cx.ops.new_dynamic_label());
        let poll = cx.cold(move |cx| {
            jit!(cx.ops
                ; mov DWORD [vm + budget], DWORD crate::compiler::BACKEDGE_BUDGET
                ; jmp =>slow
            );
        });
        jit!(cx.ops
            ; dec DWORD [vm + budget]
            ; jz =>poll
            ; lea rdi, [stk + first]
            ; mov esi, DWORD nargs as i32
            ; mov rax, QWORD kiln_jit_call_kw_prepare as *const () as i64
            ; call rax
            ; test eax, eax
            ; jz =>slow
            // edx = the positional argument count (self included in method form).
            ; mov edx, eax
        );
        call_form(cx, (first, second, args0), None, method, have);
        jit!(cx.ops
            ; mov rdi, rax
            ; shl rdi, 16
            ; shr rdi, 16
        );
        func_code_to_r8(cx);
        call_enter_stub(cx, slow, raised);
        jit!(cx.ops ; mov QWORD [stk + first], rax);
    }

    // ---- control flow -------------------------------------------------------

    pub fn Jump(cx: &mut Cx) {
        let t = cx.label(cx.ins().arg as usize);
        jit!(cx.ops ; jmp =>t);
    }

    /// Loop back-edge: when the thread's poll countdown (`Vm::jit_budget`, cut short by
    /// the allocator when it wants a collection) runs out, the interpreter's
    /// JumpBackward polls (and may park or collect) and the loop continues at the
    /// target.
    pub fn JumpBackward(cx: &mut Cx) {
        let budget = kiln_runtime::interp::VM_JIT_BUDGET_OFFSET as i32;
        let t = cx.label(cx.ins().arg as usize);
        jit!(cx.ops
            ; dec DWORD [vm + budget]
            ; jnz =>t
            ; mov DWORD [vm + budget], DWORD crate::compiler::BACKEDGE_BUDGET
        );
        cx.step();
    }

    /// Branch on a bool (or None) without calling `__bool__`; anything else goes to
    /// the interpreter, which also decides the branch.
    /// Out of line for `branch_on_bool`: an instance whose class defines neither
    /// `__bool__` nor `__len__` (no `CF_TRUTH`, ops::user_truthy's test) is true
    /// (`if node:`, `while self.left:`); anything else goes to `slow`.
    fn instance_truth(
        cx: &mut Cx,
        top: i32,
        jump_if_true: bool,
        taken: dynasmrt::DynamicLabel,
        slow: dynasmrt::DynamicLabel,
    ) -> dynasmrt::DynamicLabel {
        use kiln_runtime::object::layout as ol;
        let next = cx.labels.get(cx.pc + 1).copied();
        cx.cold(move |cx| {
            jit!(cx.ops ; mov rax, QWORD [stk + top]);
            untag_kind(cx, kiln_runtime::heap::ObjKind::Instance, slow, slow);
            jit!(cx.ops
                ; mov rcx, QWORD [rax + ol::INSTANCE_CLS as i32]
                ; shl rcx, 16
                ; shr rcx, 16
                ; test DWORD [rcx + ol::CLASS_FLAGS as i32], kiln_runtime::object::CF_TRUTH as i32
                ; jnz =>slow
            );
            match (jump_if_true, next) {
                (true, _) => jit!(cx.ops ; jmp =>taken),
                (false, Some(next)) => jit!(cx.ops ; jmp =>next),
                (false, None) => jit!(cx.ops ; jmp =>slow),
            }
        })
    }

    fn branch_on_bool(cx: &mut Cx, jump_if_true: bool) {
        let t = cx.label(cx.ins().arg as usize);
        let top = cx.peek(1);
        // Floats, objects: `kiln_jit_pop_jump` (ops::truthy) picks the successor.
        let slow = cx.slow_path_with(kiln_runtime::interp::kiln_jit_pop_jump as *const () as usize);
        let objects = instance_truth(cx, top, jump_if_true, t, slow);
        cx.load(RAX, top);
        jit!(cx.ops ; sub rax, specials); // 0 None, 2 False, 3 True
                                          // Small ints: zero is falsy.
        let not_special = cx.ops.new_dynamic_label();
        if jump_if_true {
            jit!(cx.ops
                ; cmp rax, TRUE_OFF
                ; je =>t
                ; cmp rax, FALSE_OFF
                ; je >fallthrough
                ; test rax, rax
                ; jne =>not_special
                ; jmp >fallthrough
                ; =>not_special
                ; mov rax, QWORD [stk + top]
                ; mov rcx, rax
                ; shr rcx, 48
                ; cmp ecx, TAG_INT as i32
                ; jne =>objects
                ; shl rax, 16
                ; jnz =>t
                ; fallthrough:
            );
        } else {
            jit!(cx.ops
                ; cmp rax, FALSE_OFF
                ; je =>t
                ; test rax, rax
                ; je =>t
                ; cmp rax, TRUE_OFF
                ; je >fallthrough
                ; mov rax, QWORD [stk + top]
                ; mov rcx, rax
                ; shr rcx, 48
                ; cmp ecx, TAG_INT as i32
                ; jne =>objects
                ; shl rax, 16
                ; jz =>t
                ; fallthrough:
            );
        }
    }

    pub fn PopJumpIfFalse(cx: &mut Cx) {
        branch_on_bool(cx, false);
    }

    pub fn PopJumpIfTrue(cx: &mut Cx) {
        branch_on_bool(cx, true);
    }

    /// The value stays on the stack when the branch is taken; depths are static, so
    /// "pop" on the other edge is free.
    pub fn JumpIfFalseOrPop(cx: &mut Cx) {
        branch_on_bool(cx, false);
    }

    pub fn JumpIfTrueOrPop(cx: &mut Cx) {
        branch_on_bool(cx, true);
    }

    /// `yield` in a generator frame entered natively (`gen_resume`: FRAME_ENTRY): record
    /// where to resume, flag the yield, return the value — the interpreter's YieldValue
    /// for that case. A frame resumed inline (FRAME_GEN) never runs machine code, but
    /// the flag is checked anyway and such a frame takes the interpreter's path. A
    /// drained frame (FRAME_SINK) offers the value to the consumer's sink first
    /// (`kiln_jit_sink_accept`, out of line): taken, `yield` evaluates to None and the
    /// code runs on at the next instruction; declined, it yields as usual.
    pub fn YieldValue(cx: &mut Cx) {
        use kiln_runtime::interp::{
            call_layout as cl, FRAME_FLAGS_OFFSET, FRAME_GEN, FRAME_GEN_OFFSET, FRAME_SINK,
        };
        let top = cx.peek(1);
        let resume = (cx.pc + 1) as i32;
        let step = cx.slow_path();
        let after = cx.label(cx.pc + 1);
        let yield_now = cx.ops.new_dynamic_label();
        let accept = kiln_runtime::jit::kiln_jit_sink_accept as *const () as usize;
        let sink = cx.cold(move |cx| {
            jit!(cx.ops
                ; test DWORD [frame + FRAME_FLAGS_OFFSET as i32], FRAME_GEN as i32
                ; jnz =>step
                ; mov rdi, vm
                ; mov rsi, QWORD [stk + top]
                ; mov rax, QWORD accept as i64
                ; call rax
                ; test al, al
                ; jz =>yield_now
                ; mov QWORD [stk + top], specials
                ; jmp =>after
            );
        });
        jit!(cx.ops
            ; test DWORD [frame + FRAME_FLAGS_OFFSET as i32], (FRAME_GEN | FRAME_SINK) as i32
            ; jnz =>sink
            ; =>yield_now
            ; mov rcx, QWORD [frame + FRAME_GEN_OFFSET as i32]
            ; shl rcx, 16
            ; shr rcx, 16
            ; mov DWORD [rcx + cl::GEN_PC as i32], resume
            ; mov BYTE [vm + cl::VM_YIELDED as i32], 1
            ; mov rax, QWORD [stk + top]
            ; jmp ->epilogue
        );
    }

    pub fn ReturnValue(cx: &mut Cx) {
        let top = cx.peek(1);
        cx.load(RAX, top);
        jit!(cx.ops ; jmp ->epilogue);
    }

    // ---- arithmetic and comparisons -----------------------------------------

    pub fn IsOp(cx: &mut Cx) {
        let (a, b) = (cx.peek(2), cx.peek(1));
        let negate = cx.ins().arg != 0;
        jit!(cx.ops ; mov rax, QWORD [stk + a]);
        match cx.top_is_const() {
            // `x is None`: None's bits are the pinned `specials` register.
            Some(c) if c == kiln_runtime::value::Value::NONE => {
                jit!(cx.ops ; cmp rax, specials)
            }
            _ => jit!(cx.ops ; cmp rax, QWORD [stk + b]),
        }
        // Identity decides a PopJumpIf at once: branch on the flag (equal = `is`).
        if let Some((jump_if_true, t, after)) = fused_branch(cx) {
            if jump_if_true != negate {
                jit!(cx.ops ; je =>t ; jmp =>after);
            } else {
                jit!(cx.ops ; jne =>t ; jmp =>after);
            }
            return;
        }
        if negate {
            jit!(cx.ops ; setne al);
        } else {
            jit!(cx.ops ; sete al);
        }
        jit!(cx.ops
            ; movzx eax, al
            ; lea rax, [specials + rax + FALSE_OFF]
            ; mov QWORD [stk + a], rax
        );
    }

    /// `-x` for a small int (but not -2**47, whose negation needs 49 bits) and for a
    /// float (sign flip; a NaN goes to the runtime, which canonicalises it).
    pub fn UnaryNegative(cx: &mut Cx) {
        let top = cx.peek(1);
        let slow = cx.slow_path();
        let not_int = cx.ops.new_dynamic_label();
        let done = cx.ops.new_dynamic_label();
        jit!(cx.ops
            ; mov rax, QWORD [stk + top]
            ; mov rcx, rax
            ; shr rcx, 48
            ; cmp ecx, TAG_INT as i32
            ; jne =>not_int
            ; shl rax, 16
            ; neg rax
            ; jo =>slow
            ; shr rax, 16
            ; mov rdx, QWORD (TAG_INT << 48) as i64
            ; or rax, rdx
            ; mov QWORD [stk + top], rax
            ; jmp =>done
            ; =>not_int
            ; mov rdx, QWORD FLOAT_LIMIT as i64
            ; cmp rax, rdx
            ; jae =>slow
            ; btc rax, 63
            ; movq xmm0, rax
            ; ucomisd xmm0, xmm0
            ; jp =>slow
            ; mov QWORD [stk + top], rax
            ; =>done
        );
    }

    pub fn UnaryNot(cx: &mut Cx) {
        let top = cx.peek(1);
        let slow = cx.slow_path();
        jit!(cx.ops
            ; mov rax, QWORD [stk + top]
            ; sub rax, specials // 2 False, 3 True: exactly the values with rax >> 1 == 1
            ; mov rcx, rax
            ; shr rcx, 1
            ; cmp rcx, 1
            ; jne =>slow
            ; xor eax, 1 // False <-> True
            ; add rax, specials
            ; mov QWORD [stk + top], rax
        );
    }

    /// Jump to `slow` unless rax and rcx are both small ints.
    fn guard_small_ints(cx: &mut Cx, slow: dynasmrt::DynamicLabel) {
        jit!(cx.ops
            ; mov rdx, rax
            ; shr rdx, 48
            ; cmp edx, TAG_INT as i32
            ; jne =>slow
            ; mov rdx, rcx
            ; shr rdx, 48
            ; cmp edx, TAG_INT as i32
            ; jne =>slow
        );
    }

    /// Load the number in `src` (a float, or a small int converted exactly: 48-bit
    /// ints fit a double's mantissa) into `xmm`; anything else jumps to `slow`.
    fn to_double(cx: &mut Cx, src: u8, xmm: u8, slow: dynasmrt::DynamicLabel) {
        let is_float = cx.ops.new_dynamic_label();
        let done = cx.ops.new_dynamic_label();
        jit!(cx.ops
            ; mov rdx, QWORD FLOAT_LIMIT as i64
            ; cmp Rq(src), rdx
            ; jb =>is_float
            ; mov rdx, Rq(src)
            ; shr rdx, 48
            ; cmp edx, TAG_INT as i32
            ; jne =>slow
            ; mov rdx, Rq(src)
            ; shl rdx, 16
            ; sar rdx, 16
            ; cvtsi2sd Rx(xmm), rdx
            ; jmp =>done
            ; =>is_float
            ; movq Rx(xmm), Rq(src)
            ; =>done
        );
    }

    /// Box the small int in rax (already known to fit 48 bits) and store it at `dst`.
    fn box_small_int(cx: &mut Cx, dst: i32) {
        jit!(cx.ops
            ; shl rax, 16
            ; shr rax, 16
            ; mov rdx, QWORD (TAG_INT << 48) as i64
            ; or rax, rdx
            ; mov QWORD [stk + dst], rax
        );
    }

    /// Small ints: + - * with overflow check, // and % with Python's floor rounding
    /// (divisor 0 or a result beyond 48 bits takes the slow path), & | ^. Floats, and a float
    /// mixed with a small int (converted exactly): + - * /, and int / int (true
    /// division). A NaN result goes to the runtime, which canonicalises it. Other kinds
    /// and types call the runtime's binary_op.
    pub fn BinaryOp(cx: &mut Cx) {
        let kind = BinOpKind::from_arg(cx.ins().arg & !INPLACE);
        use BinOpKind::*;
        let (a, b) = (cx.peek(2), cx.peek(1));
        let helper = kiln_runtime::interp::kiln_jit_binary_values as *const () as usize;
        // Every path below leaves the result in rax as it stores it over `a`.
        cx.rax_holds(Home::Stack(a));
        if !matches!(
            kind,
            Add | Sub | Mul | TrueDiv | FloorDiv | Mod | And | Or | Xor
        ) {
            operand_pair_call(cx, helper, a, b);
            return;
        }
        let after = cx.label(cx.pc + 1);
        let planned = kiln_runtime::interp::binary_site_planned(cx.code.ic.get(cx.ins().ic));
        let slow = cx.cold(move |cx| {
            if planned {
                planned_dunder_call(cx, a, b, after);
            }
            operand_pair_call(cx, helper, a, b);
            jit!(cx.ops ; jmp =>after);
        });
        if matches!(kind, And | Or | Xor) {
            // Two small ints: the 48-bit two's complement payloads combine bit by bit
            // and always fit; `&` and `|` keep the int tag, `^` clears it. Bools and
            // everything else take the runtime.
            cx.load2(RAX, a, RCX, b);
            guard_small_ints(cx, slow);
            match kind {
                And => jit!(cx.ops ; and rax, rcx),
                Or => jit!(cx.ops ; or rax, rcx),
                _ => jit!(cx.ops
                    ; xor rax, rcx
                    ; mov rdx, QWORD (TAG_INT << 48) as i64
                    ; or rax, rdx
                ),
            }
            jit!(cx.ops ; mov QWORD [stk + a], rax);
            return;
        }
        let done = cx.ops.new_dynamic_label();
        if let (Some(imm), Add | Sub) = (small_const_operand(cx), kind) {
            // `i + 1`, `n - 1`: only the left operand's tag is checked; the constant is
            // an immediate. Anything else takes the general template out of line.
            let general = cx.cold(move |cx| {
                binary_op_general(cx, kind, a, b, slow, done);
                jit!(cx.ops ; jmp =>done);
            });
            left_small_int_shifted(cx, a, general);
            if kind == Add {
                jit!(cx.ops ; add rax, imm ; jo =>slow);
            } else {
                jit!(cx.ops ; sub rax, imm ; jo =>slow);
            }
            jit!(cx.ops
                ; shr rax, 16
                ; shl rdx, 48 // the int tag again
                ; or rax, rdx
                ; mov QWORD [stk + a], rax
                ; =>done
            );
            return;
        }
        use kiln_runtime::interp::TYPE_TAG_FLOAT;
        let floats_first = cx.first_seen_types() == Some(TYPE_TAG_FLOAT << 32 | TYPE_TAG_FLOAT);
        if floats_first && !matches!(kind, FloorDiv | Mod) {
            // The site saw floats first: two plain floats fall straight through, and
            // everything else takes the general template out of line.
            let general = cx.cold(move |cx| {
                binary_op_general(cx, kind, a, b, slow, done);
                jit!(cx.ops ; jmp =>done);
            });
            cx.load2(RAX, a, RCX, b);
            jit!(cx.ops
                ; mov rdx, QWORD FLOAT_LIMIT as i64
                ; cmp rax, rdx
                ; jae =>general
                ; cmp rcx, rdx
                ; jae =>general
                ; movq xmm0, rax
                ; movq xmm1, rcx
            );
            float_op(cx, kind, a, slow);
        } else {
            binary_op_general(cx, kind, a, b, slow, done);
        }
        jit!(cx.ops ; =>done);
    }

    /// A value-returning helper's answer in rax: RAISED to `raised`, else stored at
    /// `dst` (a displacement from `stk`).
    fn store_unless_raised(cx: &mut Cx, dst: i32, raised: dynasmrt::DynamicLabel) {
        jit!(cx.ops
            ; mov rcx, QWORD rt::RAISED_BITS as i64
            ; cmp rax, rcx
            ; je =>raised
            ; mov QWORD [stk + dst], rax
        );
    }

    /// `helper(vm, a, b, arg, ic)` of the operands at `a` and `b` (pc stored first; the
    /// helper may run Python code), its result stored over `a`; RAISED unwinds. Used by
    /// BinaryOp (`kiln_jit_binary_values`, user dunders included) and CompareOp
    /// (`kiln_jit_compare_values`) beyond their inline int/float cases.
    fn operand_pair_call(cx: &mut Cx, helper: usize, a: i32, b: i32) {
        let raised = cx.slow_path_with(kiln_runtime::interp::kiln_jit_unwind as *const () as usize);
        let (pc, arg, ic) = (cx.pc as i32, cx.ins().arg as i32, ic_addr(cx));
        jit!(cx.ops
            ; mov DWORD [frame + kiln_runtime::interp::FRAME_PC_OFFSET as i32], pc
            ; mov rdi, vm
            ; mov rsi, QWORD [stk + a]
            ; mov rdx, QWORD [stk + b]
            ; mov ecx, DWORD arg
            ; mov r8, QWORD ic
            ; mov rax, QWORD helper as i64
            ; call rax
        );
        store_unless_raised(cx, a, raised);
    }

    /// A user operator method the site planned (`p - q` with `Point.__sub__`), entered
    /// like the call `__sub__(p, q)` through the function's shared call stub, its result
    /// stored over `a`, then on to `after`. Falls through (nothing changed) when the
    /// operands have no plan the stub can enter (`kiln_jit_binary_plan`), or the stub
    /// declines; NotImplemented raises the plan's TypeError.
    fn planned_dunder_call(cx: &mut Cx, a: i32, b: i32, after: dynasmrt::DynamicLabel) {
        let raised = cx.slow_path_with(kiln_runtime::interp::kiln_jit_unwind as *const () as usize);
        let (arg, ic) = (cx.ins().arg as i32, ic_addr(cx));
        let not_implemented = kiln_runtime::rt::rt().not_implemented.0 as i64;
        let unsupported = cx.cold(move |cx| {
            jit!(cx.ops
                ; mov rdi, vm
                ; mov rsi, QWORD [stk + a]
                ; mov rdx, QWORD [stk + b]
                ; mov ecx, DWORD arg
                ; mov rax, QWORD kiln_runtime::interp::kiln_jit_binary_unsupported as *const () as i64
                ; call rax
                ; jmp =>raised
            );
        });
        let generic = cx.ops.new_dynamic_label();
        jit!(cx.ops
            ; mov rdi, QWORD [stk + a]
            ; mov rsi, QWORD [stk + b]
            ; mov rdx, QWORD ic
            ; mov rax, QWORD kiln_runtime::interp::kiln_jit_binary_plan as *const () as i64
            ; call rax
            ; lea rcx, [specials + NULL_OFF]
            ; cmp rax, rcx
            ; je =>generic
            ; mov rdi, rax
            ; shl rdi, 16
            ; shr rdi, 16
        );
        func_code_to_r8(cx);
        jit!(cx.ops
            ; lea rsi, [stk + a]
            ; mov edx, 2
        );
        call_enter_stub(cx, generic, raised);
        jit!(cx.ops
            ; mov rcx, QWORD not_implemented
            ; cmp rax, rcx
            ; je =>unsupported
            ; mov QWORD [stk + a], rax
            ; jmp =>after
            ; =>generic
        );
    }

    /// `a OP b` into xmm0 (operands in xmm0, xmm1), stored over `a`; a NaN result or a
    /// division by zero goes to `slow`.
    fn float_op(cx: &mut Cx, kind: BinOpKind, a: i32, slow: dynasmrt::DynamicLabel) {
        use BinOpKind::*;
        match kind {
            Add => jit!(cx.ops ; addsd xmm0, xmm1),
            Sub => jit!(cx.ops ; subsd xmm0, xmm1),
            Mul => jit!(cx.ops ; mulsd xmm0, xmm1),
            _ => jit!(cx.ops
                ; xorpd xmm2, xmm2
                ; ucomisd xmm1, xmm2
                ; je =>slow // x / 0.0 (and -0.0): ZeroDivisionError
                ; divsd xmm0, xmm1
            ),
        }
        jit!(cx.ops
            ; ucomisd xmm0, xmm0
            ; jp =>slow
            ; movq rax, xmm0
            ; mov QWORD [stk + a], rax
        );
    }

    /// BinaryOp's general template: small ints first, then floats and int/float mixes;
    /// falls through (or jumps to `done`) with the result stored over `a`.
    fn binary_op_general(
        cx: &mut Cx,
        kind: BinOpKind,
        a: i32,
        b: i32,
        slow: dynasmrt::DynamicLabel,
        done: dynasmrt::DynamicLabel,
    ) {
        use dynasmrt::x64::Rq;
        use BinOpKind::*;
        let not_ints = cx.ops.new_dynamic_label();
        cx.load2(RAX, a, RCX, b);
        guard_small_ints(cx, not_ints);
        match kind {
            Add | Sub | Mul => {
                // Shifted left by 16, a 48-bit int overflows exactly when the 64-bit op does.
                jit!(cx.ops
                    ; shl rax, 16
                    ; shl rcx, 16
                );
                match kind {
                    Add => jit!(cx.ops ; add rax, rcx ; jo =>slow),
                    Sub => jit!(cx.ops ; sub rax, rcx ; jo =>slow),
                    _ => jit!(cx.ops ; sar rax, 16 ; imul rax, rcx ; jo =>slow),
                }
                jit!(cx.ops
                    ; shr rax, 16
                    ; mov rdx, QWORD (TAG_INT << 48) as i64
                    ; or rax, rdx
                    ; mov QWORD [stk + a], rax
                    ; jmp =>done
                );
            }
            FloorDiv | Mod => {
                jit!(cx.ops
                    ; shl rax, 16
                    ; sar rax, 16
                    ; shl rcx, 16
                    ; sar rcx, 16
                    ; test rcx, rcx
                    ; jz =>slow // ZeroDivisionError
                    ; cqo
                    ; idiv rcx // rax = truncated quotient, rdx = remainder
                    ; test rdx, rdx
                    ; jz >exact
                    ; mov r8, rdx
                    ; xor r8, rcx
                    ; jns >exact // same signs: truncation is the floor
                    ; add rdx, rcx
                    ; sub rax, 1
                    ; exact:
                );
                if kind == Mod {
                    jit!(cx.ops ; mov rax, rdx);
                } else {
                    // -2**47 // -1 does not fit 48 bits.
                    jit!(cx.ops
                        ; mov rdx, rax
                        ; shl rdx, 16
                        ; sar rdx, 16
                        ; cmp rdx, rax
                        ; jne =>slow
                    );
                }
                box_small_int(cx, a);
                jit!(cx.ops ; jmp =>done);
            }
            _ => {} // TrueDiv: int / int is float division of the exact doubles
        }
        jit!(cx.ops ; =>not_ints);
        if matches!(kind, FloorDiv | Mod) {
            jit!(cx.ops ; jmp =>slow);
        } else {
            to_double(cx, Rq::RAX as u8, 0, slow);
            to_double(cx, Rq::RCX as u8, 1, slow);
            float_op(cx, kind, a, slow);
        }
    }

    /// Compare-and-branch: when the next instruction is a PopJumpIf that consumes the
    /// bool at once, a comparison branches on its flag instead of boxing the bool and
    /// testing it again. Returns (jump if true?, the branch target, the instruction
    /// after the PopJumpIf). The PopJumpIf's own template stays for the slow path,
    /// which continues there with the bool on the stack.
    fn fused_branch(cx: &Cx) -> Option<(bool, dynasmrt::DynamicLabel, dynasmrt::DynamicLabel)> {
        let next = cx.code.instrs.get(cx.pc + 1)?;
        if !matches!(next.op, Op::PopJumpIfFalse | Op::PopJumpIfTrue)
            || cx.pc + 2 >= cx.labels.len()
        {
            return None;
        }
        Some((
            next.op == Op::PopJumpIfTrue,
            cx.label(next.arg as usize),
            cx.label(cx.pc + 2),
        ))
    }

    /// With a constant right operand: rax = the left operand (at `a`) shifted left 16,
    /// rdx = its tag (`TAG_INT`), if it is a small int; else to `miss` with rax = the
    /// operand as it is.
    fn left_small_int_shifted(cx: &mut Cx, a: i32, miss: dynasmrt::DynamicLabel) {
        jit!(cx.ops
            ; mov rax, QWORD [stk + a]
            ; mov rdx, rax
            ; shr rdx, 48
            ; cmp edx, TAG_INT as i32
            ; jne =>miss
            ; shl rax, 16
        );
    }

    /// The small int a constant right operand holds, when `c << 16` fits an i32
    /// immediate (the operand as the inline int paths shift it).
    fn small_const_operand(cx: &Cx) -> Option<i32> {
        let c = cx.top_is_const()?;
        (c.is_small() && c.as_small().abs() < 1 << 15).then(|| (c.as_small() as i32) << 16)
    }

    /// Small int comparisons, and float comparisons (a small int mixed with a float is
    /// converted exactly, so the double comparison is Python's exact one), produce a
    /// bool inline.
    /// The superinstruction compiles as CompareOp, which fuses the branch itself.
    pub fn CompareOpJump(cx: &mut Cx) {
        CompareOp(cx)
    }

    pub fn CompareOp(cx: &mut Cx) {
        use dynasmrt::x64::Rq;
        let kind = CmpKind::from_arg(cx.ins().arg);
        let (a, b) = (cx.peek(2), cx.peek(1));
        // Neither ints nor floats: `kiln_jit_compare_values` with the operands in
        // registers; its bool replaces them and the next instruction (a PopJumpIf's
        // own template, when there is one) takes it from the stack.
        let helper = kiln_runtime::interp::kiln_jit_compare_values as *const () as usize;
        let after = cx.label(cx.pc + 1);
        let slow = cx.cold(move |cx| {
            operand_pair_call(cx, helper, a, b);
            jit!(cx.ops ; jmp =>after);
        });
        let not_ints = cx.ops.new_dynamic_label();
        let store = cx.ops.new_dynamic_label();
        if let Some(imm) = small_const_operand(cx) {
            // `i < 10`: only the left operand's tag is checked; the constant is an
            // immediate (the general path below stays for a non-int left operand).
            let general = cx.ops.new_dynamic_label();
            left_small_int_shifted(cx, a, general);
            jit!(cx.ops
                ; cmp rax, imm
                ; jmp >compared
                ; =>general
                ; mov rcx, QWORD [stk + b]
                ; jmp =>not_ints
                ; compared:
            );
        } else {
            cx.load2(RAX, a, RCX, b);
            guard_small_ints(cx, not_ints);
            jit!(cx.ops
                ; shl rax, 16
                ; shl rcx, 16
                ; cmp rax, rcx
            );
        }
        match kind {
            CmpKind::Lt => jit!(cx.ops ; setl al),
            CmpKind::Le => jit!(cx.ops ; setle al),
            CmpKind::Eq => jit!(cx.ops ; sete al),
            CmpKind::Ne => jit!(cx.ops ; setne al),
            CmpKind::Gt => jit!(cx.ops ; setg al),
            CmpKind::Ge => jit!(cx.ops ; setge al),
        }
        jit!(cx.ops
            ; jmp =>store
            ; =>not_ints
        );
        to_double(cx, Rq::RAX as u8, 0, slow);
        to_double(cx, Rq::RCX as u8, 1, slow);
        // Unordered (NaN) compares are false except !=.
        match kind {
            CmpKind::Lt => jit!(cx.ops ; ucomisd xmm1, xmm0 ; seta al),
            CmpKind::Le => jit!(cx.ops ; ucomisd xmm1, xmm0 ; setae al),
            CmpKind::Gt => jit!(cx.ops ; ucomisd xmm0, xmm1 ; seta al),
            CmpKind::Ge => jit!(cx.ops ; ucomisd xmm0, xmm1 ; setae al),
            CmpKind::Eq => jit!(cx.ops ; ucomisd xmm0, xmm1 ; sete al ; setnp cl ; and al, cl),
            CmpKind::Ne => jit!(cx.ops ; ucomisd xmm0, xmm1 ; setne al ; setp cl ; or al, cl),
        }
        jit!(cx.ops ; =>store);
        if let Some((jump_if_true, t, after)) = fused_branch(cx) {
            jit!(cx.ops ; test al, al);
            if jump_if_true {
                jit!(cx.ops ; jnz =>t ; jmp =>after);
            } else {
                jit!(cx.ops ; jz =>t ; jmp =>after);
            }
            return;
        }
        jit!(cx.ops
            ; movzx eax, al
            ; lea rax, [specials + rax + FALSE_OFF]
            ; mov QWORD [stk + a], rax
        );
    }
}
