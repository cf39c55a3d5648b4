# CPU-bound work for bench/scaling.py: WORK units split over THREADS threads.
# Each unit is a pure-int loop plus a small float kernel; results are summed under a
# lock so every thread count prints the same checksum.
import sys
import threading


def unit(seed):
    # integer loop
    acc = seed
    for i in range(150000):
        acc = (acc * 31 + i) % 1000003
    # float kernel (nbody-like pair updates on local lists)
    xs = [float(i + seed % 3) for i in range(16)]
    vs = [0.0] * 16
    for step in range(60):
        for i in range(16):
            xi = xs[i]
            f = 0.0
            for j in range(16):
                if i != j:
                    d = xs[j] - xi
                    f += d / (d * d + 1.0)
            vs[i] += f * 0.01
        for i in range(16):
            xs[i] += vs[i] * 0.01
    return acc + int(sum(xs) * 1000)


def main():
    threads = int(sys.argv[1])
    work = int(sys.argv[2])
    lock = threading.Lock()
    total = [0]

    def worker(units):
        s = 0
        for u in units:
            s += unit(u)
        with lock:
            total[0] += s

    parts = [list(range(k, work, threads)) for k in range(threads)]
    ts = [threading.Thread(target=worker, args=(p,)) for p in parts]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(total[0])


main()
