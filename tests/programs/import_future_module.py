# `from __future__ import` is a compiler directive; `import __future__` is a module.
from __future__ import annotations
import __future__
print(__future__.annotations.getMandatoryRelease())
print(__future__.division.getOptionalRelease(), __future__.division.compiler_flag)
print(__future__.all_feature_names)
print(repr(__future__.generator_stop))
