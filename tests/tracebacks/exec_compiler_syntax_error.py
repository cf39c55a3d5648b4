exec('return 1')
