def f():
    raise ValueError('v')
def g():
    f()   
g()
