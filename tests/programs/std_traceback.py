# traceback: format_exception (chained, chunked per frame), format_exception_only,
# format_exc, sys.exc_info()'s traceback.
import traceback, sys
def f():
    raise ValueError("bad")
try:
    try:
        f()
    except ValueError as e:
        raise KeyError("k") from e
except KeyError as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "F"))
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    print(traceback.format_exc().replace(__file__, "F").splitlines()[-1])
    print(len(traceback.format_exception(e, chain=False)))
    print(sys.exc_info()[2].tb_lineno)
print(traceback.format_exception(None), traceback.format_exc())
