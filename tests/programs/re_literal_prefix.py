# Searches that skip by a pattern's literal prefix, and classes tested by their ASCII map.
import re

text = "abcabd abcx ab abc" * 3 + "ab"
for pat in ["abc", "abd", "(ab)c", "ab(c|d)", "a(?:b)c", "abc$", "ab\\b", "(?i)ABC", "ab(?i:C)", "abcx|abd", "ab+c", "ab?c", "xyz", "ab"]:
    print(pat, [m.span() for m in re.finditer(pat, text)], re.search(pat, text[-3:]))
for pat in ["[a-c]+", "[^a-c ]+", "(?i)[A-C]+", "[\\w]+", "[\\W]", "[\\d\\s]+", "(?i)[k]", "[^\\x00-\\x7f]+"]:
    s = "Kelvin \u212a abc ABC 123 _x-y\u00e9"
    print(pat, re.findall(pat, s))
print(re.search(b"ab[c-d]", b"xxabd"), re.sub("abc", "-", text), re.split("ab", "xabyabz"))
