# a tokenizer / state machine written with generators
def tokenize(text):
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < n and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            yield ("NUM", float(num) if "." in num else int(num))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            yield ("NAME", text[i:j])
            i = j
        elif ch in "+-*/()=":
            yield ("OP", ch)
            i += 1
        else:
            raise SyntaxError("bad char %r" % ch)
    yield ("END", None)

for tok in tokenize("x = 3 + 4.5 * (y_1 - 22)"):
    print(tok)

def parse_expr(tokens):
    # recursive descent using an iterator with lookahead
    toks = list(tokens)
    pos = [0]
    def peek():
        return toks[pos[0]]
    def take():
        t = toks[pos[0]]
        pos[0] += 1
        return t
    def atom():
        kind, v = take()
        if kind == "NUM":
            return v
        if v == "(":
            r = expr()
            take()
            return r
        if v == "-":
            return -atom()
        raise SyntaxError("unexpected %r" % (v,))
    def term():
        r = atom()
        while peek() in (("OP", "*"), ("OP", "/")):
            op = take()[1]
            r = r * atom() if op == "*" else r / atom()
        return r
    def expr():
        r = term()
        while peek() in (("OP", "+"), ("OP", "-")):
            op = take()[1]
            r = r + term() if op == "+" else r - term()
        return r
    return expr()

for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "-(2 + 3) * 2", "2 * 2 * 2 * 2"]:
    print(src, "=", parse_expr(tokenize(src)))

try:
    list(tokenize("1 + $"))
except SyntaxError as e:
    print("SyntaxError:", e)

def traffic_light():
    state = "red"
    while True:
        cmd = yield state
        if cmd == "reset":
            state = "red"
        elif state == "red":
            state = "green"
        elif state == "green":
            state = "yellow"
        else:
            state = "red"

tl = traffic_light()
print(next(tl))
for cmd in ["tick", "tick", "tick", "tick", "reset", "tick"]:
    print(cmd, "->", tl.send(cmd))
