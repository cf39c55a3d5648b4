print('runs?')
total = (1 + 2
print(total)
