EXTRA = "found through sys.path.insert"
