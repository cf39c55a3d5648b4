"""json.encoder: the encoder (defined in the json package)."""
from json import JSONEncoder
