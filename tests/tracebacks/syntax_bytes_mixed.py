x = b"caf\xc3\xa9" "s"
