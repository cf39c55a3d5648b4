import datetime as dt
from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week, d.ctime(), d.timetuple()[:9])
print(d + timedelta(days=1), d - timedelta(days=60), date(2024, 3, 1) - d, d.replace(day=1))
print(date.fromordinal(738000), date.fromisoformat("2021-07-04"), date.fromisocalendar(2020, 53, 7))
print(d < date(2024, 3, 1), d == date(2024, 2, 29), hash(d) == hash(date(2024, 2, 29)), sorted([date(2020, 1, 2), date(2019, 5, 6)]))
print(d.strftime("%Y/%m/%d %A %B %j"), f"{d:%d.%m.%y}", format(d, ""), date.min, date.max)
for args in [(2023, 2, 29), (2023, 13, 1), (0, 1, 1), (2023, 0, 1), (2023, 4, 31)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError", e)
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), -td, repr(-td), abs(-td), td * 2, td / 2, td // 3, 2 * td)
print(timedelta(0), repr(timedelta(0)), timedelta(seconds=-1), timedelta(weeks=1, milliseconds=1.5), timedelta(days=1.5))
print(td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1), divmod(td, timedelta(hours=7)))
print(timedelta(hours=1) < timedelta(hours=2), bool(timedelta(0)), timedelta(microseconds=1) * 0.5, timedelta(microseconds=3) / 2)
print(timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta(days=-1, seconds=5)))
t = time(13, 5, 7, 123)
print(t, repr(t), t.isoformat("milliseconds"), t.isoformat("minutes"), t.replace(hour=1), time(), repr(time(1, 2)))
print(time.fromisoformat("04:05:06.5"), t.strftime("%H-%M-%S.%f"), time(1) < time(2), hash(time(1, 2)) == hash(time(1, 2)))
x = datetime(2024, 2, 29, 23, 59, 30, 250000)
print(x, repr(x), x.date(), x.time(), x.isoformat(), x.isoformat(" ", "seconds"), x.ctime(), x.timetuple()[:9])
print(x + timedelta(seconds=45), x - timedelta(days=365), x - datetime(2024, 1, 1), x.replace(microsecond=0))
print(datetime.combine(d, time(8, 30)), datetime.fromisoformat("2011-11-04T00:05:23.283+00:00"), datetime.fromisoformat("2011-11-04 00:05:23"))
print(datetime.fromisoformat("20111104T000523"), datetime.fromisoformat("2011-W01-2T00:05:23.283"), datetime.fromisoformat("2011-11-04"))
u = datetime(2020, 5, 17, 12, 0, tzinfo=timezone.utc)
e = datetime(2020, 5, 17, 14, 30, tzinfo=timezone(timedelta(hours=2, minutes=30), "EET"))
print(u, repr(u), e, repr(e), u.utcoffset(), e.tzname(), u.tzname(), e.dst(), u == e, e - u, u.timestamp())
print(u.astimezone(timezone(timedelta(hours=-5))), e.astimezone(timezone.utc), repr(timezone(timedelta(hours=-3))), str(timezone(timedelta(hours=5, minutes=45))))
print(datetime.fromtimestamp(1234567890, timezone.utc), datetime.utcfromtimestamp(1234567890.5), datetime.fromtimestamp(0, timezone(timedelta(hours=9))))
print(u.strftime("%Y-%m-%dT%H:%M:%S%z %Z"), e.strftime("%z|%:z|%Z"), x.strftime("%f %p %I"))
print(datetime.strptime("2023-07-14 09:08:07", "%Y-%m-%d %H:%M:%S"), datetime.strptime("14 Jul 2023 11PM", "%d %b %Y %I%p"), datetime.strptime("2023-01-05T10:00:00+0200", "%Y-%m-%dT%H:%M:%S%z"))
print(x > datetime(2024, 1, 1), hash(u) == hash(e.astimezone(timezone.utc)), sorted([x, datetime(2000, 1, 1)])[0], datetime.min, datetime.max)
try:
    u < x
except TypeError as err:
    print("TypeError", err)
try:
    u - x
except TypeError as err:
    print("TypeError", err)
print(u == x, isinstance(x, date), issubclass(datetime, date), date(2020, 1, 1) == datetime(2020, 1, 1))
print(dt.MINYEAR, dt.MAXYEAR, dt.UTC is timezone.utc, timezone.utc, repr(timezone.utc), timezone.min, timezone.max)
class Est(dt.tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=-5)
    def dst(self, d):
        return timedelta(0)
    def tzname(self, d):
        return "EST"
z = datetime(2021, 1, 1, 12, tzinfo=Est())
print(z, z.utcoffset(), z.tzname(), z.astimezone(timezone.utc), z.strftime("%H %Z %z"))
print({date(2020, 1, 1): 1}[date(2020, 1, 1)], timedelta(hours=25), timedelta(days=2, hours=-1), (datetime(2020, 3, 1) - datetime(2020, 2, 1)).days)
n = datetime.now()
print(type(n).__name__, abs(n - datetime.fromtimestamp(n.timestamp())) < timedelta(seconds=1), date.today() == n.date() or True)
print(datetime(2020, 1, 1).timestamp() - datetime(2019, 12, 31).timestamp())
