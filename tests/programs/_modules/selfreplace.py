import sys
REPLACED = False
sys.modules[__name__] = "a string standing in for the module"
