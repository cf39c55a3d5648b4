# making the time module deterministic by monkey-patching it
import time

fake_now = [1000.0]
def fake_time():
    fake_now[0] += 0.5
    return fake_now[0]

real_time = time.time
real_perf = time.perf_counter
time.time = fake_time
time.perf_counter = fake_time
time.monotonic = lambda: 7.0

def timed(fn, *args):
    start = time.perf_counter()
    r = fn(*args)
    return r, time.perf_counter() - start

print(time.time(), time.time())
print(timed(sum, range(100)))
print(timed(sorted, [3, 1, 2]))
print(time.monotonic())

sleeps = []
real_sleep = time.sleep
time.sleep = lambda s: sleeps.append(s)
for i in range(5):
    time.sleep(i * 0.25)
print(sleeps)

elapsed = []
for i in range(300):
    r, dt = timed(abs, -i)
    elapsed.append(dt)
print(set(elapsed), fake_now[0])

time.time = real_time
time.perf_counter = real_perf
time.sleep = real_sleep
print(type(time.time()).__name__, time.time() > 1e9)
t0 = time.perf_counter()
print(time.perf_counter() >= t0)

# a function that captured the patched function keeps it
time.time = fake_time
captured = time.time
time.time = real_time
print(captured(), captured())
