# Helper package for the import_*.py differential programs (not a program itself:
# the harness only runs tests/programs/*.py).
loaded = ["_modules"]
