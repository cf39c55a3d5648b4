print("executing pkg/__init__ with __package__ =", __package__)
from . import sub
from .sub import helper, CONST as SUB_CONST

PKG_NAME = __name__
