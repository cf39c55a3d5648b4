# Nested dictionaries.
db = {
    "users": {
        "u1": {"name": "Ada", "roles": ["admin", "dev"], "age": 36},
        "u2": {"name": "Linus", "roles": ["dev"], "age": 28},
    },
    "meta": {"version": 3, "tags": ("a", "b")},
}
print(db["users"]["u1"]["name"], db["users"]["u2"]["roles"][-1], db["meta"]["tags"][1])
db["users"]["u3"] = {"name": "Grace", "roles": [], "age": 85}
db["users"]["u2"]["roles"].append("ops")
for uid, user in db["users"].items():
    print(uid, user["name"], len(user["roles"]), ",".join(user["roles"]) or "-")
print(db)
def depth(x):
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    if isinstance(x, (list, tuple)):
        return 1 + max((depth(v) for v in x), default=0)
    return 0
print(depth(db), depth({}), depth([[[]]]))
total_age = sum(u["age"] for u in db["users"].values())
print(total_age)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
