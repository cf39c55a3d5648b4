# A KeyError from a failed dict lookup, uncaught.
prices = {"tea": 2.5, "coffee": 3.0}
order = ["tea", "coffee", "cocoa"]
total = 0.0
for drink in order:
    print("adding", drink)
    total += prices[drink]
print("total", total)
