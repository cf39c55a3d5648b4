class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4
    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst
class Task:
    def __init__(self, ident, prio):
        self.ident = ident
        self.prio = prio
        self.queue = None
        self.count = 0
    def run(self, pkt):
        self.count += 1
        if pkt is not None:
            self.queue = pkt.append_to(self.queue)
        return self.count
class DevTask(Task):
    def run(self, pkt):
        r = super().run(pkt)
        return r * 2
tasks = [Task(i, i * 10) for i in range(5)] + [DevTask(9, 1)]
total = 0
for i in range(2000):
    t = tasks[i % len(tasks)]
    pkt = Packet(None, i, i % 3) if i % 7 else None
    total += t.run(pkt)
q = tasks[0].queue
n = 0
while q is not None:
    n += 1
    q = q.link
print(total, n, [t.count for t in tasks])
