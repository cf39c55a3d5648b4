class HttpError(Exception):
    def __init__(self, status, body=""):
        super().__init__(status, body)
        self.status = status
    @property
    def is_client(self):
        return 400 <= self.status < 500
    def describe(self):
        return f"HTTP {self.status}"
errs = [HttpError(404, "nf"), HttpError(500)]
for e in errs:
    print(e.describe(), e.is_client, e.args, str(e))
try:
    raise errs[0]
except HttpError as e:
    print(e is errs[0], e.status)
class Eq(Exception):
    def __eq__(self, o): return True
    __hash__ = Exception.__hash__
print(Eq() == Eq(), Eq() != 5)
