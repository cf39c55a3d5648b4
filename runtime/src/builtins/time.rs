//! The `time` module: time, time_ns, perf_counter(_ns), monotonic(_ns),
//! process_time(_ns), sleep, and calendar time through the C library: struct_time,
//! localtime, gmtime, mktime, strftime, asctime, ctime, timezone/altzone/daylight/tzname.

use super::*;

pub(crate) fn install() {
    let (_, d) = new_module("time");
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("monotonic", perf_counter),
        ("monotonic_ns", perf_counter_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("sleep", sleep),
    ];
    for &(n, f) in fns {
        add_fn(d, n, f);
    }
    let cal: &[(&'static str, NativeFn)] = &[
        ("localtime", localtime),
        ("gmtime", gmtime),
        ("mktime", mktime),
        ("strftime", strftime),
        ("asctime", asctime),
        ("ctime", ctime),
    ];
    for &(n, f) in cal {
        add_fn(d, n, f);
    }
    install_struct_time(d);
    install_zone(d);
}

// ---- calendar time ---------------------------------------------------------------

extern "C" {
    /// POSIX tzset (not bound by the libc crate): reads TZ into the C library's zone.
    fn tzset();
}

static STRUCT_TIME: std::sync::OnceLock<Value> = std::sync::OnceLock::new();

const TM_FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

/// `time.struct_time`: a tuple subclass of the nine fields, each also an attribute.
/// (CPython's also has tm_zone and tm_gmtoff, attributes outside the tuple; not here.)
fn install_struct_time(d: Value) {
    let cls = rt::new_class("struct_time", &[rt().types.tuple], Layout::Tuple);
    cls.cast::<ClassObj>().module = crate::sym!("time");
    set_str_key(d, "struct_time", cls);
    rt().extra_roots.lock().push(cls);
    STRUCT_TIME.set(cls).ok();
    macro_rules! field_getters {
        ($($i:literal),*) => {[$(
            (TM_FIELDS[$i], {
                fn get(vm: &mut Vm, _: Value, a: &Args) -> R {
                    let t = one_arg(vm, a, TM_FIELDS[$i])?;
                    Ok(struct_time_field(t, $i))
                }
                get as NativeFn
            }),
        )*]};
    }
    for (name, f) in field_getters!(0, 1, 2, 3, 4, 5, 6, 7, 8) {
        ctors::add_property(cls, name, f);
    }
}

/// Field `i` of a struct_time.
fn struct_time_field(t: Value, i: usize) -> Value {
    t.get::<TupleObj>()
        .and_then(|to| to.items.get(i).copied())
        .unwrap_or(Value::NONE)
}

/// Whether `v` is a time.struct_time (whose repr names its fields).
pub(crate) fn is_struct_time(v: Value) -> bool {
    v.get::<TupleObj>()
        .is_some_and(|t| STRUCT_TIME.get() == Some(&t.cls))
}

/// "time.struct_time(tm_year=..., ...)".
pub(crate) fn struct_time_repr_of(vm: &mut Vm, recv: Value) -> PyResult<String> {
    let mut out = String::from("time.struct_time(");
    for (i, name) in TM_FIELDS.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(name);
        out.push('=');
        out.push_str(&ops::repr(vm, struct_time_field(recv, i))?);
    }
    out.push(')');
    Ok(out)
}

fn make_struct_time(tm: &libc::tm) -> Value {
    let items = vec![
        int(tm.tm_year as i64 + 1900),
        int(tm.tm_mon as i64 + 1),
        int(tm.tm_mday as i64),
        int(tm.tm_hour as i64),
        int(tm.tm_min as i64),
        int(tm.tm_sec as i64),
        int((tm.tm_wday as i64 + 6) % 7),
        int(tm.tm_yday as i64 + 1),
        int(tm.tm_isdst as i64),
    ];
    let mut t = TupleObj::new(items.into_boxed_slice());
    t.cls = *STRUCT_TIME.get().expect("time installed");
    alloc(t)
}

/// Whether `cls` is time.struct_time.
pub(crate) fn is_struct_time_class(cls: Value) -> bool {
    STRUCT_TIME.get() == Some(&cls)
}

/// `time.struct_time(sequence)`: the sequence's nine fields (CPython also accepts the
/// two attribute-only fields after them; they are dropped here, as struct_time has none).
pub(crate) fn struct_time_new(vm: &mut Vm, a: &Args) -> R {
    let mut p = [Value::NULL; 2];
    bind(vm, a, "struct_time", &["sequence", "dict"], 1, &mut p)?;
    let items = ops::collect_iterable(vm, p[0])?;
    if items.len() < 9 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
            items.len()
        )));
    }
    if items.len() > 11 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({}-sequence given)",
            items.len()
        )));
    }
    let mut t = TupleObj::new(items[..9].to_vec().into_boxed_slice());
    t.cls = *STRUCT_TIME.get().expect("time installed");
    Ok(alloc(t))
}

/// Seconds since the epoch from an optional argument (None: now).
fn secs_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<libc::time_t> {
    check_pos(vm, a, name, 0, 1)?;
    match a.pos.first() {
        None => Ok((clock_ns(libc::CLOCK_REALTIME) / 1_000_000_000) as libc::time_t),
        Some(v) if v.is_none() => {
            Ok((clock_ns(libc::CLOCK_REALTIME) / 1_000_000_000) as libc::time_t)
        }
        Some(&v) => match to_f64(vm, v)? {
            Some(f) if f.is_finite() && f.abs() < 1e17 => Ok(f.floor() as libc::time_t),
            Some(_) => Err(vm.raise(
                rt().excs.overflow_error,
                "timestamp out of range for platform time_t".into(),
            )),
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                ops::type_name(v)
            ))),
        },
    }
}

fn broken_down(vm: &mut Vm, secs: libc::time_t, local: bool) -> PyResult<libc::tm> {
    // SAFETY: an all-zero tm is a valid value for the C library to overwrite.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both functions write only into `tm`, which we own.
    let ok = unsafe {
        if local {
            tzset();
            !libc::localtime_r(&secs, &mut tm).is_null()
        } else {
            !libc::gmtime_r(&secs, &mut tm).is_null()
        }
    };
    if !ok {
        return Err(vm.raise(
            rt().excs.overflow_error,
            "timestamp out of range for platform time_t".into(),
        ));
    }
    Ok(tm)
}

fn localtime(vm: &mut Vm, _: Value, a: &Args) -> R {
    let secs = secs_arg(vm, a, "localtime")?;
    let tm = broken_down(vm, secs, true)?;
    Ok(make_struct_time(&tm))
}

fn gmtime(vm: &mut Vm, _: Value, a: &Args) -> R {
    let secs = secs_arg(vm, a, "gmtime")?;
    let tm = broken_down(vm, secs, false)?;
    Ok(make_struct_time(&tm))
}

/// A struct_time or 9-tuple argument as a C `tm`.
fn tm_arg(vm: &mut Vm, v: Value, name: &str) -> PyResult<libc::tm> {
    let Some(t) = v.get::<TupleObj>() else {
        return Err(vm.type_error(format!("Tuple or struct_time argument required")));
    };
    if t.items.len() != 9 {
        return Err(vm.type_error(format!("{name}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (k, &x) in t.items.iter().enumerate() {
        f[k] = index_i64(vm, x)?;
    }
    // SAFETY: as in broken_down.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (f[0] - 1900) as i32;
    tm.tm_mon = (f[1] - 1).clamp(0, 11) as i32;
    tm.tm_mday = f[2].clamp(1, 31) as i32;
    tm.tm_hour = f[3] as i32;
    tm.tm_min = f[4] as i32;
    tm.tm_sec = f[5] as i32;
    tm.tm_wday = ((f[6] + 1) % 7) as i32;
    tm.tm_yday = (f[7] - 1).max(0) as i32;
    tm.tm_isdst = f[8] as i32;
    if !(0..=23).contains(&f[3]) || !(0..=59).contains(&f[4]) || !(0..=61).contains(&f[5]) {
        return Err(vm.value_error(
            [
                "hour out of range",
                "minute out of range",
                "seconds out of range",
            ][if !(0..=23).contains(&f[3]) {
                0
            } else if !(0..=59).contains(&f[4]) {
                1
            } else {
                2
            }]
            .into(),
        ));
    }
    Ok(tm)
}

fn mktime(vm: &mut Vm, _: Value, a: &Args) -> R {
    let t = one_arg(vm, a, "mktime")?;
    let mut tm = tm_arg(vm, t, "mktime")?;
    // SAFETY: mktime normalises the tm we own.
    let secs = unsafe {
        tzset();
        libc::mktime(&mut tm)
    };
    if secs == -1 && tm.tm_year != 69 {
        return Err(vm.raise(
            rt().excs.overflow_error,
            "mktime argument out of range".into(),
        ));
    }
    Ok(Value::float(secs as f64))
}

fn strftime(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "strftime", 1, 2)?;
    let fmt = a.pos[0];
    if !is_str(fmt) {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            ops::type_name(fmt)
        )));
    }
    let tm = match a.pos.get(1) {
        Some(&t) => tm_arg(vm, t, "strftime")?,
        None => {
            let now = (clock_ns(libc::CLOCK_REALTIME) / 1_000_000_000) as libc::time_t;
            broken_down(vm, now, true)?
        }
    };
    let fmt_s = ops::str_of(fmt);
    if fmt_s.is_empty() {
        return Ok(rt().empty_str);
    }
    let Ok(cfmt) = std::ffi::CString::new(fmt_s) else {
        return Err(vm.value_error("embedded null character".into()));
    };
    let mut cap = 256usize.max(fmt_s.len() * 4);
    loop {
        let mut buf = vec![0u8; cap];
        // SAFETY: strftime writes at most `cap` bytes into `buf`, which we own.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                cap,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 || cap > 1 << 20 {
            buf.truncate(n);
            return Ok(ops::new_string(String::from_utf8_lossy(&buf).into_owned()));
        }
        cap *= 4;
    }
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "Sun Jun  9 01:02:03 2024", as CPython's asctime.
fn asctime_of(tm: &libc::tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn asctime(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "asctime", 0, 1)?;
    let tm = match a.pos.first() {
        Some(&t) => tm_arg(vm, t, "asctime")?,
        None => {
            let now = (clock_ns(libc::CLOCK_REALTIME) / 1_000_000_000) as libc::time_t;
            broken_down(vm, now, true)?
        }
    };
    Ok(ops::new_string(asctime_of(&tm)))
}

fn ctime(vm: &mut Vm, _: Value, a: &Args) -> R {
    let secs = secs_arg(vm, a, "ctime")?;
    let tm = broken_down(vm, secs, true)?;
    Ok(ops::new_string(asctime_of(&tm)))
}

/// timezone, altzone, daylight and tzname, as CPython derives them: from the
/// offsets of January and July of the current year.
fn install_zone(d: Value) {
    let now = (clock_ns(libc::CLOCK_REALTIME) / 1_000_000_000) as libc::time_t;
    let year_start = now - (now % (365 * 86400));
    let probe = |t: libc::time_t| -> (i64, String) {
        // SAFETY: as in broken_down.
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        unsafe {
            tzset();
            libc::localtime_r(&t, &mut tm);
        }
        let name = if tm.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: a NUL-terminated name owned by the C library.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned()
        };
        (tm.tm_gmtoff as i64, name)
    };
    let (jan, jan_name) = probe(year_start);
    let (jul, jul_name) = probe(year_start + 182 * 86400);
    let (std_off, std_name, dst_off, dst_name) = if jan < jul {
        (jan, jan_name, jul, jul_name)
    } else {
        (jul, jul_name, jan, jan_name)
    };
    set_str_key(d, "timezone", int(-std_off));
    set_str_key(d, "altzone", int(-dst_off));
    set_str_key(d, "daylight", int((std_off != dst_off) as i64));
    let tzname = ops::new_tuple(vec![ops::new_string(std_name), ops::new_string(dst_name)]);
    set_str_key(d, "tzname", tzname);
}

fn clock_ns(clock: libc::clockid_t) -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    ts.tv_sec as i64 * 1_000_000_000 + ts.tv_nsec as i64
}

fn time(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "time.time")?;
    Ok(Value::float(clock_ns(libc::CLOCK_REALTIME) as f64 * 1e-9))
}
fn time_ns(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "time.time_ns")?;
    Ok(int(clock_ns(libc::CLOCK_REALTIME)))
}
fn perf_counter(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "time.perf_counter")?;
    Ok(Value::float(clock_ns(libc::CLOCK_MONOTONIC) as f64 * 1e-9))
}
fn perf_counter_ns(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "time.perf_counter_ns")?;
    Ok(int(clock_ns(libc::CLOCK_MONOTONIC)))
}
fn process_time(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "time.process_time")?;
    Ok(Value::float(
        clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID) as f64 * 1e-9,
    ))
}
fn process_time_ns(vm: &mut Vm, _: Value, a: &Args) -> R {
    no_args(vm, a, "time.process_time_ns")?;
    Ok(int(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)))
}

fn sleep(vm: &mut Vm, _: Value, a: &Args) -> R {
    let v = one_arg(vm, a, "time.sleep")?;
    let secs = match to_f64(vm, v)? {
        Some(f) => f,
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                ops::type_name(v)
            )));
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)".into()));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative".into()));
    }
    file::flush_stdout_only();
    let d = std::time::Duration::from_secs_f64(secs.min(1e9));
    crate::guest::native(|| std::thread::sleep(d));
    Ok(Value::NONE)
}
