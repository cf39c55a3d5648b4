# The json module against CPython's: dumps options, loads of every value kind,
# escapes and surrogate pairs, hooks, and error messages with their positions. (A lone
# surrogate escape is left out: Kiln's str cannot hold one.)
import json
import io

data = {"a": [1, 2.5, None, True, False, -0.0, 1e100, 10 ** 20], "b": "x\u0105\n\t\"\\/",
        "c": {"nested": {"deep": []}, "empty": {}}, "d": "😀\x00\x1f\x7f", 3: "int key",
        2.5: "float key", None: "none key", True: "bool key"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps(data, indent=0))
print(json.dumps({"b": 1, "a": [2, {"d": 3, "c": 4}]}, sort_keys=True, indent=1))
print(json.dumps([1, (2, 3), []], separators=(",", ":")))
print(json.dumps("plain"), json.dumps(1), json.dumps(None), json.dumps(float("nan")),
      json.dumps(float("inf")), json.dumps(-float("inf")))
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps({"s": {1, 2}}, default=sorted))

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda p: {"x": p.x, "y": p.y}))
for bad, kw in (({(1, 2): 3}, {}), ([Point(1, 2)], {}), ([float("nan")], {"allow_nan": False})):
    try:
        json.dumps(bad, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print("ValueError", e)

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)
print(json.dumps({"p": Point(3, 4)}, cls=MyEncoder))

docs = ['{"a": [1, -2, 3.25, -0.5e-3, 1E2, 0, -0], "b": {"c": null}, "t": true, "f": false}',
        '"\\u0105\\ud83d\\ude00\\n\\t\\"\\\\\\/\\b\\f\\r"', '  [ ]  ', '{}', '12345678901234567890',
        '[NaN, Infinity, -Infinity]', '1.5', '-7']
for d in docs:
    print(repr(json.loads(d)))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"x": 1, "y": [2]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=list))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('"a\\tb"', strict=False), json.loads('"a\tb"', strict=False))
bad_docs = ['', '   ', '[', '[1,', '[1 2]', '{"a" 1}', '{"a": }', "{'a': 1}", '{"a": 1,}',
            '[1,]', '"abc', '"a\\qb"', '"\\u12"', '"a\nb"', '[1] x', 'nul', '{"a":1 "b":2}',
            '\ufeff[]', '[\n  1,\n  oops\n]']
for d in bad_docs:
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        print(repr(d), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
from json.decoder import JSONDecodeError
print(JSONDecodeError is json.JSONDecodeError)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=2)
print(buf.getvalue())
print(json.load(io.StringIO('{"k": [1, 2]}')))
print(json.loads(json.dumps(data, sort_keys=False, default=str)) == json.loads(json.dumps(data)))
