# Uncaught NameError for a name that was never defined.
counter = 0
for step in range(3):
    counter += step
    print("step", step, counter)
print(qqqqqqqqqq_zzzz)
