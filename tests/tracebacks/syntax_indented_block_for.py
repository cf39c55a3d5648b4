for i in range(3):

    # comment
print(i)
