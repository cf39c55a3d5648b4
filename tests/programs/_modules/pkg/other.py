from .sub import helper
from . import sub as the_sub

print("executing pkg.other")
RESULT = helper("other") + " " + the_sub.CONST
