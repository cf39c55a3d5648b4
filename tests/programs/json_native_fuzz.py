# Fuzz of Kiln's native JSON codec (_kiln_json): mutated documents and random objects.
# Whenever the native codec answers, its answer must equal the Python code's (the
# decoder with a non-default hook runs the Python code), and it must never crash.
# Under CPython (no _kiln_json) only the Python results are counted, so the printed
# summary is the same.
import json

try:
    from _kiln_json import loads as native_loads, dumps as native_dumps
except ImportError:
    native_loads = native_dumps = None

FAIL = object()
python_decoder = json.JSONDecoder(parse_float=float)      # not the native path

state = 2024
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % (1 << 31)
    return state % n

SEEDS = ['{"a": [1, 2.5e-3, -0, "x\\u00e9\\n", true, false, null], "b": {"c": {}}}',
         '[1e400, -1E-400, 123456789012345678901234567890, "\\ud83d\\ude00", "\\/"]',
         '{"k": "v", "k": "w", "": [[], [[]], {}]}', '"plain"', '  -12.5e+3  ',
         '[NaN, Infinity, -Infinity, "\\u0041\\t"]', '{"a":{"b":{"c":[1,[2,[3]]]}}}']
ALPHABET = '{}[]",:.-+eE0123456789 \t\n\\/utnfalsrNIy\u00e9\U0001f600\x01\x1f'

ok = errors = agreed = 0
for i in range(4000):
    s = list(SEEDS[rnd(len(SEEDS))])
    for _ in range(1 + rnd(4)):
        op = rnd(3)
        at = rnd(len(s) + 1)
        c = ALPHABET[rnd(len(ALPHABET))]
        if op == 0 and s:
            del s[min(at, len(s) - 1)]
        elif op == 1:
            s.insert(at, c)
        elif s:
            s[min(at, len(s) - 1)] = c
    doc = ''.join(s)
    try:
        expected = python_decoder.decode(doc)
        ok += 1
    except (json.JSONDecodeError, RecursionError, ValueError):
        expected = FAIL
        errors += 1
    if native_loads is not None:
        got = native_loads(doc, FAIL)
        if got is not FAIL:
            assert expected is not FAIL, ("native accepted", doc)
            assert repr(got) == repr(expected), (doc, got, expected)
            agreed += 1
print("decode", ok, errors)

def make(depth):
    r = rnd(100)
    if depth > 3 or r < 35:
        return [rnd(1000) - 500, rnd(10**6) / 7.0, "s\u00fc\n\"" * rnd(3), None, True, False,
                10**20, float("nan"), -0.0, (1, "t"), {1, 2}][rnd(11)]
    if r < 65:
        return [make(depth + 1) for _ in range(rnd(4))]
    keys = ["a", "b\u00e9", 3, 2.5, None, True, (1, 2), ""]
    return {keys[rnd(len(keys))]: make(depth + 1) for _ in range(rnd(4))}

enc_ok = enc_err = 0
for i in range(1500):
    o = make(0)
    opts = dict(ensure_ascii=bool(rnd(2)), allow_nan=bool(rnd(4)), sort_keys=bool(rnd(3) == 0),
                skipkeys=bool(rnd(2)), indent=[None, 2, "\t"][rnd(3)])
    enc = json.JSONEncoder(**opts)
    try:
        expected = ''.join(enc.iterencode(o))
        enc_ok += 1
    except (TypeError, ValueError):
        expected = FAIL
        enc_err += 1
    if native_dumps is not None:
        indent = opts["indent"]
        if isinstance(indent, int):
            indent = " " * indent
        got = native_dumps(o, FAIL, opts["ensure_ascii"], opts["allow_nan"], opts["sort_keys"],
                           enc.item_separator, enc.key_separator, indent, opts["skipkeys"])
        if got is not FAIL:
            assert got == expected, (o, opts, got, expected)
print("encode", enc_ok, enc_err)
