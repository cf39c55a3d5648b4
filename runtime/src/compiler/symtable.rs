//! Scope analysis: which names are local, cell, free or global in each scope.
//!
//! Scopes are keyed by the source range of the node that opens them (function,
//! lambda, comprehension), so the code generator can find a scope again while it
//! walks the same tree.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Comprehension,
    /// A class body: its names live in the namespace dict (LoadName/StoreName) and
    /// are invisible to nested functions.
    Class,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NameKind {
    Local,
    Cell,
    Free,
    Global,
    /// Class-body name: namespace dict, then globals, then builtins.
    Name,
}

pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    /// Parameters in order (positional-only, positional, *args, keyword-only, **kwargs
    /// is handled by codegen ordering; here: all names in declaration order).
    pub params: Vec<String>,
    /// Names bound in this scope, in first-binding order.
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    pub used: Vec<String>,
    used_set: HashSet<String>,
    pub globals: HashSet<String>,
    /// The top scope of exec/eval code: names are namespace-dict names.
    pub names_in_dict: bool,
    pub nonlocals: HashSet<String>,
    /// Where each nonlocal was declared (for "no binding for nonlocal" errors).
    pub nonlocal_at: HashMap<String, TextRange>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Uses `super` or `__class__`: needs the enclosing class's `__class__` cell.
    pub uses_class_cell: bool,
    /// Results of resolution.
    pub kinds: HashMap<String, NameKind>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            params: vec![],
            bound: vec![],
            bound_set: HashSet::new(),
            used: vec![],
            used_set: HashSet::new(),
            globals: HashSet::new(),
            names_in_dict: false,
            nonlocals: HashSet::new(),
            nonlocal_at: HashMap::new(),
            is_generator: false,
            is_coroutine: false,
            uses_class_cell: false,
            kinds: HashMap::new(),
            cellvars: vec![],
            freevars: vec![],
        }
    }
    fn bind(&mut self, n: &str) {
        if self.bound_set.insert(n.to_string()) {
            self.bound.push(n.to_string());
        }
    }
    fn use_(&mut self, n: &str) {
        if self.used_set.insert(n.to_string()) {
            self.used.push(n.to_string());
        }
    }
    pub fn kind_of(&self, n: &str) -> NameKind {
        match self.kind {
            // exec/eval code: its names live in the namespace dict, unless declared global.
            ScopeKind::Module if self.names_in_dict && !self.globals.contains(n) => NameKind::Name,
            ScopeKind::Module => NameKind::Global,
            ScopeKind::Class => self.kinds.get(n).copied().unwrap_or(NameKind::Name),
            _ => self.kinds.get(n).copied().unwrap_or(NameKind::Global),
        }
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_range: HashMap<TextRange, usize>,
}

pub struct SymError {
    pub msg: String,
    pub range: TextRange,
}

struct Builder {
    scopes: Vec<Scope>,
    by_range: HashMap<TextRange, usize>,
    cur: usize,
    err: Option<SymError>,
    /// `from __future__ import annotations`: function annotations stay strings, so
    /// their names are not references.
    future_annotations: bool,
}

/// Whether a module body has `from __future__ import annotations`.
pub fn has_future_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| {
        matches!(s, Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.id.as_str() == "__future__")
            && i.names.iter().any(|a| a.name.id.as_str() == "annotations"))
    })
}

/// The symbol table of a module's `body` (`names_in_dict`: exec/eval code, whose
/// top-level names live in a namespace dict).
pub fn build(body: &[Stmt], names_in_dict: bool) -> Result<SymbolTable, SymError> {
    let mut top = Scope::new(ScopeKind::Module, None);
    top.names_in_dict = names_in_dict;
    let mut b = Builder {
        scopes: vec![top],
        by_range: HashMap::new(),
        cur: 0,
        err: None,
        future_annotations: has_future_annotations(body),
    };
    for s in body {
        b.stmt(s);
    }
    if let Some(e) = b.err {
        return Err(e);
    }
    let mut t = SymbolTable {
        scopes: b.scopes,
        by_range: b.by_range,
    };
    t.resolve()?;
    Ok(t)
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }
    fn error(&mut self, msg: String, range: TextRange) {
        if self.err.is_none() {
            self.err = Some(SymError { msg, range });
        }
    }
    fn push(&mut self, kind: ScopeKind, range: TextRange) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.cur)));
        self.by_range.insert(range, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s)
        }
    }

    fn params(&mut self, p: &ast::Parameters) {
        // defaults and annotations are evaluated in the enclosing scope (done by caller)
        let names: Vec<(String, TextRange)> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .map(|a| (a.parameter.name.id.to_string(), a.parameter.name.range))
            .chain(
                p.kwonlyargs
                    .iter()
                    .map(|a| (a.parameter.name.id.to_string(), a.parameter.name.range)),
            )
            .chain(
                p.vararg
                    .iter()
                    .map(|a| (a.name.id.to_string(), a.name.range)),
            )
            .chain(
                p.kwarg
                    .iter()
                    .map(|a| (a.name.id.to_string(), a.name.range)),
            )
            .collect();
        let mut seen = HashSet::new();
        for (n, at) in names {
            if !seen.insert(n.clone()) {
                self.error(
                    format!("duplicate argument '{n}' in function definition"),
                    at,
                );
            }
            self.scope().params.push(n.clone());
            self.scope().bind(&n);
        }
    }

    fn param_defaults(&mut self, p: &ast::Parameters) {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                self.param_defaults(&f.parameters);
                if !self.future_annotations {
                    // Evaluated at the definition, in the enclosing scope.
                    for a in annotations_of(&f.parameters) {
                        self.expr(a);
                    }
                    if let Some(r) = &f.returns {
                        self.expr(r);
                    }
                }
                self.scope().bind(&f.name.id);
                let prev = self.push(ScopeKind::Function, f.range);
                self.scope().is_coroutine = f.is_async;
                self.params(&f.parameters);
                self.stmts(&f.body);
                self.cur = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value);
                    }
                }
                self.scope().bind(&c.name.id);
                let prev = self.push(ScopeKind::Class, c.range);
                self.scope().params.push(".ns".into());
                self.stmts(&c.body);
                self.cur = prev;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.target(t)
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.scope().use_(&n.id);
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                    self.target(&a.target);
                } else if let Expr::Name(n) = &*a.target {
                    if self.scope().kind != ScopeKind::Module {
                        self.scope().bind(&n.id);
                    }
                }
                // Module and class bodies evaluate a simple target's annotation (codegen
                // stores it in __annotations__): its lambdas and comprehensions are scopes.
                if a.simple && matches!(self.scope().kind, ScopeKind::Module | ScopeKind::Class) {
                    self.expr(&a.annotation);
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v)
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(_) => {}
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)
                }
                if let Some(c) = &r.cause {
                    self.expr(c)
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)
                    }
                    if let Some(n) = &h.name {
                        self.scope().bind(&n.id);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m)
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = match &a.asname {
                        Some(x) => x.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.scope().bind(&n);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    if n.id.as_str() != "*" {
                        self.scope().bind(&n.id);
                    }
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = n.id.to_string();
                    if self.scope().bound_set.contains(&name)
                        || self.scope().used_set.contains(&name)
                    {
                        let what = if self.scope().params.contains(&name) {
                            "parameter and global"
                        } else {
                            ""
                        };
                        if !what.is_empty() {
                            self.error(format!("name '{name}' is parameter and global"), g.range);
                        } else if self.scope().bound_set.contains(&name) {
                            self.error(
                                format!("name '{name}' is assigned to before global declaration"),
                                g.range,
                            );
                        } else {
                            self.error(
                                format!("name '{name}' is used prior to global declaration"),
                                g.range,
                            );
                        }
                    }
                    self.scope().globals.insert(name);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.scope().kind == ScopeKind::Module {
                    self.error(
                        "nonlocal declaration not allowed at module level".into(),
                        g.range,
                    );
                }
                for n in &g.names {
                    let name = n.id.to_string();
                    if self.scope().params.contains(&name) {
                        self.error(format!("name '{name}' is parameter and nonlocal"), g.range);
                    } else if self.scope().bound_set.contains(&name) {
                        self.error(
                            format!("name '{name}' is assigned to before nonlocal declaration"),
                            g.range,
                        );
                    }
                    self.scope().nonlocal_at.insert(name.clone(), g.range);
                    self.scope().nonlocals.insert(name);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {}
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.scope().bind(&n.id),
            Expr::Tuple(x) => {
                for e in &x.elts {
                    self.target(e)
                }
            }
            Expr::List(x) => {
                for e in &x.elts {
                    self.target(e)
                }
            }
            Expr::Starred(s) => self.target(&s.value),
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            other => self.expr(other),
        }
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
        is_gen: bool,
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(g0) = gens.first() {
            self.expr(&g0.iter);
        }
        let prev = self.push(ScopeKind::Comprehension, range);
        self.scope().params.push(".0".into());
        self.scope().bind(".0");
        self.scope().is_generator = is_gen;
        if let Some(g) = gens.iter().find(|g| g.is_async) {
            self.async_comprehension(g.range);
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c)
            }
        }
        for e in elts {
            self.expr(e)
        }
        self.cur = prev;
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                if n.ctx == ast::ExprContext::Load {
                    if (n.id.as_str() == "super" || n.id.as_str() == "__class__")
                        && matches!(
                            self.scope().kind,
                            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
                        )
                    {
                        self.scope().uses_class_cell = true;
                    }
                    self.scope().use_(&n.id)
                } else {
                    self.scope().bind(&n.id)
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    // A walrus in a comprehension binds in the enclosing function.
                    let mut s = self.cur;
                    while self.scopes[s].kind == ScopeKind::Comprehension {
                        self.scopes[s].use_(&t.id);
                        s = self.scopes[s].parent.unwrap();
                    }
                    self.scopes[s].bind(&t.id);
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p);
                }
                let prev = self.push(ScopeKind::Lambda, l.range);
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.expr(&l.body);
                self.cur = prev;
            }
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], false),
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], false),
            Expr::Generator(c) => self.comprehension(c.range, &c.generators, &[&c.elt], true),
            Expr::DictComp(c) => {
                let mut v: Vec<&Expr> = vec![];
                if let Some(k) = &c.key {
                    v.push(k)
                }
                v.push(&c.value);
                self.comprehension(c.range, &c.generators, &v, false)
            }
            Expr::Yield(y) => {
                self.mark_generator(e.range());
                if let Some(v) = &y.value {
                    self.expr(v)
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(e.range());
                self.expr(&y.value)
            }
            Expr::Await(a) => {
                if self.scope().kind == ScopeKind::Comprehension && self.scope().is_generator {
                    // A generator expression with `await` is an async generator (any
                    // function may make one, as in CPython 3.11).
                    self.scope().is_coroutine = true;
                } else if self.scope().kind == ScopeKind::Comprehension {
                    self.async_comprehension(a.range);
                }
                self.expr(&a.value)
            }
            _ => walk_children(e, |c| self.expr(c)),
        }
    }

    /// `await` or `async for` in the current comprehension: allowed inside an async
    /// function, where this comprehension and the ones around it become coroutines the
    /// enclosing function awaits.
    fn async_comprehension(&mut self, range: TextRange) {
        let mut s = self.cur;
        while self.scopes[s].kind == ScopeKind::Comprehension {
            self.scopes[s].is_coroutine = true;
            s = self.scopes[s].parent.unwrap();
        }
        if !self.scopes[s].is_coroutine {
            self.error(
                "asynchronous comprehension outside of an asynchronous function".into(),
                range,
            );
        }
    }

    fn mark_generator(&mut self, range: TextRange) {
        match self.scope().kind {
            ScopeKind::Module => self.error("'yield' outside function".into(), range),
            ScopeKind::Comprehension => {
                self.error("'yield' inside list comprehension".into(), range)
            }
            _ => self.scope().is_generator = true,
        }
    }
}

/// Visit the direct child expressions of `e` (for node kinds without scoping rules).
pub fn walk_children(e: &Expr, mut f: impl FnMut(&Expr)) {
    use ast::InterpolatedStringElement as E;
    fn fstring_elems(els: &ast::InterpolatedStringElements, f: &mut dyn FnMut(&Expr)) {
        for el in els.iter() {
            if let E::Interpolation(i) = el {
                f(&i.expression);
                if let Some(spec) = &i.format_spec {
                    fstring_elems(&spec.elements, f);
                }
            }
        }
    }
    match e {
        Expr::BoolOp(b) => b.values.iter().for_each(f),
        Expr::BinOp(b) => {
            f(&b.left);
            f(&b.right)
        }
        Expr::UnaryOp(u) => f(&u.operand),
        Expr::If(i) => {
            f(&i.test);
            f(&i.body);
            f(&i.orelse)
        }
        Expr::Dict(d) => {
            for it in &d.items {
                if let Some(k) = &it.key {
                    f(k)
                }
                f(&it.value)
            }
        }
        Expr::Set(s) => s.elts.iter().for_each(f),
        Expr::Compare(c) => {
            f(&c.left);
            c.comparators.iter().for_each(f)
        }
        Expr::Call(c) => {
            f(&c.func);
            c.arguments.args.iter().for_each(&mut f);
            c.arguments.keywords.iter().for_each(|k| f(&k.value))
        }
        Expr::FString(s) => {
            for part in s.value.iter() {
                if let ast::FStringPart::FString(fs) = part {
                    fstring_elems(&fs.elements, &mut f);
                }
            }
        }
        Expr::Attribute(a) => f(&a.value),
        Expr::Subscript(s) => {
            f(&s.value);
            f(&s.slice)
        }
        Expr::Starred(s) => f(&s.value),
        Expr::List(l) => l.elts.iter().for_each(f),
        Expr::Tuple(t) => t.elts.iter().for_each(f),
        Expr::Slice(s) => {
            for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                f(x)
            }
        }
        Expr::Named(n) => {
            f(&n.target);
            f(&n.value)
        }
        Expr::Await(a) => f(&a.value),
        Expr::Yield(y) => {
            if let Some(v) = &y.value {
                f(v)
            }
        }
        Expr::YieldFrom(y) => f(&y.value),
        _ => {}
    }
}

impl SymbolTable {
    fn resolve(&mut self) -> Result<(), SymError> {
        for id in 0..self.scopes.len() {
            if self.scopes[id].kind == ScopeKind::Module {
                continue;
            }
            let names: Vec<String> = {
                let s = &self.scopes[id];
                let mut v: Vec<String> = s.bound.clone();
                for u in &s.used {
                    if !s.bound_set.contains(u) {
                        v.push(u.clone());
                    }
                }
                for n in &s.nonlocals {
                    if !v.contains(n) {
                        v.push(n.clone())
                    }
                }
                v
            };
            for n in names {
                let kind = {
                    let s = &self.scopes[id];
                    if s.kind == ScopeKind::Class
                        && !s.globals.contains(&n)
                        && !s.nonlocals.contains(&n)
                    {
                        // Bound in the class body, or not free in an enclosing function:
                        // a namespace-dict name.
                        if s.bound_set.contains(&n) || self.find_enclosing(id, &n).is_none() {
                            NameKind::Name
                        } else {
                            NameKind::Free
                        }
                    } else if s.globals.contains(&n) {
                        NameKind::Global
                    } else if s.nonlocals.contains(&n) {
                        match self.find_enclosing(id, &n) {
                            Some(_) => NameKind::Free,
                            None => {
                                return Err(SymError {
                                    msg: format!("no binding for nonlocal '{n}' found"),
                                    range: s.nonlocal_at.get(&n).copied().unwrap_or_default(),
                                })
                            }
                        }
                    } else if s.bound_set.contains(&n) {
                        NameKind::Local
                    } else if self.find_enclosing(id, &n).is_some() {
                        NameKind::Free
                    } else {
                        NameKind::Global
                    }
                };
                self.scopes[id].kinds.insert(n.clone(), kind);
                if kind == NameKind::Free {
                    // Mark the defining scope's variable as a cell, and every scope in
                    // between as passing it through as a free variable.
                    let def = self.find_enclosing(id, &n).unwrap();
                    let mut s = self.scopes[id].parent.unwrap();
                    while s != def {
                        self.scopes[s].kinds.insert(n.clone(), NameKind::Free);
                        s = self.scopes[s].parent.unwrap();
                    }
                    self.scopes[def].kinds.insert(n.clone(), NameKind::Cell);
                }
            }
        }
        // Implicit `__class__` cells for zero-argument super().
        for id in 0..self.scopes.len() {
            if !self.scopes[id].uses_class_cell {
                continue;
            }
            let mut chain = vec![id];
            let mut p = self.scopes[id].parent;
            let mut class_scope = None;
            while let Some(s) = p {
                if self.scopes[s].kind == ScopeKind::Class {
                    class_scope = Some(s);
                    break;
                }
                chain.push(s);
                p = self.scopes[s].parent;
            }
            if let Some(c) = class_scope {
                for s in chain {
                    self.scopes[s]
                        .kinds
                        .insert("__class__".into(), NameKind::Free);
                }
                self.scopes[c]
                    .kinds
                    .insert("__class__".into(), NameKind::Cell);
            }
        }
        // Cell/free lists in a stable order.
        for s in &mut self.scopes {
            let mut cells: Vec<String> = s
                .kinds
                .iter()
                .filter(|(_, k)| **k == NameKind::Cell)
                .map(|(n, _)| n.clone())
                .collect();
            let mut frees: Vec<String> = s
                .kinds
                .iter()
                .filter(|(_, k)| **k == NameKind::Free)
                .map(|(n, _)| n.clone())
                .collect();
            cells.sort();
            frees.sort();
            s.cellvars = cells;
            s.freevars = frees;
        }
        Ok(())
    }

    /// The nearest enclosing function scope that binds `n` (not via global).
    fn find_enclosing(&self, id: usize, n: &str) -> Option<usize> {
        let mut p = self.scopes[id].parent;
        while let Some(s) = p {
            let sc = &self.scopes[s];
            if sc.kind == ScopeKind::Module {
                return None;
            }
            if sc.kind == ScopeKind::Class {
                // Class-body names are not visible to nested scopes.
                p = sc.parent;
                continue;
            }
            if sc.globals.contains(n) {
                return None;
            }
            if sc.bound_set.contains(n) && !sc.nonlocals.contains(n) {
                return Some(s);
            }
            if sc.nonlocals.contains(n) {
                // keep walking: the binding is further out
            }
            p = sc.parent;
        }
        None
    }
}

/// A function's parameter annotations in CPython 3.11's evaluation order: the
/// ordinary positional parameters, then the positional-only ones, `*args`,
/// keyword-only parameters, `**kwargs`.
pub fn annotations_of(p: &ast::Parameters) -> impl Iterator<Item = &Expr> {
    named_annotations(p).map(|(_, e)| e)
}

/// `annotations_of` with each parameter's name.
pub fn named_annotations(p: &ast::Parameters) -> impl Iterator<Item = (&str, &Expr)> {
    let pos = p
        .args
        .iter()
        .chain(p.posonlyargs.iter())
        .map(|a| &a.parameter);
    let kwonly = p.kwonlyargs.iter().map(|a| &a.parameter);
    pos.chain(p.vararg.as_deref())
        .chain(kwonly)
        .chain(p.kwarg.as_deref())
        .filter_map(|a| a.annotation.as_deref().map(|e| (a.name.id.as_str(), e)))
}
