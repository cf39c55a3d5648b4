from itertools import permutations, combinations, combinations_with_replacement, product
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(list(permutations(range(3), 0)), list(permutations(range(2), 3)), len(list(permutations(range(6)))))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations(range(3), 0)), list(combinations(range(2), 5)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement(range(2), 3)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(product("ab", "xy")), list(product(range(2), repeat=3)), list(product()), list(product("ab", [])))
print(list(product([1, 2], "a", [True, False])))
print(list(product("ab", "cd", "ef", "gh"))[:6], len(list(product(range(3), repeat=4))))
print(sum(1 for _ in combinations(range(20), 3)), sum(1 for _ in permutations(range(7), 4)))
print(list(permutations("aab", 2)))
for f, args in [(permutations, ("abc", -1)), (combinations, ("abc", -1)), (product, ("ab",))]:
    try:
        if f is product:
            f(*args, repeat=-1)
        else:
            f(*args)
    except ValueError as e:
        print("ValueError", e)
