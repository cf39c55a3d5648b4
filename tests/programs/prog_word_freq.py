# Word frequency counting with dicts.
TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period.
"""

def normalize(word):
    return word.strip(".,;:!?-\"'()").lower()


def count_words(text):
    counts = {}
    for raw in text.split():
        w = normalize(raw)
        if w:
            counts[w] = counts.get(w, 0) + 1
    return counts


counts = count_words(TEXT)
print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 10:")
for word, n in ranked[:10]:
    print(f"  {word:<12}{n:>3} {'#' * n}")

singletons = sorted(w for w, n in counts.items() if n == 1)
print("words used once:", len(singletons))
print(", ".join(singletons[:12]))

by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    words = sorted(by_length[length])
    print(f"length {length:2}: {len(words):2} words, e.g. {words[:4]}")

letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top_letters = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print("top letters:", top_letters)
total_letters = sum(letters.values())
print("share of 'e': {:.2%}".format(letters["e"] / total_letters))

bigrams = {}
words = [normalize(w) for w in TEXT.split() if normalize(w)]
for a, b in zip(words, words[1:]):
    key = a + " " + b
    bigrams[key] = bigrams.get(key, 0) + 1
common = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print("common bigrams:", common)

first_seen = {}
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
print("first positions:", list(first_seen.items())[:8])
lines = [line for line in TEXT.splitlines() if line.strip()]
for i, line in enumerate(lines, 1):
    print(f"line {i}: {len(line.split()):2} words, {len(line):3} chars, commas={line.count(',')}")

# Group words that are anagrams of each other (keys are sorted letters).
groups = {}
for w in sorted(counts):
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups):
    if len(groups[key]) > 1:
        print("anagrams:", groups[key])
longest = max(counts, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
vowel_ratio = {w: sum(c in "aeiou" for c in w) / len(w) for w in counts}
richest = sorted(vowel_ratio.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("most vowel-rich:", [(w, round(r, 3)) for w, r in richest])
capitalized = sorted({w.strip(".,;:!?-") for w in TEXT.split() if w[:1].isupper()})
print("capitalized in source:", capitalized)
