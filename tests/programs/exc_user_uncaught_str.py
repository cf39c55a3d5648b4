class Boom(RuntimeError):
    def __str__(self):
        return "custom boom text"
def f():
    raise Boom("ignored")
f()
