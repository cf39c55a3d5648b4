//! Exception groups (PEP 654): the builtin classes `BaseExceptionGroup` and
//! `ExceptionGroup`, their construction rules (argument checks, a BaseExceptionGroup of
//! Exceptions becoming an ExceptionGroup, no BaseExceptions nested in an
//! ExceptionGroup), `message`, `exceptions`, `str()`, `derive`, `split` and
//! `subgroup`. `except*` is not compiled yet (a SyntaxError says so).

use super::*;

static CLASSES: std::sync::OnceLock<(Value, Value)> = std::sync::OnceLock::new();

/// (BaseExceptionGroup, ExceptionGroup).
pub(crate) fn classes() -> (Value, Value) {
    *CLASSES.get().expect("exception groups installed")
}

pub(crate) fn install(builtins: Value) {
    let x = &rt().excs;
    let beg = rt::new_class("BaseExceptionGroup", &[x.base_exception], Layout::Exception);
    let eg = rt::new_class("ExceptionGroup", &[beg, x.exception], Layout::Exception);
    // C3 over (BaseExceptionGroup, Exception); new_class follows the first base only.
    let object = *x
        .base_exception
        .cast::<ClassObj>()
        .mro
        .last()
        .expect("object");
    eg.cast::<ClassObj>().mro = vec![eg, beg, x.exception, x.base_exception, object];
    set_str_key(builtins, "BaseExceptionGroup", beg);
    set_str_key(builtins, "ExceptionGroup", eg);
    CLASSES.set((beg, eg)).ok();
    add_methods(
        beg,
        &[("derive", derive), ("split", split), ("subgroup", subgroup)],
    );
    ctors::add_property(beg, "message", message);
    ctors::add_property(beg, "exceptions", exceptions);
}

/// Whether `cls` is an exception-group class.
pub(crate) fn is_group_class(cls: Value) -> bool {
    CLASSES
        .get()
        .is_some_and(|&(beg, _)| ops::is_subclass(cls, beg))
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)` (positional arguments
/// `pos`): the checks, then the instance — of ExceptionGroup when `cls` is
/// BaseExceptionGroup and every exception is an Exception.
pub(crate) fn new_group(vm: &mut Vm, cls: Value, pos: &[Value]) -> PyResult<Value> {
    let (cls, excs) = check_new(vm, cls, pos)?;
    let e = super::exceptions::new_exc_instance(cls, pos);
    finish_new(e, pos[0], excs);
    Ok(e)
}

fn check_new(vm: &mut Vm, cls: Value, pos: &[Value]) -> PyResult<(Value, Value)> {
    let (beg, eg) = classes();
    if pos.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        )));
    }
    let (msg, seq) = (pos[0], pos[1]);
    if !is_str(msg) {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            ops::type_name(msg)
        )));
    }
    let items: Vec<Value> = match (seq.get::<ListObj>(), seq.get::<TupleObj>()) {
        (Some(l), _) => l.items.to_vec(),
        (_, Some(t)) => t.items.to_vec(),
        _ if ops::is_user_obj(seq)
            && ops::user_special(seq, crate::sym!("__getitem__")).is_some() =>
        {
            ops::collect_iterable(vm, seq)?
        }
        _ => return Err(vm.type_error("second argument (exceptions) must be a sequence".into())),
    };
    if items.is_empty() {
        return Err(
            vm.value_error("second argument (exceptions) must be a non-empty sequence".into())
        );
    }
    let mut all_exceptions = true;
    for (i, &e) in items.iter().enumerate() {
        if !e.is_kind(ObjKind::Exc) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        all_exceptions &= ops::isinstance_class(e, rt().excs.exception);
    }
    let cls = if cls == beg && all_exceptions {
        eg
    } else {
        cls
    };
    if !all_exceptions && ops::is_subclass(cls, rt().excs.exception) {
        return Err(vm.type_error(if cls == eg {
            "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
        } else {
            format!(
                "Cannot nest BaseExceptions in '{}'",
                ops::str_of(cls.cast::<ClassObj>().name)
            )
        }));
    }
    Ok((cls, ops::new_tuple(items)))
}

/// Remember the group's message and exceptions tuple.
fn finish_new(e: Value, msg: Value, excs: Value) {
    if let Some(eo) = e.get::<ExcObj>() {
        eo.group = ops::new_tuple(vec![msg, excs]);
    }
}

/// The group's (message, exceptions tuple), NONE for an exception that is not one.
fn stored(e: Value, key: &str) -> Value {
    let Some(eo) = e.get::<ExcObj>() else {
        return Value::NONE;
    };
    if key == "__notes__" {
        return Some(eo.dict)
            .filter(|d| !d.is_null())
            .and_then(|d| super::exceptions::dict_lookup_str(d, key))
            .unwrap_or(Value::NONE);
    }
    match eo.group.get::<TupleObj>() {
        Some(t) if key == "__eg_message__" => t.items[0],
        Some(t) => t.items[1],
        None => Value::NONE,
    }
}

/// `str(eg)`: "message (N sub-exceptions)".
pub(crate) fn group_str(e: Value) -> String {
    let msg = stored(e, "__eg_message__");
    let n = stored(e, "__eg_exceptions__")
        .get::<TupleObj>()
        .map_or(0, |t| t.items.len());
    let msg = if is_str(msg) { ops::str_of(msg) } else { "" };
    format!("{msg} ({n} sub-exception{})", if n == 1 { "" } else { "s" })
}

fn recv_group(vm: &mut Vm, recv: Value, what: &str) -> PyResult<()> {
    if recv.is_kind(ObjKind::Exc) && is_group_class(ops::type_of(recv)) {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "descriptor '{what}' requires a 'BaseExceptionGroup' object but received a '{}'",
        ops::type_name(recv)
    )))
}

fn message(vm: &mut Vm, _: Value, a: &Args) -> R {
    let recv = one_arg(vm, a, "message")?;
    recv_group(vm, recv, "message")?;
    Ok(stored(recv, "__eg_message__"))
}

fn exceptions(vm: &mut Vm, _: Value, a: &Args) -> R {
    let recv = one_arg(vm, a, "exceptions")?;
    recv_group(vm, recv, "exceptions")?;
    Ok(stored(recv, "__eg_exceptions__"))
}

/// `derive(excs)`: a BaseExceptionGroup with this message (an ExceptionGroup if every
/// exception is an Exception).
fn derive(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_group(vm, recv, "derive")?;
    let excs = one_arg(vm, a, "derive")?;
    let msg = stored(recv, "__eg_message__");
    vm.call(classes().0, &[msg, excs], &[])
}

/// What `split`/`subgroup` match with.
enum Matcher {
    /// An exception class or a tuple of them.
    Types(Value),
    Predicate(Value),
}

fn matcher(vm: &mut Vm, cond: Value) -> PyResult<Matcher> {
    let is_exc_class =
        |c: Value| c.is_kind(ObjKind::Class) && ops::is_subclass(c, rt().excs.base_exception);
    if is_exc_class(cond)
        || cond
            .get::<TupleObj>()
            .is_some_and(|t| t.items.iter().all(|&c| is_exc_class(c)))
    {
        return Ok(Matcher::Types(cond));
    }
    if ops::is_callable(cond) && !cond.is_kind(ObjKind::Class) {
        return Ok(Matcher::Predicate(cond));
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types".into()))
}

fn matches(vm: &mut Vm, m: &Matcher, e: Value) -> PyResult<bool> {
    match *m {
        Matcher::Types(t) => match t.get::<TupleObj>() {
            Some(tt) => Ok(tt.items.iter().any(|&c| ops::isinstance_class(e, c))),
            None => Ok(ops::isinstance_class(e, t)),
        },
        Matcher::Predicate(f) => {
            let r = vm.call1(f, e)?;
            ops::truthy(vm, r)
        }
    }
}

/// `eg.derive(items)` with eg's traceback, cause, context and notes copied over.
fn derive_like(vm: &mut Vm, eg: Value, items: Vec<Value>) -> PyResult<Value> {
    let list = ops::new_list(items);
    let derive = ops::getattr(vm, eg, crate::sym!("derive"))?;
    let new = vm.call1(derive, list)?;
    if let (Some(src), Some(dst)) = (eg.get::<ExcObj>(), new.get::<ExcObj>()) {
        dst.traceback = src.traceback.clone();
        dst.cause = src.cause;
        dst.context = src.context;
        dst.suppress_context = src.suppress_context;
        let notes = stored(eg, "__notes__");
        if !notes.is_none() {
            let d = crate::ops::ensure_attr_dict(&mut dst.dict);
            set_str_key(d, "__notes__", notes);
        }
    }
    Ok(new)
}

/// The recursive split: (matching part, rest) of group `eg`, each None when empty;
/// the rest only when `with_rest`.
fn split_rec(vm: &mut Vm, eg: Value, m: &Matcher, with_rest: bool) -> PyResult<(Value, Value)> {
    if matches(vm, m, eg)? {
        return Ok((eg, Value::NONE));
    }
    let items = stored(eg, "__eg_exceptions__");
    let items: Vec<Value> = items
        .get::<TupleObj>()
        .map(|t| t.items.to_vec())
        .unwrap_or_default();
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for e in items {
        if e.is_kind(ObjKind::Exc) && is_group_class(ops::type_of(e)) {
            let (a, b) = split_rec(vm, e, m, with_rest)?;
            if !a.is_none() {
                matched.push(a);
            }
            if !b.is_none() {
                rest.push(b);
            }
        } else if matches(vm, m, e)? {
            matched.push(e);
        } else if with_rest {
            rest.push(e);
        }
    }
    // Keep the parts alive across derive's calls into Python.
    let keep = ops::new_list(matched.iter().chain(rest.iter()).copied().collect());
    vm.roots.push(keep);
    let r = (|| {
        let a = if matched.is_empty() {
            Value::NONE
        } else {
            derive_like(vm, eg, matched)?
        };
        vm.roots.push(a);
        let b = if rest.is_empty() {
            Value::NONE
        } else {
            derive_like(vm, eg, rest)?
        };
        vm.roots.pop();
        Ok((a, b))
    })();
    vm.roots.pop();
    r
}

fn split(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_group(vm, recv, "split")?;
    let cond = one_arg(vm, a, "split")?;
    let m = matcher(vm, cond)?;
    let (x, y) = split_rec(vm, recv, &m, true)?;
    Ok(ops::new_tuple(vec![x, y]))
}

fn subgroup(vm: &mut Vm, recv: Value, a: &Args) -> R {
    recv_group(vm, recv, "subgroup")?;
    let cond = one_arg(vm, a, "subgroup")?;
    let m = matcher(vm, cond)?;
    Ok(split_rec(vm, recv, &m, false)?.0)
}
