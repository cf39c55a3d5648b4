# An exception raised while handling another: the final line is the new exception.
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("could not parse", repr(text))
        return {}["fallback"]
print(parse("12"))
print(parse("twelve"))
