# A JSON-like pretty printer and parser using recursion over dicts and lists.
def escape(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + s.replace("\n", "\\n").replace("\t", "\\t") + '"'


def dumps(value, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end_pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + escape(k) + ": " + dumps(v, indent, level + 1))
        return "{\n" + ",\n".join(items) + "\n" + end_pad + "}"
    raise TypeError(f"cannot serialize {type(value).__name__}")


def loads(text):
    pos = 0

    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1

    def parse_value():
        nonlocal pos
        skip()
        ch = text[pos]
        if ch == "{":
            pos += 1
            result = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                skip()
                key = parse_value()
                skip()
                assert text[pos] == ":", "expected colon at %d" % pos
                pos += 1
                result[key] = parse_value()
                skip()
                if text[pos] == ",":
                    pos += 1
                    continue
                assert text[pos] == "}", "expected } at %d" % pos
                pos += 1
                return result
        if ch == "[":
            pos += 1
            result = []
            skip()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(parse_value())
                skip()
                if text[pos] == ",":
                    pos += 1
                    continue
                assert text[pos] == "]", "expected ] at %d" % pos
                pos += 1
                return result
        if ch == '"':
            pos += 1
            out = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    pos += 1
                    out.append({"n": "\n", "t": "\t"}.get(text[pos], text[pos]))
                else:
                    out.append(text[pos])
                pos += 1
            pos += 1
            return "".join(out)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        return float(num) if any(c in num for c in ".eE") else int(num)

    value = parse_value()
    skip()
    if pos != len(text):
        raise ValueError("trailing data at %d" % pos)
    return value


doc = {
    "name": "kiln",
    "version": [0, 1, 0],
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "big": 2 ** 70,
    "authors": [{"name": "Ada", "langs": ["python", "rust"]}, {"name": "Quote \"Q\" \\ Tab\t", "langs": []}],
    "nested": {"a": {"b": {"c": [1, [2, [3, {}]]]}}},
    "text": "line1\nline2",
}
out = dumps(doc)
print(out)
back = loads(out)
print("round trip equal:", back == doc)
print(dumps([1, "two", [3.5, None]], indent=4))
print(dumps({}), dumps([]), dumps("x"), dumps(-0.0), dumps(1e100))
for bad in [{1: "int key"}, {"s": {1, 2}}]:
    try:
        dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
print(loads('  {"k": [1, 2.5, -3e2, true, false, null, "s\\"q"], "e": {}}  '))
try:
    loads("[1, 2")
except (AssertionError, IndexError) as e:
    print(type(e).__name__, e)
try:
    loads("[1] x")
except ValueError as e:
    print("ValueError:", e)


def depth(v):
    if isinstance(v, dict):
        return 1 + max([depth(x) for x in v.values()], default=0)
    if isinstance(v, list):
        return 1 + max([depth(x) for x in v], default=0)
    return 0


print("depth:", depth(back), "lines:", len(out.splitlines()), "chars:", len(out))
