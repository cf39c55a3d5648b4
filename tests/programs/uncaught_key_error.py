# An uncaught KeyError: the traceback's last line shows the key's repr.
inventory = {"apples": 3, "pears": 0}
for item in ["apples", "pears"]:
    print(item, inventory[item])
print("looking up 'k'")
raise KeyError('k')
