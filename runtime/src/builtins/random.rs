//! The native `_random` module: the Mersenne Twister core of `random` (runtime/lib/random.py).
//!
//! Generators live in a process-wide table and are named by an int handle
//! (`_random.new()`); `_random.bind(h)` returns builtins whose receiver is the handle
//! (`random`, `getrandbits`, `_randbelow`), so `Random` instances and the module-level
//! functions call straight into Rust. Seeding follows CPython 3.11 exactly: ints seed
//! `init_by_array` with the 32-bit words of `abs(n)`, str seeds (version 2) use the int
//! of `utf8 + sha512(utf8)`, floats use `hash(x)`, None reads /dev/urandom.
//! The outputs (`random()` from two 32-bit draws, `getrandbits`, the rejection loop of
//! `_randbelow`) consume the generator exactly as CPython does, so seeded sequences match.

use super::*;
use num_bigint::{BigInt, Sign};
use parking_lot::Mutex;

const N: usize = 624;
const M: usize = 397;

pub(crate) struct Mt {
    mt: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut m = Mt {
            mt: [0; N],
            index: N + 1,
        };
        m.init_genrand(5489);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let p = self.mt[i - 1];
            self.mt[i] = 1812433253u32
                .wrapping_mul(p ^ (p >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let klen = key.len().max(1);
        for _ in 0..N.max(klen) {
            let p = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1664525))
                .wrapping_add(*key.get(j).unwrap_or(&0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let p = self.mt[i - 1];
            self.mt[i] =
                (self.mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn twist(&mut self) {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        let mt = &mut self.mt;
        for k in 0..N {
            let y = (mt[k] & UPPER) | (mt[(k + 1) % N] & LOWER);
            let mag = if y & 1 != 0 { MATRIX_A } else { 0 };
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    #[inline]
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    #[inline]
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// getrandbits(k) for 0 < k <= 64, consuming words as CPython does.
    #[inline]
    fn bits64(&mut self, k: u32) -> u64 {
        if k <= 32 {
            (self.next_u32() >> (32 - k)) as u64
        } else {
            let lo = self.next_u32() as u64;
            let hi = (self.next_u32() >> (64 - k)) as u64;
            lo | (hi << 32)
        }
    }

    /// getrandbits(k) for any k >= 0: little-endian 32-bit words, the last one shifted.
    fn bits_big(&mut self, k: u64) -> BigInt {
        let nwords = ((k + 31) / 32) as usize;
        let mut words = Vec::with_capacity(nwords);
        let mut left = k as i64;
        for _ in 0..nwords {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left -= 32;
        }
        BigInt::from_slice(Sign::Plus, &words)
    }
}

static GENS: Mutex<Vec<Mt>> = Mutex::new(Vec::new());

pub(crate) fn install() {
    let (_, d) = new_module("_random");
    let fns: &[(&'static str, NativeFn)] = &[
        ("new", new_gen),
        ("bind", bind),
        ("seed", seed),
        ("getstate", getstate),
        ("setstate", setstate),
    ];
    for &(n, f) in fns {
        add_fn(d, n, f);
    }
}

fn handle(vm: &mut Vm, h: Value) -> PyResult<usize> {
    match small_or_i64(h) {
        Some(i) if i >= 0 && (i as usize) < GENS.lock().len() => Ok(i as usize),
        _ => Err(vm.value_error("invalid random generator handle".into())),
    }
}

fn new_gen(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "new", 0, 0)?;
    let mut g = GENS.lock();
    g.push(Mt::new());
    Ok(int(g.len() as i64 - 1))
}

fn bound(name: &'static str, f: NativeFn, h: Value) -> Value {
    alloc(BuiltinObj {
        name,
        f,
        recv: h,
        owner: Value::NULL,
        is_classmethod: false,
        f64_fn: None,
        value_fn: None,
    })
}

/// bind(h) -> (random, getrandbits, _randbelow) with the handle as receiver.
fn bind(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "bind", 1, 1)?;
    let h = a.pos[0];
    handle(vm, h)?;
    Ok(ops::new_tuple(vec![
        bound("random", m_random, h),
        bound("getrandbits", m_getrandbits, h),
        bound("_randbelow", m_randbelow, h),
    ]))
}

#[inline]
fn gen_index(recv: Value) -> usize {
    recv.as_small() as usize
}

fn m_random(vm: &mut Vm, recv: Value, a: &Args) -> R {
    if !a.pos.is_empty() || !a.kwnames.is_empty() {
        no_args(vm, a, "random")?;
    }
    let r = GENS.lock()[gen_index(recv)].random();
    Ok(Value::float(r))
}

fn m_getrandbits(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "getrandbits")?;
    let k = index_i64(vm, v)?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative".into()));
    }
    if k == 0 {
        return Ok(int(0));
    }
    let mut g = GENS.lock();
    let mt = &mut g[gen_index(recv)];
    if k <= 63 {
        let r = mt.bits64(k as u32);
        return Ok(int(r as i64));
    }
    let b = mt.bits_big(k as u64);
    drop(g);
    Ok(ops::new_bigint(b))
}

/// `_randbelow(n)`: getrandbits(n.bit_length()) until the result is below n.
fn m_randbelow(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "_randbelow")?;
    if let Some(n) = small_or_i64(v) {
        if n <= 0 {
            return Err(vm.value_error("_randbelow() requires a positive argument".into()));
        }
        let n = n as u64;
        let k = 64 - n.leading_zeros();
        let mut g = GENS.lock();
        let mt = &mut g[gen_index(recv)];
        loop {
            let r = mt.bits64(k);
            if r < n {
                return Ok(int(r as i64));
            }
        }
    }
    let n = index_big(vm, v)?;
    if n.sign() != Sign::Plus {
        return Err(vm.value_error("_randbelow() requires a positive argument".into()));
    }
    let k = n.bits();
    let mut g = GENS.lock();
    let mt = &mut g[gen_index(recv)];
    loop {
        let r = mt.bits_big(k);
        if r < n {
            drop(g);
            return Ok(ops::new_bigint(r));
        }
    }
}

/// seed(h, a, version): a is None, int, float, or str (version 2).
fn seed(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "seed", 2, 3)?;
    let h = handle(vm, a.pos[0])?;
    let arg = a.pos[1];
    let version = match a.pos.get(2) {
        Some(&v) => index_i64(vm, v)?,
        None => 2,
    };
    let key: Vec<u32> = if arg.is_none() {
        urandom_key()
    } else if is_str(arg) {
        if version != 2 {
            return Err(vm.raise(
                rt().excs.not_implemented_error,
                "random.seed(str, version=1) is not supported".into(),
            ));
        }
        let bytes = ops::str_of(arg).as_bytes();
        let mut all = bytes.to_vec();
        all.extend_from_slice(&sha512(bytes));
        let n = BigInt::from_bytes_be(Sign::Plus, &all);
        words_of(&n)
    } else if ops::is_int(arg) {
        let n = ops::to_bigint(arg).unwrap_or_default();
        words_of(&n)
    } else if arg.is_float() {
        // CPython seeds with the hash reinterpreted as size_t.
        let hv = ops::hash(vm, arg)?;
        words_of(&BigInt::from(hv as u64))
    } else {
        return Err(vm.type_error(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."
                .into(),
        ));
    };
    GENS.lock()[h].init_by_array(&key);
    Ok(Value::NONE)
}

/// The 32-bit little-endian words of abs(n); [0] for zero.
fn words_of(n: &BigInt) -> Vec<u32> {
    let (_, w) = n.to_u32_digits();
    if w.is_empty() {
        vec![0]
    } else {
        w
    }
}

fn urandom_key() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if !ok {
        // Fall back to time and pid, as CPython does when urandom fails.
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        return vec![t as u32, (t >> 32) as u32, std::process::id()];
    }
    buf.chunks(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// getstate(h) -> tuple of 625 ints (the 624 state words, then the index).
fn getstate(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "getstate", 1, 1)?;
    let h = handle(vm, a.pos[0])?;
    let g = GENS.lock();
    let mt = &g[h];
    let mut items: Vec<Value> = mt.mt.iter().map(|&w| int(w as i64)).collect();
    items.push(int(mt.index as i64));
    drop(g);
    Ok(ops::new_tuple(items))
}

fn setstate(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "setstate", 2, 2)?;
    let h = handle(vm, a.pos[0])?;
    let st = a.pos[1];
    let items: Vec<Value> = match st.get::<TupleObj>() {
        Some(t) if t.items.len() == N + 1 => t.items.to_vec(),
        _ => return Err(vm.value_error("state vector is the wrong size".into())),
    };
    let mut words = [0u32; N];
    for (i, &v) in items[..N].iter().enumerate() {
        match small_or_i64(v) {
            Some(x) if (0..=u32::MAX as i64).contains(&x) => words[i] = x as u32,
            _ => {
                return Err(vm.raise(
                    rt().excs.overflow_error,
                    "Python int too large to convert to C unsigned long".into(),
                ))
            }
        }
    }
    let idx = match small_or_i64(items[N]) {
        Some(x) if (0..=N as i64).contains(&x) => x as usize,
        _ => return Err(vm.value_error("invalid state".into())),
    };
    let mut g = GENS.lock();
    g[h].mt = words;
    g[h].index = idx;
    Ok(Value::NONE)
}

// ---- SHA-512 (FIPS 180-4), used for str seeds ----------------------------------------

/// Round constants: the first 64 bits of the fractional parts of the cube roots of the
/// first 80 primes; initial hash: square roots of the first 8 primes. Computed exactly.
fn sha512_constants() -> &'static ([u64; 80], [u64; 8]) {
    use std::sync::OnceLock;
    static C: OnceLock<([u64; 80], [u64; 8])> = OnceLock::new();
    C.get_or_init(|| {
        let mut primes = Vec::new();
        let mut p = 2u64;
        while primes.len() < 80 {
            if (2..p).take_while(|d| d * d <= p).all(|d| p % d != 0) {
                primes.push(p);
            }
            p += 1;
        }
        let frac64 = |root: BigInt| -> u64 {
            let (_, digits) = root.to_u64_digits();
            digits.first().copied().unwrap_or(0)
        };
        let mut k = [0u64; 80];
        for (i, &p) in primes.iter().enumerate() {
            k[i] = frac64((BigInt::from(p) << 192u32).cbrt());
        }
        let mut h = [0u64; 8];
        for (i, &p) in primes[..8].iter().enumerate() {
            h[i] = frac64((BigInt::from(p) << 128u32).sqrt());
        }
        (k, h)
    })
}

pub(crate) fn sha512(data: &[u8]) -> [u8; 64] {
    let (k, h0) = sha512_constants();
    let mut h = *h0;
    let mut msg = data.to_vec();
    let bitlen = (data.len() as u128) * 8;
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bitlen.to_be_bytes());
    for block in msg.chunks(128) {
        let mut w = [0u64; 80];
        for t in 0..16 {
            let mut b = [0u8; 8];
            b.copy_from_slice(&block[t * 8..t * 8 + 8]);
            w[t] = u64::from_be_bytes(b);
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(k[t])
                .wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha512_known_answers() {
        let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        assert!(hex(&sha512(b"abc")).starts_with("ddaf35a193617aba"));
        assert!(hex(&sha512(b"")).starts_with("cf83e1357eefb8bd"));
    }

    #[test]
    fn mt_matches_reference() {
        // init_by_array({0x123, 0x234, 0x345, 0x456}): first output of the reference mt19937ar.
        let mut m = Mt::new();
        m.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        assert_eq!(m.next_u32(), 1067595299);
    }
}
