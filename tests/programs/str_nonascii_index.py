# Indexing, slicing and searching long non-ASCII strs (Kiln keeps a char index for
# them, so these are not O(i) per access): results across the index's 64-char blocks.
import random

rng = random.Random(7)
alphabet = "aé€😀bc ✓"
for n in (5, 63, 64, 65, 200, 257, 1000, 5000):
    s = "".join(rng.choice(alphabet) for _ in range(n))
    idx = [0, n - 1, n // 2, 63 % n, 64 % n, 255 % n, 256 % n, -1, -n]
    got = [s[i] for i in idx]
    sl = [s[a:b] for a, b in ((0, 10), (60, 70), (n - 5, n + 5), (255, 300), (1, -1), (-70, -60))]
    fnd = [s.find("€", k) for k in (0, 64, 300)] + [s.rfind("😀", 0, n - 3), s.index(s[-1]), s.count("é", 10, 400)]
    tails = [s.startswith(s[100:110], 100), s.endswith(s[-7:]), s.startswith("x", 3)]
    rev = "".join(reversed(s))
    print(n, len(s), "".join(got), sl[1], sl[3][:5], fnd, tails, rev[:8], rev == s[::-1], s[::7][:6])
