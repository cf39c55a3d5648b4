# Decorators with arguments (decorator factories).
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(5))
def prefix(tag, sep=": "):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return tag + sep + fn(*args, **kwargs)
        return wrapper
    return deco
@prefix("INFO")
def msg(text):
    return text
@prefix("WARN", sep=" | ")
@prefix("inner")
def warn(text):
    return text.upper()
print(msg("started"), warn("disk"), sep="\n")
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("double")
def double(x):
    return 2 * x
@register("neg")
def neg(x):
    return -x
print(sorted(registry), registry["double"](21), registry["neg"](3), double(4))
def validate(lo, hi):
    def deco(fn):
        def wrapper(v):
            if not lo <= v <= hi:
                raise ValueError(f"{v} out of range [{lo}, {hi}]")
            return fn(v)
        return wrapper
    return deco
@validate(0, 10)
def sq(v):
    return v * v
print(sq(3))
try:
    sq(11)
except ValueError as e:
    print("ValueError", e)
