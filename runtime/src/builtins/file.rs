//! File I/O: the process-wide buffered stdout (`write_stdout`, `flush_stdout`),
//! stderr (`write_stderr`, always flushed, after flushing stdout), stdin line reading,
//! `open()` and the methods of file objects (`TextIOWrapper`: read, readline,
//! readlines, write, writelines, close, flush, seek/tell, iteration, context manager,
//! `closed`;
//! binary mode files read and write bytes with the same methods),
//! and the `sys.stdin/stdout/stderr` stream objects (FileObj with paths "<stdin>",
//! "<stdout>", "<stderr>").

use super::*;
use parking_lot::Mutex;
use std::io::{BufRead, BufWriter, Read, Stdout, Write};
use std::sync::LazyLock;

// ---- process-wide streams ---------------------------------------------------------

static STDOUT: LazyLock<Mutex<BufWriter<Stdout>>> =
    LazyLock::new(|| Mutex::new(BufWriter::with_capacity(1 << 16, std::io::stdout())));
static STDOUT_TTY: LazyLock<bool> = LazyLock::new(|| {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc::isatty(1) == 1 }
});

/// Write to the buffered stdout (line-flushed when stdout is a terminal).
pub fn write_stdout(s: &str) {
    let mut w = STDOUT.lock();
    let _ = w.write_all(s.as_bytes());
    if *STDOUT_TTY && s.contains('\n') {
        let _ = w.flush();
    }
}

/// Flush the buffered stdout, and write out pending buffers of files that were never
/// closed. The binary calls this at exit.
pub fn flush_stdout() {
    flush_file_bufs();
    flush_stdout_only();
}

/// Flush only the buffered stdout (before stderr output, input(), sleep()).
pub fn flush_stdout_only() {
    let _ = STDOUT.lock().flush();
}

/// Write to stderr (unbuffered), flushing stdout first so interleaving matches CPython.
pub fn write_stderr(s: &str) {
    flush_stdout_only();
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}

/// One line from stdin including its '\n' ("" at EOF).
pub(crate) fn stdin_readline() -> String {
    flush_stdout_only();
    let mut buf = Vec::new();
    let _ = std::io::stdin().lock().read_until(b'\n', &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

fn stdin_read_all() -> String {
    flush_stdout_only();
    let mut buf = Vec::new();
    let _ = std::io::stdin().lock().read_to_end(&mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

pub(crate) const STDIN: &str = "<stdin>";
pub(crate) const STDOUT_PATH: &str = "<stdout>";
pub(crate) const STDERR_PATH: &str = "<stderr>";

/// A stream object for sys.stdin/stdout/stderr.
pub(crate) fn std_stream(path: &str) -> Value {
    let mode = if path == STDIN { "r" } else { "w" };
    alloc(FileObj {
        path: path.into(),
        mode: mode.into(),
        reader: None,
        bytes: None,
        binary: false,
        read_pos: 0,
        writer: None,
        closed: false,
        lock: parking_lot::ReentrantMutex::new(()),
    })
}

// ---- install ------------------------------------------------------------------------

/// The classes of binary files: BufferedReader, BufferedWriter, BufferedRandom
/// (subclasses of the TextIOWrapper class here, which holds the shared methods).
static BINARY_CLASSES: std::sync::OnceLock<[Value; 3]> = std::sync::OnceLock::new();

/// The class of file object `f`: TextIOWrapper, or by mode a Buffered* class.
pub(crate) fn class_of(f: &FileObj) -> Value {
    match BINARY_CLASSES.get() {
        Some(c) if f.binary => {
            if f.mode.contains('+') {
                c[2]
            } else if f.bytes.is_some() {
                c[0]
            } else {
                c[1]
            }
        }
        _ => rt().types.file,
    }
}

pub(crate) fn install(builtins: Value) {
    add_fn(builtins, "open", open);
    let cls = rt().types.file;
    cls.cast::<ClassObj>().module = crate::sym!("_io");
    let binary = ["BufferedReader", "BufferedWriter", "BufferedRandom"].map(|name| {
        let c = rt::new_class(name, &[cls], Layout::Object);
        c.cast::<ClassObj>().module = crate::sym!("_io");
        rt().extra_roots.lock().push(c);
        c
    });
    BINARY_CLASSES.set(binary).ok();
    add_methods(
        cls,
        &[
            ("read", f_read),
            ("readline", f_readline),
            ("readlines", f_readlines),
            ("write", f_write),
            ("writelines", f_writelines),
            ("close", f_close),
            ("flush", f_flush),
            ("__iter__", f_iter),
            ("__next__", f_next),
            ("__enter__", f_enter),
            ("__exit__", f_exit),
            ("readable", f_readable),
            ("writable", f_writable),
            ("isatty", f_isatty),
            ("fileno", f_fileno),
            ("seek", f_seek),
            ("tell", f_tell),
            ("seekable", f_seekable),
        ],
    );
    for (name, f) in [
        ("closed", f_closed as NativeFn),
        ("name", f_name),
        ("mode", f_mode),
    ] {
        ctors::add_property(cls, name, f);
    }
}

// ---- errors -------------------------------------------------------------------------

pub(crate) fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a pointer to a static (or thread-local) C string.
    unsafe {
        let p = libc::strerror(errno);
        if p.is_null() {
            return format!("Unknown error {errno}");
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// Raise the OSError subclass for an io::Error on `filename` (CPython's message
/// "[Errno 2] No such file or directory: 'x'"; errno/strerror/filename attributes set).
pub(crate) fn raise_io_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&str>) -> Raised {
    let excs = &rt().excs;
    let Some(errno) = e.raw_os_error() else {
        return vm.raise(excs.os_error, e.to_string());
    };
    let cls = match errno {
        libc::ENOENT => excs.file_not_found_error,
        libc::EACCES | libc::EPERM => excs.permission_error,
        libc::EISDIR => excs.is_a_directory_error,
        libc::ENOTDIR => excs.not_a_directory_error,
        libc::EEXIST => excs.file_exists_error,
        libc::ETIMEDOUT => excs.timeout_error,
        _ => excs.os_error,
    };
    let se = strerror(errno);
    // args (errno, strerror[, filename]): ops renders "[Errno 2] No such file or
    // directory: 'x'" and derives .errno/.strerror/.filename from them.
    let exc = match filename {
        Some(f) => ops::new_exception(
            cls,
            &[int(errno as i64), ops::new_string(se), ops::new_str(f)],
        ),
        None => ops::new_exception(cls, &[int(errno as i64), ops::new_string(se)]),
    };
    vm.set_exc(exc)
}

fn closed_err(vm: &mut Vm) -> Raised {
    vm.value_error("I/O operation on closed file.".into())
}

fn unsupported(vm: &mut Vm, what: &str) -> Raised {
    // io.UnsupportedOperation subclasses OSError and ValueError; OSError is closest.
    vm.raise(rt().excs.os_error, what.into())
}

/// Take `f`'s lock (skipped while this is the only guest thread); waiting for another
/// thread is a native wait, so a collection never waits for it. Re-entrant: a method
/// that calls back into Python (writelines) may reach another method of the same file.
pub(crate) fn file_lock(f: &FileObj) -> Option<parking_lot::ReentrantMutexGuard<'_, ()>> {
    crate::guest::shared_lock(&f.lock)
}

/// `file_lock` of the file object `v` (not a file: no lock; the method then raises).
fn lock_of(v: Value) -> Option<parking_lot::ReentrantMutexGuard<'static, ()>> {
    file_lock(v.get::<FileObj>()?)
}

fn file_of<'a>(vm: &mut Vm, v: Value, meth: &str) -> PyResult<&'a mut FileObj> {
    match v.get::<FileObj>() {
        Some(f) => Ok(f),
        None => Err(vm.type_error(format!(
            "descriptor '{meth}' for '_io.TextIOWrapper' objects doesn't apply to a '{}' object",
            ops::type_name(v)
        ))),
    }
}

// ---- open ---------------------------------------------------------------------------

fn open(vm: &mut Vm, _: Value, a: &Args) -> R {
    let mut p = [Value::NULL; 8];
    bind(
        vm,
        a,
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
        &mut p,
    )?;
    let mut file = p[0];
    if ops::is_user_obj(file) {
        // os.PathLike: open what __fspath__ returns.
        if let Some(f) = ops::user_special(file, crate::sym!("__fspath__")) {
            file = ops::call_special(vm, f, file, &[])?;
        }
    }
    if !is_str(file) {
        if ops::is_int(file) {
            return Err(unsupported(vm, "opening file descriptors is not supported"));
        }
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            ops::type_name(file)
        )));
    }
    let path = ops::str_of(file).to_string();
    let mode = if p[1].is_null() {
        "r".to_string()
    } else if is_str(p[1]) {
        ops::str_of(p[1]).to_string()
    } else {
        return Err(vm.type_error(format!(
            "open() argument 'mode' must be str, not {}",
            ops::type_name(p[1])
        )));
    };
    if !p[3].is_null() && !p[3].is_none() && !is_str(p[3]) {
        return Err(vm.type_error(format!(
            "open() argument 'encoding' must be str or None, not {}",
            ops::type_name(p[3])
        )));
    }
    // Validate the mode like CPython: one of rwax, optional +, t or b, no repeats.
    let mut kind = None;
    let mut plus = false;
    let mut binary = false;
    let mut text = false;
    let mut seen = String::new();
    for c in mode.chars() {
        if seen.contains(c) || !"rwaxtb+".contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
        match c {
            'r' | 'w' | 'a' | 'x' => {
                if kind.is_some() {
                    return Err(vm.value_error(
                        "must have exactly one of create/read/write/append mode".into(),
                    ));
                }
                kind = Some(c)
            }
            '+' => plus = true,
            'b' => binary = true,
            't' => text = true,
            _ => {}
        }
    }
    if binary && text {
        return Err(vm.value_error("can't have text and binary mode at once".into()));
    }
    let Some(kind) = kind else {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus".into(),
        ));
    };
    // Unclosed files' pending writes become visible to this open (CPython would have
    // flushed them when the last reference went away).
    flush_file_bufs();
    let mut reader = None;
    let mut bytes = None;
    let mut writer = None;
    // The readable part: text decoded with universal newlines, or raw bytes.
    let mut read_all = |reader: &mut Option<String>, path: &str| -> std::io::Result<()> {
        if binary {
            if std::fs::metadata(path)?.is_dir() {
                return Err(std::io::Error::from_raw_os_error(libc::EISDIR));
            }
            bytes = Some(std::fs::read(path)?);
        } else {
            *reader = Some(read_text(path)?);
        }
        Ok(())
    };
    let res: std::io::Result<()> = (|| {
        match kind {
            'r' => {
                if plus {
                    writer = Some(
                        std::fs::OpenOptions::new()
                            .read(true)
                            .write(true)
                            .open(&path)?,
                    );
                }
                read_all(&mut reader, &path)?;
            }
            'w' => {
                writer = Some(
                    std::fs::OpenOptions::new()
                        .write(true)
                        .create(true)
                        .truncate(true)
                        .read(plus)
                        .open(&path)?,
                );
                if plus {
                    reader = Some(String::new());
                }
            }
            'a' => {
                writer = Some(
                    std::fs::OpenOptions::new()
                        .append(true)
                        .create(true)
                        .read(plus)
                        .open(&path)?,
                );
                if plus {
                    reader = Some(String::new());
                }
            }
            _ => {
                writer = Some(
                    std::fs::OpenOptions::new()
                        .write(true)
                        .create_new(true)
                        .read(plus)
                        .open(&path)?,
                );
                if plus {
                    reader = Some(String::new());
                }
            }
        }
        Ok(())
    })();
    if let Err(e) = res {
        if e.kind() == std::io::ErrorKind::InvalidData {
            return Err(vm.raise(
                rt().excs.unicode_decode_error,
                "'utf-8' codec can't decode bytes: invalid utf-8".into(),
            ));
        }
        return Err(raise_io_error(vm, &e, Some(&path)));
    }
    if binary && reader.is_some() {
        // '+' modes: an empty readable part, in bytes.
        reader = None;
        bytes.get_or_insert_with(Vec::new);
    }
    let read_pos = 0;
    let fv = alloc(FileObj {
        path,
        mode,
        reader,
        bytes,
        binary,
        read_pos,
        writer,
        closed: false,
        lock: parking_lot::ReentrantMutex::new(()),
    });
    // A buffer left under this address belonged to a dead file object: write it out.
    let _ = drain_file_buf(fv.ptr_bits());
    Ok(fv)
}

/// Read a whole file as text with universal newlines.
fn read_text(path: &str) -> std::io::Result<String> {
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        return Err(std::io::Error::from_raw_os_error(libc::EISDIR));
    }
    let s = std::fs::read_to_string(path)?;
    Ok(if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    })
}

// ---- writing ------------------------------------------------------------------------

/// Write `s` to a file object (or stream). Returns Err with a pending exception.
pub(crate) fn file_write_str(vm: &mut Vm, fv: Value, s: &str) -> PyResult<()> {
    let _g = lock_of(fv);
    let f = fv.cast::<FileObj>();
    if f.closed {
        return Err(closed_err(vm));
    }
    match f.path.as_str() {
        STDOUT_PATH if f.writer.is_none() => {
            write_stdout(s);
            Ok(())
        }
        STDERR_PATH if f.writer.is_none() => {
            write_stderr(s);
            Ok(())
        }
        _ => match f.writer.as_mut() {
            Some(w) => match buffered_write(fv, w, s.as_bytes()) {
                Ok(()) => Ok(()),
                Err(e) => {
                    let path = f.path.clone();
                    Err(raise_io_error(vm, &e, Some(&path)))
                }
            },
            None => Err(unsupported(vm, "not writable")),
        },
    }
}

// ---- write buffers of file objects ---------------------------------------------------
//
// FileObj holds an unbuffered std::fs::File, so writes are buffered here, keyed by the
// object's address, together with a dup of its descriptor (so a buffer can be written
// out even after the FileObj itself is gone). Buffers are written out when they grow
// past FILE_BUF, on flush()/close(), when a new file object reuses the address (the old
// one is dead), and at exit (`flush_stdout`, which the binary calls).

const FILE_BUF: usize = 1 << 16;
/// Pending output of files open for writing, by file object (hashbrown's default hasher:
/// one cheap hash per write; std's SipHash was a sixth of a write-heavy loop).
static FILE_BUFS: LazyLock<Mutex<hashbrown::HashMap<u64, (std::fs::File, Vec<u8>)>>> =
    LazyLock::new(|| Mutex::new(hashbrown::HashMap::new()));

fn buffered_write(fv: Value, w: &mut std::fs::File, data: &[u8]) -> std::io::Result<()> {
    let mut m = FILE_BUFS.lock();
    let key = fv.ptr_bits();
    let (file, buf) = match m.entry(key) {
        hashbrown::hash_map::Entry::Occupied(e) => e.into_mut(),
        hashbrown::hash_map::Entry::Vacant(v) => match w.try_clone() {
            Ok(dup) => v.insert((dup, Vec::with_capacity(4096))),
            Err(_) => return w.write_all(data),
        },
    };
    buf.extend_from_slice(data);
    if buf.len() >= FILE_BUF {
        let r = file.write_all(buf);
        buf.clear();
        r?;
    }
    Ok(())
}

/// Write out (and forget) the buffer of the file object at `key`.
fn drain_file_buf(key: u64) -> std::io::Result<()> {
    let entry = FILE_BUFS.lock().remove(&key);
    match entry {
        Some((mut file, buf)) => file.write_all(&buf),
        None => Ok(()),
    }
}

/// Write out every pending file buffer (at exit).
pub(crate) fn flush_file_bufs() {
    let all: Vec<(std::fs::File, Vec<u8>)> = FILE_BUFS.lock().drain().map(|(_, v)| v).collect();
    for (mut file, buf) in all {
        let _ = file.write_all(&buf);
    }
}

fn file_flush(fv: Value, f: &mut FileObj) -> std::io::Result<()> {
    match f.path.as_str() {
        STDOUT_PATH if f.writer.is_none() => flush_stdout_only(),
        _ => {
            if f.writer.is_some() {
                drain_file_buf(fv.ptr_bits())?;
            }
        }
    }
    Ok(())
}

/// Write `s` to any file-like object: FileObj directly, else call `obj.write(s)`.
pub(crate) fn write_to(vm: &mut Vm, file: Value, s: &str) -> PyResult<()> {
    if file.is_kind(ObjKind::File) {
        return file_write_str(vm, file, s);
    }
    let w = ops::getattr(vm, file, crate::sym!("write"))?;
    let sv = ops::new_str(s);
    let mark = vm.roots.len();
    vm.roots.push(w);
    vm.roots.push(sv);
    let r = vm.call(w, &[sv], &[]);
    vm.roots.truncate(mark);
    r.map(|_| ())
}

/// Flush any file-like object (FileObj directly, else `obj.flush()` if it has one).
pub(crate) fn flush_obj(vm: &mut Vm, file: Value) -> PyResult<()> {
    if let Some(f) = file.get::<FileObj>() {
        if let Err(e) = file_flush(file, f) {
            let path = f.path.clone();
            return Err(raise_io_error(vm, &e, Some(&path)));
        }
        return Ok(());
    }
    if let Some(fl) = ops::getattr_opt(vm, file, crate::sym!("flush"))? {
        let mark = vm.roots.len();
        vm.roots.push(fl);
        let r = vm.call(fl, &[], &[]);
        vm.roots.truncate(mark);
        r?;
    }
    Ok(())
}

/// Write `data` to a binary file.
fn file_write_bytes(vm: &mut Vm, fv: Value, data: &[u8]) -> PyResult<()> {
    let _g = lock_of(fv);
    let f = fv.cast::<FileObj>();
    if f.closed {
        return Err(closed_err(vm));
    }
    match f.writer.as_mut() {
        Some(w) => buffered_write(fv, w, data).map_err(|e| {
            let path = f.path.clone();
            raise_io_error(vm, &e, Some(&path))
        }),
        None => Err(unsupported(vm, "write")),
    }
}

/// The bytes a binary file's write() takes.
fn bytes_arg<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a [u8]> {
    match v.get::<BytesObj>() {
        Some(b) => Ok(&b.data),
        None => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            ops::type_name(v)
        ))),
    }
}

fn f_write(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let f = file_of(vm, recv, "write")?;
    check_pos(vm, a, "write", 1, 1)?;
    let s = a.pos[0];
    if f.binary {
        let data = bytes_arg(vm, s)?;
        let data: &[u8] = &data;
        file_write_bytes(vm, recv, data)?;
        return Ok(int(data.len() as i64));
    }
    if !is_str(s) {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            ops::type_name(s)
        )));
    }
    file_write_str(vm, recv, ops::str_of(s))?;
    Ok(int(s.cast::<StrObj>().nchars as i64))
}

fn f_writelines(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let binary = file_of(vm, recv, "writelines")?.binary;
    let lines = one_arg(vm, a, "writelines")?;
    let items = ops::collect_iterable(vm, lines)?;
    for v in items {
        if binary {
            let data = bytes_arg(vm, v)?;
            let data: &[u8] = &data;
            file_write_bytes(vm, recv, data)?;
            continue;
        }
        if !is_str(v) {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                ops::type_name(v)
            )));
        }
        file_write_str(vm, recv, ops::str_of(v))?;
    }
    Ok(Value::NONE)
}

fn f_flush(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let _g = lock_of(recv);
    let f = file_of(vm, recv, "flush")?;
    no_args(vm, a, "flush")?;
    if f.closed {
        return Err(closed_err(vm));
    }
    if let Err(e) = file_flush(recv, f) {
        let path = f.path.clone();
        return Err(raise_io_error(vm, &e, Some(&path)));
    }
    Ok(Value::NONE)
}

fn f_close(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let _g = lock_of(recv);
    let f = file_of(vm, recv, "close")?;
    no_args(vm, a, "close")?;
    if f.path == STDOUT_PATH && f.writer.is_none() {
        flush_stdout_only();
    }
    let res = if f.writer.is_some() {
        drain_file_buf(recv.ptr_bits())
    } else {
        Ok(())
    };
    f.writer = None;
    f.reader = None;
    f.closed = true;
    if let Err(e) = res {
        let path = f.path.clone();
        return Err(raise_io_error(vm, &e, Some(&path)));
    }
    Ok(Value::NONE)
}

// ---- reading ------------------------------------------------------------------------

fn readable<'a>(vm: &mut Vm, recv: Value, meth: &str) -> PyResult<&'a mut FileObj> {
    let f = file_of(vm, recv, meth)?;
    if f.closed {
        if f.binary && (meth == "read" || meth == "readline") {
            // BufferedReader's wording.
            return Err(vm.value_error(format!("{meth} of closed file")));
        }
        return Err(closed_err(vm));
    }
    if f.reader.is_none() && f.bytes.is_none() && f.path != STDIN {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(f)
}

/// A binary file's next line (with its b'\n'), empty at EOF; `limit` in bytes.
fn read_line_bytes(f: &mut FileObj, limit: i64) -> Value {
    let data = f.bytes.as_deref().unwrap_or(&[]);
    let rest = &data[f.read_pos.min(data.len())..];
    let mut end = rest
        .iter()
        .position(|&b| b == b'\n')
        .map_or(rest.len(), |i| i + 1);
    if limit >= 0 {
        end = end.min(limit as usize);
    }
    let line = ops::new_bytes(rest[..end].to_vec());
    f.read_pos += end;
    line
}

/// A binary file's next line for readlines and iteration: None at EOF.
fn next_line_value(f: &mut FileObj) -> Option<Value> {
    if f.binary {
        let l = read_line_bytes(f, -1);
        return (!l.cast::<BytesObj>().data.is_empty()).then_some(l);
    }
    let l = read_line(f, -1);
    (!l.is_empty()).then(|| ops::new_string(l))
}

/// Next line (with its '\n'), "" at EOF. `limit` in chars (negative: none).
fn read_line(f: &mut FileObj, limit: i64) -> String {
    if f.path == STDIN && f.reader.is_none() {
        return stdin_readline();
    }
    let r = f.reader.as_deref().unwrap_or("");
    let rest = &r[f.read_pos.min(r.len())..];
    let mut end = match rest.find('\n') {
        Some(i) => i + 1,
        None => rest.len(),
    };
    if limit >= 0 {
        if let Some((i, _)) = rest[..end].char_indices().nth(limit as usize) {
            end = i;
        }
    }
    let line = rest[..end].to_string();
    f.read_pos += end;
    line
}

fn f_read(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let _g = lock_of(recv);
    let f = readable(vm, recv, "read")?;
    check_pos(vm, a, "read", 0, 1)?;
    let n = match a.pos.first() {
        Some(v) if !v.is_none() => index_i64(vm, *v)?,
        _ => -1,
    };
    if f.path == STDIN && f.reader.is_none() {
        return Ok(ops::new_string(stdin_read_all()));
    }
    if f.binary {
        let data = f.bytes.as_deref().unwrap_or(&[]);
        let rest = &data[f.read_pos.min(data.len())..];
        let end = if n < 0 {
            rest.len()
        } else {
            rest.len().min(n as usize)
        };
        let out = ops::new_bytes(rest[..end].to_vec());
        f.read_pos += end;
        return Ok(out);
    }
    let r = f.reader.as_deref().unwrap_or("");
    let rest = &r[f.read_pos.min(r.len())..];
    let end = if n < 0 {
        rest.len()
    } else {
        rest.char_indices()
            .nth(n as usize)
            .map(|(i, _)| i)
            .unwrap_or(rest.len())
    };
    let out = ops::new_str(&rest[..end]);
    f.read_pos += end;
    Ok(out)
}

fn f_readline(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let _g = lock_of(recv);
    let f = readable(vm, recv, "readline")?;
    check_pos(vm, a, "readline", 0, 1)?;
    let n = match a.pos.first() {
        Some(v) if !v.is_none() => index_i64(vm, *v)?,
        _ => -1,
    };
    if f.binary {
        return Ok(read_line_bytes(f, n));
    }
    Ok(ops::new_string(read_line(f, n)))
}

fn f_readlines(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let _g = lock_of(recv);
    let f = readable(vm, recv, "readlines")?;
    check_pos(vm, a, "readlines", 0, 1)?;
    let mut out = Vec::new();
    while let Some(l) = next_line_value(f) {
        out.push(l);
    }
    Ok(ops::new_list(out))
}

/// Next line of a file for iteration (`for line in f`); None at EOF.
/// ops::iter_next should call this for ObjKind::File (get_iter returns the file itself).
pub fn file_next(vm: &mut Vm, fv: Value) -> PyResult<Option<Value>> {
    let _g = lock_of(fv);
    let f = readable(vm, fv, "__next__")?;
    Ok(next_line_value(f))
}

fn f_iter(vm: &mut Vm, recv: Value, _: &Args) -> R {
    let f = file_of(vm, recv, "__iter__")?;
    if f.closed {
        return Err(closed_err(vm));
    }
    Ok(recv)
}

fn f_next(vm: &mut Vm, recv: Value, _: &Args) -> R {
    match file_next(vm, recv)? {
        Some(v) => Ok(v),
        None => Err(vm.set_exc(ops::new_exception(rt().excs.stop_iteration, &[]))),
    }
}

fn f_enter(vm: &mut Vm, recv: Value, _: &Args) -> R {
    let f = file_of(vm, recv, "__enter__")?;
    if f.closed {
        return Err(closed_err(vm));
    }
    Ok(recv)
}

fn f_exit(vm: &mut Vm, recv: Value, _: &Args) -> R {
    f_close(vm, recv, &Args::positional(&[]))?;
    Ok(Value::NONE)
}

fn f_readable(vm: &mut Vm, recv: Value, _: &Args) -> R {
    let f = file_of(vm, recv, "readable")?;
    if f.closed {
        return Err(closed_err(vm));
    }
    Ok(Value::bool(f.reader.is_some() || f.path == STDIN))
}

fn f_writable(vm: &mut Vm, recv: Value, _: &Args) -> R {
    let f = file_of(vm, recv, "writable")?;
    if f.closed {
        return Err(closed_err(vm));
    }
    Ok(Value::bool(
        f.writer.is_some() || f.path == STDOUT_PATH || f.path == STDERR_PATH,
    ))
}

fn f_isatty(vm: &mut Vm, recv: Value, _: &Args) -> R {
    let f = file_of(vm, recv, "isatty")?;
    let fd = match f.path.as_str() {
        STDIN => 0,
        STDOUT_PATH => 1,
        STDERR_PATH => 2,
        _ => return Ok(Value::FALSE),
    };
    // SAFETY: isatty only inspects the descriptor.
    Ok(Value::bool(unsafe { libc::isatty(fd) } == 1))
}

fn f_fileno(vm: &mut Vm, recv: Value, _: &Args) -> R {
    let f = file_of(vm, recv, "fileno")?;
    use std::os::fd::AsRawFd;
    let fd = match f.path.as_str() {
        STDIN => 0,
        STDOUT_PATH => 1,
        STDERR_PATH => 2,
        _ => match &f.writer {
            Some(w) => w.as_raw_fd(),
            None => return Err(unsupported(vm, "fileno")),
        },
    };
    Ok(int(fd as i64))
}

fn f_closed(vm: &mut Vm, _: Value, a: &Args) -> R {
    let recv = *a.pos.first().unwrap_or(&Value::NONE);
    let f = file_of(vm, recv, "closed")?;
    Ok(Value::bool(f.closed))
}

fn f_name(vm: &mut Vm, _: Value, a: &Args) -> R {
    let recv = *a.pos.first().unwrap_or(&Value::NONE);
    let f = file_of(vm, recv, "name")?;
    Ok(ops::new_str(&f.path))
}

fn f_mode(vm: &mut Vm, _: Value, a: &Args) -> R {
    let recv = *a.pos.first().unwrap_or(&Value::NONE);
    let f = file_of(vm, recv, "mode")?;
    Ok(ops::new_str(&f.mode))
}

// ---- positions --------------------------------------------------------------------
//
// A file read at open (every readable mode) has its position in `read_pos`: a byte
// offset for binary files; for text files an offset into the decoded text, which
// `tell` hands out as the cookie `seek` takes back (as CPython's cookies, opaque).
// A write-only file seeks its descriptor after writing out its buffer. '+' modes,
// which would have to keep the two in step, refuse.

fn seek_target(
    vm: &mut Vm,
    pos: i64,
    whence: i64,
    cur: i64,
    end: i64,
    text: bool,
) -> PyResult<i64> {
    let invalid = |vm: &mut Vm| {
        // A binary file's lseek fails with EINVAL.
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        raise_io_error(vm, &e, None)
    };
    if !text && (whence == 3 || whence == 4) {
        // Linux's SEEK_DATA and SEEK_HOLE: a file read at open has no holes.
        if (whence == 3 && pos >= end) || pos > end || pos < 0 {
            let e = std::io::Error::from_raw_os_error(libc::ENXIO);
            return Err(raise_io_error(vm, &e, None));
        }
        return Ok(if whence == 3 { pos } else { end });
    }
    if !text && !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("whence value {whence} unsupported")));
    }
    let target = match whence {
        0 => pos,
        1 | 2 if text && pos != 0 => {
            let which = if whence == 1 { "cur" } else { "end" };
            return Err(unsupported(
                vm,
                &format!("can't do nonzero {which}-relative seeks"),
            ));
        }
        1 => cur + pos,
        2 => end + pos,
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    if target < 0 {
        if !text {
            return Err(invalid(vm));
        }
        return Err(vm.value_error(format!("negative seek position {target}")));
    }
    Ok(target)
}

fn f_seek(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let _g = lock_of(recv);
    let f = file_of(vm, recv, "seek")?;
    check_pos(vm, a, "seek", 1, 2)?;
    if f.closed {
        return Err(closed_err(vm));
    }
    let pos = index_i64(vm, a.pos[0])?;
    let whence = match a.pos.get(1) {
        Some(&w) => index_i64(vm, w)?,
        None => 0,
    };
    let readable = f.reader.is_some() || f.bytes.is_some();
    if f.mode.contains('+') || (!readable && f.writer.is_none()) {
        return Err(unsupported(vm, "seek is not supported on this file"));
    }
    if readable {
        let end = match (&f.reader, &f.bytes) {
            (Some(r), _) => r.len(),
            (_, Some(b)) => b.len(),
            _ => 0,
        } as i64;
        let target = seek_target(vm, pos, whence, f.read_pos as i64, end, !f.binary)?;
        f.read_pos = target as usize;
        return Ok(int(target));
    }
    use std::io::Seek;
    let fv = recv;
    let res = file_flush(fv, f).and_then(|()| {
        let w = f.writer.as_mut().expect("checked");
        let cur = w.stream_position()? as i64;
        let end = w.metadata()?.len() as i64;
        Ok((cur, end))
    });
    let (cur, end) = res.map_err(|e| {
        let path = f.path.clone();
        raise_io_error(vm, &e, Some(&path))
    })?;
    let target = seek_target(vm, pos, whence, cur, end, !f.binary)?;
    let w = f.writer.as_mut().expect("checked");
    w.seek(std::io::SeekFrom::Start(target as u64))
        .map_err(|e| {
            let path = f.path.clone();
            raise_io_error(vm, &e, Some(&path))
        })?;
    Ok(int(target))
}

fn f_tell(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let _g = lock_of(recv);
    let f = file_of(vm, recv, "tell")?;
    no_args(vm, a, "tell")?;
    if f.closed {
        return Err(closed_err(vm));
    }
    if f.mode.contains('+') {
        return Err(unsupported(vm, "tell is not supported on this file"));
    }
    if f.reader.is_some() || f.bytes.is_some() {
        return Ok(int(f.read_pos as i64));
    }
    let Some(_) = f.writer.as_ref() else {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    };
    use std::io::Seek;
    let res =
        file_flush(recv, f).and_then(|()| f.writer.as_mut().expect("checked").stream_position());
    match res {
        Ok(p) => Ok(int(p as i64)),
        Err(e) => {
            let path = f.path.clone();
            Err(raise_io_error(vm, &e, Some(&path)))
        }
    }
}

fn f_seekable(vm: &mut Vm, recv: Value, a: &Args) -> R {
    let f = file_of(vm, recv, "seekable")?;
    no_args(vm, a, "seekable")?;
    if f.closed {
        return Err(closed_err(vm));
    }
    let std = matches!(f.path.as_str(), STDIN | STDOUT_PATH | STDERR_PATH) && f.writer.is_none();
    Ok(Value::bool(!std && !f.mode.contains('+')))
}
