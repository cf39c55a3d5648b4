# Keyword-only arguments.
def connect(host, *, port=80, secure=False):
    return f"{'https' if secure else 'http'}://{host}:{port}"
print(connect("a.org"), connect("b.org", port=8080), connect("c.org", secure=True, port=443))
try:
    connect("d.org", 8080)
except TypeError as e:
    print("TypeError", e)
def required_kw(*, name, value):
    return name + "=" + str(value)
print(required_kw(name="x", value=1), required_kw(value=2, name="y"))
try:
    required_kw(name="x")
except TypeError as e:
    print("TypeError", e)
try:
    required_kw()
except TypeError as e:
    print("TypeError", e)
def mixed(a, *rest, flag=False, **extra):
    return a, rest, flag, extra
print(mixed(1), mixed(1, 2, 3, flag=True), mixed(1, other=5))
