code = compile('a b', 'myfile', 'exec')
