def f(s):
    return s['é'] + 1
f({'é': 'ü'})
