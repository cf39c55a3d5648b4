# A typo of a builtin Kiln installs lazily (memoryview) is still suggested.
data = b"abc"
view = memoryveiw(data)
