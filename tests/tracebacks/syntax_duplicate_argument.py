def f(abc, abc):
    pass
