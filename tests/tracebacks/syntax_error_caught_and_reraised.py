try:
    eval('(1, ]')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
    raise
