import json
doc = {"a": [1, 2.5, -3e10, True, False, None, "x\u00e9\n\"\\", {"b": []}], "c": {}, "d": "\U0001f600", 7: 1, 1.5: 2, None: 3, True: 4}
for kw in [{}, {"indent": 2}, {"indent": "\t"}, {"sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")}, {"indent": 0}]:
    try:
        s = json.dumps(doc, **kw)
    except TypeError as e:
        s = "TypeError " + str(e)
    print(repr(s))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 10**30, 1e16, 0.1]))
print(json.loads('{"a": [1, 2.5, -3e10, true, false, null, "x\\u00e9\\n\\"\\\\", {"b": []}], "c": {}, "d": "\\ud83d\\ude00", "e": 12345678901234567890123, "f": -0, "g": 1E5, "h": NaN}'))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads('"\\ud800"') == '\ud800')
for bad in ['[1,]', '{"a" 1}', '[1 2]', '"abc', '{"a":1}x', '', '[01]', '1.', '"\\x"', '"a\tb"', '{1: 2}', '[-]']:
    try:
        json.loads(bad)
        print("ok?", bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"x": float("nan")}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
class E(json.JSONEncoder):
    def default(self, o):
        return sorted(o)
print(json.dumps({"s": {3, 1, 2}}, cls=E), json.dumps({"s": {3, 1, 2}}, default=list))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=1))
print(json.dumps((1, (2, 3))), json.dumps("top\u2028"), json.dumps([]), json.dumps({}), json.dumps([[]], indent=2))
print(json.loads("[[[[]]]]"), json.loads(' \n {"a" : 1 , "b":[ 1 , 2 ] } \n'))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
# a larger document through both directions, with every option combination
import random
rng = random.Random(5)
def make(depth):
    r = rng.random()
    if depth > 4 or r < 0.3:
        return rng.choice([rng.randint(-10**6, 10**6), rng.random() * 1e6, "s%d\u00fc" % rng.randint(0, 99), None, True, False, 10**25])
    if r < 0.65:
        return [make(depth + 1) for _ in range(rng.randint(0, 5))]
    return {"k%d" % rng.randint(0, 30): make(depth + 1) for _ in range(rng.randint(0, 5))}
docs = [make(0) for _ in range(40)]
total = 0
for d in docs:
    for kw in ({}, {"sort_keys": True}, {"indent": 3}, {"ensure_ascii": False, "separators": (",", ":")}):
        s = json.dumps(d, **kw)
        total += len(s)
        assert json.loads(s) == d, s
print(total, json.dumps(docs[:3], sort_keys=True))
