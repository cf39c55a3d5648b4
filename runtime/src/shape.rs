//! Shapes (hidden classes) for instances of user classes.
//!
//! An instance stores its attributes in a slot vector; its *shape* says which
//! attribute name lives in which slot. Shapes form a transition tree: adding
//! attribute `n` to an object of shape `S` moves it to the child `S + n` (created
//! once, then shared by every object that adds the same names in the same order).
//! Every shape has a unique `u32` id, so a monomorphic attribute load is one id
//! compare plus one indexed load.
//!
//! * Each class has its own root shape (`ClassObj::root_shape`), so a shape id also
//!   determines the instance's class: an IC that caches a shape id may cache the
//!   class pointer with it (it still has to check the class version, which changes
//!   when a class attribute — e.g. a property shadowing an instance attribute — is
//!   added).
//! * Shapes are immortal (never freed) and immutable except for their transition
//!   table, which sits behind a `parking_lot::Mutex`; ids come from an atomic
//!   counter. Readers of a shape (its names) need no lock.
//! * Attribute names are interned strings (rooted by the intern table), compared by
//!   identity.
//! * More than `MAX_SLOTS` attributes, or taking `obj.__dict__`, switches an
//!   instance to *dictionary mode*: shape `DICT_SHAPE`, attributes in a real dict.
//! * Deleting an attribute rebuilds the shape path without that name (shared through
//!   the same transitions), so objects stay in fast mode.

use crate::value::Value;
use parking_lot::{Mutex, RwLock};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

/// An instance with more attributes than this switches to dictionary mode.
pub const MAX_SLOTS: usize = 32;
/// The id of the dictionary-mode shape (attributes live in the instance dict).
pub const DICT_SHAPE_ID: u32 = u32::MAX;

pub struct Shape {
    pub id: u32,
    /// Attribute name of each slot, in slot order (interned strs).
    pub names: Box<[Value]>,
    transitions: Mutex<Vec<(Value, &'static Shape)>>,
    /// The first transition ever made from this shape, readable without the lock
    /// (the common monomorphic case: every object adds the same next name).
    first: OnceLock<(Value, &'static Shape)>,
}

// SAFETY: names are interned strings, immortal and immutable; transitions are locked.
unsafe impl Sync for Shape {}
unsafe impl Send for Shape {}

/// Ids start at 1: 0 is the empty instance-slot word of an IC entry.
static NEXT_ID: AtomicU32 = AtomicU32::new(1);
/// id -> shape, for `by_id` (IC miss handlers); appended under the write lock.
static REGISTRY: RwLock<Vec<&'static Shape>> = RwLock::new(Vec::new());
static DICT: OnceLock<&'static Shape> = OnceLock::new();

fn make(names: Box<[Value]>) -> &'static Shape {
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    // Below u32::MAX - 1: `kiln_ic::shape_key` of every real id differs from the IC's
    // LOCKED word.
    assert!(id < DICT_SHAPE_ID - 1, "shape ids exhausted");
    let s: &'static Shape = Box::leak(Box::new(Shape {
        id,
        names,
        transitions: Mutex::new(Vec::new()),
        first: OnceLock::new(),
    }));
    let mut r = REGISTRY.write();
    let i = id as usize;
    if r.len() <= i {
        // Ids are handed out before registration; a concurrent creator may register
        // a higher id first. Fill the gap with this shape and overwrite later.
        r.resize(i + 1, s);
    }
    r[i] = s;
    s
}

/// A new empty root shape (one per class).
pub fn new_root() -> &'static Shape {
    make(Box::new([]))
}

/// The dictionary-mode shape (id `DICT_SHAPE_ID`, no slots).
pub fn dict_shape() -> &'static Shape {
    DICT.get_or_init(|| {
        Box::leak(Box::new(Shape {
            id: DICT_SHAPE_ID,
            names: Box::new([]),
            transitions: Mutex::new(Vec::new()),
            first: OnceLock::new(),
        }))
    })
}

/// The shape with id `id` (None for unknown ids and for `DICT_SHAPE_ID`).
pub fn by_id(id: u32) -> Option<&'static Shape> {
    REGISTRY
        .read()
        .get(id as usize)
        .copied()
        .filter(|s| s.id == id)
}

impl Shape {
    #[inline]
    pub fn is_dict(&self) -> bool {
        self.id == DICT_SHAPE_ID
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.names.len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
    /// The slot holding `name` (an interned str), by identity.
    #[inline]
    pub fn slot_of(&self, name: Value) -> Option<usize> {
        self.names.iter().position(|&n| n == name)
    }
    /// The child shape after adding `name` (created on first use).
    #[inline]
    pub fn add(&'static self, name: Value) -> &'static Shape {
        if let Some(&(n, s)) = self.first.get() {
            if n == name {
                return s;
            }
        }
        self.add_slow(name)
    }

    fn add_slow(&'static self, name: Value) -> &'static Shape {
        let mut t = self.transitions.lock();
        if let Some(&(_, s)) = t.iter().find(|(n, _)| *n == name) {
            return s;
        }
        let mut names = Vec::with_capacity(self.names.len() + 1);
        names.extend_from_slice(&self.names);
        names.push(name);
        let s = make(names.into_boxed_slice());
        t.push((name, s));
        let _ = self.first.set((name, s));
        s
    }
    /// Rebuild from `root` without the name at slot `i`.
    pub fn without(&self, root: &'static Shape, i: usize) -> &'static Shape {
        let mut s = root;
        for (j, &n) in self.names.iter().enumerate() {
            if j != i {
                s = s.add(n);
            }
        }
        s
    }
}

/// Number of shapes created so far (diagnostics).
pub fn shape_count() -> u32 {
    NEXT_ID.load(Ordering::Relaxed) - 1
}
