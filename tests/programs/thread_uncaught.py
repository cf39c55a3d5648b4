# An uncaught exception in a thread is printed to stderr; the program goes on.
import threading


def boom(x):
    raise ValueError("boom %d" % x)


def quiet():
    raise SystemExit(3)


t = threading.Thread(target=quiet, name="quiet")
t.start()
t.join()
print("SystemExit in a thread is silent:", t.is_alive())

t = threading.Thread(target=boom, args=(7,))
t.start()
t.join()
print("main continues after", t.name, t.is_alive())
x = [i * i for i in range(5)]
print(x)
print("end")
