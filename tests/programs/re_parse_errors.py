# re's parser on random fragments of pattern syntax: each pattern either compiles
# (its group count, and one search) or raises re.error, whose message must be
# CPython's. Nothing may crash (the parser is fuzzed this way).
import random
import re

random.seed(5)
chars = list("()[]{}?*+|^$\\.-,:=!<>#PaAbBdDswWz0123456789xgn ") + [
    "(?", "(?P<", "(?<", "{1,", "[^", "(?i", "(?#", "(?P=", "\\1", "a{2}"]
for i in range(1500):
    pat = "".join(random.choice(chars) for _ in range(random.randint(1, 10)))
    if any(w in pat for w in ("[[", "[^[", "--", "||")):
        continue  # CPython warns (FutureWarning) about possible set syntax here
    try:
        p = re.compile(pat)
    except re.error as e:
        print(i, repr(pat), "error:", e)
        continue
    except Exception as e:
        print(i, repr(pat), type(e).__name__)
        continue
    m = p.search("ab1 x\nZ_ab")
    print(i, repr(pat), p.groups, m and m.span())
