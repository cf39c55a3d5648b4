//! `_pickle_core`: the native half of `_pickle`, Kiln's pickle accelerator. `dumps`
//! writes the builtin types (None, bool, int, float, str, bytes, bytearray, tuple, list,
//! dict, set, frozenset) at every protocol with CPython's opcodes, memo and framing, and
//! asks a Python callback how to save anything else (a global reference or a
//! reduction, computed by pickle.py's own rules); `loads` runs every opcode, calling
//! back into Python only to find classes, build objects and apply state. The byte
//! output equals pickle.py's (tested against it and CPython).

use super::*;
use hashbrown::HashMap;

pub(crate) fn install() {
    let (_, d) = new_module("_pickle_core");
    add_fn(d, "dumps", dumps);
    add_fn(d, "loads", loads);
}

const FRAME_TARGET: usize = 64 * 1024;
const BATCH: usize = 1000;

/// Objects held only by the pickler meanwhile (reductions, iterators) stay rooted in
/// `vm.roots` until the dump ends.
struct Pickler {
    proto: u8,
    out: Vec<u8>,
    frame: Option<Vec<u8>>,
    memo: HashMap<u64, u32>,
    /// `describe(obj) -> tuple`: how pickle.py saves a non-builtin object.
    describe: Value,
}

impl Pickler {
    fn w(&mut self, b: &[u8]) {
        match &mut self.frame {
            Some(f) => f.extend_from_slice(b),
            None => self.out.extend_from_slice(b),
        }
    }
    fn commit_frame(&mut self, force: bool) {
        if let Some(f) = &mut self.frame {
            if !f.is_empty() && (f.len() >= FRAME_TARGET || force) {
                if f.len() >= 4 {
                    self.out.push(0x95);
                    self.out.extend_from_slice(&(f.len() as u64).to_le_bytes());
                }
                self.out.append(f);
            }
        }
    }
    fn large(&mut self, header: &[u8], payload: &[u8]) {
        if self.frame.is_some() {
            self.commit_frame(true);
        }
        self.out.extend_from_slice(header);
        self.out.extend_from_slice(payload);
    }
    /// A length-prefixed payload (bytes or UTF-8): the 1-byte-length opcode (if
    /// `short`) up to 255 bytes, the 8-byte one past 4 GiB (protocol 4), else the 4-byte one;
    /// payloads of a frame's size or more go outside frames.
    fn sized(&mut self, short: bool, op1: u8, op4: u8, op8: u8, data: &[u8]) {
        let n = data.len();
        if short && n <= 0xff {
            self.w(&[op1, n as u8]);
            self.w(data);
            return;
        }
        let mut h = Vec::with_capacity(9);
        if n > 0xffff_ffff && self.proto >= 4 {
            h.push(op8);
            h.extend_from_slice(&(n as u64).to_le_bytes());
        } else {
            h.push(op4);
            h.extend_from_slice(&(n as u32).to_le_bytes());
        }
        if n >= FRAME_TARGET {
            self.large(&h, data);
        } else {
            self.w(&h);
            self.w(data);
        }
    }

    fn memoize(&mut self, v: Value) {
        let idx = self.memo.len() as u32;
        if self.proto >= 4 {
            self.w(b"\x94");
        } else if self.proto >= 1 {
            if idx < 256 {
                self.w(&[b'q', idx as u8]);
            } else {
                let mut b = vec![b'r'];
                b.extend_from_slice(&idx.to_le_bytes());
                self.w(&b);
            }
        } else {
            self.w(format!("p{idx}\n").as_bytes());
        }
        self.memo.insert(v.0, idx);
    }
    fn get(&self, idx: u32) -> Vec<u8> {
        if self.proto >= 1 {
            if idx < 256 {
                vec![b'h', idx as u8]
            } else {
                let mut b = vec![b'j'];
                b.extend_from_slice(&idx.to_le_bytes());
                b
            }
        } else {
            format!("g{idx}\n").into_bytes()
        }
    }
    fn write_get(&mut self, idx: u32) {
        if self.proto >= 1 && idx < 256 {
            self.w(&[b'h', idx as u8]);
        } else {
            let g = self.get(idx);
            self.w(&g);
        }
    }

    fn save(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        self.commit_frame(false);
        if let Some(&idx) = self.memo.get(&v.0) {
            self.write_get(idx);
            return Ok(());
        }
        let bin = self.proto >= 1;
        if v.is_none() {
            self.w(b"N");
            return Ok(());
        }
        if v.is_bool() {
            let t = v == Value::TRUE;
            if self.proto >= 2 {
                self.w(if t { b"\x88" } else { b"\x89" });
            } else {
                self.w(if t { b"I01\n" } else { b"I00\n" });
            }
            return Ok(());
        }
        if ops::is_int(v) {
            return self.save_int(v);
        }
        if v.is_float() {
            let f = v.as_float();
            if bin {
                let x = f.to_be_bytes();
                self.w(&[b'G', x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]]);
            } else {
                let r = ops::repr(vm, v)?;
                self.w(format!("F{r}\n").as_bytes());
            }
            return Ok(());
        }
        match v.kind() {
            Some(ObjKind::Str) => return self.save_str(v),
            Some(ObjKind::Bytes) if self.proto >= 3 => {
                self.sized(true, b'C', b'B', 0x8e, &v.cast::<BytesObj>().data);
                self.memoize(v);
                return Ok(());
            }
            Some(ObjKind::ByteArray) if self.proto >= 5 => {
                let data = super::bytearray::snapshot(v);
                let mut h = vec![0x96];
                h.extend_from_slice(&(data.len() as u64).to_le_bytes());
                if data.len() >= FRAME_TARGET {
                    self.large(&h, &data);
                } else {
                    h.extend_from_slice(&data);
                    self.w(&h);
                }
                self.memoize(v);
                return Ok(());
            }
            Some(ObjKind::Tuple) if v.cast::<TupleObj>().cls.is_null() => {
                return self.save_tuple(vm, v)
            }
            Some(ObjKind::List) if v.cast::<ListObj>().cls.is_null() => {
                self.w(if bin { b"]" } else { b"(l" });
                self.memoize(v);
                let items = v.cast::<ListObj>().items.to_vec();
                return self.batch_appends(vm, &items);
            }
            Some(ObjKind::Dict) if v.cast::<DictObj>().cls.is_null() => {
                self.w(if bin { b"}" } else { b"(d" });
                self.memoize(v);
                let pairs: Vec<(Value, Value)> = v
                    .cast::<DictObj>()
                    .table
                    .iter()
                    .map(|e| (e.key, e.value))
                    .collect();
                return self.batch_setitems(vm, &pairs);
            }
            Some(ObjKind::Set) if self.proto >= 4 && is_plain_set(v) => {
                let s = v.cast::<SetObj>();
                let items: Vec<Value> = s.table.iter().map(|(k, _)| k).collect();
                if s.frozen {
                    self.w(b"(");
                    for &x in &items {
                        self.save(vm, x)?;
                    }
                    if let Some(&idx) = self.memo.get(&v.0) {
                        let mut b = vec![b'1'];
                        b.extend(self.get(idx));
                        self.w(&b);
                        return Ok(());
                    }
                    self.w(b"\x91");
                    self.memoize(v);
                    return Ok(());
                }
                self.w(b"\x8f");
                self.memoize(v);
                for chunk in items.chunks(BATCH) {
                    self.w(b"(");
                    for &x in chunk {
                        self.save(vm, x)?;
                    }
                    self.w(b"\x90");
                }
                return Ok(());
            }
            _ => {}
        }
        self.save_other(vm, v)
    }

    fn save_int(&mut self, v: Value) -> PyResult<()> {
        let small = ops::as_i64(v);
        if self.proto >= 1 {
            if let Some(i) = small {
                if (0..=0xff).contains(&i) {
                    self.w(&[b'K', i as u8]);
                    return Ok(());
                }
                if (0..=0xffff).contains(&i) {
                    let [x, y] = (i as u16).to_le_bytes();
                    self.w(&[b'M', x, y]);
                    return Ok(());
                }
                if (-0x8000_0000..=0x7fff_ffff).contains(&i) {
                    let [x, y, z, t] = (i as i32).to_le_bytes();
                    self.w(&[b'J', x, y, z, t]);
                    return Ok(());
                }
            }
        }
        let big = ops::to_bigint(v).expect("int");
        if self.proto >= 2 {
            let enc = if big.sign() == num_bigint::Sign::NoSign {
                Vec::new()
            } else {
                big.to_signed_bytes_le()
            };
            let mut b = Vec::with_capacity(enc.len() + 5);
            if enc.len() < 256 {
                b.push(0x8a);
                b.push(enc.len() as u8);
            } else {
                b.push(0x8b);
                b.extend_from_slice(&(enc.len() as i32).to_le_bytes());
            }
            b.extend_from_slice(&enc);
            self.w(&b);
            return Ok(());
        }
        let text = big.to_string();
        if small.is_some_and(|i| (-0x8000_0000..=0x7fff_ffff).contains(&i)) {
            self.w(format!("I{text}\n").as_bytes());
        } else {
            self.w(format!("L{text}L\n").as_bytes());
        }
        Ok(())
    }

    fn save_str(&mut self, v: Value) -> PyResult<()> {
        let s = ops::str_of(v);
        let data = s.as_bytes();
        if self.proto >= 1 {
            // SHORT_BINUNICODE exists from protocol 4.
            self.sized(self.proto >= 4, 0x8c, b'X', 0x8d, data);
        } else {
            // Protocol 0: raw-unicode-escape with the line-breaking characters escaped.
            let mut b = vec![b'V'];
            for c in s.chars() {
                match c {
                    '\\' => b.extend_from_slice(b"\\u005c"),
                    '\0' => b.extend_from_slice(b"\\u0000"),
                    '\n' => b.extend_from_slice(b"\\u000a"),
                    '\r' => b.extend_from_slice(b"\\u000d"),
                    '\x1a' => b.extend_from_slice(b"\\u001a"),
                    c if (c as u32) < 256 => b.push(c as u32 as u8),
                    c if (c as u32) < 0x10000 => {
                        b.extend_from_slice(format!("\\u{:04x}", c as u32).as_bytes())
                    }
                    c => b.extend_from_slice(format!("\\U{:08x}", c as u32).as_bytes()),
                }
            }
            b.push(b'\n');
            self.w(&b);
        }
        self.memoize(v);
        Ok(())
    }

    fn save_tuple(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let items: Vec<Value> = v.cast::<TupleObj>().items.to_vec();
        let n = items.len();
        if n == 0 {
            self.w(if self.proto >= 1 { b")" } else { b"(t" });
            return Ok(());
        }
        if n <= 3 && self.proto >= 2 {
            for &x in &items {
                self.save(vm, x)?;
            }
            if let Some(&idx) = self.memo.get(&v.0) {
                let mut b = vec![b'0'; n];
                b.extend(self.get(idx));
                self.w(&b);
            } else {
                self.w(&[[0u8, 0x85, 0x86, 0x87][n]]);
                self.memoize(v);
            }
            return Ok(());
        }
        self.w(b"(");
        for &x in &items {
            self.save(vm, x)?;
        }
        if let Some(&idx) = self.memo.get(&v.0) {
            let mut b = if self.proto >= 1 {
                vec![b'1']
            } else {
                vec![b'0'; n + 1]
            };
            b.extend(self.get(idx));
            self.w(&b);
            return Ok(());
        }
        self.w(b"t");
        self.memoize(v);
        Ok(())
    }

    fn batch_appends(&mut self, vm: &mut Vm, items: &[Value]) -> PyResult<()> {
        if self.proto == 0 {
            for &x in items {
                self.save(vm, x)?;
                self.w(b"a");
            }
            return Ok(());
        }
        for chunk in items.chunks(BATCH) {
            if chunk.len() > 1 {
                self.w(b"(");
                for &x in chunk {
                    self.save(vm, x)?;
                }
                self.w(b"e");
            } else {
                self.save(vm, chunk[0])?;
                self.w(b"a");
            }
        }
        Ok(())
    }

    fn batch_setitems(&mut self, vm: &mut Vm, pairs: &[(Value, Value)]) -> PyResult<()> {
        if self.proto == 0 {
            for &(k, x) in pairs {
                self.save(vm, k)?;
                self.save(vm, x)?;
                self.w(b"s");
            }
            return Ok(());
        }
        for chunk in pairs.chunks(BATCH) {
            if chunk.len() > 1 {
                self.w(b"(");
                for &(k, x) in chunk {
                    self.save(vm, k)?;
                    self.save(vm, x)?;
                }
                self.w(b"u");
            } else {
                self.save(vm, chunk[0].0)?;
                self.save(vm, chunk[0].1)?;
                self.w(b"s");
            }
        }
        Ok(())
    }

    /// Anything else: pickle.py's `_describe(obj, proto)` says how, as a tuple:
    /// ("global", module, name), ("ext", code), or
    /// (kind, callable_or_class, args, state, listitems, dictitems, state_setter[, kwargs])
    /// with kind "reduce", "newobj" or "newobj_ex".
    fn save_other(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let d = vm.call(self.describe, &[v, int(self.proto as i64)], &[])?;
        vm.roots.push(d);
        let parts = d.cast::<TupleObj>().items.to_vec();
        let kind = ops::str_of(parts[0]).to_string();
        match kind.as_str() {
            "global" => {
                let (module, name) = (parts[1], parts[2]);
                if self.proto >= 4 {
                    self.save(vm, module)?;
                    self.save(vm, name)?;
                    self.w(b"\x93");
                } else {
                    let text = format!("c{}\n{}\n", ops::str_of(module), ops::str_of(name));
                    self.w(text.as_bytes());
                }
                self.memoize(v);
            }
            "ext" => {
                let code = ops::as_i64(parts[1]).unwrap_or(0);
                if code <= 0xff {
                    self.w(&[0x82, code as u8]);
                } else if code <= 0xffff {
                    let mut b = vec![0x83];
                    b.extend_from_slice(&(code as u16).to_le_bytes());
                    self.w(&b);
                } else {
                    let mut b = vec![0x84];
                    b.extend_from_slice(&(code as i32).to_le_bytes());
                    self.w(&b);
                }
            }
            _ => {
                let (func, args, state, listitems, dictitems, setter) =
                    (parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
                match kind.as_str() {
                    "newobj" => {
                        self.save(vm, func)?;
                        self.save(vm, args)?;
                        self.w(b"\x81");
                    }
                    "newobj_ex" => {
                        self.save(vm, func)?;
                        self.save(vm, args)?;
                        self.save(vm, parts[7])?;
                        self.w(b"\x92");
                    }
                    _ => {
                        self.save(vm, func)?;
                        self.save(vm, args)?;
                        self.w(b"R");
                    }
                }
                if let Some(&idx) = self.memo.get(&v.0) {
                    let mut b = vec![b'0'];
                    b.extend(self.get(idx));
                    self.w(&b);
                } else {
                    self.memoize(v);
                }
                if !listitems.is_none() {
                    let items = ops::collect_iterable(vm, listitems)?;
                    vm.roots.extend_from_slice(&items);
                    self.batch_appends(vm, &items)?;
                }
                if !dictitems.is_none() {
                    let items = ops::collect_iterable(vm, dictitems)?;
                    vm.roots.extend_from_slice(&items);
                    let mut pairs = Vec::with_capacity(items.len());
                    for it in items {
                        match it.get::<TupleObj>().map(|t| t.items.to_vec()) {
                            Some(kv) if kv.len() == 2 => pairs.push((kv[0], kv[1])),
                            _ => return Err(vm.value_error("dictitems must yield pairs".into())),
                        }
                    }
                    self.batch_setitems(vm, &pairs)?;
                }
                if !state.is_none() {
                    if setter.is_none() {
                        self.save(vm, state)?;
                        self.w(b"b");
                    } else {
                        self.save(vm, setter)?;
                        self.save(vm, v)?;
                        self.save(vm, state)?;
                        self.w(b"\x86R0");
                    }
                }
            }
        }
        Ok(())
    }
}

fn is_plain_set(v: Value) -> bool {
    let c = ops::type_of(v);
    c == rt().types.set || c == rt().types.frozenset
}

/// `dumps(obj, protocol, describe)`: the pickle as bytes.
fn dumps(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "dumps", 3, 3)?;
    let proto = index_i64(vm, a.pos[1])? as u8;
    let mut p = Pickler {
        proto,
        out: Vec::new(),
        frame: None,
        memo: HashMap::new(),
        describe: a.pos[2],
    };
    if proto >= 2 {
        p.out.extend_from_slice(&[0x80, proto]);
    }
    if proto >= 4 {
        p.frame = Some(Vec::new());
    }
    let mark = vm.roots.len();
    let r = p.save(vm, a.pos[0]);
    vm.roots.truncate(mark);
    r?;
    p.w(b".");
    p.commit_frame(true);
    Ok(ops::new_bytes(p.out))
}

// ---- loading ---------------------------------------------------------------------------

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.pos.checked_add(n)?;
        let s = self.data.get(self.pos..end)?;
        self.pos = end;
        Some(s)
    }
    fn line(&mut self) -> Option<&[u8]> {
        let rest = self.data.get(self.pos..)?;
        let i = rest.iter().position(|&b| b == b'\n')?;
        self.pos += i + 1;
        Some(&rest[..i])
    }
}

/// `loads(data, find_class, build, new_obj, unpickling_error)`: the object, or
/// NotImplemented for a pickle using an opcode left to pickle.py. The stack is a
/// Python list and the memo a dict (rooted for the GC); marks are stack depths.
fn loads(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "loads", 5, 5)?;
    let data = super::bytes::bytes_arg(vm, a.pos[0])?.into_owned();
    let (find_class, build, new_obj, err_cls) = (a.pos[1], a.pos[2], a.pos[3], a.pos[4]);
    let stack_list = ops::new_list(Vec::new());
    let memo_dict = ops::new_list(Vec::new());
    let mark = vm.roots.len();
    vm.roots.push(stack_list);
    vm.roots.push(memo_dict);
    let r = run_loads(
        vm, &data, stack_list, memo_dict, find_class, build, new_obj, err_cls,
    );
    vm.roots.truncate(mark);
    r
}

#[allow(clippy::too_many_arguments)]
fn run_loads(
    vm: &mut Vm,
    data: &[u8],
    stack_list: Value,
    memo: Value,
    find_class: Value,
    build: Value,
    new_obj: Value,
    err_cls: Value,
) -> R {
    let stack = &stack_list.cast::<ListObj>().items;
    let mut marks: Vec<usize> = Vec::new();
    let mut rd = Reader { data, pos: 0 };
    macro_rules! fail {
        ($msg:expr) => {
            return Err(vm.raise(err_cls, $msg.to_string()))
        };
    }
    macro_rules! take {
        ($n:expr) => {
            match rd.take($n) {
                Some(s) => s,
                None => fail!("pickle data was truncated"),
            }
        };
    }
    macro_rules! line {
        () => {
            match rd.line() {
                Some(s) => s,
                None => fail!("pickle data was truncated"),
            }
        };
    }
    macro_rules! pop {
        () => {
            match stack.pop() {
                Some(v) => v,
                None => fail!("unpickling stack underflow"),
            }
        };
    }
    macro_rules! top {
        () => {
            match stack.last() {
                Some(v) => v,
                None => fail!("unpickling stack underflow"),
            }
        };
    }
    let pop_mark =
        |stack: &crate::valuevec::ValueVec, marks: &mut Vec<usize>| -> Option<Vec<Value>> {
            let m = marks.pop()?;
            let n = stack.len();
            let items = stack.range_to_vec(m.min(n), n);
            stack.truncate(m.min(n));
            Some(items)
        };
    if data.is_empty() {
        return Err(vm.raise(rt().excs.eof_error, "Ran out of input".into()));
    }
    loop {
        let op = take!(1)[0];
        match op {
            0x80 => {
                let p = take!(1)[0];
                if p > 5 {
                    return Err(vm.value_error(format!("unsupported pickle protocol: {p}")));
                }
            }
            0x95 => {
                take!(8);
            }
            b'.' => {
                return match stack.pop() {
                    Some(v) => Ok(v),
                    None => fail!("unpickling stack underflow"),
                };
            }
            b'N' => stack.push(Value::NONE),
            0x88 => stack.push(Value::TRUE),
            0x89 => stack.push(Value::FALSE),
            b'K' => stack.push(int(take!(1)[0] as i64)),
            b'M' => {
                let b = take!(2);
                stack.push(int(u16::from_le_bytes([b[0], b[1]]) as i64));
            }
            b'J' => {
                let b = take!(4);
                stack.push(int(i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64));
            }
            0x8a | 0x8b => {
                let n = if op == 0x8a {
                    take!(1)[0] as usize
                } else {
                    let b = take!(4);
                    let n = i32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                    if n < 0 {
                        fail!("LONG pickle has negative byte count");
                    }
                    n as usize
                };
                let b = take!(n);
                let big = num_bigint::BigInt::from_signed_bytes_le(b);
                stack.push(ops::new_bigint(big));
            }
            b'I' | b'L' => {
                let l = line!().to_vec();
                let text = String::from_utf8_lossy(&l).into_owned();
                let text = text.trim_end_matches('L');
                let v = if op == b'I' && text == "01" {
                    Value::TRUE
                } else if op == b'I' && text == "00" {
                    Value::FALSE
                } else {
                    match crate::numeric::parse_int(text, 10) {
                        Ok(b) => ops::new_bigint(b),
                        Err(_) => fail!(format!("invalid literal in pickle: {text:?}")),
                    }
                };
                stack.push(v);
            }
            b'G' => {
                let b = take!(8);
                let mut a8 = [0u8; 8];
                a8.copy_from_slice(b);
                stack.push(Value::float(f64::from_be_bytes(a8)));
            }
            b'F' => {
                let l = line!().to_vec();
                let text = String::from_utf8_lossy(&l).into_owned();
                match text.trim().parse::<f64>() {
                    Ok(f) => stack.push(Value::float(f)),
                    Err(_) => fail!("could not convert string to float"),
                }
            }
            0x8c | b'X' | 0x8d => {
                let n = match op {
                    0x8c => take!(1)[0] as usize,
                    b'X' => {
                        let b = take!(4);
                        u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize
                    }
                    _ => {
                        let b = take!(8);
                        let mut a8 = [0u8; 8];
                        a8.copy_from_slice(b);
                        u64::from_le_bytes(a8) as usize
                    }
                };
                let b = take!(n);
                match std::str::from_utf8(b) {
                    Ok(s) => stack.push(ops::new_string(s.to_string())),
                    Err(_) => {
                        return Err(vm.raise(
                            rt().excs.unicode_decode_error,
                            "'utf-8' codec can't decode bytes in pickle".into(),
                        ))
                    }
                }
            }
            b'V' => {
                let l = line!().to_vec();
                stack.push(ops::new_string(raw_unicode_unescape(&l)));
            }
            b'C' | b'B' | 0x8e | 0x96 => {
                let n = match op {
                    b'C' => take!(1)[0] as usize,
                    b'B' => {
                        let b = take!(4);
                        u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize
                    }
                    _ => {
                        let b = take!(8);
                        let mut a8 = [0u8; 8];
                        a8.copy_from_slice(b);
                        u64::from_le_bytes(a8) as usize
                    }
                };
                let b = take!(n).to_vec();
                if op == 0x96 {
                    stack.push(super::bytearray::new_bytearray(b));
                } else {
                    stack.push(ops::new_bytes(b));
                }
            }
            b')' => stack.push(ops::new_tuple(Vec::new())),
            0x85 => {
                let a1 = pop!();
                stack.push(ops::new_tuple(vec![a1]));
            }
            0x86 => {
                let a2 = pop!();
                let a1 = pop!();
                stack.push(ops::new_tuple(vec![a1, a2]));
            }
            0x87 => {
                let a3 = pop!();
                let a2 = pop!();
                let a1 = pop!();
                stack.push(ops::new_tuple(vec![a1, a2, a3]));
            }
            b'(' => marks.push(stack.len()),
            b't' => match pop_mark(stack, &mut marks) {
                Some(items) => stack.push(ops::new_tuple(items)),
                None => fail!("could not find MARK"),
            },
            b']' => stack.push(ops::new_list(Vec::new())),
            b'l' => match pop_mark(stack, &mut marks) {
                Some(items) => stack.push(ops::new_list(items)),
                None => fail!("could not find MARK"),
            },
            b'}' => stack.push(crate::rt::new_dict()),
            b'd' => match pop_mark(stack, &mut marks) {
                Some(items) => {
                    let d = crate::rt::new_dict();
                    stack.push(d);
                    for kv in items.chunks(2) {
                        if kv.len() == 2 {
                            ops::dict_set(vm, d, kv[0], kv[1])?;
                        }
                    }
                }
                None => fail!("could not find MARK"),
            },
            0x8f => stack.push(ops::new_set(false)),
            0x91 => match pop_mark(stack, &mut marks) {
                Some(items) => {
                    let s = ops::new_set(true);
                    stack.push(s);
                    for x in items {
                        ops::set_add(vm, s, x)?;
                    }
                }
                None => fail!("could not find MARK"),
            },
            b'a' => {
                let v = pop!();
                let l = top!();
                append_to(vm, l, &[v])?;
            }
            b'e' => {
                let Some(items) = pop_mark(stack, &mut marks) else {
                    fail!("could not find MARK")
                };
                let l = top!();
                append_to(vm, l, &items)?;
            }
            b's' => {
                let v = pop!();
                let k = pop!();
                let d = top!();
                ops::setitem(vm, d, k, v)?;
            }
            b'u' => {
                let Some(items) = pop_mark(stack, &mut marks) else {
                    fail!("could not find MARK")
                };
                let d = top!();
                for kv in items.chunks(2) {
                    if kv.len() == 2 {
                        ops::setitem(vm, d, kv[0], kv[1])?;
                    }
                }
            }
            0x90 => {
                let Some(items) = pop_mark(stack, &mut marks) else {
                    fail!("could not find MARK")
                };
                let s = top!();
                for x in items {
                    if s.is_kind(ObjKind::Set) {
                        ops::set_add(vm, s, x)?;
                    } else {
                        let add = ops::getattr(vm, s, crate::sym!("add"))?;
                        vm.call1(add, x)?;
                    }
                }
            }
            b'0' => {
                if stack.pop().is_none() && pop_mark(stack, &mut marks).is_none() {
                    fail!("unpickling stack underflow");
                }
            }
            b'1' => {
                if pop_mark(stack, &mut marks).is_none() {
                    fail!("could not find MARK");
                }
            }
            b'2' => {
                let v = top!();
                stack.push(v);
            }
            b'g' | b'h' | b'j' => {
                let idx = match op {
                    b'h' => take!(1)[0] as i64,
                    b'j' => {
                        let b = take!(4);
                        u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64
                    }
                    _ => {
                        let l = line!().to_vec();
                        String::from_utf8_lossy(&l)
                            .trim()
                            .parse::<i64>()
                            .unwrap_or(-1)
                    }
                };
                let memo_items = &memo.cast::<ListObj>().items;
                match usize::try_from(idx).ok().and_then(|i| memo_items.get(i)) {
                    Some(v) if !v.is_null() => stack.push(v),
                    _ => fail!(format!("Memo value not found at index {idx}")),
                }
            }
            b'p' | b'q' | b'r' | 0x94 => {
                let idx = match op {
                    b'q' => take!(1)[0] as i64,
                    b'r' => {
                        let b = take!(4);
                        u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64
                    }
                    0x94 => memo.cast::<ListObj>().items.len() as i64,
                    _ => {
                        let l = line!().to_vec();
                        String::from_utf8_lossy(&l)
                            .trim()
                            .parse::<i64>()
                            .unwrap_or(-1)
                    }
                };
                let v = top!();
                let Ok(i) = usize::try_from(idx) else {
                    return Err(vm.value_error("negative PUT argument".into()));
                };
                let memo_items = &memo.cast::<ListObj>().items;
                // Indices are sequential in practice; a gap holds NULL (never a value).
                while memo_items.len() <= i {
                    memo_items.push(Value::NULL);
                }
                memo_items.set(i, v);
            }
            b'c' => {
                let module = String::from_utf8_lossy(line!()).into_owned();
                let name = String::from_utf8_lossy(line!()).into_owned();
                let (m, n) = (ops::new_string(module), ops::new_string(name));
                let c = vm.call(find_class, &[m, n], &[])?;
                stack.push(c);
            }
            0x93 => {
                let name = pop!();
                let module = pop!();
                if !is_str(name) || !is_str(module) {
                    fail!("STACK_GLOBAL requires str");
                }
                let c = vm.call(find_class, &[module, name], &[])?;
                stack.push(c);
            }
            b'R' => {
                let args = pop!();
                let func = top!();
                let argv = ops::collect_iterable(vm, args)?;
                let r = vm.call(func, &argv, &[])?;
                stack.pop();
                stack.push(r);
            }
            0x81 => {
                let args = pop!();
                let cls = pop!();
                stack.push(cls);
                stack.push(args);
                let r = vm.call(new_obj, &[cls, args, Value::NONE], &[])?;
                stack.pop();
                stack.pop();
                stack.push(r);
            }
            0x92 => {
                let kwargs = pop!();
                let args = pop!();
                let cls = pop!();
                stack.push(cls);
                stack.push(args);
                stack.push(kwargs);
                let r = vm.call(new_obj, &[cls, args, kwargs], &[])?;
                stack.truncate(stack.len() - 3);
                stack.push(r);
            }
            b'b' => {
                let state = pop!();
                let inst = top!();
                stack.push(state);
                vm.call(build, &[inst, state], &[])?;
                stack.pop();
            }
            // Python 2 strings, persistent ids, INST/OBJ, extension codes and buffers:
            // rare; the caller reruns the whole load in pickle.py (NotImplemented says so).
            b'S' | b'T' | b'U' | b'P' | b'Q' | b'i' | b'o' | 0x82 | 0x83 | 0x84 | 0x97 | 0x98 => {
                return Ok(rt().not_implemented)
            }
            other => {
                let c = other as char;
                fail!(format!("invalid load key, '{c}'."));
            }
        }
    }
}

fn append_to(vm: &mut Vm, l: Value, items: &[Value]) -> PyResult<()> {
    if let Some(lo) = l.get::<ListObj>() {
        if lo.cls.is_null() {
            for &x in items {
                lo.items.push(x);
            }
            return Ok(());
        }
    }
    let append = ops::getattr(vm, l, crate::sym!("append"))?;
    for &x in items {
        vm.call1(append, x)?;
    }
    Ok(())
}

fn raw_unicode_unescape(b: &[u8]) -> String {
    let s: Vec<char> = b.iter().map(|&c| c as char).collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == '\\' && i + 1 < s.len() && (s[i + 1] == 'u' || s[i + 1] == 'U') {
            let w = if s[i + 1] == 'u' { 4 } else { 8 };
            if i + 2 + w <= s.len() {
                let hex: String = s[i + 2..i + 2 + w].iter().collect();
                if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(c);
                    i += 2 + w;
                    continue;
                }
            }
        }
        out.push(s[i]);
        i += 1;
    }
    out
}
