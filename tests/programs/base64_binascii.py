# base64 (b64/urlsafe/b32/b32hex/b16/a85/b85/encodebytes) and binascii against
# CPython on fixed and random data, decoders' error messages, binascii.Error.
import base64
import binascii
import random

random.seed(42)
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00\x00\x00\x00", b"\x00", b"    ", b"   ",
           bytes(range(256)), random.randbytes(31), random.randbytes(1000)]
for s in samples:
    e64 = base64.b64encode(s)
    print(e64[:60], base64.b64decode(e64) == s, base64.urlsafe_b64encode(s)[:40], base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s)
    e32 = base64.b32encode(s)
    print(e32[:60], base64.b32decode(e32) == s, base64.b32hexencode(s)[:30], base64.b32hexdecode(base64.b32hexencode(s)) == s)
    print(base64.b16encode(s)[:40], base64.b16decode(base64.b16encode(s)) == s)
    print(base64.a85encode(s)[:50], base64.b85encode(s)[:50], base64.b85encode(s, pad=True)[:20], base64.a85encode(s, pad=True)[:20])
print(base64.a85encode(b"hello world    \x00\x00\x00\x00", foldspaces=True, wrapcol=7, adobe=True))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("+/8="), base64.b64decode("YWJj\nZGVm"), base64.b64decode(b"YQ"  b"=="))
print(base64.encodebytes(bytes(range(100))), base64.decodebytes(base64.encodebytes(b"xyz" * 40)) == b"xyz" * 40)
print(base64.b32decode(b"mzxw6===", casefold=True), base64.b32decode(b"0BXW6===".replace(b"0", b"0"), map01=b"L") if False else "", base64.b16decode(b"ff", casefold=True))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_base64(b"hi"), binascii.a2b_base64("aGk="))
for bad in [lambda: base64.b64decode("abc"), lambda: base64.b64decode("a"), lambda: base64.b64decode("abcde"),
            lambda: base64.b64decode("ab!c", validate=True), lambda: base64.b32decode("abc"), lambda: base64.b32decode("MZXW6YQ="),
            lambda: base64.b16decode("0g"), lambda: base64.b16decode("abc"), lambda: base64.b64encode("str"),
            lambda: binascii.unhexlify("abc"), lambda: base64.b64decode("é"), lambda: base64.b32decode(b"MZXW6===", casefold=False) + base64.b32decode(b"mzxw6===")]:
    try:
        r = bad()
        print("ok", r)
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
for s in samples:
    print(base64.a85decode(base64.a85encode(s)) == s, base64.b85decode(base64.b85encode(s)) == s,
          base64.a85decode(base64.a85encode(s, foldspaces=True, adobe=True, wrapcol=9), foldspaces=True, adobe=True) == s,
          base64.b85decode(base64.b85encode(s, pad=True))[:len(s)] == s)
print(base64.a85decode(b"<~87cURD]i,\"Ebo80~>", adobe=True), base64.a85decode("z!!", ), base64.b85decode(b"W^Zp|VR8"))
for bad in [lambda: base64.a85decode(b"a~"), lambda: base64.a85decode(b"!!z"), lambda: base64.a85decode(b"s8W-\"", ),
            lambda: base64.a85decode(b"abc", adobe=True), lambda: base64.b85decode(b"W^Z\""), lambda: base64.b85decode(b"|||||")]:
    try:
        print("ok", bad())
    except ValueError as e:
        print(type(e).__name__, e)
