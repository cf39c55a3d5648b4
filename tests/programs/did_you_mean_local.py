# An uncaught NameError inside a function: the suggestion comes from the innermost
# frame's local variable names before its globals and the builtins.
number_of_items = 10


def count(items):
    total_items = len(items)
    return total_itemz + number_of_items


print(count([1, 2]))
