# re against CPython on random patterns and subjects: findall, search spans and
# groups, sub with group references, split; a pattern CPython rejects prints the
# error. Patterns come from a small grammar (classes, groups, alternation, greedy and
# lazy repeats, anchors, lookarounds, backreferences). No atomic groups or possessive
# repeats here: the recorded oracle, CPython 3.11.2, loops forever on some of them
# (an sre bug fixed in later 3.11 releases); re_basics.py has hand-written cases.
import random
import re

random.seed(1234)
ALPHA = "abc"


def atom(depth, ngroups):
    r = random.random()
    if depth > 2 or r < 0.35:
        return random.choice(["a", "b", "c", ".", r"\w", r"\d", "[ab]", "[^a]", "[a-c]",
                              r"\s", "x", r"\b", "^", "$"])
    if r < 0.55:
        ngroups[0] += 1
        return "(" + alt(depth + 1, ngroups) + ")"
    if r < 0.65:
        return "(?:" + alt(depth + 1, ngroups) + ")"
    if r < 0.72:
        return "(?=" + alt(depth + 1, ngroups) + ")"
    if r < 0.78:
        return "(?!" + alt(depth + 1, ngroups) + ")"
    if r < 0.82:
        return "(?<=" + random.choice(["a", "b", "ab", "[ab]"]) + ")"
    if r < 0.86 and ngroups[0]:
        return "\\" + str(random.randint(1, ngroups[0]))
    return random.choice(["a", "b"])


def piece(depth, ngroups):
    a = atom(depth, ngroups)
    if a in ("^", "$", r"\b") or a.startswith("(?=") or a.startswith("(?!") or a.startswith("(?<="):
        return a
    q = random.choice(["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{,2}",
                       "{0,3}?"])
    return a + q


def seq(depth, ngroups):
    return "".join(piece(depth, ngroups) for _ in range(random.randint(1, 3)))


def alt(depth, ngroups):
    return "|".join(seq(depth, ngroups) for _ in range(random.choice([1, 1, 2])))


for i in range(400):
    pat = alt(0, [0])
    subject = "".join(random.choice(ALPHA + " 1x\n") for _ in range(random.randint(0, 12)))
    try:
        p = re.compile(pat)
    except re.error as e:
        print(i, repr(pat), "error:", e)
        continue
    m = p.search(subject)
    out = [p.findall(subject)]
    if m:
        out.append((m.span(), m.groups(), m.lastindex))
    if p.groups:
        out.append(p.sub(r"<\1>", subject))
    else:
        out.append(p.sub("-", subject))
    out.append(p.split(subject))
    out.append(bool(p.fullmatch(subject)))
    flags_out = re.findall(pat, subject.upper(), re.IGNORECASE)
    print(i, repr(pat), repr(subject), out, flags_out)
