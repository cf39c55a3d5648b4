# Table-driven state machines: a traffic light, a vending machine and a number lexer.
TRAFFIC = {
    ("red", "tick"): "green",
    ("green", "tick"): "yellow",
    ("yellow", "tick"): "red",
    ("red", "emergency"): "red",
    ("green", "emergency"): "red",
    ("yellow", "emergency"): "red",
}

state = "red"
for event in ["tick", "tick", "emergency", "tick", "tick", "tick", "tick"]:
    new_state = TRAFFIC[(state, event)]
    print(f"{state:>6} --{event}--> {new_state}")
    state = new_state
try:
    TRAFFIC[(state, "honk")]
except KeyError as e:
    print("invalid transition:", e)


def vending_machine(events, price=75):
    balance = 0
    state = "idle"
    log = []
    for ev in events:
        kind, _, arg = ev.partition(":")
        if kind == "coin":
            value = int(arg)
            if value not in (5, 10, 25):
                log.append(f"reject coin {value}")
                continue
            balance += value
            state = "paying" if balance < price else "ready"
            log.append(f"coin {value} -> balance {balance} ({state})")
        elif kind == "select":
            if state != "ready":
                log.append(f"select {arg}: need {price - balance} more")
            else:
                change = balance - price
                log.append(f"vend {arg}, change {change}")
                balance = 0
                state = "idle"
        elif kind == "refund":
            log.append(f"refund {balance}")
            balance = 0
            state = "idle"
        else:
            log.append(f"unknown event {ev!r}")
    return state, balance, log


final_state, final_balance, log = vending_machine(
    ["coin:25", "select:chips", "coin:25", "coin:3", "coin:10", "coin:25", "select:soda",
     "coin:10", "refund", "dance", "coin:25", "coin:25", "coin:25", "coin:25", "select:candy"])
for line in log:
    print(" ", line)
print("final:", final_state, final_balance)

# A lexer for numbers like -12, 3.5, 6e10, 1.5e-3 driven by a transition function.
def char_class(ch):
    if ch.isdigit():
        return "digit"
    if ch in "+-":
        return "sign"
    if ch == ".":
        return "dot"
    if ch in "eE":
        return "exp"
    return "other"


TRANSITIONS = {
    "start": {"sign": "signed", "digit": "int", "dot": "dot_first"},
    "signed": {"digit": "int", "dot": "dot_first"},
    "int": {"digit": "int", "dot": "frac", "exp": "exp"},
    "dot_first": {"digit": "frac"},
    "frac": {"digit": "frac", "exp": "exp"},
    "exp": {"sign": "exp_sign", "digit": "exp_digits"},
    "exp_sign": {"digit": "exp_digits"},
    "exp_digits": {"digit": "exp_digits"},
}
ACCEPTING = {"int", "frac", "exp_digits"}


def classify(text):
    state = "start"
    trace = [state]
    for ch in text:
        state = TRANSITIONS.get(state, {}).get(char_class(ch))
        if state is None:
            return False, trace + ["reject@" + ch]
        trace.append(state)
    return state in ACCEPTING, trace


for text in ["42", "-12", "3.5", ".5", "5.", "6e10", "1.5e-3", "e5", "1e", "--1", "1.2.3", "+.e1", ""]:
    ok, trace = classify(text)
    agrees = True
    try:
        float(text)
        py_ok = True
    except ValueError:
        py_ok = False
    print(f"{text!r:10} valid={ok!s:5} python={py_ok!s:5} path={'>'.join(trace)}")

counts = {}
for text in ["1", "22", "3.3", "4e4", "x", "-5", "6.6e-6"]:
    ok, trace = classify(text)
    counts[trace[-1]] = counts.get(trace[-1], 0) + 1
print(counts)
