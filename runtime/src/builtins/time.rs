//! The `time` module: time, time_ns, perf_counter(_ns), monotonic(_ns),
//! process_time(_ns), sleep.

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
