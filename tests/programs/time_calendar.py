# time: struct_time, gmtime/localtime/mktime, strftime, asctime/ctime, zone constants.
import time
t = time.gmtime(1700000000)
print(t, tuple(t), t.tm_year, t.tm_yday, t[0], len(t), type(t).__name__)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %%", t))
print(time.asctime(t), time.asctime((2024, 6, 9, 1, 2, 3, 6, 161, 0)))
print(time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 0, 1, -1)))
lt = time.localtime(1700000000.7)
print(time.mktime(lt), type(time.timezone).__name__, isinstance(time.tzname, tuple), time.daylight in (0, 1))
print(time.strftime("") == "", len(time.ctime()) == 24, isinstance(time.localtime(), time.struct_time))
try:
    time.strftime("%Y", (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    time.strftime("%Y", (2000, 1, 1, 25, 0, 0, 0, 1, -1))
except ValueError as e:
    print("ValueError:", e)
