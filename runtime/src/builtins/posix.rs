//! The native `posix` module: the operating-system calls under runtime/lib/os.py and
//! posixpath.py (working directory, directory listing, stat, environment, file and
//! directory creation and removal, pid, urandom, and file descriptors: open, close, read,
//! write, which the C library does for us). Errors are CPython's OSError
//! subclasses with errno, strerror and filename (`file::raise_io_error`).

use super::*;
use std::os::unix::fs::MetadataExt;

pub(crate) fn install() {
    let (_, d) = new_module("posix");
    for (n, f) in [
        ("getcwd", getcwd as NativeFn),
        ("chdir", chdir),
        ("listdir", listdir),
        ("stat", stat),
        ("lstat", lstat),
        ("environ_items", environ_items),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("unlink", unlink),
        ("rename", rename),
        ("getpid", getpid),
        ("getppid", getppid),
        ("urandom", urandom),
        ("cpu_count", cpu_count),
        ("strerror", strerror),
        ("readlink", readlink),
        ("access", access),
        ("realpath", realpath),
        ("open", fd_open),
        ("close", fd_close),
        ("read", fd_read),
        ("write", fd_write),
    ] {
        add_fn(d, n, f);
    }
}

fn path_arg(vm: &mut Vm, v: Value, fname: &str) -> PyResult<String> {
    if is_str(v) {
        return Ok(ops::str_of(v).to_string());
    }
    if let Some(b) = super::bytes::bytes_of(v) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(vm.type_error(format!(
        "{fname}: path should be string, bytes or os.PathLike, not {}",
        ops::type_name(v)
    )))
}

fn io_err(vm: &mut Vm, e: std::io::Error, path: &str) -> Raised {
    super::file::raise_io_error(vm, &e, Some(path))
}

fn getcwd(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "getcwd")?;
    match std::env::current_dir() {
        Ok(p) => Ok(ops::new_string(p.to_string_lossy().into_owned())),
        Err(e) => Err(super::file::raise_io_error(vm, &e, None)),
    }
}

fn chdir(vm: &mut Vm, _: Value, a: &Args) -> R {
    let p = one_arg(vm, a, "chdir")?;
    let p = path_arg(vm, p, "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| io_err(vm, e, &p))?;
    Ok(Value::NONE)
}

fn listdir(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "listdir", 0, 1)?;
    let p = match a.pos.first() {
        Some(v) if !v.is_none() => path_arg(vm, *v, "listdir")?,
        _ => ".".to_string(),
    };
    let rd = std::fs::read_dir(&p).map_err(|e| io_err(vm, e, &p))?;
    let mut names = Vec::new();
    for e in rd {
        let e = e.map_err(|e| io_err(vm, e, &p))?;
        names.push(ops::new_string(
            e.file_name().to_string_lossy().into_owned(),
        ));
    }
    Ok(ops::new_list(names))
}

/// (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, st_atime, st_mtime,
/// st_ctime) with float times; os.py wraps it in `stat_result`.
fn stat_tuple(m: &std::fs::Metadata) -> Value {
    let t = |s: i64, ns: i64| Value::float(s as f64 + ns as f64 * 1e-9);
    ops::new_tuple(vec![
        int(m.mode() as i64),
        ops::new_i128(m.ino() as i128),
        ops::new_i128(m.dev() as i128),
        int(m.nlink() as i64),
        int(m.uid() as i64),
        int(m.gid() as i64),
        int(m.size() as i64),
        t(m.atime(), m.atime_nsec()),
        t(m.mtime(), m.mtime_nsec()),
        t(m.ctime(), m.ctime_nsec()),
    ])
}

fn stat(vm: &mut Vm, _: Value, a: &Args) -> R {
    let p = one_arg(vm, a, "stat")?;
    let p = path_arg(vm, p, "stat")?;
    let m = std::fs::metadata(&p).map_err(|e| io_err(vm, e, &p))?;
    Ok(stat_tuple(&m))
}

fn lstat(vm: &mut Vm, _: Value, a: &Args) -> R {
    let p = one_arg(vm, a, "lstat")?;
    let p = path_arg(vm, p, "lstat")?;
    let m = std::fs::symlink_metadata(&p).map_err(|e| io_err(vm, e, &p))?;
    Ok(stat_tuple(&m))
}

fn environ_items(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "environ_items")?;
    let items: Vec<Value> = std::env::vars_os()
        .map(|(k, v)| {
            ops::new_tuple(vec![
                ops::new_string(k.to_string_lossy().into_owned()),
                ops::new_string(v.to_string_lossy().into_owned()),
            ])
        })
        .collect();
    Ok(ops::new_list(items))
}

fn env_key(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    let s = path_arg(vm, v, what)?;
    if s.is_empty() || s.contains('=') || s.contains('\0') {
        return Err(vm.value_error("illegal environment variable name".into()));
    }
    Ok(s)
}

fn putenv(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "putenv", 2, 2)?;
    let k = env_key(vm, a.pos[0], "putenv")?;
    let v = path_arg(vm, a.pos[1], "putenv")?;
    if v.contains('\0') {
        return Err(vm.value_error("embedded null byte".into()));
    }
    // SAFETY (of the std call's contract): guest threads may read the environment
    // concurrently only through this module, which CPython documents as unsafe too.
    unsafe { std::env::set_var(k, v) };
    Ok(Value::NONE)
}

fn unsetenv(vm: &mut Vm, _: Value, a: &Args) -> R {
    let k = one_arg(vm, a, "unsetenv")?;
    let k = env_key(vm, k, "unsetenv")?;
    // SAFETY: as in putenv.
    unsafe { std::env::remove_var(k) };
    Ok(Value::NONE)
}

fn mkdir(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "mkdir", 1, 2)?;
    let p = path_arg(vm, a.pos[0], "mkdir")?;
    let mode = match a.pos.get(1) {
        Some(&m) => index_i64(vm, m)? as u32,
        None => 0o777,
    };
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&p)
        .map_err(|e| io_err(vm, e, &p))?;
    Ok(Value::NONE)
}

fn rmdir(vm: &mut Vm, _: Value, a: &Args) -> R {
    let p = one_arg(vm, a, "rmdir")?;
    let p = path_arg(vm, p, "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| io_err(vm, e, &p))?;
    Ok(Value::NONE)
}

fn unlink(vm: &mut Vm, _: Value, a: &Args) -> R {
    let p = one_arg(vm, a, "unlink")?;
    let p = path_arg(vm, p, "unlink")?;
    std::fs::remove_file(&p).map_err(|e| io_err(vm, e, &p))?;
    Ok(Value::NONE)
}

fn rename(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "rename", 2, 2)?;
    let src = path_arg(vm, a.pos[0], "rename")?;
    let dst = path_arg(vm, a.pos[1], "rename")?;
    std::fs::rename(&src, &dst).map_err(|e| io_err(vm, e, &src))?;
    Ok(Value::NONE)
}

/// The OSError for the C library's last error (errno), with `path` if given.
fn last_os_error(vm: &mut Vm, path: Option<&str>) -> Raised {
    super::file::raise_io_error(vm, &std::io::Error::last_os_error(), path)
}

fn fd_arg(vm: &mut Vm, v: Value) -> PyResult<libc::c_int> {
    let fd = index_i64(vm, v)?;
    libc::c_int::try_from(fd)
        .map_err(|_| vm.raise_msg(rt().excs.overflow_error, "fd is greater than maximum"))
}

/// `os.open(path, flags, mode=0o777)`: a file descriptor.
fn fd_open(vm: &mut Vm, _: Value, a: &Args) -> R {
    let mut p = [Value::NULL; 3];
    bind(vm, a, "open", &["path", "flags", "mode"], 2, &mut p)?;
    let path = path_arg(vm, p[0], "open")?;
    let flags = index_i64(vm, p[1])? as libc::c_int;
    let mode = if p[2].is_null() {
        0o777
    } else {
        index_i64(vm, p[2])? as libc::c_uint
    };
    let Ok(c) = std::ffi::CString::new(path.clone()) else {
        return Err(vm.value_error("embedded null byte".into()));
    };
    // SAFETY: `c` is a NUL-terminated path; O_CLOEXEC as CPython (PEP 446).
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
    if fd < 0 {
        return Err(last_os_error(vm, Some(&path)));
    }
    Ok(int(fd as i64))
}

fn fd_close(vm: &mut Vm, _: Value, a: &Args) -> R {
    let fd = one_arg(vm, a, "close")?;
    let fd = fd_arg(vm, fd)?;
    // SAFETY: closing a descriptor number has no memory effects; a bad one is EBADF.
    if unsafe { libc::close(fd) } < 0 {
        return Err(last_os_error(vm, None));
    }
    Ok(Value::NONE)
}

/// `os.read(fd, n)`: up to n bytes (b"" at end of file).
fn fd_read(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "read", 2, 2)?;
    let fd = fd_arg(vm, a.pos[0])?;
    let n = index_i64(vm, a.pos[1])?;
    if n < 0 {
        return Err(vm.value_error("negative count".into()));
    }
    let mut buf = vec![0u8; n.min(1 << 30) as usize];
    // SAFETY: `buf` has room for `buf.len()` bytes.
    let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if got < 0 {
        return Err(last_os_error(vm, None));
    }
    buf.truncate(got as usize);
    Ok(ops::new_bytes(buf))
}

/// `os.write(fd, data)`: the number of bytes written.
fn fd_write(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "write", 2, 2)?;
    let fd = fd_arg(vm, a.pos[0])?;
    let data = super::bytes::bytes_arg(vm, a.pos[1])?;
    // SAFETY: `data` is a live byte slice of `data.len()` bytes.
    let put = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    if put < 0 {
        return Err(last_os_error(vm, None));
    }
    Ok(int(put as i64))
}

fn getpid(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "getpid")?;
    Ok(int(std::process::id() as i64))
}

fn getppid(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "getppid")?;
    // SAFETY: getppid has no preconditions.
    Ok(int(unsafe { libc::getppid() } as i64))
}

fn urandom(vm: &mut Vm, _: Value, a: &Args) -> R {
    let n = one_arg(vm, a, "urandom")?;
    let n = index_i64(vm, n)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed".into()));
    }
    let mut buf = vec![0u8; n as usize];
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| super::file::raise_io_error(vm, &e, None))?;
    Ok(ops::new_bytes(buf))
}

fn cpu_count(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "cpu_count")?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => int(n.get() as i64),
        Err(_) => Value::NONE,
    })
}

fn strerror(vm: &mut Vm, _: Value, a: &Args) -> R {
    let n = one_arg(vm, a, "strerror")?;
    let n = index_i64(vm, n)?;
    Ok(ops::new_string(super::file::strerror(n as i32)))
}

fn readlink(vm: &mut Vm, _: Value, a: &Args) -> R {
    let p = one_arg(vm, a, "readlink")?;
    let p = path_arg(vm, p, "readlink")?;
    let t = std::fs::read_link(&p).map_err(|e| io_err(vm, e, &p))?;
    Ok(ops::new_string(t.to_string_lossy().into_owned()))
}

/// access(path, mode) for F_OK (0), R_OK (4), W_OK (2), X_OK (1).
fn access(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "access", 2, 2)?;
    let p = path_arg(vm, a.pos[0], "access")?;
    let mode = index_i64(vm, a.pos[1])? as i32;
    let Ok(c) = std::ffi::CString::new(p) else {
        return Err(vm.value_error("embedded null byte".into()));
    };
    // SAFETY: `c` is a valid NUL-terminated string for the duration of the call.
    Ok(Value::bool(unsafe { libc::access(c.as_ptr(), mode) } == 0))
}

/// The canonical path (symlinks resolved), or None if it cannot be resolved.
fn realpath(vm: &mut Vm, _: Value, a: &Args) -> R {
    let p = one_arg(vm, a, "realpath")?;
    let p = path_arg(vm, p, "realpath")?;
    Ok(match std::fs::canonicalize(&p) {
        Ok(c) => ops::new_string(c.to_string_lossy().into_owned()),
        Err(_) => Value::NONE,
    })
}
