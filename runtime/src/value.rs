//! The one 64-bit value word every tier shares, NaN-boxed.
//!
//! Bit layout (the JIT relies on it; see ARCHITECTURE.md "Value encoding"):
//!
//! ```text
//! bits 63..48   meaning
//! < 0xFFF9      an f64, stored as its own bits (NaNs canonicalised to 0x7FF8_0000_0000_0000)
//! 0xFFF9        small int: bits 47..0 are a two's-complement 48-bit integer
//! 0xFFFA        heap object: bits 47..0 are the address of an `Obj<T>` header
//! 0xFFFB        special immediates: payload 0 None, 2 False, 3 True, 5 NULL (empty slot)
//! ```
//!
//! Tag checks are `v >> 48 == TAG` (shr + cmp) and `v < FLOAT_LIMIT` (cmp + jcc).
//! Floats need no decoding; small ints decode with `shl 16; sar 16`.

use crate::heap::{Obj, ObjKind, Payload};

pub const TAG_INT: u64 = 0xFFF9;
pub const TAG_PTR: u64 = 0xFFFA;
pub const TAG_SPECIAL: u64 = 0xFFFB;
/// Every bit pattern below this is a float.
pub const FLOAT_LIMIT: u64 = 0xFFF9_0000_0000_0000;
pub const PAYLOAD_MASK: u64 = 0x0000_FFFF_FFFF_FFFF;
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

pub const SMALL_INT_MIN: i64 = -(1 << 47);
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

pub const NONE_BITS: u64 = (TAG_SPECIAL << 48) | 0;
pub const FALSE_BITS: u64 = (TAG_SPECIAL << 48) | 2;
pub const TRUE_BITS: u64 = (TAG_SPECIAL << 48) | 3;
pub const NULL_BITS: u64 = (TAG_SPECIAL << 48) | 5;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

impl Value {
    pub const NONE: Value = Value(NONE_BITS);
    pub const TRUE: Value = Value(TRUE_BITS);
    pub const FALSE: Value = Value(FALSE_BITS);
    /// An empty slot: an unbound local, or the "no self" marker of a call.
    pub const NULL: Value = Value(NULL_BITS);

    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(f.to_bits())
        }
    }
    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.0 < FLOAT_LIMIT
    }
    #[inline(always)]
    pub fn as_float(self) -> f64 {
        f64::from_bits(self.0)
    }
    /// A small int, if `i` fits 48 bits.
    #[inline(always)]
    pub fn try_small(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value((TAG_INT << 48) | (i as u64 & PAYLOAD_MASK)))
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn small(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        Value((TAG_INT << 48) | (i as u64 & PAYLOAD_MASK))
    }
    #[inline(always)]
    pub fn is_small(self) -> bool {
        self.0 >> 48 == TAG_INT
    }
    #[inline(always)]
    pub fn as_small(self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }
    #[inline(always)]
    pub fn is_ptr(self) -> bool {
        self.0 >> 48 == TAG_PTR
    }
    #[inline(always)]
    pub fn from_ptr<T>(p: *const Obj<T>) -> Value {
        Value((TAG_PTR << 48) | (p as u64))
    }
    #[inline(always)]
    pub fn ptr_bits(self) -> u64 {
        self.0 & PAYLOAD_MASK
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }
    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self.0 & !1 == FALSE_BITS
    }
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.0 == NONE_BITS
    }
    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.0 == NULL_BITS
    }
    /// The heap kind of this value, if it is a heap object.
    #[inline(always)]
    pub fn kind(self) -> Option<ObjKind> {
        if self.is_ptr() {
            // SAFETY: a pointer-tagged value always addresses a live object header
            // (the GC never frees reachable objects and values are only made from live objects).
            Some(unsafe { (*(self.ptr_bits() as *const crate::heap::Header)).kind })
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn is_kind(self, k: ObjKind) -> bool {
        self.kind() == Some(k)
    }
    /// Borrow the payload if this value is an object of type `T`.
    #[inline(always)]
    pub fn get<T: Payload>(self) -> Option<&'static mut T> {
        if self.kind() == Some(T::KIND) {
            // SAFETY: kind matches T::KIND, so the object was allocated as Obj<T>.
            // Payloads are only touched by the thread running the code that holds them
            // (guest threads come later, with per-object locks); references are short-lived.
            Some(unsafe { &mut (*(self.ptr_bits() as *mut Obj<T>)).data })
        } else {
            None
        }
    }
    /// Payload of an object known to be a `T` (checked in debug builds).
    #[inline(always)]
    pub fn cast<T: Payload>(self) -> &'static mut T {
        debug_assert_eq!(self.kind(), Some(T::KIND));
        // SAFETY: callers only use cast after a kind check (debug-asserted above).
        unsafe { &mut (*(self.ptr_bits() as *mut Obj<T>)).data }
    }
    #[inline(always)]
    pub fn header(self) -> &'static crate::heap::Header {
        debug_assert!(self.is_ptr());
        // SAFETY: pointer-tagged values address live headers.
        unsafe { &*(self.ptr_bits() as *const crate::heap::Header) }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_float() {
            write!(f, "Float({})", self.as_float())
        } else if self.is_small() {
            write!(f, "Int({})", self.as_small())
        } else if self.is_ptr() {
            write!(f, "Obj({:?}@{:#x})", self.kind().unwrap(), self.ptr_bits())
        } else {
            match self.0 {
                NONE_BITS => write!(f, "None"),
                TRUE_BITS => write!(f, "True"),
                FALSE_BITS => write!(f, "False"),
                NULL_BITS => write!(f, "NULL"),
                b => write!(f, "Special({b:#x})"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn encoding_roundtrip() {
        for i in [0, 1, -1, SMALL_INT_MAX, SMALL_INT_MIN, 12345, -98765] {
            let v = Value::small(i);
            assert!(v.is_small() && !v.is_float() && !v.is_ptr());
            assert_eq!(v.as_small(), i);
        }
        assert!(Value::try_small(SMALL_INT_MAX + 1).is_none());
        for f in [
            0.0,
            -0.0,
            1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            -1e300,
        ] {
            let v = Value::float(f);
            assert!(v.is_float() && !v.is_small());
            assert_eq!(v.as_float().to_bits(), f.to_bits());
        }
        assert!(Value::float(f64::NAN).is_float());
        assert!(Value::float(-f64::NAN).as_float().is_nan());
        assert!(Value::TRUE.is_bool() && Value::FALSE.is_bool() && !Value::NONE.is_bool());
        assert!(!Value::NONE.is_float() && !Value::NULL.is_float());
    }
}
