def greet(names):
    for i, name in enumerate(names, 1):
        print(f"{i}. Hello, {name}!")

greet(["Kiln", "Python", "world"])
squares = {n: n * n for n in range(6)}
print(squares, sum(squares.values()))
