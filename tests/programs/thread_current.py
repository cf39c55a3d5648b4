# current_thread, main_thread, active_count, enumerate, get_ident.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(main.ident == threading.get_ident(), type(threading.get_native_id()).__name__)
print(repr(main).replace(str(main.ident), "IDENT"))
print(type(main).__name__, isinstance(main, threading.Thread))
print(threading.active_count(), [t.name for t in threading.enumerate()])
try:
    main.join()
except RuntimeError as e:
    print("RuntimeError:", e)

gate = threading.Event()
seen = {}
lock = threading.Lock()
all_started = threading.Barrier(5)


def worker(i):
    me = threading.current_thread()
    with lock:
        seen[i] = (me.name, me.ident == threading.get_ident(), me is threading.main_thread(),
                   me.daemon, me.is_alive())
    all_started.wait()
    gate.wait()


ts = [threading.Thread(target=worker, args=(i,), name="w%d" % i, daemon=(i % 2 == 0))
      for i in range(4)]
for t in ts:
    t.start()
all_started.wait()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in ts))
gate.set()
for t in ts:
    t.join()
for i in sorted(seen):
    print(i, seen[i])
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(len({t.ident for t in ts}) >= 1)


# daemon flag is inherited from the creating thread
def make_child(out):
    c = threading.Thread(target=lambda: None)
    out.append(c.daemon)
    c.start()
    c.join()


out = []
p1 = threading.Thread(target=make_child, args=(out,), daemon=True)
p1.start()
p1.join()
p2 = threading.Thread(target=make_child, args=(out,))
p2.start()
p2.join()
print("inherited daemon:", out)
print(threading.stack_size(), threading.settrace(None), threading.setprofile(None))
