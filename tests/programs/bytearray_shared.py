# A bytearray shared by guest threads (its buffer is lock-guarded), and the places a
# bytearray is not a bytes: unhashable, == with str, its own result types.
import threading

print(bytearray(b'a') == 'a', bytearray(b'ab') * -1, f"{bytearray(b'q')}", bytearray(b'a') != b'a')
shared = bytearray()


def work():
    for i in range(2000):
        shared.append(i % 256)


ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), sum(shared) == 4 * sum(i % 256 for i in range(2000)))
d = {}
try:
    d[bytearray(b"k")] = 1
except TypeError as e:
    print(e)
print(bytearray(b"abc").index(b"c"), bytearray(b"a b").split(), bytearray(b"x").join([]))
