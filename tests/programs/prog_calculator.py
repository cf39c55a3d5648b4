# A tiny tokenizer and recursive-descent calculator built from string methods.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            number = text[i:j]
            if number.count(".") > 1:
                raise ValueError("bad number " + repr(number))
            tokens.append(("num", float(number) if "." in number else int(number)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif text.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif ch in "+-*/%()=":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ValueError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


class_free_state = {"vars": {"pi": 3.14159, "answer": 42}}


def evaluate(text):
    tokens = tokenize(text)
    pos = 0

    def peek():
        return tokens[pos]

    def advance():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok

    def expect(kind, value=None):
        tok = advance()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        return tok

    def expr():
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = advance()[1]
            rhs = term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term():
        value = unary()
        while peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = advance()[1]
            rhs = unary()
            if op == "*":
                value = value * rhs
            elif op == "/":
                value = value / rhs
            else:
                value = value % rhs
        return value

    def unary():
        if peek() == ("op", "-"):
            advance()
            return -unary()
        if peek() == ("op", "+"):
            advance()
            return unary()
        return power()

    def power():
        base = atom()
        if peek() == ("op", "**"):
            advance()
            return base ** unary()
        return base

    def atom():
        kind, value = advance()
        if kind == "num":
            return value
        if kind == "name":
            if value not in class_free_state["vars"]:
                raise NameError(f"unknown variable {value!r}")
            return class_free_state["vars"][value]
        if (kind, value) == ("op", "("):
            inner = expr()
            expect("op", ")")
            return inner
        raise SyntaxError(f"unexpected token {value!r}")

    if len(tokens) > 2 and tokens[0][0] == "name" and tokens[1] == ("op", "="):
        name = tokens[0][1]
        pos = 2
        result = expr()
        class_free_state["vars"][name] = result
    else:
        result = expr()
    if peek()[0] != "end":
        raise SyntaxError(f"trailing input {peek()[1]!r}")
    return result


print(tokenize("x = 3 * (4 + 5.5) ** 2"))
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "10 / 4",
    "10 % 4 + 7 % -3",
    "x = 6 * 7",
    "x / 2 + answer",
    "y = x - 0.5",
    "y * 2",
    "pi * 2",
    "((((1))))",
    "3 +",
    "4 $ 4",
    "unknown + 1",
    "1 / 0",
    "2 3",
    "1..2",
    "2 ** 100",
]
for line in lines:
    try:
        print(f"{line!r:24} => {evaluate(line)!r}")
    except (SyntaxError, NameError, ValueError, ZeroDivisionError) as e:
        print(f"{line!r:24} => {type(e).__name__}: {e}")
print(sorted(class_free_state["vars"].items()))
