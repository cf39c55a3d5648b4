# %-formatting with a mapping.
person = {"name": "Grace", "age": 85, "score": 97.25}
print("%(name)s is %(age)d years old" % person)
print("%(name)-10s|%(score)8.3f|%(age)05d" % person)
print("%(name)r %(name)s %(name)s" % person)
print("%(a)s-%(b)s-%(a)s" % {"a": 1, "b": [2]})
records = [{"n": "x", "v": 1}, {"n": "yy", "v": 22}, {"n": "zzz", "v": 333}]
for r in records:
    print("%(n)5s = %(v)-5d|" % r)
try:
    print("%(missing)s" % person)
except KeyError as e:
    print("KeyError", e)
