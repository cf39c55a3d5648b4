# `{**x}` needs a mapping (CPython's DICT_UPDATE); dict.update also takes pairs.
class M:
    def keys(self): return ['a']
    def __getitem__(self, k): return 1
class N:
    pass
print({**M(), **{'b': 2}})
print(sorted(k for k in {**vars(M)} if not k.startswith('__')))
for bad in (1, [(1, 2)], N(), "ab", None):
    try:
        print({**bad})
    except TypeError as e:
        print("TypeError", e)
d = {}
d.update([(1, 2)])
print(d, {**d, 3: 4})
