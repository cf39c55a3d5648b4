//! "Did you mean" suggestions for uncaught `AttributeError` and `NameError`
//! (CPython 3.11's Python/suggestions.c): the closest candidate name by a
//! case-aware Levenshtein distance, appended to the exception's last line as
//! `. Did you mean: 'NAME'?`. Computed only when the exception is displayed.

use crate::interp::Vm;
use crate::object::{DictObj, ExcObj, StrObj};
use crate::ops;
use crate::rt::rt;
use crate::value::Value;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The cost of turning byte `a` into byte `b`: free, a case flip, or a move.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` on UTF-8 bytes: common affixes trimmed, one row
/// updated in place, and anything above `max_cost` reported as `max_cost + 1`.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        (a, b) = (&a[1..], &b[1..]);
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        (a, b) = (&a[..a.len() - 1], &b[..b.len() - 1]);
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        (a, b) = (b, a);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row = [0usize; MAX_STRING_SIZE];
    for (i, cell) in row.iter_mut().take(a.len()).enumerate() {
        *cell = (i + 1) * MOVE_COST;
    }
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// CPython's `calculate_suggestions`: the first closest str among `candidates`, if
/// any is close enough (no more than about a third of the characters changed).
fn closest(candidates: &[Value], name: &str) -> Option<Value> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(Value, usize)> = None;
    for &item in candidates {
        let Some(s) = item.get::<StrObj>() else {
            continue;
        };
        let item_str: &str = &s.s;
        if item_str == name {
            continue;
        }
        let mut max_distance = (name.len() + item_str.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            // Don't take matches already beaten.
            max_distance = max_distance.min(d - 1);
        }
        let d = levenshtein(name.as_bytes(), item_str.as_bytes(), max_distance);
        if d <= max_distance && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(v, _)| v)
}

fn dict_keys(d: Value) -> Vec<Value> {
    d.get::<DictObj>()
        .map(|d| d.table.iter().map(|e| e.key).collect())
        .unwrap_or_default()
}

/// The builtins' names, with the lazy builtins not installed yet (`LAZY_BUILTINS`).
fn builtin_names() -> Vec<Value> {
    let mut names = dict_keys(rt().builtins);
    for &(n, _) in crate::ops::LAZY_BUILTINS {
        let v = crate::rt::intern(n);
        if !names.contains(&v) {
            names.push(v);
        }
    }
    names
}

/// An exception attribute set by the runtime or the constructor (`name`, `obj`).
fn own_attr(exc: Value, name: &str) -> Option<Value> {
    let d = exc.get::<ExcObj>()?.dict;
    if d.is_null() {
        return None;
    }
    crate::builtins::exceptions::dict_lookup_str(d, name)
}

/// The suggestion for an uncaught `exc`, as CPython 3.11's `_Py_Offer_Suggestions`
/// (only the interpreter's display offers them; 3.11's traceback module does not):
/// for an AttributeError (exactly that class) the closest name in `dir(obj)`; for a
/// NameError the closest of the innermost traceback frame's local variable names,
/// else of its globals, else of the builtins.
pub fn suggestion(vm: &mut Vm, exc: Value) -> Option<String> {
    let e = exc.get::<ExcObj>()?;
    let x = &rt().excs;
    if e.cls != x.attribute_error && e.cls != x.name_error {
        return None;
    }
    let name = own_attr(exc, "name").filter(|n| n.get::<StrObj>().is_some())?;
    let name_str = ops::str_of(name).to_string();
    let found = if e.cls == x.attribute_error {
        let obj = own_attr(exc, "obj")?;
        // dir() may run Python code (`__dir__`) and fail: then no suggestion, and its
        // exception is dropped, as CPython does.
        let saved = vm.take_exc();
        let dir_fn = crate::builtins::exceptions::dict_lookup_str(rt().builtins, "dir")?;
        let names = vm
            .call(dir_fn, &[obj], &[])
            .and_then(|d| ops::collect_iterable(vm, d));
        vm.exc = saved;
        closest(&names.ok()?, &name_str)
    } else {
        let tb = e.traceback.first()?;
        let code = &tb.code.get::<crate::object::CodeObj>()?.code;
        closest(&code.varnames, &name_str)
            .or_else(|| closest(&dict_keys(tb.globals), &name_str))
            .or_else(|| closest(&builtin_names(), &name_str))
    };
    found.map(|v| ops::str_of(v).to_string())
}

#[cfg(test)]
mod tests {
    use super::levenshtein;

    #[test]
    fn distances_match_cpython() {
        // Values from CPython's test_traceback / _levenshtein_distance.
        assert_eq!(levenshtein(b"apend", b"append", 100), 2);
        assert_eq!(levenshtein(b"valeu", b"value", 100), 4);
        assert_eq!(levenshtein(b"Value", b"value", 100), 1);
        assert_eq!(levenshtein(b"abc", b"abc", 100), 0);
        assert_eq!(levenshtein(b"", b"abc", 100), 6);
        assert_eq!(levenshtein(b"abcdef", b"uvwxyz", 3), 4);
    }
}
