# raise ... from ... at top level: the final stderr line is the outer exception.
def load(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise RuntimeError("config key missing: " + key) from e
cfg = {"host": "localhost"}
print("host =", load(cfg, "host"))
print("port =", load(cfg, "port"))
