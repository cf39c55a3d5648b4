# logging: loggers in a hierarchy, levels, propagation, handlers, formatters (%, {, $
# styles), filters, adapters, basicConfig, exceptions in records, the last resort.
import io
import logging
import sys


def stream_handler(fmt=None, style="%", level=logging.NOTSET):
    s = io.StringIO()
    h = logging.StreamHandler(s)
    h.setLevel(level)
    if fmt:
        h.setFormatter(logging.Formatter(fmt, style=style))
    return s, h


app = logging.getLogger("app")
db = logging.getLogger("app.db")
print(db.parent is app, app.parent is logging.getLogger(), logging.getLogger("app") is app)
s1, h1 = stream_handler("%(levelname)s:%(name)s:%(message)s")
app.addHandler(h1)
app.setLevel(logging.INFO)
db.debug("hidden %d", 1)
db.info("connected to %s:%d", "localhost", 5432)
db.warning("slow query: %(ms)d ms", {"ms": 250})
app.error("failure")
print(s1.getvalue(), end="")
print(db.getEffectiveLevel(), db.isEnabledFor(logging.DEBUG), app.hasHandlers())

s2, h2 = stream_handler("{levelname}|{name}|{message}", style="{")
db.addHandler(h2)
db.propagate = False
db.critical("down")
print(s2.getvalue(), end="")
print(repr(s1.getvalue().splitlines()[-1]))

s3, h3 = stream_handler("$levelname - ${message}", style="$")
t = logging.getLogger("tmpl")
t.addHandler(h3)
t.warning("dollar style")
print(s3.getvalue(), end="")


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1


s4, h4 = stream_handler("%(message)s")
f = logging.getLogger("filt")
f.addHandler(h4)
f.addFilter(OnlyOdd())
for i in range(5):
    f.warning("n=%d", i)
h4.addFilter(logging.Filter("other"))
f.warning("n=%d", 7)
print(s4.getvalue().split())

s5, h5 = stream_handler("%(levelname)s %(message)s")
e = logging.getLogger("exc")
e.addHandler(h5)
try:
    {}["missing"]
except KeyError:
    e.exception("lookup failed")
out = s5.getvalue().splitlines()
print(out[0], out[1], out[-1])

ad = logging.LoggerAdapter(logging.getLogger("adapt"), {"user": "ann"})
s6, h6 = stream_handler("%(user)s: %(message)s")
ad.logger.addHandler(h6)
ad.warning("hello")
print(s6.getvalue(), end="")

print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(33))
logging.addLevelName(33, "NOTICE")
print(logging.getLevelName(33))
r = logging.makeLogRecord({"msg": "m %s", "args": ("x",), "levelno": 20})
print(r.getMessage(), repr(logging.getLogger("app.db")), repr(h1))
try:
    logging.getLogger("x").setLevel("LOUD")
except ValueError as err:
    print("ValueError:", err)

logging.disable(logging.ERROR)
app.error("disabled")
logging.disable(logging.NOTSET)
app.error("enabled again")
print(s1.getvalue().splitlines()[-1])

buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.DEBUG, format="%(name)s/%(levelname)s/%(message)s")
logging.debug("root debug")
logging.getLogger("child").info("child info")
logging.basicConfig(stream=sys.stdout)
print(buf.getvalue(), end="")
print(len(logging.getLogger().handlers))
