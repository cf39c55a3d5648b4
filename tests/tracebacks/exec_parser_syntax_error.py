def run():
    exec('x = (')
run()
