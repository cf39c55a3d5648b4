//! TEMPORARY stand-in for codemem.rs (being written): RWX-free copy + protect per function.
use std::sync::Mutex;
pub struct CodeMemory {
    used: Mutex<usize>,
    limit: usize,
}
#[derive(Debug, Default)]
pub struct CodeMemStats {
    pub reserved: usize,
    pub committed: usize,
    pub code_bytes: usize,
    pub padding_bytes: usize,
    pub functions: usize,
    pub limit: usize,
}
impl CodeMemory {
    pub fn install(&self, code: &[u8]) -> Option<*const u8> {
        let mut u = self.used.lock().unwrap();
        if *u + code.len() > self.limit {
            return None;
        }
        *u += code.len();
        let mut m = region::alloc(code.len(), region::Protection::READ_WRITE).ok()?;
        let p = m.as_mut_ptr::<u8>();
        // SAFETY: fresh RW mapping of at least code.len() bytes.
        unsafe {
            std::ptr::copy_nonoverlapping(code.as_ptr(), p, code.len());
            region::protect(p, code.len(), region::Protection::READ_EXECUTE).ok()?;
        }
        std::mem::forget(m);
        Some(p)
    }
    pub fn stats(&self) -> CodeMemStats {
        CodeMemStats::default()
    }
}
static LIMIT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(64 << 20);
pub fn set_limit(b: usize) {
    LIMIT.store(b, std::sync::atomic::Ordering::Relaxed);
}
pub fn global() -> &'static CodeMemory {
    static G: std::sync::OnceLock<CodeMemory> = std::sync::OnceLock::new();
    G.get_or_init(|| CodeMemory {
        used: Mutex::new(0),
        limit: LIMIT.load(std::sync::atomic::Ordering::Relaxed),
    })
}
