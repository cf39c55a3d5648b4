"""Module A docstring."""
print("executing mod_a as", __name__)

value = 42
counter = [0]


def bump():
    counter[0] += 1
    return counter[0]


def get_value():
    return value


_private = "hidden"
