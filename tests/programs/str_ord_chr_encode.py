# ord, chr and encoded lengths.
for c in "Az09 ~\n\té€😀":
    print(repr(c), ord(c), chr(ord(c)) == c, len(c.encode()))
print([chr(i) for i in range(65, 91)])
print("".join(chr(ord(c) + 1) for c in "HAL"), "".join(chr((ord(c) - 97 + 13) % 26 + 97) for c in "hello"))
print(len("abc".encode()), len("é".encode()), len("日本".encode()), len("😀".encode()), len("".encode()))
print(len("é".encode("utf-8")), len("abc".encode("ascii")))
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
def caesar(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + k) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)
msg = caesar("Hello, World!", 3)
print(msg, caesar(msg, -3))
