# Uncaught RuntimeError raised without arguments.
state = {"ready": False}
print("checking state", state)
if not state["ready"]:
    raise RuntimeError
