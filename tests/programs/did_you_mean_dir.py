# An uncaught AttributeError on an object with its own __dir__: the suggestion is
# taken from what dir() answers.
class Config:
    def __getattr__(self, name):
        raise AttributeError(f"no setting {name!r}")

    def __dir__(self):
        return ["timeout", "retries", "verbose"]


c = Config()
print(hasattr(c, "timeout"), getattr(c, "retries", "default"))
print(c.timeuot)
