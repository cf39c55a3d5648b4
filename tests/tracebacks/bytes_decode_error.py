data = b"ok \xe9t\xe9"
text = data.decode()
