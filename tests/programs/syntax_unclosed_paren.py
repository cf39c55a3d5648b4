# Syntax error: an unclosed parenthesis.
print("this program never runs")
total = (1 + 2
print(total)
