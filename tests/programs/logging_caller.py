# Log records carry their caller: pathname/filename, lineno and funcName of the first
# frame outside logging (CPython's findCaller), through adapters and stacklevel.
import logging, sys
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(filename)s:%(lineno)d %(funcName)s %(message)s")
log = logging.getLogger("x")
def work():
    log.warning("inside")
    logging.error("module level")
work()
log.warning("top")
class A:
    def m(self):
        log.info("no"); log.warning("method")
A().m()
adapter = logging.LoggerAdapter(log, {})
adapter.warning("adapter")
log.warning("lvl2", stacklevel=2)
