from operator import itemgetter, attrgetter, methodcaller
rows = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(-1, 0)("abcd"), itemgetter("k")({"k": 9}), itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(list(map(itemgetter(2), rows)), max(rows, key=itemgetter(1)))
class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.inner = self
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
people = [P("x", 3), P("y", 1), P("z", 2)]
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("name", "age")(people[0]), attrgetter("inner.inner.name")(people[1]))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[2]))
print(methodcaller("replace", "a", "b")("banana"), list(map(methodcaller("strip"), [" a ", "b "])))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)
try:
    attrgetter("nope")(people[0])
except AttributeError as e:
    print("AttributeError", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError", e)
d = {"a": 3, "b": 1, "c": 2}
print(sorted(d.items(), key=itemgetter(1)), min(d.items(), key=itemgetter(1))[0])
