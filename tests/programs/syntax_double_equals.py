# Syntax error: "x = = 1".
print("never runs")
x = = 1
