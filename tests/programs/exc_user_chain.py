class LowError(Exception): pass
class HighError(Exception): pass
def low():
    raise LowError("disk")
def high():
    try:
        low()
    except LowError as e:
        raise HighError("service failed") from e
try:
    high()
except HighError as e:
    print(e, "cause:", repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise LowError("first")
    except LowError:
        raise HighError("second")
except HighError as e:
    print(e, "context:", repr(e.__context__))
