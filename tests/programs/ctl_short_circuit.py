# and / or return operand values and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", "x" and "y", None or 0, [] and "never")
print(0 or "" or None or [], 1 and "a" and [1] and (2,), 0 or 0.0 or "last")
log = []
def t(name, val):
    log.append(name)
    return val
print(t("a", 0) and t("b", 1), log)
log.clear()
print(t("a", 1) or t("b", 1), log)
log.clear()
print(t("a", 1) and t("b", 0) or t("c", "c"), log)
log.clear()
print(not t("a", []) and t("b", "B"), log)
name = ""
display = name or "anonymous"
print(display)
config = {"debug": 0}
level = config.get("level") or config.get("debug") or 3
print(level)
items = None
print(items and len(items), (items or []) and len(items))
print(not 1, not 0, not not "x", (not None) is True)
