y = 1
z = (y) + 'a'
