# The pattern pyperformance deltablue uses: class OrderedCollection(list): pass.
class OrderedCollection(list):
    pass

class Strength:
    def __init__(self, v, name):
        self.v = v
        self.name = name
    def __repr__(self):
        return self.name

class Plan(OrderedCollection):
    def __init__(self):
        super().__init__()
        self.executed = 0

    def execute(self):
        for c in self:
            self.executed += c.v
        return self.executed

todo = OrderedCollection()
for i in range(5):
    todo.append(Strength(i, "s%d" % i))
while len(todo):
    c = todo.pop(0)
    print(c, len(todo))
plan = Plan()
for i in range(4):
    plan.append(Strength(i * 3, "p%d" % i))
print(plan, plan.execute(), plan.executed, len(plan))
plan.reverse()
print(plan[0], plan[-1], plan[1:3])
print(OrderedCollection([3, 1]) + OrderedCollection([2]))
total = 0
for _ in range(2000):
    oc = OrderedCollection()
    oc.append(1)
    oc.append(2)
    total += oc[0] + oc[1] + len(oc)
print(total)
