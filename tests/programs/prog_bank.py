# A bank-account simulation using dicts and exceptions.
accounts = {}
ledger = []


def open_account(owner, initial=0):
    if owner in accounts:
        raise ValueError(f"account for {owner} already exists")
    if initial < 0:
        raise ValueError("initial deposit must be non-negative")
    accounts[owner] = {"balance": initial, "history": [("open", initial)], "frozen": False}
    ledger.append(("open", owner, initial))
    return accounts[owner]


def get(owner):
    try:
        return accounts[owner]
    except KeyError:
        raise LookupError(f"no account for {owner!r}") from None


def deposit(owner, amount):
    acct = get(owner)
    if amount <= 0:
        raise ValueError(f"deposit must be positive, got {amount}")
    if acct["frozen"]:
        raise PermissionError(f"account {owner} is frozen")
    acct["balance"] += amount
    acct["history"].append(("deposit", amount))
    ledger.append(("deposit", owner, amount))


def withdraw(owner, amount):
    acct = get(owner)
    if acct["frozen"]:
        raise PermissionError(f"account {owner} is frozen")
    if amount > acct["balance"]:
        raise ArithmeticError(f"insufficient funds: balance {acct['balance']}, requested {amount}")
    acct["balance"] -= amount
    acct["history"].append(("withdraw", amount))
    ledger.append(("withdraw", owner, amount))


def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except Exception:
        deposit(src, amount)  # roll back
        raise


def run(description, action, *args):
    try:
        action(*args)
        print(f"ok     {description}")
    except (ValueError, LookupError, ArithmeticError, PermissionError) as e:
        print(f"FAILED {description}: {type(e).__name__}: {e}")


run("open alice", open_account, "alice", 100)
run("open bob", open_account, "bob")
run("open alice again", open_account, "alice", 5)
run("open carol negative", open_account, "carol", -5)
run("deposit bob 50", deposit, "bob", 50)
run("deposit bob -3", deposit, "bob", -3)
run("withdraw alice 30", withdraw, "alice", 30)
run("withdraw alice 500", withdraw, "alice", 500)
run("deposit dave 1", deposit, "dave", 1)
run("transfer alice->bob 20", transfer, "alice", "bob", 20)
accounts["bob"]["frozen"] = True
run("transfer alice->bob 10 (bob frozen)", transfer, "alice", "bob", 10)
run("withdraw bob 1 (frozen)", withdraw, "bob", 1)
accounts["bob"]["frozen"] = False
run("transfer bob->alice 70", transfer, "bob", "alice", 70)
run("transfer bob->alice 1", transfer, "bob", "alice", 1)

for owner in sorted(accounts):
    acct = accounts[owner]
    print(owner, "balance:", acct["balance"])
    for kind, amount in acct["history"]:
        print(f"    {kind:<9}{amount:>6}")

print("ledger entries:", len(ledger))
totals = {}
for kind, owner, amount in ledger:
    totals[kind] = totals.get(kind, 0) + amount
print("totals by kind:", totals)
print("money in system:", sum(a["balance"] for a in accounts.values()))

# Apply monthly interest with rounding to cents.
rates = {"alice": 0.015, "bob": 0.02}
for owner, rate in rates.items():
    acct = accounts[owner]
    interest = round(acct["balance"] * rate, 2)
    acct["balance"] = round(acct["balance"] + interest, 2)
    print(f"{owner}: interest {interest:.2f}, new balance {acct['balance']:.2f}")

try:
    withdraw("alice", 10 ** 9)
except ArithmeticError as e:
    print("final check:", e)
