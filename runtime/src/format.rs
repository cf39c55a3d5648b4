//! Text formatting with CPython 3.11's exact output (this module owns it):
//!
//! * `repr(float)` / `str(float)` ([`float_repr`]);
//! * the format-spec mini-language used by `format()`, `str.format` and f-strings
//!   ([`parse_format_spec`], [`format_float`], [`format_int`], [`format_i64`], [`format_str`]);
//! * printf-style `%` formatting ([`parse_percent`] and the `format_percent_*` functions);
//! * `repr(str)` ([`str_repr`]).
//!
//! Everything here is a pure function over Rust values: no interpreter types.  Errors are
//! returned as `Err(String)` holding CPython's exact exception message; the doc comment of each
//! function says which Python exception type the caller should raise.
//!
//! The layout code is a port of CPython's `Python/formatter_unicode.c`,
//! `Python/pystrtod.c` (`format_float_short`) and `Objects/unicodeobject.c`
//! (`PyUnicode_Format`).  Decimal digits of floats come from Rust's float formatting, which
//! (like David Gay's `dtoa` used by CPython) is exact: `{:e}` gives the shortest round-trip
//! digits, `{:.Ne}` / `{:.N}` give correctly rounded digits with ties resolved half-to-even on
//! the exact binary value.
//!
//! Locale: the `n` presentation type behaves as in the C locale (CPython's default unless the
//! program calls `locale.setlocale`): no grouping, `.` as decimal point.

use num_bigint::{BigInt, Sign};
use std::fmt::{self, Write as _};

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/// A byte buffer that lives on the stack for up to `N` bytes and spills to the heap beyond.
/// Used as the `fmt::Write` target for Rust's float formatting so that the common cases
/// allocate nothing.
struct StackBuf<const N: usize> {
    buf: [u8; N],
    len: usize,
    heap: Vec<u8>,
}

impl<const N: usize> StackBuf<N> {
    #[inline]
    fn new() -> Self {
        StackBuf {
            buf: [0; N],
            len: 0,
            heap: Vec::new(),
        }
    }

    #[inline]
    fn bytes(&self) -> &[u8] {
        if self.heap.is_empty() {
            &self.buf[..self.len]
        } else {
            &self.heap
        }
    }

    #[inline]
    fn push(&mut self, b: u8) {
        if self.heap.is_empty() && self.len < N {
            self.buf[self.len] = b;
            self.len += 1;
        } else {
            if self.heap.is_empty() {
                self.heap.reserve(self.len + 64);
                self.heap.extend_from_slice(&self.buf[..self.len]);
            }
            self.heap.push(b);
        }
    }

    #[inline]
    fn push_repeat(&mut self, b: u8, n: i64) {
        let n = n.max(0) as usize;
        if self.heap.is_empty() && self.len + n <= N {
            self.buf[self.len..self.len + n].fill(b);
            self.len += n;
        } else {
            if self.heap.is_empty() {
                self.heap.reserve(self.len + n + 64);
                self.heap.extend_from_slice(&self.buf[..self.len]);
            }
            self.heap.resize(self.heap.len() + n, b);
        }
    }

    #[inline]
    fn bytes_mut(&mut self) -> &mut [u8] {
        if self.heap.is_empty() {
            &mut self.buf[..self.len]
        } else {
            &mut self.heap
        }
    }
}

impl<const N: usize> fmt::Write for StackBuf<N> {
    #[inline]
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let b = s.as_bytes();
        if self.heap.is_empty() {
            if self.len + b.len() <= N {
                self.buf[self.len..self.len + b.len()].copy_from_slice(b);
                self.len += b.len();
                return Ok(());
            }
            self.heap.reserve(self.len + b.len() + 64);
            self.heap.extend_from_slice(&self.buf[..self.len]);
        }
        self.heap.extend_from_slice(b);
        Ok(())
    }
}

/// Converts an ASCII-only byte vector into a `String` without re-validating it.
#[inline]
fn ascii_string(v: Vec<u8>) -> String {
    debug_assert!(v.is_ascii());
    // SAFETY: every caller only ever pushes ASCII bytes into `v`, and ASCII is valid UTF-8.
    unsafe { String::from_utf8_unchecked(v) }
}

/// Byte sink for the float layout code: a `Vec<u8>` (when the bytes become the result) or a
/// stack buffer (when they are an intermediate).
trait ByteSink {
    fn push(&mut self, b: u8);
    fn extend_from_slice(&mut self, b: &[u8]);
    fn push_repeat(&mut self, b: u8, n: i64);
    fn last(&self) -> Option<u8>;
    fn pop(&mut self);
}

impl ByteSink for Vec<u8> {
    #[inline]
    fn push(&mut self, b: u8) {
        Vec::push(self, b)
    }
    #[inline]
    fn extend_from_slice(&mut self, b: &[u8]) {
        Vec::extend_from_slice(self, b)
    }
    #[inline]
    fn push_repeat(&mut self, b: u8, n: i64) {
        if n > 0 {
            self.resize(self.len() + n as usize, b);
        }
    }
    #[inline]
    fn last(&self) -> Option<u8> {
        self.as_slice().last().copied()
    }
    #[inline]
    fn pop(&mut self) {
        Vec::pop(self);
    }
}

impl<const N: usize> ByteSink for StackBuf<N> {
    #[inline]
    fn push(&mut self, b: u8) {
        StackBuf::push(self, b)
    }
    #[inline]
    fn extend_from_slice(&mut self, b: &[u8]) {
        // SAFETY: the float layout code only produces ASCII.
        let _ = self.write_str(unsafe { std::str::from_utf8_unchecked(b) });
    }
    #[inline]
    fn push_repeat(&mut self, b: u8, n: i64) {
        StackBuf::push_repeat(self, b, n)
    }
    #[inline]
    fn last(&self) -> Option<u8> {
        self.bytes().last().copied()
    }
    #[inline]
    fn pop(&mut self) {
        if self.heap.is_empty() {
            self.len -= 1;
        } else {
            self.heap.pop();
        }
    }
}

#[inline]
fn push_char_n(out: &mut String, c: char, n: usize) {
    if c.is_ascii() {
        // SAFETY: pushing ASCII bytes keeps the String valid UTF-8.
        let v = unsafe { out.as_mut_vec() };
        v.resize(v.len() + n, c as u8);
    } else {
        out.reserve(n * c.len_utf8());
        for _ in 0..n {
            out.push(c);
        }
    }
}

/// Pushes an ASCII byte slice onto a String.
#[inline]
fn push_ascii(out: &mut String, b: &[u8]) {
    debug_assert!(b.is_ascii());
    // SAFETY: `b` is ASCII, so the String stays valid UTF-8.
    unsafe { out.as_mut_vec().extend_from_slice(b) }
}

/// Number of code points (Python `len`) of a string.
#[inline]
fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of the end of the first `n` code points of `s` (or `s.len()`).
#[inline]
fn char_prefix_end(s: &str, n: usize) -> usize {
    if s.is_ascii() {
        return n.min(s.len());
    }
    match s.char_indices().nth(n) {
        Some((i, _)) => i,
        None => s.len(),
    }
}

/// Value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`, i.e. `unicodedata.decimal`):
/// ASCII `0-9` and every other character of general category Nd.  Exact for Unicode 14.0 (the
/// database of CPython 3.11); `Some(_)` exactly when `str.isdecimal()` is true.
pub fn decimal_digit_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if cp < 0x80 {
        return if c.is_ascii_digit() {
            Some(cp - 0x30)
        } else {
            None
        };
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let zero = DECIMAL_ZEROS[idx - 1];
    if cp - zero < 10 {
        Some(cp - zero)
    } else {
        None
    }
}

/// `str.isspace()` for one character (`Py_UNICODE_ISSPACE`; exact, includes `\x1c`-`\x1f`).
#[inline]
pub fn py_isspace(c: char) -> bool {
    matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ')
        || (c as u32 >= 0x80
            && matches!(
                c,
                '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'
                    ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
            ))
}

/// `str.isprintable()` for one character (`Py_UNICODE_ISPRINTABLE`), exact for Unicode 14.0
/// (the database of CPython 3.11) thanks to a generated table of non-printable ranges.
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return (0x20..0x7f).contains(&cp);
    }
    let idx = NON_PRINTABLE.partition_point(|&(lo, _)| lo <= cp);
    if idx == 0 {
        return true;
    }
    let (_, hi) = NON_PRINTABLE[idx - 1];
    cp > hi
}

// ---------------------------------------------------------------------------------------------
// Float → decimal digits (the part of David Gay's dtoa that CPython uses)
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum DigitMode {
    /// dtoa mode 0: shortest digits that round-trip.
    Shortest,
    /// dtoa mode 2: `n >= 1` significant digits.
    Significant(usize),
    /// dtoa mode 3: `n` digits after the decimal point.
    Fixed(usize),
}

/// Decimal digits of the finite, non-negative `x`: returns `(digits, decpt)` with no leading or
/// trailing zeros (`"0"` / decpt 1 for a zero result), meaning `x ≈ 0.DIGITS × 10**decpt`.
fn float_digits<const N: usize>(x: f64, mode: DigitMode, buf: &mut StackBuf<N>) -> (&[u8], i64) {
    debug_assert!(x.is_finite() && x >= 0.0);
    let fixed = matches!(mode, DigitMode::Fixed(_));
    let _ = match mode {
        DigitMode::Shortest => write!(buf, "{:e}", x),
        DigitMode::Significant(n) => write!(buf, "{:.*e}", n - 1, x),
        DigitMode::Fixed(n) => write!(buf, "{:.*}", n, x),
    };
    let b = buf.bytes_mut();
    let (mut start, mut end, mut decpt);
    if !fixed {
        // "d.ddde-5" or "de7"
        let epos = b.iter().position(|&c| c == b'e').unwrap_or(b.len());
        let mut exp: i64 = 0;
        let mut neg = false;
        for &c in &b[epos + 1..] {
            if c == b'-' {
                neg = true;
            } else {
                exp = exp * 10 + (c - b'0') as i64;
            }
        }
        if neg {
            exp = -exp;
        }
        decpt = exp + 1;
        if epos > 1 {
            b[1] = b[0];
            start = 1;
        } else {
            start = 0;
        }
        end = epos;
    } else {
        // "iii.fff" or "iii"
        let len = b.len();
        let dot = b.iter().position(|&c| c == b'.').unwrap_or(len);
        if dot < len {
            b.copy_within(0..dot, 1);
            start = 1;
        } else {
            start = 0;
        }
        end = len;
        decpt = dot as i64;
    }
    while start < end && b[start] == b'0' {
        start += 1;
        decpt -= 1;
    }
    while end > start && b[end - 1] == b'0' {
        end -= 1;
    }
    if start == end {
        return (b"0", 1);
    }
    (&b[start..end], decpt)
}

/// Can the finite `x > 0` be exactly halfway between two `n`-significant-digit decimals?  That
/// requires its exact decimal expansion to have exactly `n + 1` significant digits.
fn shortest_tie_possible(x: f64, n: usize) -> bool {
    let bits = x.to_bits();
    let be = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if be == 0 {
        (frac, -1074i64)
    } else {
        (frac | (1u64 << 52), be - 1075)
    };
    if m == 0 {
        return false;
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i64;
    if e >= 0 {
        if 64 - (m.leading_zeros() as i64) + e > 127 {
            return true; // huge value: let the caller check the slow way
        }
        let mut v = (m as u128) << e;
        while v.is_multiple_of(10) {
            v /= 10;
        }
        v.ilog10() as usize + 1 == n + 1
    } else {
        // x = m / 2**k = m * 5**k / 10**k: the significant digits are those of m * 5**k
        // (which ends in 5, so has no trailing zeros).
        let k = -e;
        if k > 27 {
            return false;
        }
        let v = (m as u128) * 5u64.pow(k as u32) as u128;
        v < 10u128.pow(20) && v.ilog10() as usize + 1 == n + 1
    }
}

/// Does `0.DIGITS × 10**decpt` parse back to `x`?
fn round_trips(digits: &[u8], decpt: i64, x: f64) -> bool {
    let mut s = StackBuf::<64>::new();
    let _ = s.write_str("0.");
    // SAFETY: digits are ASCII.
    let _ = s.write_str(unsafe { std::str::from_utf8_unchecked(digits) });
    let _ = write!(s, "e{}", decpt);
    let b = s.bytes_mut();
    std::str::from_utf8(b)
        .ok()
        .and_then(|t| t.parse::<f64>().ok())
        == Some(x)
}

/// Lays out dtoa digits exactly like the tail of CPython's `format_float_short`.
/// `code` is one of `e f g r`; `precision` is the value *after* `PyOS_double_to_string`'s
/// adjustments (`e`: precision + 1, `g`: at least 1).
#[allow(clippy::too_many_arguments)]
fn layout_digits<S: ByteSink>(
    out: &mut S,
    digits: &[u8],
    mut decpt: i64,
    code: u8,
    precision: i64,
    add_dot_0: bool,
    alt: bool,
    upper: bool,
) {
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        b'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        b'f' => vdigits_end = decpt + precision,
        b'g' => {
            if decpt <= -4 || decpt > if add_dot_0 { precision - 1 } else { precision } {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // 'r'
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    if decpt <= 0 {
        out.push_repeat(b'0', decpt - vdigits_start);
        out.push(b'.');
        out.push_repeat(b'0', -decpt);
    } else {
        out.push_repeat(b'0', -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.extend_from_slice(&digits[..decpt as usize]);
        out.push(b'.');
        out.extend_from_slice(&digits[decpt as usize..]);
    } else {
        out.extend_from_slice(digits);
    }
    if digits_len < decpt {
        out.push_repeat(b'0', decpt - digits_len);
        out.push(b'.');
        out.push_repeat(b'0', vdigits_end - decpt);
    } else {
        out.push_repeat(b'0', vdigits_end - digits_len);
    }
    if out.last() == Some(b'.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { b'E' } else { b'e' });
        out.push(if exp < 0 { b'-' } else { b'+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push(b'0');
            out.push(b'0' + a as u8);
        } else if a < 100 {
            out.push(b'0' + (a / 10) as u8);
            out.push(b'0' + (a % 10) as u8);
        } else {
            out.push(b'0' + (a / 100) as u8);
            out.push(b'0' + (a / 10 % 10) as u8);
            out.push(b'0' + (a % 10) as u8);
        }
    }
}

/// `PyOS_double_to_string(x, code, precision, flags)` appended to `out` (sign included when
/// negative; `always_add_sign` is never used by callers here).  `code` is one of
/// `e E f F g G r`.  Returns true when a '-' was written.
fn double_to_string<S: ByteSink>(
    out: &mut S,
    x: f64,
    code: u8,
    precision: i64,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
) -> bool {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if x.is_nan() {
        out.extend_from_slice(if upper { b"NAN" } else { b"nan" });
        return false;
    }
    let negative = x.is_sign_negative();
    if x.is_infinite() {
        if negative {
            out.push(b'-');
        }
        out.extend_from_slice(if upper { b"INF" } else { b"inf" });
        return negative;
    }
    let (mode, precision) = match code {
        b'e' => (
            DigitMode::Significant(precision as usize + 1),
            precision + 1,
        ),
        b'f' => (DigitMode::Fixed(precision as usize), precision),
        b'g' => {
            let p = precision.max(1);
            (DigitMode::Significant(p as usize), p)
        }
        _ => (DigitMode::Shortest, 0),
    };
    let ax = x.abs();
    let mut buf = StackBuf::<128>::new();
    let (mut digits, decpt) = float_digits(ax, mode, &mut buf);
    // Shortest mode: Rust resolves an exact tie between the two closest shortest candidates
    // upwards, dtoa resolves it to the even digit.  Ties need an exact value with exactly one
    // more significant digit, which `shortest_tie_possible` checks cheaply.
    let mut buf2: StackBuf<64>;
    if matches!(mode, DigitMode::Shortest)
        && digits.last().is_some_and(|d| d & 1 == 1)
        && shortest_tie_possible(ax, digits.len())
    {
        buf2 = StackBuf::new();
        let (alt_digits, alt_decpt) =
            float_digits(ax, DigitMode::Significant(digits.len()), &mut buf2);
        if alt_digits != digits && alt_decpt == decpt && round_trips(alt_digits, alt_decpt, ax) {
            digits = alt_digits;
        }
    }
    let negative = negative && !(no_neg_0 && digits == b"0");
    if negative {
        out.push(b'-');
    }
    layout_digits(out, digits, decpt, code, precision, add_dot_0, alt, upper);
    negative
}

// ---------------------------------------------------------------------------------------------
// repr(float)
// ---------------------------------------------------------------------------------------------

/// `repr(x)` and `str(x)` for a float (CPython's `float_repr`: `PyOS_double_to_string(x, 'r',
/// 0, Py_DTSF_ADD_DOT_0)`): shortest round-trip digits; scientific notation when the decimal
/// exponent is < -4 or >= 16 (`1e+16`, `1.5e-05`), otherwise positional with `.0` for integral
/// values; `inf`, `-inf`, `nan`, `-0.0`.  Never fails.
pub fn float_repr(x: f64) -> String {
    let mut out = Vec::with_capacity(24);
    double_to_string(&mut out, x, b'r', 0, true, false, false);
    ascii_string(out)
}

/// Appends `repr(x)` to `out` (same as [`float_repr`] without allocating a new String).
pub fn float_repr_into(out: &mut String, x: f64) {
    // SAFETY: double_to_string only pushes ASCII bytes.
    let v = unsafe { out.as_mut_vec() };
    double_to_string(v, x, b'r', 0, true, false, false);
}

// ---------------------------------------------------------------------------------------------
// Format-spec mini-language
// ---------------------------------------------------------------------------------------------

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Fields mirror CPython's `InternalFormatSpec`, except that defaults that depend on the type
/// of the formatted object are left open (`align: None`, `ty: None`) and resolved by the
/// `format_*` functions:
/// * `align: None` means "not given": numbers right-align (or use `=` when `zero_pad`), strings
///   left-align;
/// * `ty: None` means "not given": `d` for ints, `s` for strings, the repr-like general format
///   for floats.
///
/// `fill` is `' '` by default, and `'0'` when the `0` flag was given without an explicit fill
/// (exactly as CPython records it).  `zero_pad` is true when the `0` flag itself was consumed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    /// `'+'`, `'-'` or `' '`.
    pub sign: Option<char>,
    /// The `z` option (coerce negative zero to positive zero; floats only, new in 3.11).
    pub no_neg_0: bool,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `','` or `'_'`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_0: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

impl FormatSpec {
    /// True when the spec is empty (`format(x, '')`), i.e. equivalent to `str(x)`.
    pub fn is_default(&self) -> bool {
        *self == FormatSpec::default()
    }

    /// Alignment used for numbers (default `>`; `=` when the `0` flag was given).
    #[inline]
    fn numeric_align(&self) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero_pad => '=',
            None => '>',
        }
    }
}

#[inline]
fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Formats CPython's `'%c'`-or-`'\x%x'` rendering of a presentation type in messages.
fn type_char_for_msg(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        format!("'{}'", c)
    } else {
        format!("'\\x{:x}'", cp)
    }
}

/// ValueError message for an unknown presentation type (`unknown_presentation_type`).
pub fn unknown_format_code(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code {} for object of type '{}'",
        type_char_for_msg(ty),
        truncate_chars(type_name, 200)
    )
}

fn truncate_chars(s: &str, n: usize) -> &str {
    &s[..char_prefix_end(s, n)]
}

/// Reads a (Unicode-)decimal integer at byte offset `*pos` (`get_integer`).  Returns the number
/// of digits consumed and the value.
fn get_integer(spec: &str, pos: &mut usize) -> Result<(usize, usize), String> {
    let mut acc: usize = 0;
    let mut n = 0;
    let limit = isize::MAX as usize;
    for c in spec[*pos..].chars() {
        let d = match decimal_digit_value(c) {
            Some(d) => d as usize,
            None => break,
        };
        if acc > (limit - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
        n += 1;
        *pos += c.len_utf8();
    }
    Ok((n, acc))
}

/// Parses a format spec without knowing the type of the formatted object.  Identical to
/// [`parse_format_spec_for`] except that the one message that names the type
/// ("Invalid format specifier '...' for object of type '...'") says `'object'`; prefer
/// [`parse_format_spec_for`] (or the one-shot [`format_int_spec`], [`format_float_spec`],
/// [`format_str_spec`]) when the type name is at hand.  Errors are ValueError.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "object")
}

/// Parses a format spec exactly like CPython's `parse_internal_render_format_spec`, including
/// its validation of grouping against an explicit type.  `type_name` is the Python type name
/// used in the "Invalid format specifier" message.  Width and precision accept any Unicode
/// decimal digits, like CPython.  Errors are ValueError, e.g.
/// "Invalid format specifier '10x10' for object of type 'int'", "Format specifier missing
/// precision", "Cannot specify both ',' and '_'.", "Cannot specify ',' with 'x'.",
/// "Too many decimal digits in format string".
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let mut f = FormatSpec::default();
    let mut pos = 0usize;
    // `[[fill]align]`: a fill is present when the *second* character is an alignment token.
    // (Whether an alignment was given is recorded in `f.align`; the `0` flag uses it later.)
    let mut fill_specified = false;
    let mut it = spec.chars();
    let c0 = it.next();
    let c1 = it.next();
    match (c0, c1) {
        (Some(a), Some(b)) if is_align(b) => {
            f.fill = a;
            f.align = Some(b);
            fill_specified = true;
            pos = a.len_utf8() + 1;
        }
        (Some(a), _) if is_align(a) => {
            f.align = Some(a);
            pos = 1;
        }
        _ => {}
    }
    let bytes = spec.as_bytes();
    if pos < bytes.len() && matches!(bytes[pos], b' ' | b'+' | b'-') {
        f.sign = Some(bytes[pos] as char);
        pos += 1;
    }
    if pos < bytes.len() && bytes[pos] == b'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < bytes.len() && bytes[pos] == b'#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < bytes.len() && bytes[pos] == b'0' {
        f.fill = '0';
        f.zero_pad = true;
        pos += 1;
    }
    let (n, w) = get_integer(spec, &mut pos)?;
    if n > 0 {
        f.width = Some(w);
    }
    if pos < bytes.len() && bytes[pos] == b',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < bytes.len() && bytes[pos] == b'_' {
        if f.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < bytes.len() && bytes[pos] == b',' && f.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }
    if pos < bytes.len() && bytes[pos] == b'.' {
        pos += 1;
        let (n, p) = get_integer(spec, &mut pos)?;
        if n == 0 {
            return Err("Format specifier missing precision".to_string());
        }
        f.precision = Some(p);
    }
    let rest = &spec[pos..];
    let mut rest_chars = rest.chars();
    if let Some(t) = rest_chars.next() {
        if rest_chars.next().is_some() {
            return Err(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec,
                truncate_chars(type_name, 200)
            ));
        }
        f.ty = Some(t);
    }
    if let Some(g) = f.grouping {
        match f.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => {
                return Err(format!(
                    "Cannot specify '{}' with {}.",
                    g,
                    type_char_for_msg(t)
                ));
            }
        }
    }
    Ok(f)
}

// ---------------------------------------------------------------------------------------------
// Number layout (calc_number_widths + fill_number + _PyUnicode_InsertThousandsGrouping)
// ---------------------------------------------------------------------------------------------

/// The pieces of a formatted number: `[sign][prefix][digits][.][remainder]`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a [u8],
    digits: &'a [u8],
    has_decimal: bool,
    remainder: &'a str,
}

type GroupBuf = StackBuf<128>;

/// `_PyUnicode_InsertThousandsGrouping`: writes the grouped digits *reversed* into `rev`.
/// `group == 0` means no grouping (only the zero padding up to `min_width` is applied).
fn group_digits_rev(rev: &mut GroupBuf, digits: &[u8], min_width: i64, group: i64, sep: u8) {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut dpos = digits.len();
    let mut use_sep = false;
    let mut emit = |rev: &mut GroupBuf, n_chars: i64, n_zeros: i64, use_sep: bool| {
        if use_sep {
            rev.push(sep);
        }
        for _ in 0..n_chars {
            dpos -= 1;
            rev.push(digits[dpos]);
        }
        rev.push_repeat(b'0', n_zeros);
    };
    if group > 0 {
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(rev, n_chars, n_zeros, use_sep);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                return;
            }
            min_width -= 1; // separator length
        }
    }
    let len = remaining.max(min_width).max(1);
    let n_zeros = (len - remaining).max(0);
    let n_chars = remaining.min(len).max(0);
    emit(rev, n_chars, n_zeros, use_sep);
}

/// Lays out a number according to `spec` (sign option, fill, alignment, width, grouping).
/// `align` is the resolved alignment; `group` is the grouping size (0 = none), `sep` the
/// separator byte.
fn write_number(
    p: &NumberParts<'_>,
    spec: &FormatSpec,
    align: char,
    group: i64,
    sep: u8,
) -> String {
    let sign: Option<u8> = match spec.sign {
        Some('+') => Some(if p.negative { b'-' } else { b'+' }),
        Some(' ') => Some(if p.negative { b'-' } else { b' ' }),
        _ => {
            if p.negative {
                Some(b'-')
            } else {
                None
            }
        }
    };
    let n_sign = sign.is_some() as i64;
    let n_remainder = char_len(p.remainder) as i64;
    let n_non_digit = n_sign + p.prefix.len() as i64 + p.has_decimal as i64 + n_remainder;
    let width: i64 = spec.width.map_or(-1, |w| w as i64);
    let min_width = if spec.fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };

    // Grouped digits: either the digits themselves or a reversed temporary.
    let mut rev = GroupBuf::new();
    let simple = p.digits.is_empty() || (group == 0 && min_width <= p.digits.len() as i64);
    let n_grouped = if simple {
        p.digits.len() as i64
    } else {
        group_digits_rev(&mut rev, p.digits, min_width, group, sep);
        rev.bytes().len() as i64
    };

    let n_padding = width - (n_non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    if n_padding > 0 {
        match align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let fill = spec.fill;
    let total_bytes = ((lpad + spad + rpad) as usize) * fill.len_utf8()
        + (n_sign + n_grouped) as usize
        + p.prefix.len()
        + p.has_decimal as usize
        + p.remainder.len();
    let mut out = String::with_capacity(total_bytes);
    push_char_n(&mut out, fill, lpad as usize);
    if let Some(s) = sign {
        out.push(s as char);
    }
    push_ascii(&mut out, p.prefix);
    push_char_n(&mut out, fill, spad as usize);
    if simple {
        push_ascii(&mut out, p.digits);
    } else {
        // SAFETY: `rev` holds ASCII digits and separators only.
        let v = unsafe { out.as_mut_vec() };
        v.extend(rev.bytes().iter().rev());
    }
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_char_n(&mut out, fill, rpad as usize);
    out
}

// ---------------------------------------------------------------------------------------------
// format(float, spec)
// ---------------------------------------------------------------------------------------------

/// `format(x, spec)` for a float (`float.__format__` with an already parsed spec): types
/// `e E f F g G n %` and none (like `repr` when no precision is given, otherwise like `g`
/// with at least one digit past the point).  Errors are ValueError: "Unknown format code 'd'
/// for object of type 'float'", "precision too big".
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(x, spec)
        }
        Some(c) => Err(unknown_format_code(c, "float")),
    }
}

/// One-shot `format(x, spec_str)` for an exact `float` (parse + format, with the exact
/// "Invalid format specifier ... 'float'" message; empty spec gives `str(x)`).  ValueError.
pub fn format_float_spec(x: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    format_float(x, &parse_format_spec_for(spec, "float")?)
}

fn format_float_internal(mut x: f64, spec: &FormatSpec) -> Result<String, String> {
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err("precision too big".to_string());
        }
    }
    let mut code: u8;
    let mut default_precision = 6i64;
    let mut add_dot_0 = false;
    let mut add_pct = false;
    match spec.ty {
        None => {
            add_dot_0 = true;
            code = b'r';
            default_precision = 0;
        }
        Some('n') => code = b'g',
        Some('%') => {
            code = b'f';
            x *= 100.0;
            add_pct = true;
        }
        Some(c) => code = c as u8,
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == b'r' {
                code = b'g';
            }
            p as i64
        }
    };
    if !matches!(spec.sign, Some('+' | ' '))
        && spec.width.is_none()
        && spec.ty != Some('n')
        && spec.grouping.is_none()
    {
        let mut body = Vec::with_capacity(32);
        double_to_string(
            &mut body,
            x,
            code,
            precision,
            add_dot_0,
            spec.alternate,
            spec.no_neg_0,
        );
        if add_pct {
            body.push(b'%');
        }
        return Ok(ascii_string(body));
    }
    let mut sbody = StackBuf::<128>::new();
    double_to_string(
        &mut sbody,
        x,
        code,
        precision,
        add_dot_0,
        spec.alternate,
        spec.no_neg_0,
    );
    if add_pct {
        sbody.push(b'%');
    }
    let body = sbody.bytes();
    let negative = body.first() == Some(&b'-');
    let rest = if negative { &body[1..] } else { body };
    let n_int = rest
        .iter()
        .position(|c| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let has_decimal = rest.get(n_int) == Some(&b'.');
    let rem_start = n_int + has_decimal as usize;
    // SAFETY: `body` is ASCII.
    let remainder = unsafe { std::str::from_utf8_unchecked(&rest[rem_start..]) };
    let parts = NumberParts {
        negative,
        prefix: b"",
        digits: &rest[..n_int],
        has_decimal,
        remainder,
    };
    let (group, sep) = match (spec.ty, spec.grouping) {
        (Some('n'), _) | (_, None) => (0, b','),
        (_, Some(g)) => (3, g as u8),
    };
    Ok(write_number(&parts, spec, spec.numeric_align(), group, sep))
}

// ---------------------------------------------------------------------------------------------
// format(int, spec)
// ---------------------------------------------------------------------------------------------

/// Writes the digits of `v` in `base` (2, 8, 10 or 16) at the end of `buf`; returns the start.
#[inline]
fn u64_digits(mut v: u64, base: u64, upper: bool, buf: &mut [u8; 64]) -> usize {
    let table: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut i = 64;
    if base == 10 {
        while v >= 100 {
            let r = (v % 100) as usize;
            v /= 100;
            i -= 2;
            buf[i] = b'0' + (r / 10) as u8;
            buf[i + 1] = b'0' + (r % 10) as u8;
        }
        if v >= 10 {
            i -= 2;
            buf[i] = b'0' + (v / 10) as u8;
            buf[i + 1] = b'0' + (v % 10) as u8;
        } else {
            i -= 1;
            buf[i] = b'0' + v as u8;
        }
        return i;
    }
    let shift = base.trailing_zeros();
    let mask = base - 1;
    loop {
        i -= 1;
        buf[i] = table[(v & mask) as usize];
        v >>= shift;
        if v == 0 {
            return i;
        }
    }
}

/// Magnitude digits of an integer, either on the stack (fits u64) or on the heap.
enum IntDigits {
    Small([u8; 64], usize),
    Big(Vec<u8>),
}

impl IntDigits {
    #[inline]
    fn bytes(&self) -> &[u8] {
        match self {
            IntDigits::Small(b, start) => &b[*start..],
            IntDigits::Big(v) => v,
        }
    }
}

/// Error message of CPython 3.11's int→decimal-string digit limit.
pub(crate) fn int_str_digits_error(limit: usize) -> String {
    format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        limit
    )
}

/// Digits of `|n|` in base 2/8/10/16.  For base 10 the CPython 3.11 digit limit
/// (`sys.set_int_max_str_digits`, see `crate::numeric::int_max_str_digits`) is enforced.
fn bigint_digits(mag: &num_bigint::BigUint, base: u32, upper: bool) -> Result<IntDigits, String> {
    if mag.bits() <= 64 {
        let v = mag.iter_u64_digits().next().unwrap_or(0);
        let mut buf = [0u8; 64];
        let start = u64_digits(v, base as u64, upper, &mut buf);
        return Ok(IntDigits::Small(buf, start));
    }
    if base == 10 {
        crate::numeric::check_int_str_digits(mag)?;
    }
    let mut v = mag.to_str_radix(base).into_bytes();
    if upper {
        v.make_ascii_uppercase();
    }
    Ok(IntDigits::Big(v))
}

/// Shared implementation of int formatting given the sign and magnitude digits provider.
#[inline]
fn format_int_common(
    negative: bool,
    digits_of: impl Fn(u32, bool) -> Result<IntDigits, String>,
    as_c_long: Option<i64>,
    to_float: impl Fn() -> Result<f64, String>,
    spec: &FormatSpec,
) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = to_float()?;
            return format_float_internal(x, spec);
        }
        c => return Err(unknown_format_code(c, "int")),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_0 {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let v = match as_c_long {
            Some(v) => v,
            None => return Err("Python int too large to convert to C long".to_string()),
        };
        if !(0..=0x10ffff).contains(&v) {
            return Err("%c arg not in range(0x110000)".to_string());
        }
        let ch = match char::from_u32(v as u32) {
            Some(c) => c,
            None => return Err(SURROGATE_ERROR.to_string()),
        };
        let mut cbuf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: b"",
            digits: b"",
            has_decimal: false,
            remainder: ch.encode_utf8(&mut cbuf),
        };
        return Ok(write_number(&parts, spec, spec.numeric_align(), 0, b','));
    }
    let (base, prefix): (u32, &[u8]) = match ty {
        'b' => (2, b"0b"),
        'o' => (8, b"0o"),
        'x' => (16, b"0x"),
        'X' => (16, b"0X"),
        _ => (10, b""),
    };
    let digits = digits_of(base, ty == 'X')?;
    let digits = digits.bytes();
    let prefix: &[u8] = if spec.alternate { prefix } else { b"" };
    if !matches!(spec.sign, Some('+' | ' '))
        && spec.width.is_none()
        && ty != 'X'
        && ty != 'n'
        && spec.grouping.is_none()
    {
        let mut out = Vec::with_capacity(negative as usize + prefix.len() + digits.len());
        if negative {
            out.push(b'-');
        }
        out.extend_from_slice(prefix);
        out.extend_from_slice(digits);
        return Ok(ascii_string(out));
    }
    let parts = NumberParts {
        negative,
        prefix,
        digits,
        has_decimal: false,
        remainder: "",
    };
    let (group, sep) = match (ty, spec.grouping) {
        ('n', _) | (_, None) => (0, b','),
        ('b' | 'o' | 'x' | 'X', Some(g)) => (4, g as u8),
        (_, Some(g)) => (3, g as u8),
    };
    Ok(write_number(&parts, spec, spec.numeric_align(), group, sep))
}

/// Message used when a surrogate code point would have to be put in a Rust `String`
/// (CPython can build such strings, Kiln cannot).  Callers should raise ValueError.
pub const SURROGATE_ERROR: &str = "surrogates not allowed";

/// `format(n, spec)` for an int: types `b c d o x X n` and none (= `d`), plus `e E f F g G %`
/// (converted to float like CPython), `#` prefixes, `,`/`_` grouping (`_` every 4 digits for
/// `b o x X`), sign, fill/align (incl. `=`), zero padding.
///
/// Errors: ValueError ("Precision not allowed in integer format specifier",
/// "Unknown format code 'z' for object of type 'int'", "Sign not allowed with integer format
/// specifier 'c'", the int→str digit-limit message, …) **except** these OverflowErrors:
/// "%c arg not in range(0x110000)", "Python int too large to convert to C long" (type `c`) and
/// "int too large to convert to float" (float types) — see [`format_error_is_overflow`].
/// A surrogate with type `c` gives [`SURROGATE_ERROR`].
pub fn format_int(n: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    let negative = n.sign() == Sign::Minus;
    let mag = n.magnitude();
    let as_c_long = i64::try_from(n).ok();
    if let Some(v) = as_c_long {
        return format_i64(v, spec);
    }
    format_int_common(
        negative,
        |base, upper| bigint_digits(mag, base, upper),
        as_c_long,
        || crate::numeric::int_to_f64(n),
        spec,
    )
}

/// Fast path of [`format_int`] for ints that fit an `i64` (same semantics, no heap work
/// beyond the result).
pub fn format_i64(n: i64, spec: &FormatSpec) -> Result<String, String> {
    let negative = n < 0;
    let mag = n.unsigned_abs();
    // Fast path: plain `d`/`x`/`o`/`b` (optionally `#`) with no sign option, width, grouping,
    // precision or `z` — the output is just sign + prefix + digits.
    if matches!(spec.sign, None | Some('-'))
        && spec.width.is_none()
        && spec.grouping.is_none()
        && spec.precision.is_none()
        && !spec.no_neg_0
    {
        {
            let (base, prefix): (u64, &[u8]) = match spec.ty {
                None | Some('d') => (10, b""),
                Some('x') => (16, b"0x"),
                Some('o') => (8, b"0o"),
                Some('b') => (2, b"0b"),
                _ => (0, b""),
            };
            if base != 0 {
                let mut buf = [0u8; 64];
                let start = u64_digits(mag, base, false, &mut buf);
                let prefix = if spec.alternate { prefix } else { b"" };
                let mut out = Vec::with_capacity(1 + prefix.len() + 64 - start);
                if negative {
                    out.push(b'-');
                }
                out.extend_from_slice(prefix);
                out.extend_from_slice(&buf[start..]);
                return Ok(ascii_string(out));
            }
        }
    }
    format_int_common(
        negative,
        |base, upper| {
            let mut buf = [0u8; 64];
            let start = u64_digits(mag, base as u64, upper, &mut buf);
            Ok(IntDigits::Small(buf, start))
        },
        Some(n),
        || Ok(n as f64),
        spec,
    )
}

/// One-shot `format(n, spec_str)` for an exact `int` (parse with the exact "... 'int'"
/// message, then [`format_int`]).  Empty spec gives `str(n)` (digit limit enforced).
pub fn format_int_spec(n: &BigInt, spec: &str) -> Result<String, String> {
    format_int(n, &parse_format_spec_for(spec, "int")?)
}

/// True when an `Err` message from [`format_int`], [`format_i64`], [`format_int_spec`] or
/// [`format_percent_int`] must be raised as OverflowError rather than ValueError.
pub fn format_error_is_overflow(msg: &str) -> bool {
    msg == "%c arg not in range(0x110000)"
        || msg == "Python int too large to convert to C long"
        || msg == "int too large to convert to float"
        || msg == "precision too large"
}

// ---------------------------------------------------------------------------------------------
// format(str, spec)
// ---------------------------------------------------------------------------------------------

/// `format(s, spec)` for a str: only type `s` or none; precision truncates (in code points);
/// default left alignment; the `0` flag only sets the fill to `'0'`.  Errors are ValueError:
/// "Sign not allowed in string format specifier", "Space not allowed in string format
/// specifier", "Negative zero coercion (z) not allowed in string format specifier",
/// "Alternate form (#) not allowed in string format specifier", "'=' alignment not allowed in
/// string format specifier", "Unknown format code 'd' for object of type 'str'",
/// "Cannot specify ',' with 's'.".
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    if spec.ty.is_none() {
        if let Some(g) = spec.grouping {
            return Err(format!("Cannot specify '{}' with 's'.", g));
        }
    }
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(unknown_format_code(c, "str")),
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.no_neg_0 {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    let align = spec.align.unwrap_or('<');
    if align == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    if spec.width.is_none() && spec.precision.is_none() {
        return Ok(s.to_string());
    }
    let (body, len) = match spec.precision {
        Some(p) => {
            let end = char_prefix_end(s, p);
            let b = &s[..end];
            (b, char_len(b))
        }
        None => (s, char_len(s)),
    };
    let total = spec.width.map_or(len, |w| w.max(len));
    let lpad = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(body.len() + (lpad + rpad) * spec.fill.len_utf8());
    push_char_n(&mut out, spec.fill, lpad);
    out.push_str(body);
    push_char_n(&mut out, spec.fill, rpad);
    Ok(out)
}

/// One-shot `format(s, spec_str)` for an exact `str` (parse with the exact "... 'str'"
/// message, then [`format_str`]).  ValueError.
pub fn format_str_spec(s: &str, spec: &str) -> Result<String, String> {
    format_str(s, &parse_format_spec_for(spec, "str")?)
}

// ---------------------------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------------------------

/// A piece of a parsed `%`-format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    /// Literal text (with every `%%` already turned into `%`).
    Literal(String),
    /// A conversion specifier.
    Spec(PercentSpec),
}

/// The flags of a conversion specifier.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub minus: bool,
    /// `+`: always a sign.
    pub plus: bool,
    /// ` `: a space for non-negative numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
}

/// A width or precision: `*` (taken from the arguments) or a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    Star,
    N(usize),
}

/// One conversion specifier: `%[(key)][flags][width][.precision][hlL]conv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// The mapping key of `%(key)s` (the caller raises TypeError "format requires a mapping"
    /// when a key is present and the right operand is not a mapping).
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<PercentCount>,
    /// `%.f` gives `Some(N(0))`, as in CPython.
    pub precision: Option<PercentCount>,
    /// One of `s r a c d i u o x X e E f F g G`.
    pub conv: char,
}

/// Parses a `%`-format string once into literal and specifier pieces (`PyUnicode_Format`'s
/// parser).  `%%` becomes a literal `%` (only directly after the `%`; `%5%` is an unsupported
/// conversion, like CPython).
///
/// Errors are ValueError: "incomplete format", "incomplete format key", "width too big",
/// "precision too big", "unsupported format character 'y' (0x79) at index 3" (the index counts
/// code points).  Deviation in *order* only: CPython reports an unsupported conversion
/// character only after fetching its argument, so `'%y' % ()` is a TypeError there ("not
/// enough arguments for format string") but a ValueError here.
///
/// Caller's duties when applying the pieces (as CPython): fetch arguments in order (`*` width
/// then `*` precision then the value), raise TypeError "* wants int" / "not enough arguments
/// for format string" / "not all arguments converted during string formatting"; a negative
/// `*` width means left-justify with its absolute value (pass the absolute value and a spec
/// whose `flags.minus` is set); a negative `*` precision means 0.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len() as i64;
    let read = |pos: i64| -> char {
        if pos < n {
            chars[pos as usize]
        } else {
            '\0'
        }
    };
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut pos: i64 = 0;
    while pos < n {
        let c = chars[pos as usize];
        if c != '%' {
            lit.push(c);
            pos += 1;
            continue;
        }
        pos += 1;
        // fmtcnt: number of characters from `pos` to the end (CPython's bookkeeping).
        let mut cnt = n - pos;
        let mut ch = read(pos);
        if ch == '%' {
            lit.push('%');
            pos += 1;
            continue;
        }
        let mut spec = PercentSpec {
            key: None,
            flags: PercentFlags::default(),
            width: None,
            precision: None,
            conv: '\0',
        };
        if ch == '(' {
            pos += 1;
            cnt -= 1;
            let keystart = pos;
            let mut pcount = 1;
            while pcount > 0 && {
                cnt -= 1;
                cnt >= 0
            } {
                ch = read(pos);
                if ch == ')' {
                    pcount -= 1;
                } else if ch == '(' {
                    pcount += 1;
                }
                pos += 1;
            }
            let keylen = pos - keystart - 1;
            if cnt < 0 || pcount > 0 {
                return Err("incomplete format key".to_string());
            }
            spec.key = Some(
                chars[keystart as usize..(keystart + keylen) as usize]
                    .iter()
                    .collect(),
            );
        }
        // flags
        loop {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            ch = read(pos);
            pos += 1;
            match ch {
                '-' => spec.flags.minus = true,
                '+' => spec.flags.plus = true,
                ' ' => spec.flags.space = true,
                '#' => spec.flags.alternate = true,
                '0' => spec.flags.zero = true,
                _ => break,
            }
        }
        // width
        if ch == '*' {
            spec.width = Some(PercentCount::Star);
            cnt -= 1;
            if cnt >= 0 {
                ch = read(pos);
                pos += 1;
            }
        } else if ch.is_ascii_digit() {
            let mut w: usize = (ch as u8 - b'0') as usize;
            loop {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                ch = read(pos);
                pos += 1;
                if !ch.is_ascii_digit() {
                    break;
                }
                let d = (ch as u8 - b'0') as usize;
                if w > (isize::MAX as usize - d) / 10 {
                    return Err("width too big".to_string());
                }
                w = w * 10 + d;
            }
            spec.width = Some(PercentCount::N(w));
        }
        // precision
        if ch == '.' {
            spec.precision = Some(PercentCount::N(0));
            cnt -= 1;
            if cnt >= 0 {
                ch = read(pos);
                pos += 1;
            }
            if ch == '*' {
                spec.precision = Some(PercentCount::Star);
                cnt -= 1;
                if cnt >= 0 {
                    ch = read(pos);
                    pos += 1;
                }
            } else if ch.is_ascii_digit() {
                let mut p: usize = (ch as u8 - b'0') as usize;
                loop {
                    cnt -= 1;
                    if cnt < 0 {
                        break;
                    }
                    ch = read(pos);
                    pos += 1;
                    if !ch.is_ascii_digit() {
                        break;
                    }
                    let d = (ch as u8 - b'0') as usize;
                    if p > (i32::MAX as usize - d) / 10 {
                        return Err("precision too big".to_string());
                    }
                    p = p * 10 + d;
                }
                spec.precision = Some(PercentCount::N(p));
            }
        }
        if cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
            cnt -= 1;
            if cnt >= 0 {
                ch = read(pos);
                pos += 1;
            }
        }
        if cnt < 0 {
            return Err("incomplete format".to_string());
        }
        match ch {
            's' | 'r' | 'a' | 'c' | 'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F'
            | 'g' | 'G' => {}
            _ => {
                let shown = if (31..=126).contains(&(ch as u32)) {
                    ch
                } else {
                    '?'
                };
                return Err(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown,
                    ch as u32,
                    pos - 1
                ));
            }
        }
        spec.conv = ch;
        if !lit.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        pieces.push(PercentPiece::Spec(spec));
    }
    if !lit.is_empty() {
        pieces.push(PercentPiece::Literal(lit));
    }
    Ok(pieces)
}

/// `unicode_format_arg_output`: pads/justifies one converted argument.  `body` excludes the
/// sign; `numeric` is `Some(negative)` for numbers (d i u o x X e E f F g G), `None` for
/// s r a c.  For `o x X` with `#`, `body` starts with the two-character prefix.
fn percent_output(
    out: &mut String,
    body: &str,
    numeric: Option<bool>,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) {
    let flags = spec.flags;
    let fill = if numeric.is_some() && flags.zero {
        '0'
    } else {
        ' '
    };
    let mut len = char_len(body) as i64;
    let mut body = body;
    if matches!(spec.conv, 's' | 'r' | 'a') {
        if let Some(p) = precision {
            if len > p as i64 {
                len = p as i64;
                body = &body[..char_prefix_end(body, p)];
            }
        }
    }
    let sign: Option<char> = match numeric {
        Some(true) => Some('-'),
        Some(false) if flags.plus => Some('+'),
        Some(false) if flags.space => Some(' '),
        _ => None,
    };
    let mut width: i64 = width.map_or(-1, |w| w as i64);
    if width < len {
        width = len;
    }
    out.reserve(body.len() + width as usize + 1);
    if let Some(sc) = sign {
        if fill != ' ' {
            out.push(sc);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = flags.alternate && matches!(spec.conv, 'o' | 'x' | 'X');
    if has_prefix {
        if fill != ' ' {
            out.push_str(&body[..2]);
            body = &body[2..];
        }
        width -= 2;
        if width < 0 {
            width = 0;
        }
        len -= 2;
    }
    if width > len && !flags.minus {
        push_char_n(out, fill, (width - len) as usize);
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if has_prefix {
            out.push_str(&body[..2]);
            body = &body[2..];
        }
    }
    out.push_str(body);
    if width > len {
        push_char_n(out, ' ', (width - len) as usize);
    }
}

/// `%d %i %u %x %X %o` (and `%c` with an int code point; `%s %r %a` give the decimal text) of
/// an int, with flags, width and precision (precision zero-extends the digits).  The caller
/// resolves `*` counts first and passes them here; it also converts non-int arguments like
/// CPython (`%d` of a float truncates via `int()`, `%x` requires `__index__`).
///
/// Errors are OverflowError: "%c arg not in range(0x110000)", "precision too large"; a
/// surrogate `%c` gives [`SURROGATE_ERROR`] (ValueError).  `%d` of a huge int gives the
/// int→str digit-limit ValueError.  Use [`format_error_is_overflow`] to tell them apart.
pub fn format_percent_int(
    n: &BigInt,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, String> {
    let mut out = String::new();
    format_percent_int_into(&mut out, n, spec, width, precision)?;
    Ok(out)
}

/// Like [`format_percent_int`] but appends to `out` (lets the caller build the result string
/// in place).
pub fn format_percent_int_into(
    out: &mut String,
    n: &BigInt,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<(), String> {
    let conv = spec.conv;
    if conv == 'c' {
        let v = match i64::try_from(n) {
            Ok(v) if (0..=0x10ffff).contains(&v) => v,
            _ => return Err("%c arg not in range(0x110000)".to_string()),
        };
        let ch = char::from_u32(v as u32).ok_or_else(|| SURROGATE_ERROR.to_string())?;
        let mut cbuf = [0u8; 4];
        percent_output(out, ch.encode_utf8(&mut cbuf), None, spec, width, None);
        return Ok(());
    }
    if let Some(p) = precision {
        if p > (i32::MAX - 3) as usize {
            return Err("precision too large".to_string());
        }
    }
    let (base, prefix): (u32, &[u8]) = match conv {
        'o' => (8, b"0o"),
        'x' => (16, b"0x"),
        'X' => (16, b"0X"),
        _ => (10, b""),
    };
    let negative = n.sign() == Sign::Minus;
    let digits = bigint_digits(n.magnitude(), base, conv == 'X')?;
    let digits = digits.bytes();
    if matches!(conv, 's' | 'r' | 'a') {
        let mut body = Vec::with_capacity(digits.len() + 1);
        if negative {
            body.push(b'-');
        }
        body.extend_from_slice(digits);
        percent_output(out, &ascii_string(body), None, spec, width, precision);
        return Ok(());
    }
    let alt = spec.flags.alternate && base != 10;
    let zeros = precision.map_or(0, |p| p.saturating_sub(digits.len()));
    let mut body = Vec::with_capacity(2 + zeros + digits.len());
    if alt {
        body.extend_from_slice(prefix);
    }
    body.resize(body.len() + zeros, b'0');
    body.extend_from_slice(digits);
    // SAFETY: ASCII only.
    let body = unsafe { std::str::from_utf8_unchecked(&body) };
    percent_output(out, body, Some(negative), spec, width, precision);
    Ok(())
}

/// `%e %E %f %F %g %G` of a float (`formatfloat`: precision defaults to 6; `#` keeps the
/// point and trailing zeros), with flags and width.  Any other `conv` is treated as `g`.
pub fn format_percent_float(
    x: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let mut out = String::new();
    format_percent_float_into(&mut out, x, spec, width, precision);
    out
}

/// Like [`format_percent_float`] but appends to `out`.
pub fn format_percent_float_into(
    out: &mut String,
    x: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) {
    let code = match spec.conv {
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => c as u8,
        _ => b'g',
    };
    let prec = precision.map_or(6, |p| p.min(i32::MAX as usize) as i64);
    let mut body = Vec::with_capacity(32);
    let negative = double_to_string(&mut body, x, code, prec, false, spec.flags.alternate, false);
    // SAFETY: ASCII only.
    let s = unsafe { std::str::from_utf8_unchecked(&body) };
    let s = if negative { &s[1..] } else { s };
    if width.is_none() && !spec.flags.plus && !spec.flags.space {
        if negative {
            out.push('-');
        }
        out.push_str(s);
        return;
    }
    percent_output(out, s, Some(negative), spec, width, None);
}

/// `%s %r %a` (and `%c` given its one-character string) of already converted text: applies the
/// precision (truncation, in code points; ignored for `%c`) and the width / `-` flag.
pub fn format_percent_str(
    s: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    if width.is_none() && precision.is_none() {
        return s.to_string();
    }
    let mut out = String::new();
    percent_output(&mut out, s, None, spec, width, precision);
    out
}

/// Like [`format_percent_str`] but appends to `out`.
pub fn format_percent_str_into(
    out: &mut String,
    s: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) {
    percent_output(out, s, None, spec, width, precision);
}

// ---------------------------------------------------------------------------------------------
// repr(str)
// ---------------------------------------------------------------------------------------------

/// `repr(s)` exactly as CPython's `unicode_repr`: single quotes unless the string contains `'`
/// and no `"`; escapes `\\`, the quote in use, `\t \n \r`, other ASCII control characters and
/// DEL as `\xNN`; non-ASCII characters are kept when printable and otherwise escaped as `\xNN`,
/// `\uNNNN` or `\UNNNNNNNN`.  Printability is CPython's `str.isprintable()`, exact for
/// Unicode 14.0 via a generated table (no approximation).
pub fn str_repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    str_repr_into(&mut out, s);
    out
}

/// `ascii(s)` for a str: like [`str_repr`] but every non-ASCII character is escaped
/// (`\xNN`, `\uNNNN`, `\UNNNNNNNN`).  Also what `%a` needs.
pub fn str_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    repr_impl(&mut out, s, true);
    out
}

/// Appends `repr(s)` to `out` (see [`str_repr`]).
pub fn str_repr_into(out: &mut String, s: &str) {
    repr_impl(out, s, false);
}

fn repr_impl(out: &mut String, s: &str, ascii_only: bool) {
    let bytes = s.as_bytes();
    let has_sq = bytes.contains(&b'\'');
    let quote = if has_sq && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.reserve(s.len() + 2);
    out.push(quote);
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut run_start = 0;
    for (i, c) in s.char_indices() {
        let cp = c as u32;
        let needs_escape = if cp < 0x80 {
            c == quote || c == '\\' || !(0x20..0x7f).contains(&cp)
        } else {
            ascii_only || !is_printable(c)
        };
        if !needs_escape {
            continue;
        }
        out.push_str(&s[run_start..i]);
        run_start = i + c.len_utf8();
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ => {
                let (lead, ndig) = if cp <= 0xff {
                    ('x', 2)
                } else if cp <= 0xffff {
                    ('u', 4)
                } else {
                    ('U', 8)
                };
                out.push('\\');
                out.push(lead);
                for k in (0..ndig).rev() {
                    out.push(HEX[((cp >> (4 * k)) & 0xf) as usize] as char);
                }
            }
        }
    }
    out.push_str(&s[run_start..]);
    out.push(quote);
}

// ---------------------------------------------------------------------------------------------
// Unicode tables
// ---------------------------------------------------------------------------------------------

/// Inclusive ranges of non-ASCII code points that CPython 3.11 (Unicode 14.0.0) considers
/// non-printable (`str.isprintable()` is False): categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs.
/// Generated from `/usr/bin/python3.11` (`not chr(c).isprintable()` for c >= 0x80).
#[rustfmt::skip]
static NON_PRINTABLE: [(u32, u32); 700] = [
    (0x80, 0xA0), (0xAD, 0xAD), (0x378, 0x379), (0x380, 0x383), (0x38B, 0x38B), (0x38D, 0x38D),
    (0x3A2, 0x3A2), (0x530, 0x530), (0x557, 0x558), (0x58B, 0x58C), (0x590, 0x590), (0x5C8, 0x5CF),
    (0x5EB, 0x5EE), (0x5F5, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD), (0x70E, 0x70F), (0x74B, 0x74C),
    (0x7B2, 0x7BF), (0x7FB, 0x7FC), (0x82E, 0x82F), (0x83F, 0x83F), (0x85C, 0x85D), (0x85F, 0x85F),
    (0x86B, 0x86F), (0x88F, 0x897), (0x8E2, 0x8E2), (0x984, 0x984), (0x98D, 0x98E), (0x991, 0x992),
    (0x9A9, 0x9A9), (0x9B1, 0x9B1), (0x9B3, 0x9B5), (0x9BA, 0x9BB), (0x9C5, 0x9C6), (0x9C9, 0x9CA),
    (0x9CF, 0x9D6), (0x9D8, 0x9DB), (0x9DE, 0x9DE), (0x9E4, 0x9E5), (0x9FF, 0xA00), (0xA04, 0xA04),
    (0xA0B, 0xA0E), (0xA11, 0xA12), (0xA29, 0xA29), (0xA31, 0xA31), (0xA34, 0xA34), (0xA37, 0xA37),
    (0xA3A, 0xA3B), (0xA3D, 0xA3D), (0xA43, 0xA46), (0xA49, 0xA4A), (0xA4E, 0xA50), (0xA52, 0xA58),
    (0xA5D, 0xA5D), (0xA5F, 0xA65), (0xA77, 0xA80), (0xA84, 0xA84), (0xA8E, 0xA8E), (0xA92, 0xA92),
    (0xAA9, 0xAA9), (0xAB1, 0xAB1), (0xAB4, 0xAB4), (0xABA, 0xABB), (0xAC6, 0xAC6), (0xACA, 0xACA),
    (0xACE, 0xACF), (0xAD1, 0xADF), (0xAE4, 0xAE5), (0xAF2, 0xAF8), (0xB00, 0xB00), (0xB04, 0xB04),
    (0xB0D, 0xB0E), (0xB11, 0xB12), (0xB29, 0xB29), (0xB31, 0xB31), (0xB34, 0xB34), (0xB3A, 0xB3B),
    (0xB45, 0xB46), (0xB49, 0xB4A), (0xB4E, 0xB54), (0xB58, 0xB5B), (0xB5E, 0xB5E), (0xB64, 0xB65),
    (0xB78, 0xB81), (0xB84, 0xB84), (0xB8B, 0xB8D), (0xB91, 0xB91), (0xB96, 0xB98), (0xB9B, 0xB9B),
    (0xB9D, 0xB9D), (0xBA0, 0xBA2), (0xBA5, 0xBA7), (0xBAB, 0xBAD), (0xBBA, 0xBBD), (0xBC3, 0xBC5),
    (0xBC9, 0xBC9), (0xBCE, 0xBCF), (0xBD1, 0xBD6), (0xBD8, 0xBE5), (0xBFB, 0xBFF), (0xC0D, 0xC0D),
    (0xC11, 0xC11), (0xC29, 0xC29), (0xC3A, 0xC3B), (0xC45, 0xC45), (0xC49, 0xC49), (0xC4E, 0xC54),
    (0xC57, 0xC57), (0xC5B, 0xC5C), (0xC5E, 0xC5F), (0xC64, 0xC65), (0xC70, 0xC76), (0xC8D, 0xC8D),
    (0xC91, 0xC91), (0xCA9, 0xCA9), (0xCB4, 0xCB4), (0xCBA, 0xCBB), (0xCC5, 0xCC5), (0xCC9, 0xCC9),
    (0xCCE, 0xCD4), (0xCD7, 0xCDC), (0xCDF, 0xCDF), (0xCE4, 0xCE5), (0xCF0, 0xCF0), (0xCF3, 0xCFF),
    (0xD0D, 0xD0D), (0xD11, 0xD11), (0xD45, 0xD45), (0xD49, 0xD49), (0xD50, 0xD53), (0xD64, 0xD65),
    (0xD80, 0xD80), (0xD84, 0xD84), (0xD97, 0xD99), (0xDB2, 0xDB2), (0xDBC, 0xDBC), (0xDBE, 0xDBF),
    (0xDC7, 0xDC9), (0xDCB, 0xDCE), (0xDD5, 0xDD5), (0xDD7, 0xDD7), (0xDE0, 0xDE5), (0xDF0, 0xDF1),
    (0xDF5, 0xE00), (0xE3B, 0xE3E), (0xE5C, 0xE80), (0xE83, 0xE83), (0xE85, 0xE85), (0xE8B, 0xE8B),
    (0xEA4, 0xEA4), (0xEA6, 0xEA6), (0xEBE, 0xEBF), (0xEC5, 0xEC5), (0xEC7, 0xEC7), (0xECE, 0xECF),
    (0xEDA, 0xEDB), (0xEE0, 0xEFF), (0xF48, 0xF48), (0xF6D, 0xF70), (0xF98, 0xF98), (0xFBD, 0xFBD),
    (0xFCD, 0xFCD), (0xFDB, 0xFFF), (0x10C6, 0x10C6), (0x10C8, 0x10CC), (0x10CE, 0x10CF),
    (0x1249, 0x1249), (0x124E, 0x124F), (0x1257, 0x1257), (0x1259, 0x1259), (0x125E, 0x125F),
    (0x1289, 0x1289), (0x128E, 0x128F), (0x12B1, 0x12B1), (0x12B6, 0x12B7), (0x12BF, 0x12BF),
    (0x12C1, 0x12C1), (0x12C6, 0x12C7), (0x12D7, 0x12D7), (0x1311, 0x1311), (0x1316, 0x1317),
    (0x135B, 0x135C), (0x137D, 0x137F), (0x139A, 0x139F), (0x13F6, 0x13F7), (0x13FE, 0x13FF),
    (0x1680, 0x1680), (0x169D, 0x169F), (0x16F9, 0x16FF), (0x1716, 0x171E), (0x1737, 0x173F),
    (0x1754, 0x175F), (0x176D, 0x176D), (0x1771, 0x1771), (0x1774, 0x177F), (0x17DE, 0x17DF),
    (0x17EA, 0x17EF), (0x17FA, 0x17FF), (0x180E, 0x180E), (0x181A, 0x181F), (0x1879, 0x187F),
    (0x18AB, 0x18AF), (0x18F6, 0x18FF), (0x191F, 0x191F), (0x192C, 0x192F), (0x193C, 0x193F),
    (0x1941, 0x1943), (0x196E, 0x196F), (0x1975, 0x197F), (0x19AC, 0x19AF), (0x19CA, 0x19CF),
    (0x19DB, 0x19DD), (0x1A1C, 0x1A1D), (0x1A5F, 0x1A5F), (0x1A7D, 0x1A7E), (0x1A8A, 0x1A8F),
    (0x1A9A, 0x1A9F), (0x1AAE, 0x1AAF), (0x1ACF, 0x1AFF), (0x1B4D, 0x1B4F), (0x1B7F, 0x1B7F),
    (0x1BF4, 0x1BFB), (0x1C38, 0x1C3A), (0x1C4A, 0x1C4C), (0x1C89, 0x1C8F), (0x1CBB, 0x1CBC),
    (0x1CC8, 0x1CCF), (0x1CFB, 0x1CFF), (0x1F16, 0x1F17), (0x1F1E, 0x1F1F), (0x1F46, 0x1F47),
    (0x1F4E, 0x1F4F), (0x1F58, 0x1F58), (0x1F5A, 0x1F5A), (0x1F5C, 0x1F5C), (0x1F5E, 0x1F5E),
    (0x1F7E, 0x1F7F), (0x1FB5, 0x1FB5), (0x1FC5, 0x1FC5), (0x1FD4, 0x1FD5), (0x1FDC, 0x1FDC),
    (0x1FF0, 0x1FF1), (0x1FF5, 0x1FF5), (0x1FFF, 0x200F), (0x2028, 0x202F), (0x205F, 0x206F),
    (0x2072, 0x2073), (0x208F, 0x208F), (0x209D, 0x209F), (0x20C1, 0x20CF), (0x20F1, 0x20FF),
    (0x218C, 0x218F), (0x2427, 0x243F), (0x244B, 0x245F), (0x2B74, 0x2B75), (0x2B96, 0x2B96),
    (0x2CF4, 0x2CF8), (0x2D26, 0x2D26), (0x2D28, 0x2D2C), (0x2D2E, 0x2D2F), (0x2D68, 0x2D6E),
    (0x2D71, 0x2D7E), (0x2D97, 0x2D9F), (0x2DA7, 0x2DA7), (0x2DAF, 0x2DAF), (0x2DB7, 0x2DB7),
    (0x2DBF, 0x2DBF), (0x2DC7, 0x2DC7), (0x2DCF, 0x2DCF), (0x2DD7, 0x2DD7), (0x2DDF, 0x2DDF),
    (0x2E5E, 0x2E7F), (0x2E9A, 0x2E9A), (0x2EF4, 0x2EFF), (0x2FD6, 0x2FEF), (0x2FFC, 0x3000),
    (0x3040, 0x3040), (0x3097, 0x3098), (0x3100, 0x3104), (0x3130, 0x3130), (0x318F, 0x318F),
    (0x31E4, 0x31EF), (0x321F, 0x321F), (0xA48D, 0xA48F), (0xA4C7, 0xA4CF), (0xA62C, 0xA63F),
    (0xA6F8, 0xA6FF), (0xA7CB, 0xA7CF), (0xA7D2, 0xA7D2), (0xA7D4, 0xA7D4), (0xA7DA, 0xA7F1),
    (0xA82D, 0xA82F), (0xA83A, 0xA83F), (0xA878, 0xA87F), (0xA8C6, 0xA8CD), (0xA8DA, 0xA8DF),
    (0xA954, 0xA95E), (0xA97D, 0xA97F), (0xA9CE, 0xA9CE), (0xA9DA, 0xA9DD), (0xA9FF, 0xA9FF),
    (0xAA37, 0xAA3F), (0xAA4E, 0xAA4F), (0xAA5A, 0xAA5B), (0xAAC3, 0xAADA), (0xAAF7, 0xAB00),
    (0xAB07, 0xAB08), (0xAB0F, 0xAB10), (0xAB17, 0xAB1F), (0xAB27, 0xAB27), (0xAB2F, 0xAB2F),
    (0xAB6C, 0xAB6F), (0xABEE, 0xABEF), (0xABFA, 0xABFF), (0xD7A4, 0xD7AF), (0xD7C7, 0xD7CA),
    (0xD7FC, 0xF8FF), (0xFA6E, 0xFA6F), (0xFADA, 0xFAFF), (0xFB07, 0xFB12), (0xFB18, 0xFB1C),
    (0xFB37, 0xFB37), (0xFB3D, 0xFB3D), (0xFB3F, 0xFB3F), (0xFB42, 0xFB42), (0xFB45, 0xFB45),
    (0xFBC3, 0xFBD2), (0xFD90, 0xFD91), (0xFDC8, 0xFDCE), (0xFDD0, 0xFDEF), (0xFE1A, 0xFE1F),
    (0xFE53, 0xFE53), (0xFE67, 0xFE67), (0xFE6C, 0xFE6F), (0xFE75, 0xFE75), (0xFEFD, 0xFF00),
    (0xFFBF, 0xFFC1), (0xFFC8, 0xFFC9), (0xFFD0, 0xFFD1), (0xFFD8, 0xFFD9), (0xFFDD, 0xFFDF),
    (0xFFE7, 0xFFE7), (0xFFEF, 0xFFFB), (0xFFFE, 0xFFFF), (0x1000C, 0x1000C), (0x10027, 0x10027),
    (0x1003B, 0x1003B), (0x1003E, 0x1003E), (0x1004E, 0x1004F), (0x1005E, 0x1007F),
    (0x100FB, 0x100FF), (0x10103, 0x10106), (0x10134, 0x10136), (0x1018F, 0x1018F),
    (0x1019D, 0x1019F), (0x101A1, 0x101CF), (0x101FE, 0x1027F), (0x1029D, 0x1029F),
    (0x102D1, 0x102DF), (0x102FC, 0x102FF), (0x10324, 0x1032C), (0x1034B, 0x1034F),
    (0x1037B, 0x1037F), (0x1039E, 0x1039E), (0x103C4, 0x103C7), (0x103D6, 0x103FF),
    (0x1049E, 0x1049F), (0x104AA, 0x104AF), (0x104D4, 0x104D7), (0x104FC, 0x104FF),
    (0x10528, 0x1052F), (0x10564, 0x1056E), (0x1057B, 0x1057B), (0x1058B, 0x1058B),
    (0x10593, 0x10593), (0x10596, 0x10596), (0x105A2, 0x105A2), (0x105B2, 0x105B2),
    (0x105BA, 0x105BA), (0x105BD, 0x105FF), (0x10737, 0x1073F), (0x10756, 0x1075F),
    (0x10768, 0x1077F), (0x10786, 0x10786), (0x107B1, 0x107B1), (0x107BB, 0x107FF),
    (0x10806, 0x10807), (0x10809, 0x10809), (0x10836, 0x10836), (0x10839, 0x1083B),
    (0x1083D, 0x1083E), (0x10856, 0x10856), (0x1089F, 0x108A6), (0x108B0, 0x108DF),
    (0x108F3, 0x108F3), (0x108F6, 0x108FA), (0x1091C, 0x1091E), (0x1093A, 0x1093E),
    (0x10940, 0x1097F), (0x109B8, 0x109BB), (0x109D0, 0x109D1), (0x10A04, 0x10A04),
    (0x10A07, 0x10A0B), (0x10A14, 0x10A14), (0x10A18, 0x10A18), (0x10A36, 0x10A37),
    (0x10A3B, 0x10A3E), (0x10A49, 0x10A4F), (0x10A59, 0x10A5F), (0x10AA0, 0x10ABF),
    (0x10AE7, 0x10AEA), (0x10AF7, 0x10AFF), (0x10B36, 0x10B38), (0x10B56, 0x10B57),
    (0x10B73, 0x10B77), (0x10B92, 0x10B98), (0x10B9D, 0x10BA8), (0x10BB0, 0x10BFF),
    (0x10C49, 0x10C7F), (0x10CB3, 0x10CBF), (0x10CF3, 0x10CF9), (0x10D28, 0x10D2F),
    (0x10D3A, 0x10E5F), (0x10E7F, 0x10E7F), (0x10EAA, 0x10EAA), (0x10EAE, 0x10EAF),
    (0x10EB2, 0x10EFF), (0x10F28, 0x10F2F), (0x10F5A, 0x10F6F), (0x10F8A, 0x10FAF),
    (0x10FCC, 0x10FDF), (0x10FF7, 0x10FFF), (0x1104E, 0x11051), (0x11076, 0x1107E),
    (0x110BD, 0x110BD), (0x110C3, 0x110CF), (0x110E9, 0x110EF), (0x110FA, 0x110FF),
    (0x11135, 0x11135), (0x11148, 0x1114F), (0x11177, 0x1117F), (0x111E0, 0x111E0),
    (0x111F5, 0x111FF), (0x11212, 0x11212), (0x1123F, 0x1127F), (0x11287, 0x11287),
    (0x11289, 0x11289), (0x1128E, 0x1128E), (0x1129E, 0x1129E), (0x112AA, 0x112AF),
    (0x112EB, 0x112EF), (0x112FA, 0x112FF), (0x11304, 0x11304), (0x1130D, 0x1130E),
    (0x11311, 0x11312), (0x11329, 0x11329), (0x11331, 0x11331), (0x11334, 0x11334),
    (0x1133A, 0x1133A), (0x11345, 0x11346), (0x11349, 0x1134A), (0x1134E, 0x1134F),
    (0x11351, 0x11356), (0x11358, 0x1135C), (0x11364, 0x11365), (0x1136D, 0x1136F),
    (0x11375, 0x113FF), (0x1145C, 0x1145C), (0x11462, 0x1147F), (0x114C8, 0x114CF),
    (0x114DA, 0x1157F), (0x115B6, 0x115B7), (0x115DE, 0x115FF), (0x11645, 0x1164F),
    (0x1165A, 0x1165F), (0x1166D, 0x1167F), (0x116BA, 0x116BF), (0x116CA, 0x116FF),
    (0x1171B, 0x1171C), (0x1172C, 0x1172F), (0x11747, 0x117FF), (0x1183C, 0x1189F),
    (0x118F3, 0x118FE), (0x11907, 0x11908), (0x1190A, 0x1190B), (0x11914, 0x11914),
    (0x11917, 0x11917), (0x11936, 0x11936), (0x11939, 0x1193A), (0x11947, 0x1194F),
    (0x1195A, 0x1199F), (0x119A8, 0x119A9), (0x119D8, 0x119D9), (0x119E5, 0x119FF),
    (0x11A48, 0x11A4F), (0x11AA3, 0x11AAF), (0x11AF9, 0x11BFF), (0x11C09, 0x11C09),
    (0x11C37, 0x11C37), (0x11C46, 0x11C4F), (0x11C6D, 0x11C6F), (0x11C90, 0x11C91),
    (0x11CA8, 0x11CA8), (0x11CB7, 0x11CFF), (0x11D07, 0x11D07), (0x11D0A, 0x11D0A),
    (0x11D37, 0x11D39), (0x11D3B, 0x11D3B), (0x11D3E, 0x11D3E), (0x11D48, 0x11D4F),
    (0x11D5A, 0x11D5F), (0x11D66, 0x11D66), (0x11D69, 0x11D69), (0x11D8F, 0x11D8F),
    (0x11D92, 0x11D92), (0x11D99, 0x11D9F), (0x11DAA, 0x11EDF), (0x11EF9, 0x11FAF),
    (0x11FB1, 0x11FBF), (0x11FF2, 0x11FFE), (0x1239A, 0x123FF), (0x1246F, 0x1246F),
    (0x12475, 0x1247F), (0x12544, 0x12F8F), (0x12FF3, 0x12FFF), (0x1342F, 0x143FF),
    (0x14647, 0x167FF), (0x16A39, 0x16A3F), (0x16A5F, 0x16A5F), (0x16A6A, 0x16A6D),
    (0x16ABF, 0x16ABF), (0x16ACA, 0x16ACF), (0x16AEE, 0x16AEF), (0x16AF6, 0x16AFF),
    (0x16B46, 0x16B4F), (0x16B5A, 0x16B5A), (0x16B62, 0x16B62), (0x16B78, 0x16B7C),
    (0x16B90, 0x16E3F), (0x16E9B, 0x16EFF), (0x16F4B, 0x16F4E), (0x16F88, 0x16F8E),
    (0x16FA0, 0x16FDF), (0x16FE5, 0x16FEF), (0x16FF2, 0x16FFF), (0x187F8, 0x187FF),
    (0x18CD6, 0x18CFF), (0x18D09, 0x1AFEF), (0x1AFF4, 0x1AFF4), (0x1AFFC, 0x1AFFC),
    (0x1AFFF, 0x1AFFF), (0x1B123, 0x1B14F), (0x1B153, 0x1B163), (0x1B168, 0x1B16F),
    (0x1B2FC, 0x1BBFF), (0x1BC6B, 0x1BC6F), (0x1BC7D, 0x1BC7F), (0x1BC89, 0x1BC8F),
    (0x1BC9A, 0x1BC9B), (0x1BCA0, 0x1CEFF), (0x1CF2E, 0x1CF2F), (0x1CF47, 0x1CF4F),
    (0x1CFC4, 0x1CFFF), (0x1D0F6, 0x1D0FF), (0x1D127, 0x1D128), (0x1D173, 0x1D17A),
    (0x1D1EB, 0x1D1FF), (0x1D246, 0x1D2DF), (0x1D2F4, 0x1D2FF), (0x1D357, 0x1D35F),
    (0x1D379, 0x1D3FF), (0x1D455, 0x1D455), (0x1D49D, 0x1D49D), (0x1D4A0, 0x1D4A1),
    (0x1D4A3, 0x1D4A4), (0x1D4A7, 0x1D4A8), (0x1D4AD, 0x1D4AD), (0x1D4BA, 0x1D4BA),
    (0x1D4BC, 0x1D4BC), (0x1D4C4, 0x1D4C4), (0x1D506, 0x1D506), (0x1D50B, 0x1D50C),
    (0x1D515, 0x1D515), (0x1D51D, 0x1D51D), (0x1D53A, 0x1D53A), (0x1D53F, 0x1D53F),
    (0x1D545, 0x1D545), (0x1D547, 0x1D549), (0x1D551, 0x1D551), (0x1D6A6, 0x1D6A7),
    (0x1D7CC, 0x1D7CD), (0x1DA8C, 0x1DA9A), (0x1DAA0, 0x1DAA0), (0x1DAB0, 0x1DEFF),
    (0x1DF1F, 0x1DFFF), (0x1E007, 0x1E007), (0x1E019, 0x1E01A), (0x1E022, 0x1E022),
    (0x1E025, 0x1E025), (0x1E02B, 0x1E0FF), (0x1E12D, 0x1E12F), (0x1E13E, 0x1E13F),
    (0x1E14A, 0x1E14D), (0x1E150, 0x1E28F), (0x1E2AF, 0x1E2BF), (0x1E2FA, 0x1E2FE),
    (0x1E300, 0x1E7DF), (0x1E7E7, 0x1E7E7), (0x1E7EC, 0x1E7EC), (0x1E7EF, 0x1E7EF),
    (0x1E7FF, 0x1E7FF), (0x1E8C5, 0x1E8C6), (0x1E8D7, 0x1E8FF), (0x1E94C, 0x1E94F),
    (0x1E95A, 0x1E95D), (0x1E960, 0x1EC70), (0x1ECB5, 0x1ED00), (0x1ED3E, 0x1EDFF),
    (0x1EE04, 0x1EE04), (0x1EE20, 0x1EE20), (0x1EE23, 0x1EE23), (0x1EE25, 0x1EE26),
    (0x1EE28, 0x1EE28), (0x1EE33, 0x1EE33), (0x1EE38, 0x1EE38), (0x1EE3A, 0x1EE3A),
    (0x1EE3C, 0x1EE41), (0x1EE43, 0x1EE46), (0x1EE48, 0x1EE48), (0x1EE4A, 0x1EE4A),
    (0x1EE4C, 0x1EE4C), (0x1EE50, 0x1EE50), (0x1EE53, 0x1EE53), (0x1EE55, 0x1EE56),
    (0x1EE58, 0x1EE58), (0x1EE5A, 0x1EE5A), (0x1EE5C, 0x1EE5C), (0x1EE5E, 0x1EE5E),
    (0x1EE60, 0x1EE60), (0x1EE63, 0x1EE63), (0x1EE65, 0x1EE66), (0x1EE6B, 0x1EE6B),
    (0x1EE73, 0x1EE73), (0x1EE78, 0x1EE78), (0x1EE7D, 0x1EE7D), (0x1EE7F, 0x1EE7F),
    (0x1EE8A, 0x1EE8A), (0x1EE9C, 0x1EEA0), (0x1EEA4, 0x1EEA4), (0x1EEAA, 0x1EEAA),
    (0x1EEBC, 0x1EEEF), (0x1EEF2, 0x1EFFF), (0x1F02C, 0x1F02F), (0x1F094, 0x1F09F),
    (0x1F0AF, 0x1F0B0), (0x1F0C0, 0x1F0C0), (0x1F0D0, 0x1F0D0), (0x1F0F6, 0x1F0FF),
    (0x1F1AE, 0x1F1E5), (0x1F203, 0x1F20F), (0x1F23C, 0x1F23F), (0x1F249, 0x1F24F),
    (0x1F252, 0x1F25F), (0x1F266, 0x1F2FF), (0x1F6D8, 0x1F6DC), (0x1F6ED, 0x1F6EF),
    (0x1F6FD, 0x1F6FF), (0x1F774, 0x1F77F), (0x1F7D9, 0x1F7DF), (0x1F7EC, 0x1F7EF),
    (0x1F7F1, 0x1F7FF), (0x1F80C, 0x1F80F), (0x1F848, 0x1F84F), (0x1F85A, 0x1F85F),
    (0x1F888, 0x1F88F), (0x1F8AE, 0x1F8AF), (0x1F8B2, 0x1F8FF), (0x1FA54, 0x1FA5F),
    (0x1FA6E, 0x1FA6F), (0x1FA75, 0x1FA77), (0x1FA7D, 0x1FA7F), (0x1FA87, 0x1FA8F),
    (0x1FAAD, 0x1FAAF), (0x1FABB, 0x1FABF), (0x1FAC6, 0x1FACF), (0x1FADA, 0x1FADF),
    (0x1FAE8, 0x1FAEF), (0x1FAF7, 0x1FAFF), (0x1FB93, 0x1FB93), (0x1FBCB, 0x1FBEF),
    (0x1FBFA, 0x1FFFF), (0x2A6E0, 0x2A6FF), (0x2B739, 0x2B73F), (0x2B81E, 0x2B81F),
    (0x2CEA2, 0x2CEAF), (0x2EBE1, 0x2F7FF), (0x2FA1E, 0x2FFFF), (0x3134B, 0xE00FF),
    (0xE01F0, 0x10FFFF),
];

/// Code points of DIGIT ZERO for every run of ten Unicode decimal digits (category Nd,
/// Unicode 14.0.0), as used by CPython's `Py_UNICODE_TODECIMAL`. Generated from python3.11.
#[rustfmt::skip]
static DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0,
    0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0,
    0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE,
    0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

// ---------------------------------------------------------------------------------------------
// Tests — every expected value below was produced by CPython 3.11 (`/usr/bin/python3.11`).
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
#[allow(clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    use super::*;

    fn same_float(a: f64, b: f64) -> bool {
        (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
    }

    #[test]
    fn float_repr_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (-1.0, "-1.0"),
            (0.1, "0.1"),
            (0.2, "0.2"),
            (0.30000000000000004, "0.30000000000000004"),
            (0.3333333333333333, "0.3333333333333333"),
            (0.6666666666666666, "0.6666666666666666"),
            (100.0, "100.0"),
            (1000000000000000.0, "1000000000000000.0"),
            (1e+16, "1e+16"),
            (1e+17, "1e+17"),
            (9999999999999998.0, "9999999999999998.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (1.2345678901234568e+16, "1.2345678901234568e+16"),
            (0.0001, "0.0001"),
            (1e-05, "1e-05"),
            (1.5e-05, "1.5e-05"),
            (0.0001234, "0.0001234"),
            (1e+22, "1e+22"),
            (1e+100, "1e+100"),
            (1.7976931348623157e+308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (1223383794756801.2, "1223383794756801.2"),
            (9007199254740992.0, "9007199254740992.0"),
            (9.223372036854776e+18, "9.223372036854776e+18"),
            (123.456, "123.456"),
            (-1.5, "-1.5"),
            (0.5, "0.5"),
            (3.14159, "3.14159"),
            (2.000000000000001e+16, "2.000000000000001e+16"),
            (4.35, "4.35"),
            (1e-07, "1e-07"),
            (9.5e-05, "9.5e-05"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({:e})", x);
            let mut s = String::from("<");
            float_repr_into(&mut s, x);
            assert_eq!(&s[1..], want);
            if x.is_finite() {
                assert!(same_float(want.parse::<f64>().unwrap(), x));
            }
        }
    }

    #[test]
    fn float_repr_ties_round_half_even() {
        // 1223383794756801.25 is exactly halfway between two 17-digit candidates; dtoa (and so
        // CPython) picks the even one, Rust's shortest formatting the upper one.
        assert_eq!(float_repr(1223383794756801.25), "1223383794756801.2");
        assert_eq!(float_repr(-1223383794756801.25), "-1223383794756801.2");
    }

    #[test]
    fn format_float_matches_cpython() {
        let cases: &[(f64, &str, Result<&str, &str>)] = &[
        (1.0, "", Ok("1.0")),
        (1e+20, "", Ok("1e+20")),
        (1.5, ".3", Ok("1.5")),
        (1234.5, "10", Ok("    1234.5")),
        (1234.5, ".4", Ok("1.234e+03")),
        (1234.5, ".4g", Ok("1234")),
        (1.0, ".3", Ok("1.0")),
        (1e+20, ".3", Ok("1e+20")),
        (123456.0, ".3", Ok("1.23e+05")),
        (0.5, ".0f", Ok("0")),
        (1.5, ".0f", Ok("2")),
        (2.5, ".0f", Ok("2")),
        (0.125, ".2f", Ok("0.12")),
        (0.375, ".2f", Ok("0.38")),
        (2.675, ".2f", Ok("2.67")),
        (1e+300, ".2f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00")),
        (3.14159, "e", Ok("3.141590e+00")),
        (3.14159, "E", Ok("3.141590E+00")),
        (0.0, "e", Ok("0.000000e+00")),
        (0.0, "g", Ok("0")),
        (0.0, "#g", Ok("0.00000")),
        (1e-05, "g", Ok("1e-05")),
        (0.0001, "g", Ok("0.0001")),
        (123456789.0, "g", Ok("1.23457e+08")),
        (123456789.0, "G", Ok("1.23457E+08")),
        (1e+16, "g", Ok("1e+16")),
        (1.0, "#.0f", Ok("1.")),
        (1.0, "#.0e", Ok("1.e+00")),
        (1e+20, "#", Ok("1.e+20")),
        (1234567.891, ",", Ok("1,234,567.891")),
        (1234567.891, "_.2f", Ok("1_234_567.89")),
        (1234567.891, ",.2f", Ok("1,234,567.89")),
        (-1234567.891, "015,.2f", Ok("-001,234,567.89")),
        (1234.5, "08,.1f", Ok("01,234.5")),
        (1234.5, "09,.1f", Ok("001,234.5")),
        (0.25, "%", Ok("25.000000%")),
        (0.25, ".1%", Ok("25.0%")),
        (-0.0, "", Ok("-0.0")),
        (-0.0, "z", Ok("0.0")),
        (-0.0001, "z.2f", Ok("0.00")),
        (-0.0001, "z.2e", Ok("-1.00e-04")),
        (-1e-10, "z.3g", Ok("-1e-10")),
        (-0.5, "z.0f", Ok("0")),
        (-0.5, "z.0%", Ok("-50%")),
        (f64::INFINITY, "", Ok("inf")),
        (f64::NEG_INFINITY, "z", Ok("-inf")),
        (f64::NAN, "+", Ok("+nan")),
        (f64::NAN, "F", Ok("NAN")),
        (f64::INFINITY, "E", Ok("INF")),
        (f64::INFINITY, "010", Ok("0000000inf")),
        (f64::NEG_INFINITY, "=+10", Ok("-      inf")),
        (f64::INFINITY, ",.2f", Ok("inf")),
        (1.5, "+", Ok("+1.5")),
        (1.5, " ", Ok(" 1.5")),
        (-1.5, " ", Ok("-1.5")),
        (1.5, "=+10.2f", Ok("+     1.50")),
        (1.5, "*^11.3f", Ok("***1.500***")),
        (1.5, "é<8", Ok("1.5ééééé")),
        (1.5, "0<8", Ok("1.500000")),
        (1.5, "<08", Ok("1.500000")),
        (-1.5, "08", Ok("-00001.5")),
        (1.5, "n", Ok("1.5")),
        (1234567.0, "n", Ok("1.23457e+06")),
        (1.5, ".3n", Ok("1.5")),
        (1e-320, "", Ok("1e-320")),
        (1e-320, ".3e", Ok("1.000e-320")),
        (5e-324, ".1100f", Ok("0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000494065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992379796564695445717730926656710355939796398774796010781878126300713190311404527845817167848982103688718636056998730723050006387409153564984387312473397273169615140031715385398074126238565591171026658556686768187039560310624931945271591492455329305456544401127480129709999541931989409080416563324524757147869014726780159355238611550134803526493472019379026810710749170333222684475333572083243193609238289345836806010601150616980975307834227731832924790498252473077637592724787465608477820373446969953364701797267771758512566055119913150489110145103786273816725095583738973359899366480994116420570263709027924276754456522908753868250641971826553344726562500000000000000000000000000")),
        (1.0, ".30g", Ok("1")),
        (0.1, ".25f", Ok("0.1000000000000000055511151")),
        (0.1, ".17g", Ok("0.10000000000000001")),
        (9.995, ".2f", Ok("9.99")),
        (9.9999, ".3g", Ok("10")),
        (99999.5, "g", Ok("99999.5")),
        (999999.5, "g", Ok("1e+06")),
        (1.0, "x", Err("Unknown format code 'x' for object of type 'float'")),
        (1.0, "d", Err("Unknown format code 'd' for object of type 'float'")),
        (1.0, "s", Err("Unknown format code 's' for object of type 'float'")),
        (1.0, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
        (1.0, ".", Err("Format specifier missing precision")),
        (1.0, ",_", Err("Cannot specify both ',' and '_'.")),
        (1.0, "_,", Err("Cannot specify both ',' and '_'.")),
        (1.0, ",n", Err("Cannot specify ',' with 'n'.")),
        (1.0, ".2zf", Err("Invalid format specifier '.2zf' for object of type 'float'")),
        (1.0, "99999999999999999999", Err("Too many decimal digits in format string")),
        (1.0, ".3000000000f", Err("precision too big")),
        (1.0, "٣", Ok("1.0")),
        (1.0, "0٣", Ok("1.0")),
        (12345.678, "#,.0f", Ok("12,346.")),
        (1e+16, ".17g", Ok("10000000000000000")),
        (1e+16, ".16", Ok("1e+16")),
        (123.0, ".2", Ok("1.2e+02")),
        (0.001, ".2", Ok("0.001")),
        (0.0001, ".2", Ok("0.0001")),
        (5e-05, "#.2", Ok("5.0e-05")),
        (1.0, "10", Ok("       1.0")),
        (-2.5, "^+12.2e", Ok(" -2.50e+00  ")),
        ];
        for &(x, spec, want) in cases {
            let got = format_float_spec(x, spec);
            assert_eq!(
                got.as_deref(),
                want.map_err(|e| e.to_string()).as_deref(),
                "format({:e}, {:?})",
                x,
                spec
            );
        }
    }

    #[test]
    fn format_int_matches_cpython() {
        let cases: &[(&str, &str, Result<&str, &str>)] = &[
        ("0", "", Ok("0")),
        ("42", "", Ok("42")),
        ("-42", "d", Ok("-42")),
        ("1234567", ",", Ok("1,234,567")),
        ("1234567", "_", Ok("1_234_567")),
        ("-1234567", "015,", Ok("-00,001,234,567")),
        ("1234", "08,", Ok("0,001,234")),
        ("1234", "09,", Ok("0,001,234")),
        ("1234", "010,d", Ok("00,001,234")),
        ("255", "x", Ok("ff")),
        ("255", "X", Ok("FF")),
        ("255", "#x", Ok("0xff")),
        ("255", "#X", Ok("0XFF")),
        ("-255", "#x", Ok("-0xff")),
        ("255", "#o", Ok("0o377")),
        ("5", "#b", Ok("0b101")),
        ("255", "_b", Ok("1111_1111")),
        ("1099511627776", "_x", Ok("100_0000_0000")),
        ("1099511627776", "#_x", Ok("0x100_0000_0000")),
        ("1099511627776", "#016_x", Ok("0x0100_0000_0000")),
        ("8", "#010o", Ok("0o00000010")),
        ("65", "c", Ok("A")),
        ("128512", "c", Ok("😀")),
        ("65", "5c", Ok("    A")),
        ("65", "<5c", Ok("A    ")),
        ("65", "05c", Ok("0000A")),
        ("65", "+c", Err("Sign not allowed with integer format specifier 'c'")),
        ("65", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        ("-1", "c", Err("%c arg not in range(0x110000)")),
        ("1114112", "c", Err("%c arg not in range(0x110000)")),
        ("1180591620717411303424", "c", Err("Python int too large to convert to C long")),
        ("5", ".2", Err("Precision not allowed in integer format specifier")),
        ("5", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        ("5", ",x", Err("Cannot specify ',' with 'x'.")),
        ("5", ",c", Err("Cannot specify ',' with 'c'.")),
        ("5", ",n", Err("Cannot specify ',' with 'n'.")),
        ("5", "n", Ok("5")),
        ("1234567", "n", Ok("1234567")),
        ("5", "+", Ok("+5")),
        ("5", " ", Ok(" 5")),
        ("-5", " ", Ok("-5")),
        ("5", "=+8", Ok("+      5")),
        ("5", "<8", Ok("5       ")),
        ("5", "^9", Ok("    5    ")),
        ("5", "*^9", Ok("****5****")),
        ("5", "é>4", Ok("ééé5")),
        ("-5", "0=8", Ok("-0000005")),
        ("-5", "0>8", Ok("000000-5")),
        ("-5", "08", Ok("-0000005")),
        ("42", "s", Err("Unknown format code 's' for object of type 'int'")),
        ("42", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        ("42", "abc", Err("Invalid format specifier 'abc' for object of type 'int'")),
        ("42", "e", Ok("4.200000e+01")),
        ("42", ".2f", Ok("42.00")),
        ("42", "%", Ok("4200.000000%")),
        ("1234567", ",.2f", Ok("1,234,567.00")),
        ("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "e", Err("int too large to convert to float")),
        ("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "f", Err("int too large to convert to float")),
        ("42", "g", Ok("42")),
        ("100000000000000000", "g", Ok("1e+17")),
        ("9223372036854775807", ",", Ok("9,223,372,036,854,775,807")),
        ("-9223372036854775808", "x", Ok("-8000000000000000")),
        ("-9223372036854775808", "#b", Ok("-0b1000000000000000000000000000000000000000000000000000000000000000")),
        ("18446744073709551616", "d", Ok("18446744073709551616")),
        ("-18446744073709551616", "#X", Ok("-0X10000000000000000")),
        ("515377520732011331036461129765621272702107522001", ",", Ok("515,377,520,732,011,331,036,461,129,765,621,272,702,107,522,001")),
        ("-508021860739623365322188197652216501772434524836001", "#_o", Ok("-0o1_2671_5110_0660_2042_5050_2136_2633_4425_2611_6631_1275_2346_6371_0241")),
        ("1606938044258990275541962092341162602522202993782792835301376", "_x", Ok("100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
        ("1000000000000000000000000000000", "040,", Ok("1,000,000,000,000,000,000,000,000,000,000")),
        ("123", "0", Ok("123")),
        ("123", "00", Ok("123")),
        ("123", "=", Ok("123")),
        ];
        for &(n, spec, want) in cases {
            let want = want.map_err(|e| e.to_string());
            let big: BigInt = n.parse().unwrap();
            let got = format_int_spec(&big, spec);
            assert_eq!(got.as_deref(), want.as_deref(), "format({}, {:?})", n, spec);
            if let Ok(v) = n.parse::<i64>() {
                let got = parse_format_spec_for(spec, "int").and_then(|s| format_i64(v, &s));
                assert_eq!(
                    got.as_deref(),
                    want.as_deref(),
                    "format_i64({}, {:?})",
                    n,
                    spec
                );
            }
        }
    }

    #[test]
    fn format_int_overflow_errors_are_flagged() {
        let big: BigInt = BigInt::from(2u32).pow(70);
        let e = format_int_spec(&big, "c").unwrap_err();
        assert!(format_error_is_overflow(&e));
        let e = format_i64(-1, &parse_format_spec("c").unwrap()).unwrap_err();
        assert!(format_error_is_overflow(&e));
        let e = format_i64(1, &parse_format_spec(".2").unwrap()).unwrap_err();
        assert!(!format_error_is_overflow(&e));
        // Surrogates cannot live in a Rust String (CPython returns '\ud800').
        assert_eq!(
            format_i64(0xD800, &parse_format_spec("c").unwrap()),
            Err(SURROGATE_ERROR.to_string())
        );
    }

    #[test]
    fn format_int_digit_limit() {
        // str(10**5000) raises in CPython 3.11 (default limit 4300 digits); hex does not.
        let big = BigInt::from(10u32).pow(5000);
        let e = format_int_spec(&big, "d").unwrap_err();
        assert_eq!(e, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        assert!(format_int_spec(&big, "x").is_ok());
        assert_eq!(
            format_int_spec(&big, "e"),
            Err("int too large to convert to float".to_string())
        );
        let ok = BigInt::from(10u32).pow(4299);
        assert_eq!(format_int_spec(&ok, "").unwrap().len(), 4300);
    }

    #[test]
    fn format_str_matches_cpython() {
        let cases: &[(&str, &str, Result<&str, &str>)] = &[
            ("abc", "", Ok("abc")),
            ("abc", "s", Ok("abc")),
            ("abc", "10", Ok("abc       ")),
            ("abc", "<10", Ok("abc       ")),
            ("abc", ">10", Ok("       abc")),
            ("abc", "^10", Ok("   abc    ")),
            ("abc", "^11", Ok("    abc    ")),
            ("abc", "*^10", Ok("***abc****")),
            ("abc", ".2", Ok("ab")),
            ("abc", "10.2", Ok("ab        ")),
            ("abc", ".0", Ok("")),
            ("abc", "05", Ok("abc00")),
            ("abc", "0>5", Ok("00abc")),
            (
                "abc",
                "+",
                Err("Sign not allowed in string format specifier"),
            ),
            (
                "abc",
                " ",
                Err("Space not allowed in string format specifier"),
            ),
            (
                "abc",
                "-",
                Err("Sign not allowed in string format specifier"),
            ),
            (
                "abc",
                "z",
                Err("Negative zero coercion (z) not allowed in string format specifier"),
            ),
            (
                "abc",
                "#",
                Err("Alternate form (#) not allowed in string format specifier"),
            ),
            (
                "abc",
                "=10",
                Err("'=' alignment not allowed in string format specifier"),
            ),
            (
                "abc",
                "d",
                Err("Unknown format code 'd' for object of type 'str'"),
            ),
            ("abc", ",", Err("Cannot specify ',' with 's'.")),
            ("abc", "_", Err("Cannot specify '_' with 's'.")),
            ("abc", ",s", Err("Cannot specify ',' with 's'.")),
            ("abc", ".2s", Ok("ab")),
            ("abc", "🎉>8", Ok("🎉🎉🎉🎉🎉abc")),
            ("abc", "٣", Ok("abc")),
            ("abc", ".٢", Ok("ab")),
            ("héllo", "", Ok("héllo")),
            ("héllo", "s", Ok("héllo")),
            ("héllo", "10", Ok("héllo     ")),
            ("héllo", "<10", Ok("héllo     ")),
            ("héllo", ">10", Ok("     héllo")),
            ("héllo", "^10", Ok("  héllo   ")),
            ("héllo", "^11", Ok("   héllo   ")),
            ("héllo", "*^10", Ok("**héllo***")),
            ("héllo", ".2", Ok("hé")),
            ("héllo", "10.2", Ok("hé        ")),
            ("héllo", ".0", Ok("")),
            ("héllo", "05", Ok("héllo")),
            ("héllo", "0>5", Ok("héllo")),
            (
                "héllo",
                "+",
                Err("Sign not allowed in string format specifier"),
            ),
            (
                "héllo",
                " ",
                Err("Space not allowed in string format specifier"),
            ),
            (
                "héllo",
                "-",
                Err("Sign not allowed in string format specifier"),
            ),
            (
                "héllo",
                "z",
                Err("Negative zero coercion (z) not allowed in string format specifier"),
            ),
            (
                "héllo",
                "#",
                Err("Alternate form (#) not allowed in string format specifier"),
            ),
            (
                "héllo",
                "=10",
                Err("'=' alignment not allowed in string format specifier"),
            ),
            (
                "héllo",
                "d",
                Err("Unknown format code 'd' for object of type 'str'"),
            ),
            ("héllo", ",", Err("Cannot specify ',' with 's'.")),
            ("héllo", "_", Err("Cannot specify '_' with 's'.")),
            ("héllo", ",s", Err("Cannot specify ',' with 's'.")),
            ("héllo", ".2s", Ok("hé")),
            ("héllo", "🎉>8", Ok("🎉🎉🎉héllo")),
            ("héllo", "٣", Ok("héllo")),
            ("héllo", ".٢", Ok("hé")),
            ("日本語", "", Ok("日本語")),
            ("日本語", "s", Ok("日本語")),
            ("日本語", "10", Ok("日本語       ")),
            ("日本語", "<10", Ok("日本語       ")),
            ("日本語", ">10", Ok("       日本語")),
            ("日本語", "^10", Ok("   日本語    ")),
            ("日本語", "^11", Ok("    日本語    ")),
            ("日本語", "*^10", Ok("***日本語****")),
            ("日本語", ".2", Ok("日本")),
            ("日本語", "10.2", Ok("日本        ")),
            ("日本語", ".0", Ok("")),
            ("日本語", "05", Ok("日本語00")),
            ("日本語", "0>5", Ok("00日本語")),
            (
                "日本語",
                "+",
                Err("Sign not allowed in string format specifier"),
            ),
            (
                "日本語",
                " ",
                Err("Space not allowed in string format specifier"),
            ),
            (
                "日本語",
                "-",
                Err("Sign not allowed in string format specifier"),
            ),
            (
                "日本語",
                "z",
                Err("Negative zero coercion (z) not allowed in string format specifier"),
            ),
            (
                "日本語",
                "#",
                Err("Alternate form (#) not allowed in string format specifier"),
            ),
            (
                "日本語",
                "=10",
                Err("'=' alignment not allowed in string format specifier"),
            ),
            (
                "日本語",
                "d",
                Err("Unknown format code 'd' for object of type 'str'"),
            ),
            ("日本語", ",", Err("Cannot specify ',' with 's'.")),
            ("日本語", "_", Err("Cannot specify '_' with 's'.")),
            ("日本語", ",s", Err("Cannot specify ',' with 's'.")),
            ("日本語", ".2s", Ok("日本")),
            ("日本語", "🎉>8", Ok("🎉🎉🎉🎉🎉日本語")),
            ("日本語", "٣", Ok("日本語")),
            ("日本語", ".٢", Ok("日本")),
        ];
        for &(s, spec, want) in cases {
            let want = want.map_err(|e| e.to_string());
            assert_eq!(
                format_str_spec(s, spec).as_deref(),
                want.as_deref(),
                "format({:?}, {:?})",
                s,
                spec
            );
        }
    }

    #[test]
    fn parse_format_spec_fields() {
        let f = parse_format_spec("*^+z#012,.3f").unwrap();
        assert_eq!(
            f,
            FormatSpec {
                fill: '*',
                align: Some('^'),
                sign: Some('+'),
                no_neg_0: true,
                alternate: true,
                zero_pad: false, // an explicit fill makes the '0' part of the width
                width: Some(12),
                grouping: Some(','),
                precision: Some(3),
                ty: Some('f'),
            }
        );
        let f = parse_format_spec("010").unwrap();
        assert_eq!(
            (f.fill, f.align, f.zero_pad, f.width),
            ('0', None, true, Some(10))
        );
        let f = parse_format_spec("<05").unwrap();
        assert_eq!(
            (f.fill, f.align, f.zero_pad, f.width),
            ('0', Some('<'), true, Some(5))
        );
        let f = parse_format_spec("x<05").unwrap();
        assert_eq!(
            (f.fill, f.align, f.zero_pad, f.width),
            ('x', Some('<'), false, Some(5))
        );
        let f = parse_format_spec("\u{663}\u{660}").unwrap(); // Arabic-Indic "30"
        assert_eq!(f.width, Some(30));
        assert!(parse_format_spec("").unwrap().is_default());
        assert_eq!(
            parse_format_spec_for("10x10", "float"),
            Err("Invalid format specifier '10x10' for object of type 'float'".to_string())
        );
        assert_eq!(
            unknown_format_code('\u{1}', "str"),
            "Unknown format code '\\x1' for object of type 'str'"
        );
    }

    #[derive(Clone, Copy)]
    enum Arg {
        I(&'static str),
        F(f64),
        S(&'static str),
    }
    use Arg::{F, I, S};

    /// Applies a one-argument `%` format the way an interpreter would.
    fn percent1(fmt: &str, arg: Arg) -> Result<String, String> {
        let mut out = String::new();
        for piece in parse_percent(fmt)? {
            match piece {
                PercentPiece::Literal(s) => out.push_str(&s),
                PercentPiece::Spec(spec) => {
                    let width = match spec.width {
                        Some(PercentCount::N(n)) => Some(n),
                        _ => None,
                    };
                    let prec = match spec.precision {
                        Some(PercentCount::N(n)) => Some(n),
                        _ => None,
                    };
                    match arg {
                        I(n) => {
                            let n: BigInt = n.parse().unwrap();
                            format_percent_int_into(&mut out, &n, &spec, width, prec)?
                        }
                        F(x) => format_percent_float_into(&mut out, x, &spec, width, prec),
                        S(s) => format_percent_str_into(&mut out, s, &spec, width, prec),
                    }
                }
            }
        }
        Ok(out)
    }

    #[test]
    fn percent_format_matches_cpython() {
        let cases: &[(&str, Arg, Result<&str, &str>)] = &[
            ("%d", I("5"), Ok("5")),
            ("%5d|", I("-3"), Ok("   -3|")),
            ("%-5d|", I("-3"), Ok("-3   |")),
            ("%05d", I("-3"), Ok("-0003")),
            ("%-05d|", I("-3"), Ok("-3   |")),
            ("%+d", I("3"), Ok("+3")),
            ("% d", I("3"), Ok(" 3")),
            ("%+05d", I("3"), Ok("+0003")),
            ("%.3d", I("7"), Ok("007")),
            ("%8.3d", I("-7"), Ok("    -007")),
            ("%08.3d", I("-7"), Ok("-0000007")),
            ("%x", I("255"), Ok("ff")),
            ("%#x", I("255"), Ok("0xff")),
            ("%#X", I("255"), Ok("0XFF")),
            ("%#010x", I("255"), Ok("0x000000ff")),
            ("%#10x", I("255"), Ok("      0xff")),
            ("%-#10x|", I("255"), Ok("0xff      |")),
            ("%#o", I("8"), Ok("0o10")),
            ("%#010o", I("8"), Ok("0o00000010")),
            ("%#10o", I("-8"), Ok("     -0o10")),
            ("%#.5x", I("255"), Ok("0x000ff")),
            ("%#08.5x", I("-255"), Ok("-0x000ff")),
            ("%o", I("-8"), Ok("-10")),
            ("%u", I("12"), Ok("12")),
            ("%i", I("-12"), Ok("-12")),
            ("%c", I("65"), Ok("A")),
            ("%5c|", I("65"), Ok("    A|")),
            ("%-5c|", I("128512"), Ok("😀    |")),
            ("%c", I("1114112"), Err("%c arg not in range(0x110000)")),
            ("%c", I("-1"), Err("%c arg not in range(0x110000)")),
            (
                "%d",
                I("1267650600228229401496703205376"),
                Ok("1267650600228229401496703205376"),
            ),
            (
                "%x",
                I("-1267650600228229401496703205376"),
                Ok("-10000000000000000000000000"),
            ),
            ("%#x", I("0"), Ok("0x0")),
            ("%#5x", I("0"), Ok("  0x0")),
            ("%+x", I("255"), Ok("+ff")),
            ("% x", I("-255"), Ok("-ff")),
            ("%0+#10x", I("255"), Ok("+0x00000ff")),
            ("% 010d", I("42"), Ok(" 000000042")),
            ("%-+10d|", I("42"), Ok("+42       |")),
            ("%.3c", I("65"), Ok("A")),
            ("%05c", I("65"), Ok("    A")),
            ("%f", F(1.5), Ok("1.500000")),
            ("%.2f", F(2.675), Ok("2.67")),
            ("%e", F(12345.678), Ok("1.234568e+04")),
            ("%E", F(0.0), Ok("0.000000E+00")),
            ("%g", F(1e-05), Ok("1e-05")),
            ("%G", F(1e+20), Ok("1E+20")),
            ("%#g", F(1.0), Ok("1.00000")),
            ("%#.0f", F(3.0), Ok("3.")),
            ("%.0f", F(2.5), Ok("2")),
            ("%010.3f", F(-3.14159), Ok("-00003.142")),
            ("%-10.3f|", F(3.14159), Ok("3.142     |")),
            ("%+.1e", F(0.0), Ok("+0.0e+00")),
            ("% f", F(f64::INFINITY), Ok(" inf")),
            ("%010f", F(f64::NEG_INFINITY), Ok("-000000inf")),
            ("%+f", F(f64::NAN), Ok("+nan")),
            ("%5.1f", F(f64::NAN), Ok("  nan")),
            ("%F", F(f64::INFINITY), Ok("INF")),
            ("%.3g", F(1234567.0), Ok("1.23e+06")),
            (
                "%.50e",
                F(1e+300),
                Ok("1.00000000000000005250476025520442024870446858110816e+300"),
            ),
            ("%20.10g", F(3.141592653589793), Ok("         3.141592654")),
            ("%.f", F(1.5), Ok("2")),
            ("%Lf", F(1.5), Ok("1.500000")),
            ("%-015.2e|", F(-1.0), Ok("-1.00e+00      |")),
            ("%s", S("abc"), Ok("abc")),
            ("%.2s", S("abc"), Ok("ab")),
            ("%5.2s|", S("日本語"), Ok("   日本|")),
            ("%-6s|", S("ab"), Ok("ab    |")),
            ("%.s", S("abc"), Ok("")),
            ("%05s", S("ab"), Ok("   ab")),
            ("%+s", S("ab"), Ok("ab")),
            ("%3s|", S("é"), Ok("  é|")),
            ("%c", S("z"), Ok("z")),
            ("%.0c", S("z"), Ok("z")),
            ("%5c", S("é"), Ok("    é")),
        ];
        for &(fmt, arg, want) in cases {
            let want = want.map_err(|e| e.to_string());
            assert_eq!(
                percent1(fmt, arg).as_deref(),
                want.as_deref(),
                "{:?} % ...",
                fmt
            );
        }
    }

    #[test]
    fn percent_non_into_variants_agree() {
        let spec_of = |f: &str| match &parse_percent(f).unwrap()[0] {
            PercentPiece::Spec(s) => s.clone(),
            _ => unreachable!(),
        };
        // '%-#8x' % 255, '%+.2f' % 2.675, '%.2s' % 'abc' in CPython:
        assert_eq!(
            format_percent_int(&BigInt::from(255), &spec_of("%-#8x"), Some(8), None).unwrap(),
            "0xff    "
        );
        assert_eq!(
            format_percent_float(2.675, &spec_of("%+.2f"), None, Some(2)),
            "+2.67"
        );
        assert_eq!(
            format_percent_str("abc", &spec_of("%.2s"), None, Some(2)),
            "ab"
        );
        assert_eq!(format_percent_str("abc", &spec_of("%s"), None, None), "abc");
        // '%*d' % (-5, 42): a negative star width left-justifies (caller sets flags.minus).
        let mut s = spec_of("%*d");
        s.flags.minus = true;
        assert_eq!(
            format_percent_int(&BigInt::from(42), &s, Some(5), None).unwrap(),
            "42   "
        );
        let e =
            format_percent_int(&BigInt::from(0x110000), &spec_of("%c"), None, None).unwrap_err();
        assert!(format_error_is_overflow(&e));
    }

    #[test]
    fn parse_percent_errors_match_cpython() {
        let cases: &[(&str, Result<(), &str>)] = &[
            (
                "%5%",
                Err("unsupported format character '%' (0x25) at index 2"),
            ),
            (
                "%y",
                Err("unsupported format character 'y' (0x79) at index 1"),
            ),
            (
                "ab%y",
                Err("unsupported format character 'y' (0x79) at index 3"),
            ),
            ("abc%", Err("incomplete format")),
            ("%", Err("incomplete format")),
            ("%(a", Err("incomplete format key")),
            ("%(a)", Err("incomplete format")),
            ("%5", Err("incomplete format")),
            ("%.", Err("incomplete format")),
            ("%-", Err("incomplete format")),
            (
                "%☃",
                Err("unsupported format character '?' (0x2603) at index 1"),
            ),
            (
                "%\u{1}",
                Err("unsupported format character '?' (0x1) at index 1"),
            ),
            ("%99999999999999999999d", Err("width too big")),
            ("%.99999999999f", Err("precision too big")),
            ("%(a)s %%", Ok(())),
            ("%(a(b))s", Ok(())),
        ];
        for &(fmt, want) in cases {
            let got = parse_percent(fmt).map(|_| ());
            assert_eq!(
                got,
                want.map_err(|e| e.to_string()),
                "parse_percent({:?})",
                fmt
            );
        }
    }

    #[test]
    fn parse_percent_structure() {
        let p = parse_percent("a%%b%(k(x))-+ #0*.*ldz%5.3s").unwrap();
        assert_eq!(
            p,
            vec![
                PercentPiece::Literal("a%b".to_string()),
                PercentPiece::Spec(PercentSpec {
                    key: Some("k(x)".to_string()),
                    flags: PercentFlags {
                        minus: true,
                        plus: true,
                        space: true,
                        alternate: true,
                        zero: true
                    },
                    width: Some(PercentCount::Star),
                    precision: Some(PercentCount::Star),
                    conv: 'd',
                }),
                PercentPiece::Literal("z".to_string()),
                PercentPiece::Spec(PercentSpec {
                    key: None,
                    flags: PercentFlags::default(),
                    width: Some(PercentCount::N(5)),
                    precision: Some(PercentCount::N(3)),
                    conv: 's',
                }),
            ]
        );
        let p = parse_percent("%.f").unwrap();
        assert!(matches!(&p[0], PercentPiece::Spec(s) if s.precision == Some(PercentCount::N(0))));
    }

    #[test]
    fn str_repr_and_ascii_match_cpython() {
        let cases: &[(&str, &str, &str)] = &[
            ("", "''", "''"),
            ("a", "'a'", "'a'"),
            ("it's", "\"it's\"", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'", "'both \\' and \"'"),
            ("\\", "'\\\\'", "'\\\\'"),
            (
                "\t\n\r\u{0}\u{1f}\u{7f}",
                "'\\t\\n\\r\\x00\\x1f\\x7f'",
                "'\\t\\n\\r\\x00\\x1f\\x7f'",
            ),
            (
                "\u{80}\u{9f}\u{a0}\u{ad}",
                "'\\x80\\x9f\\xa0\\xad'",
                "'\\x80\\x9f\\xa0\\xad'",
            ),
            ("héllo", "'héllo'", "'h\\xe9llo'"),
            ("日本語", "'日本語'", "'\\u65e5\\u672c\\u8a9e'"),
            (
                "é\u{200b}\u{2028}\u{feff}😀\u{e0001}\u{10ffff}\u{ffff}\u{378}",
                "'é\\u200b\\u2028\\ufeff😀\\U000e0001\\U0010ffff\\uffff\\u0378'",
                "'\\xe9\\u200b\\u2028\\ufeff\\U0001f600\\U000e0001\\U0010ffff\\uffff\\u0378'",
            ),
            ("àb", "'àb'", "'a\\u0300b'"),
            ("\u{3000}\u{a0} ", "'\\u3000\\xa0 '", "'\\u3000\\xa0 '"),
            (
                "🤦\u{200d}♂️",
                "'🤦\\u200d♂️'",
                "'\\U0001f926\\u200d\\u2642\\ufe0f'",
            ),
            ("\u{e000}", "'\\ue000'", "'\\ue000'"),
        ];
        for &(s, repr, ascii) in cases {
            assert_eq!(str_repr(s), repr, "repr({:?})", s);
            assert_eq!(str_ascii(s), ascii, "ascii({:?})", s);
        }
    }

    #[test]
    fn unicode_tables_spot_checks() {
        // Checked against python3.11: str.isprintable(), unicodedata.decimal(), str.isspace().
        for c in [
            'a',
            ' ',
            '~',
            '\u{a1}',
            '\u{e9}',
            '\u{3042}',
            '\u{1f600}',
            '\u{fffd}',
        ] {
            assert!(is_printable(c), "{:?}", c);
        }
        for c in [
            '\u{0}',
            '\u{7f}',
            '\u{80}',
            '\u{a0}',
            '\u{ad}',
            '\u{378}',
            '\u{200b}',
            '\u{2028}',
            '\u{3000}',
            '\u{e000}',
            '\u{ffff}',
            '\u{e0001}',
            '\u{10ffff}',
        ] {
            assert!(!is_printable(c), "{:?}", c);
        }
        assert_eq!(decimal_digit_value('7'), Some(7));
        assert_eq!(decimal_digit_value('\u{663}'), Some(3));
        assert_eq!(decimal_digit_value('\u{1d7d9}'), Some(1));
        assert_eq!(decimal_digit_value('\u{b2}'), None); // superscript two is not Nd
        assert_eq!(decimal_digit_value('a'), None);
        assert!(py_isspace('\u{1c}') && py_isspace('\u{85}') && py_isspace('\u{3000}'));
        assert!(!py_isspace('\u{200b}') && !py_isspace('a'));
    }
}
