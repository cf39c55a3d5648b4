def f(d):
    return d[  'k'  ] + d[(0)]
f({})
