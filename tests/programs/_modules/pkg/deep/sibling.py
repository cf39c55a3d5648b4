NAME = "sibling:" + __name__
