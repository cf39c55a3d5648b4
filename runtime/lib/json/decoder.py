"""json.decoder: the decoder and its error type (defined in the json package)."""
from json import JSONDecoder, JSONDecodeError
