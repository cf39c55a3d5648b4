//! The native `_kiln_json` helper module used by runtime/lib/json: whole-document fast
//! paths for `loads` and `dumps` in their default configurations (CPython has its C
//! `_json` accelerator for the same reason: the pure-Python codec was 7-30x slower).
//!
//! Each function answers its `fail` argument for anything it does not decide exactly
//! as the Python code would — a syntax error, a lone surrogate, a type other than the
//! exact builtin containers and scalars, a cycle, a non-str key under `sort_keys`, very
//! deep nesting — and the caller then runs the Python implementation, which produces
//! the result or CPython's error. Neither runs Python code nor reaches a safepoint, so
//! the objects it builds need no rooting while it works.

use super::*;
use std::fmt::Write;

pub(crate) fn install() {
    let (_, d) = new_module("_kiln_json");
    add_fn(d, "loads", loads);
    add_fn(d, "dumps", dumps);
}

/// Deeper nesting is left to the Python code (which raises RecursionError as CPython).
const MAX_DEPTH: usize = 500;

// ---- decoding ---------------------------------------------------------------------

/// `_kiln_json.loads(s, fail)`: the document `s` (a str) decoded with the default
/// hooks and `strict=True`, or `fail`.
fn loads(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "loads", 2, 2)?;
    let (s, fail) = (a.pos[0], a.pos[1]);
    let Some(so) = s.get::<StrObj>() else {
        return Ok(fail);
    };
    let mut p = Parser {
        vm,
        b: so.s.as_bytes(),
        i: 0,
        depth: 0,
        keys: hashbrown::HashMap::with_capacity(32),
    };
    p.ws();
    let Some(v) = p.value() else {
        return Ok(fail);
    };
    p.ws();
    Ok(if p.i == p.b.len() { v } else { fail })
}

struct Parser<'a> {
    vm: &'a mut Vm,
    b: &'a [u8],
    i: usize,
    depth: usize,
    /// Object keys seen in this document (escape-free ones, by their text): repeated
    /// keys share one str, as CPython's scanner memoizes them.
    keys: hashbrown::HashMap<&'a [u8], Value>,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    fn eat(&mut self, word: &[u8]) -> bool {
        if self.b[self.i..].starts_with(word) {
            self.i += word.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self) -> Option<Value> {
        match *self.b.get(self.i)? {
            b'"' => {
                self.i += 1;
                self.string()
            }
            b'{' => self.nested(Self::object),
            b'[' => self.nested(Self::array),
            b'n' if self.eat(b"null") => Some(Value::NONE),
            b't' if self.eat(b"true") => Some(Value::TRUE),
            b'f' if self.eat(b"false") => Some(Value::FALSE),
            b'N' if self.eat(b"NaN") => Some(Value::float(f64::NAN)),
            b'I' if self.eat(b"Infinity") => Some(Value::float(f64::INFINITY)),
            b'-' if self.eat(b"-Infinity") => Some(Value::float(f64::NEG_INFINITY)),
            _ => self.number(),
        }
    }

    fn nested(&mut self, f: fn(&mut Self) -> Option<Value>) -> Option<Value> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        self.i += 1;
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i - start
    }

    /// The Python decoder's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`,
    /// where a `.` or exponent without digits ends the number before it.
    fn number(&mut self) -> Option<Value> {
        let start = self.i;
        if self.b.get(self.i) == Some(&b'-') {
            self.i += 1;
        }
        match self.b.get(self.i)? {
            b'0' => self.i += 1,
            b'1'..=b'9' => {
                self.digits();
            }
            _ => return None,
        }
        let mut is_float = false;
        if self.b.get(self.i) == Some(&b'.')
            && self.b.get(self.i + 1).is_some_and(u8::is_ascii_digit)
        {
            is_float = true;
            self.i += 1;
            self.digits();
        }
        if let Some(b'e' | b'E') = self.b.get(self.i) {
            let mut k = self.i + 1;
            if let Some(b'+' | b'-') = self.b.get(k) {
                k += 1;
            }
            if self.b.get(k).is_some_and(u8::is_ascii_digit) {
                is_float = true;
                self.i = k;
                self.digits();
            }
        }
        let text = self.text(start, self.i);
        if is_float {
            // Rust's parse is correctly rounded, as float(text) (overflow gives inf).
            return text.parse::<f64>().ok().map(Value::float);
        }
        if text.len() <= 18 {
            return text.parse::<i64>().ok().map(ops::new_int);
        }
        // int(text) enforces CPython's digit limit: the Python code raises it.
        if text.len() > 4300 {
            return None;
        }
        crate::numeric::parse_int(text, 10)
            .ok()
            .map(ops::new_bigint)
    }

    /// The bytes of `b[start..end]` as a str.
    fn text(&self, start: usize, end: usize) -> &str {
        // SAFETY: `b` is a str's UTF-8 and the scans that find `start` and `end` stop
        // only at ASCII bytes, so the range holds whole characters.
        unsafe { std::str::from_utf8_unchecked(&self.b[start..end]) }
    }

    /// Up to the next `"`, `\\` or control character.
    fn plain_run(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            if c == b'"' || c == b'\\' || c < 0x20 {
                break;
            }
            self.i += 1;
        }
    }

    /// An object key after its opening quote: memoized when it has no escapes.
    fn key(&mut self) -> Option<Value> {
        let start = self.i;
        self.plain_run();
        if self.b.get(self.i) != Some(&b'"') {
            self.i = start;
            return self.string();
        }
        let raw = &self.b[start..self.i];
        self.i += 1;
        if let Some(&k) = self.keys.get(raw) {
            return Some(k);
        }
        let k = ops::new_str(self.text(start, self.i - 1));
        self.keys.insert(raw, k);
        Some(k)
    }

    /// The rest of a string after its opening quote.
    fn string(&mut self) -> Option<Value> {
        let first = self.i;
        self.plain_run();
        if self.b.get(self.i) == Some(&b'"') {
            // No escapes: one str straight from the text.
            self.i += 1;
            return Some(ops::new_str(self.text(first, self.i - 1)));
        }
        let mut out = String::new();
        self.i = first;
        loop {
            let start = self.i;
            self.plain_run();
            out.push_str(self.text(start, self.i));
            match *self.b.get(self.i)? {
                b'"' => {
                    self.i += 1;
                    return Some(ops::new_string(out));
                }
                b'\\' => {}
                _ => return None, // a control character (strict)
            }
            let e = *self.b.get(self.i + 1)?;
            self.i += 2;
            let c = match e {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let u = self.hex4()?;
                    if (0xd800..=0xdbff).contains(&u) && self.b[self.i..].starts_with(b"\\u") {
                        let save = self.i;
                        self.i += 2;
                        let u2 = self.hex4()?;
                        if (0xdc00..=0xdfff).contains(&u2) {
                            char::from_u32(0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00)))?
                        } else {
                            // A lone high surrogate: not representable here.
                            self.i = save;
                            return None;
                        }
                    } else {
                        // None for a lone surrogate (Python keeps it; a Rust str cannot).
                        char::from_u32(u)?
                    }
                }
                _ => return None,
            };
            out.push(c);
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = self.b.get(self.i..self.i + 4)?;
        let mut u = 0;
        for &c in h {
            u = u * 16 + (c as char).to_digit(16)?;
        }
        self.i += 4;
        Some(u)
    }

    fn object(&mut self) -> Option<Value> {
        let d = rt::new_dict();
        self.ws();
        if self.b.get(self.i) == Some(&b'}') {
            self.i += 1;
            return Some(d);
        }
        loop {
            if self.b.get(self.i) != Some(&b'"') {
                return None;
            }
            self.i += 1;
            let k = self.key()?;
            self.ws();
            if self.b.get(self.i) != Some(&b':') {
                return None;
            }
            self.i += 1;
            self.ws();
            let v = self.value()?;
            // A str key: hashing and comparing it run no Python code.
            ops::dict_set(self.vm, d, k, v).ok()?;
            self.ws();
            match self.b.get(self.i)? {
                b'}' => {
                    self.i += 1;
                    return Some(d);
                }
                b',' => {
                    self.i += 1;
                    self.ws();
                }
                _ => return None,
            }
        }
    }

    fn array(&mut self) -> Option<Value> {
        let mut items = Vec::new();
        self.ws();
        if self.b.get(self.i) == Some(&b']') {
            self.i += 1;
            return Some(ops::new_list(items));
        }
        loop {
            items.push(self.value()?);
            self.ws();
            match self.b.get(self.i)? {
                b']' => {
                    self.i += 1;
                    return Some(ops::new_list(items));
                }
                b',' => {
                    self.i += 1;
                    self.ws();
                }
                _ => return None,
            }
        }
    }
}

// ---- encoding ---------------------------------------------------------------------

/// `_kiln_json.dumps(obj, fail, ensure_ascii, allow_nan, sort_keys, item_separator,
/// key_separator, indent, skipkeys)`: `obj` encoded as `JSONEncoder.encode` would
/// (`indent` None or the indent string), or `fail`.
fn dumps(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "dumps", 9, 9)?;
    let p = a.pos;
    let fail = p[1];
    let (Some(item_sep), Some(key_sep)) = (p[5].get::<StrObj>(), p[6].get::<StrObj>()) else {
        return Ok(fail);
    };
    let indent = match p[7].get::<StrObj>() {
        Some(s) => Some(&*s.s),
        None if p[7].is_none() => None,
        None => return Ok(fail),
    };
    let (Some(ensure_ascii), Some(allow_nan), Some(sort_keys), Some(skipkeys)) =
        (flag(p[2]), flag(p[3]), flag(p[4]), flag(p[8]))
    else {
        return Ok(fail);
    };
    let mut e = Encoder {
        vm,
        out: String::new(),
        ensure_ascii,
        allow_nan,
        sort_keys,
        skipkeys,
        item_sep: &item_sep.s,
        key_sep: &key_sep.s,
        indent,
        open: Vec::new(),
    };
    match e.value(p[0]) {
        Some(()) => Ok(ops::new_string(e.out)),
        None => Ok(fail),
    }
}

/// The truth of an option that is a bool, an int or None (anything else may run a
/// `__bool__`: left to the Python code).
fn flag(v: Value) -> Option<bool> {
    if v == Value::TRUE || v == Value::FALSE {
        Some(v == Value::TRUE)
    } else if v.is_small() {
        Some(v.as_small() != 0)
    } else if v.is_none() {
        Some(false)
    } else {
        None
    }
}

struct Encoder<'a> {
    vm: &'a mut Vm,
    out: String,
    ensure_ascii: bool,
    allow_nan: bool,
    sort_keys: bool,
    skipkeys: bool,
    item_sep: &'a str,
    key_sep: &'a str,
    indent: Option<&'a str>,
    /// The containers being encoded (cycle check, depth).
    open: Vec<u64>,
}

impl<'a> Encoder<'a> {
    fn value(&mut self, v: Value) -> Option<()> {
        if let Some(s) = v.get::<StrObj>() {
            quote_into(&mut self.out, &s.s, self.ensure_ascii);
        } else if v.is_none() {
            self.out.push_str("null");
        } else if v == Value::TRUE {
            self.out.push_str("true");
        } else if v == Value::FALSE {
            self.out.push_str("false");
        } else if v.is_small() || v.is_kind(ObjKind::Int) {
            ops::int_str_into(self.vm, v, &mut self.out).ok()?;
        } else if v.is_float() {
            self.float(v.as_float())?;
        } else if let Some(l) = v.get::<ListObj>().filter(|l| l.cls.is_null()) {
            let items = l.items.to_vec();
            self.sequence(v, &items)?;
        } else if let Some(t) = v.get::<TupleObj>().filter(|t| t.cls.is_null()) {
            self.sequence(v, &t.items)?;
        } else if v.get::<DictObj>().is_some_and(|d| d.cls.is_null()) {
            self.dict(v)?;
        } else {
            return None;
        }
        Some(())
    }

    fn float(&mut self, f: f64) -> Option<()> {
        let text = if f.is_nan() {
            "NaN"
        } else if f == f64::INFINITY {
            "Infinity"
        } else if f == f64::NEG_INFINITY {
            "-Infinity"
        } else {
            crate::format::float_repr_into(&mut self.out, f);
            return Some(());
        };
        // Out of range without allow_nan: the Python code raises ValueError.
        self.allow_nan.then(|| self.out.push_str(text))
    }

    fn enter(&mut self, v: Value) -> Option<()> {
        if self.open.len() >= MAX_DEPTH || self.open.contains(&v.0) {
            return None;
        }
        self.open.push(v.0);
        Some(())
    }

    /// Open a non-empty container: the separator between its items.
    fn open(&mut self, opener: char) -> std::borrow::Cow<'a, str> {
        self.out.push(opener);
        match self.indent {
            // Without an indent the separator is the caller's string: no allocation.
            None => std::borrow::Cow::Borrowed(self.item_sep),
            Some(ind) => {
                let mut nl = String::from("\n");
                for _ in 0..self.open.len() {
                    nl.push_str(ind);
                }
                self.out.push_str(&nl);
                std::borrow::Cow::Owned(format!("{}{nl}", self.item_sep))
            }
        }
    }

    fn close(&mut self, closer: char) {
        if let Some(ind) = self.indent {
            self.out.push('\n');
            for _ in 1..self.open.len() {
                self.out.push_str(ind);
            }
        }
        self.out.push(closer);
        self.open.pop();
    }

    fn sequence(&mut self, v: Value, items: &[Value]) -> Option<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Some(());
        }
        self.enter(v)?;
        let sep = self.open('[');
        for (i, &x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&sep);
            }
            self.value(x)?;
        }
        self.close(']');
        Some(())
    }

    fn dict(&mut self, v: Value) -> Option<()> {
        let mut entries: Vec<(Value, Value)> = v
            .cast::<DictObj>()
            .table
            .iter()
            .map(|e| (e.key, e.value))
            .collect();
        if entries.is_empty() {
            self.out.push_str("{}");
            return Some(());
        }
        if self.sort_keys {
            // Only str keys: Python sorts the items before converting keys, so ints
            // sort numerically and mixed kinds raise.
            if !entries.iter().all(|(k, _)| k.is_kind(ObjKind::Str)) {
                return None;
            }
            entries.sort_by(|a, b| ops::str_of(a.0).cmp(ops::str_of(b.0)));
        }
        self.enter(v)?;
        let sep = self.open('{');
        let mut first = true;
        for (k, x) in entries {
            let key: std::borrow::Cow<str> = if let Some(s) = k.get::<StrObj>() {
                std::borrow::Cow::Borrowed(&s.s)
            } else if k.is_float() {
                let mut t = String::new();
                let f = k.as_float();
                if f.is_finite() {
                    crate::format::float_repr_into(&mut t, f);
                } else if !self.allow_nan {
                    return None;
                } else if f.is_nan() {
                    t.push_str("NaN");
                } else if f > 0.0 {
                    t.push_str("Infinity");
                } else {
                    t.push_str("-Infinity");
                }
                std::borrow::Cow::Owned(t)
            } else if k == Value::TRUE {
                "true".into()
            } else if k == Value::FALSE {
                "false".into()
            } else if k.is_none() {
                "null".into()
            } else if k.is_small() || k.is_kind(ObjKind::Int) {
                let mut t = String::new();
                ops::int_str_into(self.vm, k, &mut t).ok()?;
                std::borrow::Cow::Owned(t)
            } else if self.skipkeys {
                continue;
            } else {
                return None;
            };
            if !first {
                self.out.push_str(&sep);
            }
            first = false;
            quote_into(&mut self.out, &key, self.ensure_ascii);
            self.out.push_str(self.key_sep);
            self.value(x)?;
        }
        self.close('}');
        Some(())
    }
}

/// A JSON string literal of `s`, escaped as the Python encoder's `_quote`.
fn quote_into(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && (c as u32) > 0x7e) => {
                let n = c as u32;
                if n > 0xffff {
                    let m = n - 0x10000;
                    let _ = write!(
                        out,
                        "\\u{:04x}\\u{:04x}",
                        0xd800 | (m >> 10),
                        0xdc00 | (m & 0x3ff)
                    );
                } else {
                    let _ = write!(out, "\\u{n:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
