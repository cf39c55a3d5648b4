//! The native `_sre` module: Kiln's regular-expression engine under runtime/lib/re.
//!
//! * The parser follows CPython 3.11's `re._parser` syntax and error messages
//!   ("missing ), unterminated subpattern at position 0"): literals and escapes,
//!   classes, groups (capturing, named, non-capturing, atomic, lookaround,
//!   conditional, comments), scoped and global inline flags, greedy, lazy and
//!   possessive quantifiers, backreferences, VERBOSE.
//! * Patterns compile to a small instruction program run by a backtracking VM with
//!   an explicit stack (no native recursion per character or per repetition); single
//!   character repeats (`.*`, `\d+`, `[a-z]{2,5}`) scan in a loop and back off one
//!   step per backtrack. Lookarounds and atomic groups run their sub-program to its
//!   first solution.
//! * Subjects are str (matched as chars; positions are char indices) or bytes
//!   (bytes as chars U+0000..U+00FF, ASCII classes).
//!
//! `compile(pattern, flags)` answers (groups, {name: index}) or raises `error`;
//! `match(pattern, flags, string, pos, endpos, mode, must_advance)` answers None or
//! the list [start0, end0, start1, end1, ...] (-1 for a group that did not take part)
//! followed by lastindex. Compiled programs are cached by (pattern, flags).

use super::*;
use std::collections::HashMap;
use std::sync::Arc;

pub(crate) fn install() {
    let (_, d) = new_module("_sre");
    let error = rt::new_class("error", &[rt().excs.exception], Layout::Exception);
    error.cast::<ClassObj>().module = rt::intern("re");
    set_str_key(d, "error", error);
    rt().extra_roots.lock().push(error);
    ERROR.set(error).ok();
    add_fn(d, "compile", compile);
    add_fn(d, "match", do_match);
    add_fn(d, "scan", do_scan);
    add_fn(d, "purge", purge);
}

static ERROR: std::sync::OnceLock<Value> = std::sync::OnceLock::new();

// Flags (CPython's values).
const F_IGNORECASE: u32 = 2;
const F_MULTILINE: u32 = 8;
const F_DOTALL: u32 = 16;
const F_UNICODE: u32 = 32;
const F_VERBOSE: u32 = 64;
const F_ASCII: u32 = 256;

// ---- the pattern AST ----------------------------------------------------------------

#[derive(Clone, Debug)]
enum ClassItem {
    Char(char),
    Range(char, char),
    Digit(bool),
    Space(bool),
    Word(bool),
}

#[derive(Clone, Debug)]
enum Node {
    Char(char),
    Any,
    Class(Vec<ClassItem>, bool),
    /// `^`, `$`, `\A`, `\Z`, `\b`, `\B`.
    Assert(AssertKind),
    Group(Option<usize>, Box<Node>),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: usize,
        max: usize,
        mode: RepeatMode,
    },
    Backref(usize),
    Look {
        node: Box<Node>,
        ahead: bool,
        negate: bool,
        width: usize,
    },
    Atomic(Box<Node>),
    Cond(usize, Box<Node>, Box<Node>),
    /// Flags in force for a scoped part: (ignorecase, multiline, dotall, ascii).
    Flags(u32, Box<Node>),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum AssertKind {
    Bol,
    Eol,
    StartText,
    EndText,
    WordB,
    NotWordB,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum RepeatMode {
    Greedy,
    Lazy,
    Possessive,
}

const MAXREPEAT: usize = u32::MAX as usize;

// ---- the parser -------------------------------------------------------------------

struct ParseError {
    msg: String,
    pos: usize,
}

struct Parser<'a> {
    s: &'a [char],
    i: usize,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Groups whose closing parenthesis was seen (for backreference checks).
    closed: Vec<usize>,
    is_bytes: bool,
}

type PResult<T> = Result<T, ParseError>;

fn err<T>(msg: impl Into<String>, pos: usize) -> PResult<T> {
    Err(ParseError {
        msg: msg.into(),
        pos,
    })
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    fn verbose(&self) -> bool {
        self.flags & F_VERBOSE != 0
    }

    /// Skip whitespace and comments in VERBOSE mode.
    fn skip_verbose(&mut self) {
        if !self.verbose() {
            return;
        }
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn parse_alt(&mut self, depth: usize) -> PResult<Node> {
        if depth > MAX_NESTING {
            // CPython's recursive parser runs out of Python stack here.
            return err(RECURSION, NO_POS);
        }
        let mut branches = vec![self.parse_seq(depth)?];
        while self.peek() == Some('|') {
            self.i += 1;
            branches.push(self.parse_seq(depth)?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().expect("one")
        } else {
            Node::Alt(branches)
        })
    }

    fn parse_seq(&mut self, depth: usize) -> PResult<Node> {
        let mut items: Vec<Node> = Vec::new();
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else { break };
            if c == '|' || c == ')' {
                if c == ')' && depth == 0 {
                    return err("unbalanced parenthesis", self.i);
                }
                break;
            }
            let atom = self.parse_atom(depth)?;
            let Some(atom) = atom else { continue };
            let atom = self.parse_quantifier(atom)?;
            items.push(atom);
        }
        Ok(if items.len() == 1 {
            items.pop().expect("one")
        } else {
            Node::Seq(items)
        })
    }

    fn parse_quantifier(&mut self, atom: Node) -> PResult<Node> {
        let mut atom = atom;
        loop {
            self.skip_verbose();
            let here = self.i;
            let (min, max) = match self.peek() {
                Some('*') => {
                    self.i += 1;
                    (0, MAXREPEAT)
                }
                Some('+') => {
                    self.i += 1;
                    (1, MAXREPEAT)
                }
                Some('?') => {
                    self.i += 1;
                    (0, 1)
                }
                Some('{') => match self.parse_braces()? {
                    Some(r) => r,
                    None => return Ok(atom),
                },
                _ => return Ok(atom),
            };
            if matches!(atom, Node::Assert(_)) {
                return err("nothing to repeat", here);
            }
            if matches!(atom, Node::Repeat { .. }) {
                return err("multiple repeat", here);
            }
            let mode = match self.peek() {
                Some('?') => {
                    self.i += 1;
                    RepeatMode::Lazy
                }
                Some('+') => {
                    self.i += 1;
                    RepeatMode::Possessive
                }
                _ => RepeatMode::Greedy,
            };
            atom = Node::Repeat {
                node: Box::new(atom),
                min,
                max,
                mode,
            };
            // A quantifier right after another is "multiple repeat".
            self.skip_verbose();
            if matches!(self.peek(), Some('*' | '+' | '?')) {
                return err("multiple repeat", self.i);
            }
            if self.peek() == Some('{') {
                let save = self.i;
                if self.parse_braces()?.is_some() {
                    return err("multiple repeat", save);
                }
                self.i = save;
            }
            return Ok(atom);
        }
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` at `self.i`; None (nothing consumed) if the brace
    /// is a literal.
    fn parse_braces(&mut self) -> PResult<Option<(usize, usize)>> {
        let start = self.i;
        let mut j = self.i + 1;
        let num = |j: &mut usize, s: &[char]| -> Option<String> {
            let b = *j;
            while *j < s.len() && s[*j].is_ascii_digit() {
                *j += 1;
            }
            (b < *j).then(|| s[b..*j].iter().collect())
        };
        let lo = num(&mut j, self.s);
        let mut hi = None;
        let mut comma = false;
        if self.s.get(j) == Some(&',') {
            comma = true;
            j += 1;
            hi = num(&mut j, self.s);
        }
        if self.s.get(j) != Some(&'}') || (lo.is_none() && !comma) {
            return Ok(None);
        }
        let parse = |t: &Option<String>, dflt: usize| -> PResult<usize> {
            match t {
                None => Ok(dflt),
                Some(t) => match t.parse::<usize>() {
                    Ok(n) if n < MAXREPEAT => Ok(n),
                    _ => err("the repetition number is too large", start + 1),
                },
            }
        };
        let min = parse(&lo, 0)?;
        let max = if comma { parse(&hi, MAXREPEAT)? } else { min };
        if max < min {
            return err("min repeat greater than max repeat", start + 1);
        }
        self.i = j + 1;
        Ok(Some((min, max)))
    }

    fn parse_atom(&mut self, depth: usize) -> PResult<Option<Node>> {
        let c = self.peek().expect("caller checked");
        let at = self.i;
        self.i += 1;
        Ok(Some(match c {
            '.' => Node::Any,
            '^' => Node::Assert(AssertKind::Bol),
            '$' => Node::Assert(AssertKind::Eol),
            '*' | '+' | '?' => return err("nothing to repeat", at),
            '{' => {
                self.i = at;
                if self.parse_braces()?.is_some() {
                    return err("nothing to repeat", at);
                }
                self.i = at + 1;
                Node::Char('{')
            }
            '[' => self.parse_class(at)?,
            '(' => return self.parse_group(at, depth),
            '\\' => self.parse_escape(at)?,
            c => Node::Char(c),
        }))
    }

    fn parse_group(&mut self, at: usize, depth: usize) -> PResult<Option<Node>> {
        let mut capture = true;
        let mut name = None;
        if self.peek() == Some('?') {
            self.i += 1;
            let Some(c) = self.peek() else {
                return err("unexpected end of pattern", self.i);
            };
            match c {
                ':' => {
                    self.i += 1;
                    capture = false;
                }
                'P' => {
                    self.i += 1;
                    match self.peek() {
                        Some('<') => {
                            self.i += 1;
                            name = Some(self.parse_name('>')?);
                        }
                        Some('=') => {
                            self.i += 1;
                            let nstart = self.i;
                            let n = self.parse_name(')')?;
                            if !is_identifier(&n) {
                                return err(format!("bad character in group name '{n}'"), nstart);
                            }
                            let Some(&(_, g)) = self.names.iter().find(|(x, _)| *x == n) else {
                                return err(format!("unknown group name '{n}'"), nstart);
                            };
                            if !self.closed.contains(&g) {
                                return err("cannot refer to an open group", nstart - 4);
                            }
                            return Ok(Some(Node::Backref(g)));
                        }
                        Some(c) => {
                            return err(format!("unknown extension ?P{c}"), self.i - 2);
                        }
                        None => return err("unexpected end of pattern", self.i),
                    }
                }
                '#' => {
                    while let Some(c) = self.peek() {
                        self.i += 1;
                        if c == ')' {
                            return Ok(None);
                        }
                    }
                    return err("missing ), unterminated comment", at);
                }
                '=' | '!' => {
                    self.i += 1;
                    let node = self.parse_alt(depth + 1)?;
                    self.close(at)?;
                    return Ok(Some(Node::Look {
                        node: Box::new(node),
                        ahead: true,
                        negate: c == '!',
                        width: 0,
                    }));
                }
                '<' => {
                    self.i += 1;
                    match self.peek() {
                        Some(k @ ('=' | '!')) => {
                            self.i += 1;
                            let node = self.parse_alt(depth + 1)?;
                            self.close(at)?;
                            let Some(width) = fixed_width(&node) else {
                                // CPython reports this one without a position.
                                return err("look-behind requires fixed-width pattern", NO_POS);
                            };
                            return Ok(Some(Node::Look {
                                node: Box::new(node),
                                ahead: false,
                                negate: k == '!',
                                width,
                            }));
                        }
                        Some(_) => {
                            // (?<name>...) is 3.12; 3.11 reports the extension.
                            let mut tok = self.peek().expect("checked").to_string();
                            if tok == "\\" {
                                if let Some(&n) = self.s.get(self.i + 1) {
                                    tok.push(n);
                                }
                            }
                            return err(format!("unknown extension ?<{tok}"), self.i - 2);
                        }
                        None => return err("unexpected end of pattern", self.i),
                    }
                }
                '>' => {
                    self.i += 1;
                    let node = self.parse_alt(depth + 1)?;
                    self.close(at)?;
                    return Ok(Some(Node::Atomic(Box::new(node))));
                }
                '(' => {
                    self.i += 1;
                    let rstart = self.i;
                    let r = self.parse_name(')')?;
                    let g = match r.parse::<usize>() {
                        Ok(g) => {
                            if g == 0 {
                                return err("bad group number", rstart);
                            }
                            g
                        }
                        Err(_) => match self.names.iter().find(|(x, _)| *x == r) {
                            Some(&(_, g)) => g,
                            None => return err(format!("unknown group name '{r}'"), rstart),
                        },
                    };
                    let yes = self.parse_seq(depth + 1)?;
                    let no = if self.peek() == Some('|') {
                        self.i += 1;
                        self.parse_seq(depth + 1)?
                    } else {
                        Node::Seq(vec![])
                    };
                    if self.peek() == Some('|') {
                        return err("conditional backref with more than two branches", self.i);
                    }
                    self.close(at)?;
                    if g > self.groups {
                        return err(format!("invalid group reference {g}"), rstart);
                    }
                    return Ok(Some(Node::Cond(g, Box::new(yes), Box::new(no))));
                }
                c if "aiLmsux-".contains(c) => {
                    return self.parse_inline_flags(at, depth);
                }
                '\\' => {
                    let next = self
                        .s
                        .get(self.i + 1)
                        .map_or(String::new(), |c| c.to_string());
                    return err(format!("unknown extension ?\\{next}"), self.i - 1);
                }
                c => return err(format!("unknown extension ?{c}"), self.i - 1),
            }
        }
        let index = if capture {
            self.groups += 1;
            let g = self.groups;
            if let Some(n) = name {
                if let Some(&(_, old)) = self.names.iter().find(|(x, _)| *x == n) {
                    return err(
                        format!("redefinition of group name '{n}' as group {g}; was group {old}"),
                        at + 4,
                    );
                }
                self.names.push((n, g));
            }
            Some(g)
        } else {
            None
        };
        let node = self.parse_alt(depth + 1)?;
        self.close(at)?;
        if let Some(g) = index {
            self.closed.push(g);
        }
        Ok(Some(Node::Group(index, Box::new(node))))
    }

    fn close(&mut self, at: usize) -> PResult<()> {
        if self.peek() != Some(')') {
            return err("missing ), unterminated subpattern", at);
        }
        self.i += 1;
        Ok(())
    }

    fn parse_name(&mut self, end: char) -> PResult<String> {
        let start = self.i;
        while let Some(c) = self.peek() {
            if c == end {
                let name: String = self.s[start..self.i].iter().collect();
                self.i += 1;
                if name.is_empty() {
                    return err("missing group name", start);
                }
                let ok = name
                    .chars()
                    .next()
                    .is_some_and(|c| c == '_' || c.is_alphabetic())
                    && name.chars().all(|c| c == '_' || c.is_alphanumeric());
                if !ok && !(end == ')' && name.chars().all(|c| c.is_ascii_digit())) {
                    return err(format!("bad character in group name '{name}'"), start);
                }
                return Ok(name);
            }
            self.i += 1;
        }
        if self.i == start {
            return err("missing group name", start);
        }
        // Scanned to the end: a trailing lone backslash is reported first (as the
        // tokenizer of CPython's parser does).
        let at_end = trailing_backslash(
            self.s,
            ParseError {
                msg: String::new(),
                pos: self.s.len(),
            },
        );
        if !at_end.msg.is_empty() {
            return Err(at_end);
        }
        err(format!("missing {end}, unterminated name"), start)
    }

    fn parse_inline_flags(&mut self, at: usize, depth: usize) -> PResult<Option<Node>> {
        let mut on = 0u32;
        let mut off = 0u32;
        let mut negative = false;
        loop {
            let Some(c) = self.peek() else {
                let msg = if !negative {
                    "missing -, : or )"
                } else if off == 0 {
                    "missing flag"
                } else {
                    "missing :"
                };
                return err(msg, self.i);
            };
            self.i += 1;
            if negative && !"imsxaLu:".contains(c) || negative && c == ':' && off == 0 {
                let msg = if c.is_alphabetic() {
                    "unknown flag"
                } else if off == 0 {
                    "missing flag"
                } else {
                    "missing :"
                };
                return err(msg, self.i - 1);
            }
            let f = match c {
                'i' => F_IGNORECASE,
                'm' => F_MULTILINE,
                's' => F_DOTALL,
                'x' => F_VERBOSE,
                'a' => F_ASCII,
                'u' => F_UNICODE,
                'L' => 4,
                '-' => {
                    if negative {
                        return err("missing flag", self.i - 1);
                    }
                    negative = true;
                    continue;
                }
                ')' => {
                    if negative {
                        return err("missing :", self.i - 1);
                    }
                    // A global flag: only allowed at the start.
                    if at != 0 {
                        return err("global flags not at the start of the expression", at);
                    }
                    self.flags |= on;
                    return Ok(None);
                }
                ':' => {
                    let saved = self.flags;
                    self.flags = (self.flags | on) & !off;
                    let node = self.parse_alt(depth + 1)?;
                    let scoped = self.flags;
                    self.flags = saved;
                    self.close(at)?;
                    return Ok(Some(Node::Flags(scoped, Box::new(node))));
                }
                c if c.is_alphabetic() => {
                    return err("unknown flag", self.i - 1);
                }
                _ => return err("missing -, : or )", self.i - 1),
            };
            if negative {
                off |= f;
            } else {
                on |= f;
            }
        }
    }

    fn parse_class(&mut self, at: usize) -> PResult<Node> {
        let mut items = Vec::new();
        let mut negate = false;
        if self.peek() == Some('^') {
            self.i += 1;
            negate = true;
        }
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return err("unterminated character set", at);
            };
            if c == ']' && !first {
                self.i += 1;
                break;
            }
            first = false;
            let cstart = self.i;
            let lo = self.class_atom()?;
            // A range?
            if self.peek() == Some('-') && self.s.get(self.i + 1).is_some_and(|&c| c != ']') {
                self.i += 1;
                let hi = self.class_atom()?;
                match (lo, hi) {
                    (ClassItem::Char(a), ClassItem::Char(b)) => {
                        if b < a {
                            let text: String = self.s[cstart..self.i].iter().collect();
                            return err(format!("bad character range {text}"), cstart);
                        }
                        items.push(ClassItem::Range(a, b));
                    }
                    _ => {
                        let text: String = self.s[cstart..self.i].iter().collect();
                        return err(format!("bad character range {text}"), cstart);
                    }
                }
            } else {
                items.push(lo);
            }
        }
        Ok(Node::Class(items, negate))
    }

    fn class_atom(&mut self) -> PResult<ClassItem> {
        let c = self.peek().expect("checked");
        self.i += 1;
        if c != '\\' {
            return Ok(ClassItem::Char(c));
        }
        let at = self.i - 1;
        let Some(e) = self.peek() else {
            return err("bad escape (end of pattern)", at);
        };
        self.i += 1;
        Ok(match e {
            'd' => ClassItem::Digit(false),
            'D' => ClassItem::Digit(true),
            's' => ClassItem::Space(false),
            'S' => ClassItem::Space(true),
            'w' => ClassItem::Word(false),
            'W' => ClassItem::Word(true),
            'b' => ClassItem::Char('\u{8}'),
            _ => {
                self.i -= 1;
                ClassItem::Char(self.simple_escape(at, true)?)
            }
        })
    }

    /// An escape that stands for one character (after the backslash, at `self.i`).
    fn simple_escape(&mut self, at: usize, in_class: bool) -> PResult<char> {
        let e = self.peek().expect("checked");
        self.i += 1;
        let hex = |p: &mut Self, n: usize| -> PResult<char> {
            let start = p.i;
            let mut end = start;
            while end < p.s.len() && end < start + n && p.s[end].is_ascii_hexdigit() {
                end += 1;
            }
            let digits: String = p.s[start..end].iter().collect();
            if digits.len() != n {
                let shown: String = p.s[at..end].iter().collect();
                return err(format!("incomplete escape {shown}"), at);
            }
            p.i += n;
            let v = u32::from_str_radix(&digits, 16).expect("hex");
            match char::from_u32(v) {
                Some(c) => Ok(c),
                None => {
                    let shown: String = p.s[at..p.i].iter().collect();
                    err(format!("bad escape {shown}"), at)
                }
            }
        };
        Ok(match e {
            'a' => '\u{7}',
            'f' => '\u{c}',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\u{b}',
            'x' => hex(self, 2)?,
            'u' if !self.is_bytes => hex(self, 4)?,
            'U' if !self.is_bytes => hex(self, 8)?,
            '0' => {
                let mut v = 0u32;
                let mut n = 0;
                while n < 2 && self.peek().is_some_and(|c| ('0'..='7').contains(&c)) {
                    v = v * 8 + (self.peek().expect("checked") as u32 - '0' as u32);
                    self.i += 1;
                    n += 1;
                }
                char::from_u32(v).expect("small")
            }
            '1'..='7' if in_class => {
                // Octal in a class: one to three digits.
                let mut v = e as u32 - '0' as u32;
                let mut n = 1;
                while n < 3 && self.peek().is_some_and(|c| ('0'..='7').contains(&c)) {
                    v = v * 8 + (self.peek().expect("checked") as u32 - '0' as u32);
                    self.i += 1;
                    n += 1;
                }
                if v > 0o377 {
                    let shown: String = self.s[at..self.i].iter().collect();
                    return err(
                        format!("octal escape value {shown} outside of range 0-0o377"),
                        at,
                    );
                }
                char::from_u32(v).expect("small")
            }
            c if c.is_ascii_alphanumeric() => {
                return err(format!("bad escape \\{c}"), at);
            }
            c => c,
        })
    }

    fn parse_escape(&mut self, at: usize) -> PResult<Node> {
        let Some(e) = self.peek() else {
            return err("bad escape (end of pattern)", at);
        };
        match e {
            'd' | 'D' | 's' | 'S' | 'w' | 'W' => {
                self.i += 1;
                let item = match e {
                    'd' => ClassItem::Digit(false),
                    'D' => ClassItem::Digit(true),
                    's' => ClassItem::Space(false),
                    'S' => ClassItem::Space(true),
                    'w' => ClassItem::Word(false),
                    _ => ClassItem::Word(true),
                };
                Ok(Node::Class(vec![item], false))
            }
            'A' => {
                self.i += 1;
                Ok(Node::Assert(AssertKind::StartText))
            }
            'Z' => {
                self.i += 1;
                Ok(Node::Assert(AssertKind::EndText))
            }
            'b' => {
                self.i += 1;
                Ok(Node::Assert(AssertKind::WordB))
            }
            'B' => {
                self.i += 1;
                Ok(Node::Assert(AssertKind::NotWordB))
            }
            '1'..='9' => {
                // A backreference (one or two digits), or a three-digit octal escape.
                let start = self.i;
                let mut j = self.i;
                while j < self.s.len() && j < start + 3 && self.s[j].is_ascii_digit() {
                    j += 1;
                }
                let digits: String = self.s[start..j].iter().collect();
                if digits.len() == 3 && digits.chars().all(|c| ('0'..='7').contains(&c)) {
                    let v = u32::from_str_radix(&digits, 8).expect("octal");
                    self.i = j;
                    if v > 0o377 {
                        return err(
                            format!("octal escape value \\{digits} outside of range 0-0o377"),
                            at,
                        );
                    }
                    return Ok(Node::Char(char::from_u32(v).expect("small")));
                }
                let n: String = digits.chars().take(2).collect();
                self.i = start + n.len();
                let g: usize = n.parse().expect("digits");
                if g > self.groups || !self.closed.contains(&g) {
                    if g <= self.groups {
                        return err("cannot refer to an open group", at);
                    }
                    return err(format!("invalid group reference {g}"), at + 1);
                }
                Ok(Node::Backref(g))
            }
            _ => Ok(Node::Char(self.simple_escape(at, false)?)),
        }
    }
}

fn is_identifier(n: &str) -> bool {
    n.chars()
        .next()
        .is_some_and(|c| c == '_' || c.is_alphabetic())
        && n.chars().all(|c| c == '_' || c.is_alphanumeric())
}

/// The fixed width of a look-behind body, if it has one.
fn fixed_width(n: &Node) -> Option<usize> {
    Some(match n {
        Node::Char(_) | Node::Any | Node::Class(..) => 1,
        Node::Assert(_) | Node::Look { .. } => 0,
        Node::Group(_, b) | Node::Atomic(b) | Node::Flags(_, b) => fixed_width(b)?,
        Node::Seq(v) => {
            let mut w = 0;
            for x in v {
                w += fixed_width(x)?;
            }
            w
        }
        Node::Alt(v) => {
            let w = fixed_width(&v[0])?;
            for x in &v[1..] {
                if fixed_width(x)? != w {
                    return None;
                }
            }
            w
        }
        Node::Repeat { node, min, max, .. } if min == max => fixed_width(node)? * min,
        Node::Cond(_, a, b) => {
            let w = fixed_width(a)?;
            if fixed_width(b)? != w {
                return None;
            }
            w
        }
        _ => return None,
    })
}

// ---- the program ------------------------------------------------------------------

/// A one-character test, with the flags that shape it.
#[derive(Clone, Debug)]
enum CharTest {
    Lit(char),
    /// Case-insensitive literal: its folded form.
    Fold(char),
    Any,
    AnyButNewline,
    Class {
        items: Vec<ClassItem>,
        negate: bool,
        fold: bool,
        ascii: bool,
        /// The whole test's answer for each ASCII character (bit c), precomputed: most
        /// subjects are ASCII, and walking the items per character was a third of a
        /// class-heavy search.
        ascii_map: [u64; 2],
    },
}

#[derive(Clone, Debug)]
enum Inst {
    Test(CharTest),
    /// Repeat a one-character test min..=max times (greedy, lazy or possessive).
    RepeatTest {
        test: CharTest,
        min: usize,
        max: usize,
        mode: RepeatMode,
    },
    Assert(AssertKind, bool /* multiline */, bool /* ascii */),
    /// Try the next instruction, on failure `alt`.
    Split(usize),
    /// Try `to` first, on failure the next instruction (lazy loops).
    SplitPrefer(usize),
    Jmp(usize),
    Save(usize),
    Backref(usize, bool /* fold */),
    /// Run sub-program `prog` at this position (ahead) or `width` before (behind).
    Look {
        prog: usize,
        ahead: bool,
        negate: bool,
        width: usize,
    },
    /// Run sub-program `prog` to its first solution and continue from its end.
    Atomic(usize),
    /// Continue only if group `g` took part; else jump to `no`.
    IfGroup(usize, usize),
    /// Empty-loop guard: remember the position in counter slot `slot`.
    Mark(usize),
    /// After a loop body: an iteration that consumed nothing since `Mark(mark)` ends
    /// the loop (jump to `exit`), as sre's MAX_UNTIL does — unless a counted loop
    /// (`count`: (counter slot, min)) still owes its minimum.
    Progress {
        mark: usize,
        exit: usize,
        count: Option<(usize, usize)>,
    },
    /// Counted loops too long to unroll: the iteration counter in mark slot `slot`.
    CountReset(usize),
    /// Count one more iteration; fail beyond `max`.
    CountInc(usize, usize),
    /// Leave the loop only after `min` iterations.
    CountAtLeast(usize, usize),
    Match,
}

struct Program {
    progs: Vec<Vec<Inst>>,
    groups: usize,
    names: Vec<(String, usize)>,
    marks: usize,
    /// A literal first character every match starts with (search skips ahead).
    first: Option<char>,
    /// The literal text every match starts with (its first character is `first`):
    /// search checks it before running the program at a candidate position.
    prefix: Vec<char>,
    /// The flags in force after global inline flags (`(?i)...`).
    flags: u32,
    /// Tests one of which the first character of any match passes (search skips
    /// the positions where none does); None when unknown or a match can be empty.
    first_tests: Option<Vec<CharTest>>,
    anchored: bool,
}

struct Compiler {
    progs: Vec<Vec<Inst>>,
    marks: usize,
}

impl Compiler {
    fn test_of(node: &Node, flags: u32) -> Option<CharTest> {
        let fold = flags & F_IGNORECASE != 0;
        let ascii = flags & F_ASCII != 0;
        Some(match node {
            Node::Char(c) if fold && fold_char(*c) != *c || fold && has_fold_partner(*c) => {
                CharTest::Fold(fold_char(*c))
            }
            Node::Char(c) => CharTest::Lit(*c),
            Node::Any if flags & F_DOTALL != 0 => CharTest::Any,
            Node::Any => CharTest::AnyButNewline,
            Node::Class(items, negate) => {
                let mut ascii_map = [0u64; 2];
                for c in 0u32..128 {
                    if class_test(items, *negate, fold, ascii, char::from(c as u8)) {
                        ascii_map[(c >> 6) as usize] |= 1 << (c & 63);
                    }
                }
                CharTest::Class {
                    items: items.clone(),
                    negate: *negate,
                    fold,
                    ascii,
                    ascii_map,
                }
            }
            _ => return None,
        })
    }

    fn emit(&mut self, p: usize, i: Inst) -> usize {
        self.progs[p].push(i);
        self.progs[p].len() - 1
    }

    fn here(&self, p: usize) -> usize {
        self.progs[p].len()
    }

    fn new_prog(&mut self) -> usize {
        self.progs.push(Vec::new());
        self.progs.len() - 1
    }

    fn compile(&mut self, p: usize, node: &Node, flags: u32) {
        if let Some(t) = Self::test_of(node, flags) {
            self.emit(p, Inst::Test(t));
            return;
        }
        match node {
            Node::Seq(v) => {
                for x in v {
                    self.compile(p, x, flags);
                }
            }
            Node::Alt(branches) => {
                let mut jumps = Vec::new();
                for (k, b) in branches.iter().enumerate() {
                    if k + 1 < branches.len() {
                        let split = self.emit(p, Inst::Split(0));
                        self.compile(p, b, flags);
                        jumps.push(self.emit(p, Inst::Jmp(0)));
                        let next = self.here(p);
                        self.progs[p][split] = Inst::Split(next);
                    } else {
                        self.compile(p, b, flags);
                    }
                }
                let end = self.here(p);
                for j in jumps {
                    self.progs[p][j] = Inst::Jmp(end);
                }
            }
            Node::Group(idx, b) => {
                if let Some(g) = idx {
                    self.emit(p, Inst::Save(2 * g));
                    self.compile(p, b, flags);
                    self.emit(p, Inst::Save(2 * g + 1));
                } else {
                    self.compile(p, b, flags);
                }
            }
            Node::Flags(f, b) => self.compile(p, b, *f),
            Node::Assert(k) => {
                self.emit(
                    p,
                    Inst::Assert(*k, flags & F_MULTILINE != 0, flags & F_ASCII != 0),
                );
            }
            Node::Backref(g) => {
                self.emit(p, Inst::Backref(*g, flags & F_IGNORECASE != 0));
            }
            Node::Look {
                node,
                ahead,
                negate,
                width,
            } => {
                let sub = self.new_prog();
                self.compile(sub, node, flags);
                self.emit(sub, Inst::Match);
                self.emit(
                    p,
                    Inst::Look {
                        prog: sub,
                        ahead: *ahead,
                        negate: *negate,
                        width: *width,
                    },
                );
            }
            Node::Atomic(b) => {
                let sub = self.new_prog();
                self.compile(sub, b, flags);
                self.emit(sub, Inst::Match);
                self.emit(p, Inst::Atomic(sub));
            }
            Node::Cond(g, yes, no) => {
                let test = self.emit(p, Inst::IfGroup(*g, 0));
                self.compile(p, yes, flags);
                let j = self.emit(p, Inst::Jmp(0));
                let no_at = self.here(p);
                self.compile(p, no, flags);
                let end = self.here(p);
                self.progs[p][test] = Inst::IfGroup(*g, no_at);
                self.progs[p][j] = Inst::Jmp(end);
            }
            Node::Repeat {
                node,
                min,
                max,
                mode,
            } => self.compile_repeat(p, node, *min, *max, *mode, flags),
            Node::Char(_) | Node::Any | Node::Class(..) => unreachable!("tests handled above"),
        }
    }

    fn compile_repeat(
        &mut self,
        p: usize,
        node: &Node,
        min: usize,
        max: usize,
        mode: RepeatMode,
        flags: u32,
    ) {
        if let Some(test) = Self::test_of(strip_group(node), flags) {
            if !matches!(node, Node::Group(Some(_), _)) {
                self.emit(
                    p,
                    Inst::RepeatTest {
                        test,
                        min,
                        max,
                        mode,
                    },
                );
                return;
            }
        }
        if mode == RepeatMode::Possessive {
            let sub = self.new_prog();
            self.compile_repeat(sub, node, min, max, RepeatMode::Greedy, flags);
            self.emit(sub, Inst::Match);
            self.emit(p, Inst::Atomic(sub));
            return;
        }
        let greedy = mode == RepeatMode::Greedy;
        // Unroll small counts; loop with a counter beyond (a body of thousands of
        // copies would only cost memory).
        const UNROLL: usize = 16;
        if min > UNROLL || (max != MAXREPEAT && max - min > UNROLL) {
            let (count, slot) = (self.marks, self.marks + 1);
            self.marks += 2;
            self.emit(p, Inst::CountReset(count));
            let top = self.here(p);
            let split = self.emit(p, Inst::Split(0));
            self.emit(p, Inst::CountInc(count, max));
            self.emit(p, Inst::Mark(slot));
            self.compile(p, node, flags);
            // Empty iterations count toward `min` but end the loop after it.
            let progress = self.emit(p, Inst::Jmp(0));
            self.emit(p, Inst::Jmp(top));
            let exit = self.here(p);
            self.emit(p, Inst::CountAtLeast(count, min));
            self.progs[p][progress] = Inst::Progress {
                mark: slot,
                exit: exit + 1,
                count: Some((count, min)),
            };
            self.progs[p][split] = if greedy {
                Inst::Split(exit)
            } else {
                Inst::SplitPrefer(exit)
            };
            return;
        }
        for _ in 0..min {
            self.compile(p, node, flags);
        }
        if max == MAXREPEAT {
            // loop: Split(exit) / Mark; body; Progress; Jmp loop
            let slot = self.marks;
            self.marks += 1;
            let top = self.here(p);
            let split = self.emit(p, Inst::Split(0));
            self.emit(p, Inst::Mark(slot));
            self.compile(p, node, flags);
            let progress = self.emit(p, Inst::Jmp(0));
            self.emit(p, Inst::Jmp(top));
            let end = self.here(p);
            self.progs[p][progress] = Inst::Progress {
                mark: slot,
                exit: end,
                count: None,
            };
            self.progs[p][split] = if greedy {
                Inst::Split(end)
            } else {
                Inst::SplitPrefer(end)
            };
        } else {
            // Each optional copy: an empty iteration ends the repeat (as sre's).
            let mut splits = Vec::new();
            let mut progresses = Vec::new();
            for _ in min..max {
                splits.push(self.emit(p, Inst::Split(0)));
                let slot = self.marks;
                self.marks += 1;
                self.emit(p, Inst::Mark(slot));
                self.compile(p, node, flags);
                progresses.push((self.emit(p, Inst::Jmp(0)), slot));
            }
            let end = self.here(p);
            for s in splits {
                self.progs[p][s] = if greedy {
                    Inst::Split(end)
                } else {
                    Inst::SplitPrefer(end)
                };
            }
            for (at, slot) in progresses {
                self.progs[p][at] = Inst::Progress {
                    mark: slot,
                    exit: end,
                    count: None,
                };
            }
        }
    }
}

fn strip_group(n: &Node) -> &Node {
    match n {
        Node::Group(None, b) => strip_group(b),
        n => n,
    }
}

/// Simple case folding (what IGNORECASE compares).
fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        // Characters whose lowercase CPython's sre also folds together.
        '\u{17f}' => 's',
        '\u{212a}' => 'k',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

fn has_fold_partner(c: char) -> bool {
    c.to_uppercase().next().is_some_and(|u| u != c) || matches!(c, 's' | 'k' | 'S' | 'K')
}

fn is_word(c: char, ascii: bool) -> bool {
    if c.is_ascii() || ascii {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    super::str::is_alpha_char(c) || super::str::is_numeric_char(c) || super::str::is_digit_char(c)
}

fn is_space(c: char, ascii: bool) -> bool {
    if c.is_ascii() || ascii {
        return matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}');
    }
    super::str::py_isspace(c)
}

fn is_digit(c: char, ascii: bool) -> bool {
    if c.is_ascii() || ascii {
        return c.is_ascii_digit();
    }
    super::str::is_decimal_char(c)
}

fn class_has(items: &[ClassItem], c: char, ascii: bool) -> bool {
    items.iter().any(|it| match *it {
        ClassItem::Char(x) => x == c,
        ClassItem::Range(a, b) => a <= c && c <= b,
        ClassItem::Digit(neg) => is_digit(c, ascii) != neg,
        ClassItem::Space(neg) => is_space(c, ascii) != neg,
        ClassItem::Word(neg) => is_word(c, ascii) != neg,
    })
}

impl CharTest {
    #[inline]
    fn test(&self, c: char) -> bool {
        match self {
            CharTest::Lit(x) => *x == c,
            CharTest::Fold(x) => fold_char(c) == *x,
            CharTest::Any => true,
            CharTest::AnyButNewline => c != '\n',
            CharTest::Class {
                items,
                negate,
                fold,
                ascii,
                ascii_map,
            } => {
                let n = c as u32;
                if n < 128 {
                    return ascii_map[(n >> 6) as usize] >> (n & 63) & 1 != 0;
                }
                class_test(items, *negate, *fold, *ascii, c)
            }
        }
    }
}

/// A character class's answer for `c` (items, negation, case folding).
fn class_test(items: &[ClassItem], negate: bool, fold: bool, ascii: bool, c: char) -> bool {
    let mut hit = class_has(items, c, ascii);
    if !hit && fold {
        let f = fold_char(c);
        let u = c.to_uppercase().next().unwrap_or(c);
        hit = class_has(items, f, ascii) || class_has(items, u, ascii);
    }
    hit != negate
}

// ---- the VM -----------------------------------------------------------------------

enum Frame {
    /// Resume at `pc` with `pos`, after undoing the log to `undo`.
    Branch { pc: usize, pos: usize, undo: usize },
    /// A greedy single-char repeat that matched up to `count`; try one fewer.
    Greedy {
        pc: usize,
        start: usize,
        count: usize,
        min: usize,
        undo: usize,
    },
    /// A lazy single-char repeat at `count`; try one more.
    Lazy {
        pc: usize,
        start: usize,
        count: usize,
        max: usize,
        test: usize,
        undo: usize,
    },
}

/// A subject's unit: a byte (ASCII str or bytes, matched without conversion) or a
/// char.
trait Unit: Copy {
    fn ch(self) -> char;
}
impl Unit for u8 {
    #[inline(always)]
    fn ch(self) -> char {
        self as char
    }
}
impl Unit for char {
    #[inline(always)]
    fn ch(self) -> char {
        self
    }
}

struct Matcher<'a, T: Unit> {
    prog: &'a Program,
    text: &'a [T],
    end: usize,
    caps: Vec<isize>,
    marks: Vec<usize>,
    /// (slot, old value): captures (slot < caps.len()) and marks (offset).
    undo: Vec<(usize, isize)>,
    /// Where a match of the main program must end (fullmatch), if anywhere.
    require_end: Option<usize>,
    /// A position where the main program may not end (an empty match right after
    /// the previous one: finditer/sub/split's rule).
    forbid_end: Option<usize>,
}

impl<'a, T: Unit> Matcher<'a, T> {
    fn set_cap(&mut self, slot: usize, v: isize) {
        self.undo.push((slot, self.caps[slot]));
        self.caps[slot] = v;
    }

    fn set_mark(&mut self, slot: usize, v: usize) {
        let k = self.caps.len() + slot;
        self.undo.push((k, self.marks[slot] as isize));
        self.marks[slot] = v;
    }

    fn rollback(&mut self, to: usize) {
        while self.undo.len() > to {
            let (slot, old) = self.undo.pop().expect("nonempty");
            if slot < self.caps.len() {
                self.caps[slot] = old;
            } else {
                self.marks[slot - self.caps.len()] = old as usize;
            }
        }
    }

    fn assert(&self, k: AssertKind, multiline: bool, ascii: bool, pos: usize) -> bool {
        let t = self.text;
        match k {
            AssertKind::StartText => pos == 0,
            AssertKind::EndText => pos == t.len(),
            AssertKind::Bol => pos == 0 || (multiline && t[pos - 1].ch() == '\n'),
            AssertKind::Eol => {
                pos == t.len()
                    || (pos + 1 == t.len() && t[pos].ch() == '\n')
                    || (multiline && t[pos].ch() == '\n')
            }
            AssertKind::WordB | AssertKind::NotWordB => {
                let before = pos > 0 && is_word(t[pos - 1].ch(), ascii);
                let after = pos < t.len() && is_word(t[pos].ch(), ascii);
                (before != after) == (k == AssertKind::WordB)
            }
        }
    }

    /// How many characters from `pos` on pass `test`, at most `limit`.
    #[inline]
    fn scan(&self, test: &CharTest, pos: usize, limit: usize) -> usize {
        let avail = self.end.saturating_sub(pos).min(limit);
        self.text[pos..pos + avail]
            .iter()
            .position(|&c| !test.test(c.ch()))
            .unwrap_or(avail)
    }

    /// Run program `p` from `pc` at `pos`; the end position of the first solution.
    fn run(&mut self, p: usize, pos: usize) -> Option<usize> {
        let code = &self.prog.progs[p];
        let mut stack: Vec<Frame> = Vec::new();
        let (mut pc, mut pos) = (0usize, pos);
        'outer: loop {
            let ok = match &code[pc] {
                Inst::Match => {
                    if p == 0
                        && (self.require_end.is_some_and(|e| e != pos)
                            || self.forbid_end == Some(pos))
                    {
                        false
                    } else {
                        return Some(pos);
                    }
                }
                Inst::Test(t) => {
                    if pos < self.end && t.test(self.text[pos].ch()) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::RepeatTest {
                    test,
                    min,
                    max,
                    mode,
                } => {
                    let start = pos;
                    match mode {
                        RepeatMode::Lazy => {
                            let n = self.scan(test, pos, *min);
                            pos += n;
                            if n < *min {
                                false
                            } else {
                                stack.push(Frame::Lazy {
                                    pc: pc + 1,
                                    start,
                                    count: n,
                                    max: *max,
                                    test: pc,
                                    undo: self.undo.len(),
                                });
                                pc += 1;
                                true
                            }
                        }
                        _ => {
                            let n = self.scan(test, pos, *max);
                            pos += n;
                            if n < *min {
                                false
                            } else {
                                if *mode == RepeatMode::Greedy && n > *min {
                                    stack.push(Frame::Greedy {
                                        pc: pc + 1,
                                        start,
                                        count: n,
                                        min: *min,
                                        undo: self.undo.len(),
                                    });
                                }
                                pc += 1;
                                true
                            }
                        }
                    }
                }
                Inst::Assert(k, ml, ascii) => {
                    if self.assert(*k, *ml, *ascii, pos) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Split(alt) => {
                    stack.push(Frame::Branch {
                        pc: *alt,
                        pos,
                        undo: self.undo.len(),
                    });
                    pc += 1;
                    true
                }
                Inst::SplitPrefer(to) => {
                    stack.push(Frame::Branch {
                        pc: pc + 1,
                        pos,
                        undo: self.undo.len(),
                    });
                    pc = *to;
                    true
                }
                Inst::Jmp(to) => {
                    pc = *to;
                    true
                }
                Inst::Save(slot) => {
                    self.set_cap(*slot, pos as isize);
                    if slot % 2 == 1 {
                        // A group closed: it is the lastindex now.
                        let last = self.caps.len() - 1;
                        self.set_cap(last, (*slot / 2) as isize);
                    }
                    pc += 1;
                    true
                }
                Inst::CountReset(slot) => {
                    self.set_mark(*slot, 0);
                    pc += 1;
                    true
                }
                Inst::CountInc(slot, max) => {
                    let n = self.marks[*slot] + 1;
                    if n > *max {
                        false
                    } else {
                        self.set_mark(*slot, n);
                        pc += 1;
                        true
                    }
                }
                Inst::CountAtLeast(slot, min) => {
                    if self.marks[*slot] >= *min {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Mark(slot) => {
                    self.set_mark(*slot, pos);
                    pc += 1;
                    true
                }
                Inst::Progress { mark, exit, count } => {
                    let owed = count.is_some_and(|(c, min)| self.marks[c] < min);
                    if pos > self.marks[*mark] || owed {
                        pc += 1;
                    } else {
                        pc = *exit;
                    }
                    true
                }
                Inst::Backref(g, fold) => {
                    let (s, e) = (self.caps[2 * g], self.caps[2 * g + 1]);
                    if s < 0 || e < 0 {
                        false
                    } else {
                        let (s, e) = (s as usize, e as usize);
                        let len = e - s;
                        if pos + len > self.end {
                            false
                        } else {
                            let same = (0..len).all(|k| {
                                let (a, b) = (self.text[s + k].ch(), self.text[pos + k].ch());
                                a == b || (*fold && fold_char(a) == fold_char(b))
                            });
                            if same {
                                pos += len;
                                pc += 1;
                            }
                            same
                        }
                    }
                }
                Inst::IfGroup(g, no) => {
                    if self.caps[2 * g] >= 0 && self.caps[2 * g + 1] >= 0 {
                        pc += 1;
                    } else {
                        pc = *no;
                    }
                    true
                }
                Inst::Look {
                    prog,
                    ahead,
                    negate,
                    width,
                } => {
                    let (prog, ahead, negate, width) = (*prog, *ahead, *negate, *width);
                    let undo = self.undo.len();
                    let hit = if ahead {
                        self.run(prog, pos).is_some()
                    } else if pos >= width {
                        self.run(prog, pos - width) == Some(pos)
                    } else {
                        false
                    };
                    if negate {
                        self.rollback(undo);
                    }
                    if hit != negate {
                        pc += 1;
                        true
                    } else {
                        self.rollback(undo);
                        false
                    }
                }
                Inst::Atomic(prog) => match self.run(*prog, pos) {
                    Some(e) => {
                        pos = e;
                        pc += 1;
                        true
                    }
                    None => false,
                },
            };
            if ok {
                continue;
            }
            // Backtrack.
            loop {
                let Some(f) = stack.pop() else {
                    return None;
                };
                match f {
                    Frame::Branch {
                        pc: p2,
                        pos: q,
                        undo,
                    } => {
                        self.rollback(undo);
                        pc = p2;
                        pos = q;
                        continue 'outer;
                    }
                    Frame::Greedy {
                        pc: p2,
                        start,
                        count,
                        min,
                        undo,
                    } => {
                        self.rollback(undo);
                        let n = count - 1;
                        if n > min {
                            stack.push(Frame::Greedy {
                                pc: p2,
                                start,
                                count: n,
                                min,
                                undo,
                            });
                        }
                        pc = p2;
                        pos = start + n;
                        continue 'outer;
                    }
                    Frame::Lazy {
                        pc: p2,
                        start,
                        count,
                        max,
                        test,
                        undo,
                    } => {
                        self.rollback(undo);
                        let at = start + count;
                        let Inst::RepeatTest { test: t, .. } = &code[test] else {
                            unreachable!()
                        };
                        if count < max && at < self.end && t.test(self.text[at].ch()) {
                            stack.push(Frame::Lazy {
                                pc: p2,
                                start,
                                count: count + 1,
                                max,
                                test,
                                undo,
                            });
                            pc = p2;
                            pos = at + 1;
                            continue 'outer;
                        }
                    }
                }
            }
        }
    }
}

// ---- compiling and caching ----------------------------------------------------------

type CacheKey = (String, bool, u32);
static CACHE: std::sync::LazyLock<parking_lot::Mutex<HashMap<CacheKey, Arc<Program>>>> =
    std::sync::LazyLock::new(|| parking_lot::Mutex::new(HashMap::new()));
/// CPython's re cache holds 512 patterns.
const MAX_CACHE: usize = 512;

/// The pattern argument as chars (bytes as Latin-1 chars).
fn pattern_chars(vm: &mut Vm, p: Value) -> PyResult<(Vec<char>, String, bool)> {
    if is_str(p) {
        let s = ops::str_of(p);
        return Ok((s.chars().collect(), s.to_string(), false));
    }
    if let Some(b) = super::bytes::bytes_of(p) {
        let chars: Vec<char> = b.iter().map(|&x| x as char).collect();
        let key: String = chars.iter().collect();
        return Ok((chars, key, true));
    }
    Err(vm.type_error(format!(
        "first argument must be string or compiled pattern, not {}",
        ops::type_name(p)
    )))
}

/// A ParseError position meaning "none" (the message gets no "at position N").
const NO_POS: usize = usize::MAX;
/// Groups nested deeper than this raise RecursionError (CPython's parser, recursive
/// in Python, does so somewhere between 100 and 500 levels).
const MAX_NESTING: usize = 200;
/// The ParseError message that stands for RecursionError.
const RECURSION: &str = "maximum recursion depth exceeded";

fn raise_parse_error(vm: &mut Vm, e: ParseError, pattern: Value) -> Raised {
    if e.msg == RECURSION && e.pos == NO_POS {
        return vm.raise_msg(rt().excs.recursion_error, RECURSION);
    }
    let msg = if e.pos == NO_POS {
        e.msg.clone()
    } else {
        format!("{} at position {}", e.msg, e.pos)
    };
    let exc = ops::new_exception(*ERROR.get().expect("installed"), &[ops::new_string(msg)]);
    let set = |k: &str, v: Value| {
        let eo = exc.cast::<ExcObj>();
        let d = crate::ops::ensure_attr_dict(&mut eo.dict);
        set_str_key(d, k, v);
    };
    set("msg", ops::new_string(e.msg));
    set("pattern", pattern);
    set(
        "pos",
        if e.pos == NO_POS {
            Value::NONE
        } else {
            int(e.pos as i64)
        },
    );
    vm.set_exc(exc)
}

thread_local! {
    /// Programs by pattern object (address and flags), checked against the pattern's
    /// text: a match call on a known pattern neither copies nor hashes its text.
    static BY_OBJECT: std::cell::RefCell<HashMap<(u64, u32), (Arc<Program>, Box<[u8]>)>> =
        std::cell::RefCell::new(HashMap::new());
}

/// The pattern's text as bytes (a str's UTF-8 or the bytes), if it is either.
fn pattern_text(p: Value) -> Option<&'static [u8]> {
    if is_str(p) {
        return Some(ops::str_of(p).as_bytes());
    }
    super::bytes::bytes_of(p)
}

fn get_program(vm: &mut Vm, pattern: Value, flags: u32) -> PyResult<Arc<Program>> {
    // The kind is part of the key: a str and a bytes pattern may share address and
    // text over time, and compile differently.
    let key = (pattern.0, flags | ((!is_str(pattern) as u32) << 31));
    if let Some(text) = pattern_text(pattern) {
        let hit = BY_OBJECT.with(|m| {
            m.borrow()
                .get(&key)
                .filter(|(_, t)| **t == *text)
                .map(|(p, _)| p.clone())
        });
        if let Some(p) = hit {
            return Ok(p);
        }
    }
    let prog = get_program_by_text(vm, pattern, flags)?;
    if let Some(text) = pattern_text(pattern) {
        BY_OBJECT.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() >= MAX_CACHE {
                m.clear();
            }
            m.insert(key, (prog.clone(), text.into()));
        });
    }
    Ok(prog)
}

fn get_program_by_text(vm: &mut Vm, pattern: Value, flags: u32) -> PyResult<Arc<Program>> {
    let (chars, key, is_bytes) = pattern_chars(vm, pattern)?;
    let ck = (key, is_bytes, flags);
    if let Some(p) = CACHE.lock().get(&ck) {
        return Ok(p.clone());
    }
    if is_bytes && flags & F_UNICODE != 0 {
        return Err(vm.value_error("cannot use UNICODE flag with a bytes pattern".into()));
    }
    if flags & F_UNICODE != 0 && flags & F_ASCII != 0 {
        return Err(vm.value_error("ASCII and UNICODE flags are incompatible".into()));
    }
    let mut flags = flags;
    if is_bytes {
        flags |= F_ASCII;
    }
    let mut p = Parser {
        s: &chars,
        i: 0,
        flags,
        groups: 0,
        names: Vec::new(),
        closed: Vec::new(),
        is_bytes,
    };
    let ast = match p.parse_alt(0) {
        Ok(a) => a,
        Err(e) => {
            return Err(raise_parse_error(
                vm,
                trailing_backslash(&chars, e),
                pattern,
            ))
        }
    };
    if p.i < chars.len() {
        // A ')' left over.
        return Err(raise_parse_error(
            vm,
            ParseError {
                msg: "unbalanced parenthesis".into(),
                pos: p.i,
            },
            pattern,
        ));
    }
    let flags = p.flags;
    let mut c = Compiler {
        progs: vec![Vec::new()],
        marks: 0,
    };
    c.compile(0, &ast, flags);
    c.emit(0, Inst::Match);
    let (first, anchored) = prefix_info(&ast, flags);
    let mut prefix = Vec::new();
    literal_prefix(&ast, flags, &mut prefix);
    if first.is_none() || prefix.first() != first.as_ref() {
        prefix.clear();
    }
    let prog = Arc::new(Program {
        prefix,
        progs: c.progs,
        groups: p.groups,
        names: p.names,
        marks: c.marks,
        first,
        anchored,
        flags,
        first_tests: first_tests(&ast, flags),
    });
    let mut cache = CACHE.lock();
    if cache.len() >= MAX_CACHE {
        cache.clear();
    }
    cache.insert(ck, prog.clone());
    Ok(prog)
}

/// The tests one of which a match's first character must pass (see
/// `Program::first_tests`).
fn first_tests(n: &Node, flags: u32) -> Option<Vec<CharTest>> {
    match n {
        Node::Char(_) | Node::Class(..) => Compiler::test_of(n, flags).map(|t| vec![t]),
        Node::Group(_, b) | Node::Atomic(b) => first_tests(b, flags),
        Node::Flags(f, b) => first_tests(b, *f),
        Node::Seq(v) => v.first().and_then(|x| first_tests(x, flags)),
        Node::Repeat { node, min, .. } if *min > 0 => first_tests(node, flags),
        Node::Alt(branches) => {
            let mut all = Vec::new();
            for b in branches {
                all.extend(first_tests(b, flags)?);
            }
            Some(all)
        }
        _ => None,
    }
}

/// CPython's tokenizer reads one token ahead, so a pattern ending in a lone
/// backslash reports "bad escape (end of pattern)" as soon as the token before it is
/// consumed: that error replaces any found from there on.
fn trailing_backslash(chars: &[char], e: ParseError) -> ParseError {
    // Token starts: a backslash takes the next character with it.
    let (mut i, mut prev, mut last) = (0, 0, None);
    while i < chars.len() {
        if chars[i] == '\\' && i + 1 == chars.len() {
            last = Some((prev, i));
            break;
        }
        prev = i;
        i += if chars[i] == '\\' { 2 } else { 1 };
    }
    match last {
        Some((before, at)) if e.pos != NO_POS && e.pos >= before => ParseError {
            msg: "bad escape (end of pattern)".into(),
            pos: at,
        },
        _ => e,
    }
}

/// A literal first character of every match, and whether matches start only at the
/// beginning of the text (`\A`, or `^` without MULTILINE).
/// Push the literal characters a match of `n` starts with; true if all of `n` is such
/// literal text (so what follows it continues the prefix).
fn literal_prefix(n: &Node, flags: u32, out: &mut Vec<char>) -> bool {
    match n {
        Node::Char(c) if flags & F_IGNORECASE == 0 => {
            out.push(*c);
            true
        }
        Node::Seq(v) => v.iter().all(|x| literal_prefix(x, flags, out)),
        Node::Group(_, b) => literal_prefix(b, flags, out),
        Node::Flags(f, b) => literal_prefix(b, *f, out),
        _ => false,
    }
}

fn prefix_info(n: &Node, flags: u32) -> (Option<char>, bool) {
    match n {
        Node::Char(c) if flags & F_IGNORECASE == 0 => (Some(*c), false),
        Node::Assert(AssertKind::StartText) => (None, true),
        Node::Assert(AssertKind::Bol) if flags & F_MULTILINE == 0 => (None, true),
        Node::Seq(v) => v.first().map_or((None, false), |x| prefix_info(x, flags)),
        Node::Group(_, b) => prefix_info(b, flags),
        Node::Flags(f, b) => prefix_info(b, *f),
        Node::Repeat { node, min, .. } if *min > 0 => prefix_info(node, flags),
        _ => (None, false),
    }
}

fn compile(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "compile", 2, 2)?;
    let flags = index_i64(vm, a.pos[1])? as u32;
    let prog = get_program(vm, a.pos[0], flags)?;
    let d = rt::new_dict();
    for (name, g) in &prog.names {
        set_str_key(d, name, int(*g as i64));
    }
    Ok(ops::new_tuple(vec![
        int(prog.groups as i64),
        d,
        int(prog.flags as i64),
    ]))
}

fn purge(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "purge")?;
    CACHE.lock().clear();
    BY_OBJECT.with(|m| m.borrow_mut().clear());
    Ok(Value::NONE)
}

thread_local! {
    /// The chars of the last non-ASCII subject (by str identity and length), so a
    /// finditer over one string decodes it once.
    static SUBJECT: std::cell::RefCell<(u64, usize, std::rc::Rc<[char]>)> =
        std::cell::RefCell::new((0, 0, std::rc::Rc::from(Vec::new())));
}

/// match(pattern, flags, string, pos, endpos, mode, must_advance): mode 0 match,
/// 1 search, 2 fullmatch.
/// A subject's text as the matcher reads it: ASCII strs and bytes as bytes, in place;
/// other strs as chars (cached per thread for the last subject).
enum Subject<'a> {
    Bytes(&'a [u8]),
    Chars(std::rc::Rc<[char]>),
}

impl Subject<'_> {
    fn len(&self) -> usize {
        match self {
            Subject::Bytes(b) => b.len(),
            Subject::Chars(c) => c.len(),
        }
    }
}

fn subject_text(vm: &mut Vm, pattern: Value, subject: Value) -> PyResult<Subject<'static>> {
    let pattern_is_bytes = !is_str(pattern);
    if is_str(subject) {
        if pattern_is_bytes {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object".into()));
        }
        let s = ops::str_of(subject);
        // ASCII iff one byte per char (O(1): a scan per call made a tokenizer matching
        // at successive positions of one long string quadratic).
        if subject.cast::<StrObj>().nchars != s.len() {
            let key = subject.ptr_bits();
            return Ok(Subject::Chars(SUBJECT.with(|c| {
                let mut c = c.borrow_mut();
                if c.0 != key || c.1 != s.len() {
                    *c = (key, s.len(), s.chars().collect());
                }
                c.2.clone()
            })));
        }
        Ok(Subject::Bytes(s.as_bytes()))
    } else if let Some(b) = super::bytes::bytes_of(subject) {
        if !pattern_is_bytes {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object".into()));
        }
        Ok(Subject::Bytes(b))
    } else {
        Err(vm.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            ops::type_name(subject)
        )))
    }
}

/// `search` on a subject's text up to `endpos`.
fn search_subject(
    prog: &Program,
    text: &Subject<'_>,
    endpos: usize,
    pos: usize,
    mode: i64,
    must_advance: bool,
) -> Option<Vec<isize>> {
    match text {
        Subject::Chars(c) => search(prog, &c[..endpos], pos, mode, must_advance),
        Subject::Bytes(b) => search(prog, &b[..endpos], pos, mode, must_advance),
    }
}

/// The program and subject text of a `match`/`scan` call (pattern, flags, string, ...).
fn program_and_subject(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    nargs: usize,
) -> PyResult<(Arc<Program>, Subject<'static>)> {
    check_pos(vm, a, name, nargs, nargs)?;
    let flags = index_i64(vm, a.pos[1])? as u32;
    let prog = get_program(vm, a.pos[0], flags)?;
    let text = subject_text(vm, a.pos[0], a.pos[2])?;
    Ok((prog, text))
}

fn do_match(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (prog, text) = program_and_subject(vm, a, "match", 7)?;
    let n = text.len() as i64;
    let clamp = |v: i64| -> usize { v.clamp(0, n) as usize };
    let pos = clamp(index_i64(vm, a.pos[3])?);
    let endpos = clamp(index_i64(vm, a.pos[4])?);
    let mode = index_i64(vm, a.pos[5])?;
    let must_advance = ops::truthy(vm, a.pos[6])?;
    if endpos < pos {
        return Ok(Value::NONE);
    }
    Ok(
        match search_subject(&prog, &text, endpos, pos, mode, must_advance) {
            Some(v) => ops::new_list(v.into_iter().map(|c| int(c as i64)).collect()),
            None => Value::NONE,
        },
    )
}

/// `_sre.scan(pattern, flags, string, pos, endpos, limit)`: every match `finditer`
/// would find (the first `limit`; 0: all), as one flat list of each match's group
/// spans followed by its lastindex (what `match` answers for one), for findall, split
/// and sub, which then need no Match object per match.
fn do_scan(vm: &mut Vm, _: Value, a: &Args) -> R {
    let (prog, text) = program_and_subject(vm, a, "scan", 6)?;
    // CPython's bounds: both clamped to the text; no match at all unless pos <= endpos.
    let n = text.len() as i64;
    let pos = index_i64(vm, a.pos[3])?.clamp(0, n);
    let endpos = index_i64(vm, a.pos[4])?.clamp(0, n);
    let limit = index_i64(vm, a.pos[5])?;
    let mut out = Vec::new();
    if pos > endpos {
        return Ok(ops::new_list(out));
    }
    let (mut pos, endpos) = (pos as usize, endpos as usize);
    let mut must_advance = false;
    let mut found = 0;
    while pos <= endpos && (limit <= 0 || found < limit) {
        let Some(spans) = search_subject(&prog, &text, endpos, pos, 1, must_advance) else {
            break;
        };
        let (s, e) = (spans[0] as usize, spans[1] as usize);
        out.extend(spans.iter().map(|&c| int(c as i64)));
        found += 1;
        pos = e;
        must_advance = s == e;
    }
    Ok(ops::new_list(out))
}

/// Run `prog` on `text` (ending at endpos) from `pos`: the group spans and lastindex
/// of the first match (mode 0: at `pos`; 1: anywhere from `pos`; 2: all of the rest).
fn search<T: Unit>(
    prog: &Program,
    text: &[T],
    pos: usize,
    mode: i64,
    must_advance: bool,
) -> Option<Vec<isize>> {
    let endpos = text.len();
    // Group spans, then lastindex.
    let ncaps = 2 * (prog.groups + 1) + 1;
    let mut m = Matcher {
        prog,
        text,
        end: endpos,
        caps: vec![-1; ncaps],
        marks: vec![0; prog.marks],
        undo: Vec::new(),
        require_end: (mode == 2).then_some(endpos),
        forbid_end: None,
    };
    let mut start = pos;
    loop {
        if mode == 1 && !prog.anchored {
            if let Some(fc) = prog.first {
                match m.text[start..].iter().position(|&c| c.ch() == fc) {
                    Some(k) => start += k,
                    None => return None,
                }
                // The rest of the literal prefix must follow, or no match starts here.
                let rest = &prog.prefix.get(1..).unwrap_or(&[]);
                if !rest.is_empty() {
                    let there = m.text.get(start + 1..start + 1 + rest.len());
                    if !there.is_some_and(|t| t.iter().zip(rest.iter()).all(|(a, b)| a.ch() == *b))
                    {
                        if start >= endpos {
                            return None;
                        }
                        start += 1;
                        continue;
                    }
                }
            } else if let Some(tests) = &prog.first_tests {
                let found = m.text[start..]
                    .iter()
                    .position(|&c| tests.iter().any(|t| t.test(c.ch())));
                match found {
                    Some(k) => start += k,
                    None => return None,
                }
            }
        }
        m.caps.iter_mut().for_each(|c| *c = -1);
        m.undo.clear();
        m.forbid_end = (must_advance && start == pos).then_some(start);
        if let Some(e) = m.run(0, start) {
            m.caps[0] = start as isize;
            m.caps[1] = e as isize;
            return Some(m.caps);
        }
        if mode != 1 || prog.anchored || start >= endpos {
            return None;
        }
        start += 1;
    }
}
