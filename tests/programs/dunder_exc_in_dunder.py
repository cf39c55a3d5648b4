class Touchy:
    def __eq__(self, o): raise RuntimeError("eq exploded")
    def __hash__(self): return 1
    def __len__(self): raise KeyError("len")
    def __repr__(self): raise ValueError("repr")
    def __add__(self, o): raise ZeroDivisionError("add")
t = Touchy()
for expr in ["t == 1", "len(t)", "repr(t)", "t + 1", "[t] == [Touchy()]", "{t: 1, Touchy(): 2}", "bool(t)"]:
    try:
        r = eval(expr) if False else None
        if expr == "t == 1": t == 1
        elif expr == "len(t)": len(t)
        elif expr == "repr(t)": repr(t)
        elif expr == "t + 1": t + 1
        elif expr == "[t] == [Touchy()]": [t] == [Touchy()]
        elif expr == "{t: 1, Touchy(): 2}": {t: 1, Touchy(): 2}
        else: bool(t)
        print(expr, "ok")
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
