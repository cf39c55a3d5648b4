from .. import sub
from ..sub import helper
from ..other import RESULT
from . import sibling
import _modules.pkg.deep.sibling as sib2

print("executing pkg.deep.leaf")
LEAF = helper("leaf") + " / " + sub.CONST + " / " + RESULT + " / " + sibling.NAME
SAME = sib2 is sibling
