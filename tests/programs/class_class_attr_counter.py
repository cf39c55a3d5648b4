class Node:
    instances = 0
    registry = []
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
        Node.instances += 1
        Node.registry.append(val)
    def total(self):
        t = 0
        n = self
        while n is not None:
            t += n.val
            n = n.nxt
        return t
head = None
for i in range(100):
    head = Node(i, head)
print(head.total(), Node.instances, len(Node.registry), head.nxt.val)
print(head.__class__.instances)
