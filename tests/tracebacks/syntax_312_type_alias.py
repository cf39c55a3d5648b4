type Pair = tuple[int, int]
