# Run-length encoding and decoding, plus a few other simple codecs.
def rle_encode(text):
    if not text:
        return ""
    out = []
    prev = text[0]
    count = 1
    for ch in text[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev = ch
            count = 1
    out.append(f"{count}{prev}")
    return "".join(out)


def rle_decode(code):
    out = []
    num = ""
    for ch in code:
        if ch.isdigit():
            num += ch
        else:
            if not num:
                raise ValueError(f"missing count before {ch!r}")
            out.append(ch * int(num))
            num = ""
    if num:
        raise ValueError("dangling count " + num)
    return "".join(out)


def rle_pairs(seq):
    pairs = []
    for item in seq:
        if pairs and pairs[-1][0] == item:
            pairs[-1][1] += 1
        else:
            pairs.append([item, 1])
    return [tuple(p) for p in pairs]


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "abc", "aabbcc", "", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "ab" * 5,
           "ééé日日本"]
for s in samples:
    enc = rle_encode(s)
    dec = rle_decode(enc)
    ratio = len(enc) / len(s) if s else 0
    print(f"{s[:20]!r:24} -> {enc[:40]!r:44} ok={dec == s} ratio={ratio:.3f}")

for bad in ["3a2", "a3", "12"]:
    try:
        rle_decode(bad)
    except ValueError as e:
        print("decode", repr(bad), "->", e)

print(rle_pairs([1, 1, 2, 3, 3, 3, 1]), rle_pairs("mississippi"), rle_pairs([]))


def delta_encode(nums):
    out = []
    prev = 0
    for n in nums:
        out.append(n - prev)
        prev = n
    return out


def delta_decode(deltas):
    out = []
    total = 0
    for d in deltas:
        total += d
        out.append(total)
    return out


series = [100, 102, 105, 105, 104, 110, 2 ** 40, 2 ** 40 + 1]
d = delta_encode(series)
print(d, delta_decode(d) == series)


def bwt(s):
    s = s + "$"
    rotations = sorted(s[i:] + s[:i] for i in range(len(s)))
    return "".join(r[-1] for r in rotations)


def inverse_bwt(t):
    table = [""] * len(t)
    for _ in range(len(t)):
        table = sorted(t[i] + table[i] for i in range(len(t)))
    for row in table:
        if row.endswith("$"):
            return row[:-1]


for word in ["banana", "abracadabra", "mississippi"]:
    b = bwt(word)
    print(word, "->", b, rle_encode(b), inverse_bwt(b) == word)
