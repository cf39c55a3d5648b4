# Iterating over strings and common string algorithms.
s = "Programming in Python"
vowels = 0
for ch in s:
    if ch.lower() in "aeiou":
        vowels += 1
print("vowels", vowels)
print([ch for ch in "abc"], list("xyz"), tuple("hi"), list(enumerate("ab")))
def is_palindrome(t):
    t = "".join(c.lower() for c in t if c.isalnum())
    return t == t[::-1]
for t in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No lemon, no melon"]:
    print(repr(t), is_palindrome(t))
freq = {}
for ch in s.lower():
    if ch != " ":
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
def compress(t):
    out = []
    i = 0
    while i < len(t):
        j = i
        while j < len(t) and t[j] == t[i]:
            j += 1
        out.append(t[i] + (str(j - i) if j - i > 1 else ""))
        i = j
    return "".join(out)
print(compress("aaabccddddde"), compress(""), compress("abc"))
it = iter("ok")
print(next(it), next(it), next(it, "done"))
print(all(c.isalpha() for c in "abc"), any(c.isdigit() for c in "abc1"))
