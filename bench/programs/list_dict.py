# Lists, dicts, strings and method calls.
def run(n):
    d = {}
    words = []
    for i in range(n):
        k = "k" + str(i % 1000)
        d[k] = d.get(k, 0) + i
        words.append(k)
    words.sort()
    return len(d), sum(d.values()) % 1000003, words[0], words[-1]

print(run(300_000))
